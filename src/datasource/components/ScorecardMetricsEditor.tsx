import { css } from '@emotion/css';
import React from 'react';

import type { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Button, Combobox, IconButton, InlineField, InlineSwitch, Input, Stack, useStyles2 } from '@grafana/ui';

import { getMetric, type MetricDef, type ScorecardEntity, type ScorecardMetric } from '../../sales';
import { metricOptions } from './options';

export interface ScorecardMetricsEditorProps {
  id: string;
  entity: ScorecardEntity;
  metrics: ScorecardMetric[];
  onChange: (metrics: ScorecardMetric[]) => void;
  /** a weight was typed: run the query when the field is left */
  onCommit: () => void;
}

function catalogLowerIsBetter(id: string): boolean {
  try {
    return getMetric(id).lowerIsBetter ?? false;
  } catch {
    return false;
  }
}

/** The scorecard's metrics, each with its weight in the score and whether a lower value is better. */
export function ScorecardMetricsEditor({ id, entity, metrics, onChange, onCommit }: ScorecardMetricsEditorProps) {
  const styles = useStyles2(getStyles);
  const usable = (metric: MetricDef) => !metric.targetBased && metric.dimensions.includes(entity);
  const update = (index: number, change: Partial<ScorecardMetric>) =>
    onChange(metrics.map((metric, at) => (at === index ? { ...metric, ...change } : metric)));
  const remove = (index: number) => onChange(metrics.filter((_, at) => at !== index));
  const unused = metricOptions(usable).find((option) => !metrics.some((metric) => metric.id === option.value));

  return (
    <Stack direction="column" gap={0.5}>
      {metrics.map((metric, index) => {
        const rowId = `${id}-scorecard-${index}`;
        const lowerIsBetter = metric.lowerIsBetter ?? catalogLowerIsBetter(metric.id);
        return (
          <div key={index} className={styles.row} data-testid={`${id}-scorecard-row`}>
            <InlineField label={t('scorecard.metric', 'Metric')} htmlFor={`${rowId}-metric`} labelWidth={12}>
              <Combobox
                id={`${rowId}-metric`}
                width={32}
                options={metricOptions(usable)}
                value={metric.id}
                onChange={(option) => update(index, { id: String(option.value), lowerIsBetter: undefined })}
              />
            </InlineField>
            <InlineField
              label={t('scorecard.weight', 'Weight')}
              htmlFor={`${rowId}-weight`}
              labelWidth={10}
              tooltip={t(
                'scorecard.weight-tooltip',
                'The share of this metric in the score, relative to the other weights. 0 shows it without scoring it.'
              )}
              invalid={!(Number.isFinite(metric.weight) && metric.weight >= 0)}
              error={t('scorecard.weight-invalid', 'The weight must be a number of 0 or more.')}
            >
              <Input
                id={`${rowId}-weight`}
                type="number"
                min={0}
                step={0.5}
                width={10}
                value={Number.isFinite(metric.weight) ? metric.weight : ''}
                onChange={(event) =>
                  update(index, { weight: event.currentTarget.value === '' ? NaN : Number(event.currentTarget.value) })
                }
                onBlur={onCommit}
              />
            </InlineField>
            <InlineField
              label={t('scorecard.lower-is-better', 'Lower is better')}
              htmlFor={`${rowId}-lower`}
              labelWidth={16}
            >
              <InlineSwitch
                id={`${rowId}-lower`}
                value={lowerIsBetter}
                onChange={() => update(index, { lowerIsBetter: !lowerIsBetter })}
              />
            </InlineField>
            <IconButton
              name="trash-alt"
              tooltip={t('scorecard.remove', 'Remove this metric')}
              disabled={metrics.length <= 1}
              onClick={() => remove(index)}
            />
          </div>
        );
      })}
      <div>
        <Button
          variant="secondary"
          size="sm"
          icon="plus"
          disabled={!unused}
          onClick={() => unused && onChange([...metrics, { id: String(unused.value), weight: 1 }])}
        >
          {t('scorecard.add', 'Add metric')}
        </Button>
      </div>
    </Stack>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  row: css({
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(0.5),
    flexWrap: 'wrap',
  }),
});
