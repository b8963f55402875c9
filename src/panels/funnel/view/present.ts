import { type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';

import { fieldLabel } from '../data/fields';
import type { Funnel, FunnelStage } from '../data/model';
import type { FunnelOptions } from '../types';
import { stageColors } from './colors';
import { formatChange, formatPercent, formatValue } from './format';
import { unescaped } from './i18n';

export interface Figure {
  label: string;
  text: string;
}

/** A stage as shown: every figure formatted, its colour, and the lines drawn beside its shape. */
export interface StageView {
  stage: FunnelStage;
  name: string;
  valueText: string;
  color: string;
  /** Lines drawn on the chart, most important first; the layout keeps as many as fit. */
  lines: string[];
  /** Every figure of the stage, for the tooltip and the accessible description. */
  figures: Figure[];
}

type Labels = Pick<FunnelOptions, 'showConversionFromPrevious' | 'showConversionFromFirst' | 'showDropOff'>;

function dropOffLine(stage: FunnelStage, theme: GrafanaTheme2): string | null {
  if (stage.dropOff === null) {
    return null;
  }
  if (stage.dropOff < 0) {
    return t(
      'stage.line.gained',
      '{{value}} gained',
      unescaped({ value: formatValue(stage.source, -stage.dropOff, theme) })
    );
  }
  return t(
    'stage.line.dropped',
    '{{value}} dropped',
    unescaped({ value: formatValue(stage.source, stage.dropOff, theme) })
  );
}

function chartLines(stage: FunnelStage, labels: Labels, decimals: number, theme: GrafanaTheme2): string[] {
  const lines: Array<string | null> = [];
  if (labels.showConversionFromPrevious && stage.conversionFromPrevious !== null) {
    lines.push(
      t(
        'stage.line.of-previous',
        '{{percent}} of previous',
        unescaped({
          percent: formatPercent(stage.conversionFromPrevious, decimals),
        })
      )
    );
  }
  if (labels.showConversionFromFirst && stage.conversionFromFirst !== null) {
    lines.push(
      t(
        'stage.line.of-first',
        '{{percent}} of first',
        unescaped({ percent: formatPercent(stage.conversionFromFirst, decimals) })
      )
    );
  }
  if (labels.showDropOff) {
    lines.push(dropOffLine(stage, theme));
  }
  if (stage.comparison) {
    const change = formatChange(stage.value, stage.comparison.value, decimals);
    lines.push(
      change
        ? t('stage.line.change', '{{change}} vs previous period', unescaped({ change }))
        : t(
            'stage.line.previous',
            'previous period {{value}}',
            unescaped({
              value: formatValue(stage.comparison.source, stage.comparison.value, theme),
            })
          )
    );
  }
  return lines.filter((line): line is string => line !== null);
}

const NOT_AVAILABLE = '–';

function figures(stage: FunnelStage, decimals: number, theme: GrafanaTheme2): Figure[] {
  const percent = (ratio: number | null) => (ratio === null ? NOT_AVAILABLE : formatPercent(ratio, decimals));
  const list: Figure[] = [
    { label: t('stage.figure.value', 'Value'), text: formatValue(stage.source, stage.value, theme) },
  ];
  if (stage.comparison) {
    list.push({
      label: t('stage.figure.previous-period', 'Previous period'),
      text: formatValue(stage.comparison.source, stage.comparison.value, theme),
    });
    list.push({
      label: t('stage.figure.change', 'Change vs previous period'),
      text: formatChange(stage.value, stage.comparison.value, decimals) ?? NOT_AVAILABLE,
    });
  }
  list.push(
    {
      label: t('stage.figure.conversion-from-previous', 'Conversion from previous stage'),
      text: percent(stage.conversionFromPrevious),
    },
    {
      label: t('stage.figure.conversion-from-first', 'Conversion from first stage'),
      text: percent(stage.conversionFromFirst),
    },
    {
      label: t('stage.figure.drop-off', 'Drop-off from previous stage'),
      text: stage.dropOff === null ? NOT_AVAILABLE : formatValue(stage.source, stage.dropOff, theme),
    }
  );
  for (const detail of stage.details) {
    const raw: unknown = detail.field.values[detail.rowIndex ?? 0];
    list.push({
      label: fieldLabel(detail.field, detail.frame),
      text: typeof raw === 'number' && Number.isFinite(raw) ? formatValue(detail, raw, theme) : NOT_AVAILABLE,
    });
  }
  return list;
}

export function presentFunnel(
  funnel: Funnel,
  options: FunnelOptions,
  domain: [number, number],
  theme: GrafanaTheme2
): StageView[] {
  const colors = stageColors(funnel.stages, options.colorBy, domain, theme);
  return funnel.stages.map((stage, index) => ({
    stage,
    name: stage.name,
    valueText: formatValue(stage.source, stage.value, theme),
    color: colors[index],
    lines: chartLines(stage, options, options.percentDecimals, theme),
    figures: figures(stage, options.percentDecimals, theme),
  }));
}

/** One sentence with every figure, for screen readers (colour never carries meaning alone). */
export function describeStage(view: StageView): string {
  return [view.name, ...view.figures.map((figure) => `${figure.label}: ${figure.text}`)].join('; ');
}
