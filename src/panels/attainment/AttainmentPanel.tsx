import { css } from '@emotion/css';
import React, { useId, useMemo, useState } from 'react';

import { type GrafanaTheme2, type PanelProps } from '@grafana/data';
import { t } from '@grafana/i18n';
import { PanelDataErrorView } from '@grafana/runtime';
import { Icon, Tooltip, useStyles2, useTheme2 } from '@grafana/ui';

import { chineseNumbersOn, withChineseNumbers } from '../shared/chineseNumbers';

import { footerLinesOf } from './components/ArcGauge';
import { GaugeCell } from './components/GaugeCell';
import { GaugeTooltip } from './components/GaugeTooltip';
import { sortGauges } from './data/sortGauges';
import { toGauges } from './data/toGauges';
import { gridLayout } from '../shared/grid';
import { type Pointer } from '../shared/pointer';
import { gaugeSizing } from './geometry/sizing';
import { gaugeTexts, labelBook } from './labels';
import { issueMessage } from './messages';
import { type AttainmentOptions } from './types';

const GAP = 8;

export function AttainmentPanel({
  data,
  width,
  height,
  options,
  id,
  fieldConfig,
  timeZone,
}: PanelProps<AttainmentOptions>) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  // translated once per render of the panel, not once per gauge (see labels.ts)
  const book = useMemo(() => labelBook(), []);
  const chinese = chineseNumbersOn(options.chineseNumbers);
  const series = useMemo(() => withChineseNumbers(data.series, chinese, theme), [data.series, chinese, theme]);
  const result = useMemo(() => toGauges(series, options), [series, options]);
  // "this month" is the month holding the time of the query (the data source's now), named in the
  // dashboard's time zone; data without a request (a snapshot) is seen from the end of its range
  const now = data.request?.startTime ?? data.timeRange.to.valueOf();
  const clock = useMemo(() => ({ now, timeZone }), [now, timeZone]);
  const [pointer, setPointer] = useState<Pointer | null>(null);
  const tooltipId = `attainment-details-${useId().replace(/:/g, '')}`;
  const gauges = useMemo(
    () => sortGauges(result.gauges, options.sortBy, options.sortOrder),
    [result.gauges, options.sortBy, options.sortOrder]
  );

  // the pointer's gauge, while it is still drawn (new data can remove it)
  const pointedGauge = pointer ? gauges[pointer.index] : undefined;

  const hasRows = data.series.some((frame) => frame.length > 0);
  if (!hasRows) {
    return (
      <PanelDataErrorView
        panelId={id}
        data={data}
        fieldConfig={fieldConfig}
        message={fieldConfig.defaults.noValue || t('attainment.no-data', 'No data')}
      />
    );
  }
  if (result.error) {
    return (
      <PanelDataErrorView
        panelId={id}
        data={data}
        fieldConfig={fieldConfig}
        message={issueMessage(result.error)}
        needsNumberField
      />
    );
  }

  const footerLines =
    options.gaugeStyle === 'arc'
      ? footerLinesOf({ daysLeft: options.showDaysLeft, neededPerDay: options.showNeededPerDay }).length
      : 0;
  const grid = gridLayout({
    count: gauges.length,
    width,
    height,
    gap: GAP,
    columns: options.columns,
    minGaugeHeight: options.minGaugeHeight,
    ...gaugeSizing(options.gaugeStyle, { name: options.showName, footerLines }),
  });

  return (
    <div className={styles.panel} style={{ width, height, overflowY: grid.scrolls ? 'auto' : 'hidden' }}>
      <div
        className={styles.grid}
        style={{
          gridTemplateColumns: `repeat(${grid.columns}, ${grid.cellWidth}px)`,
          gridAutoRows: `${grid.cellHeight}px`,
        }}
      >
        {gauges.map((gauge, index) => (
          <GaugeCell
            key={gauge.key}
            gauge={gauge}
            book={book}
            width={grid.cellWidth}
            height={grid.cellHeight}
            options={options}
            clock={clock}
            index={index}
            onPoint={setPointer}
            describedBy={pointer?.index === index ? tooltipId : undefined}
          />
        ))}
      </div>
      {pointedGauge && (
        <GaugeTooltip
          id={tooltipId}
          gauge={pointedGauge}
          name={gaugeTexts(pointedGauge, options, theme, book, clock).name}
          clock={clock}
          pointer={pointer!}
        />
      )}
      {result.warnings.length > 0 && (
        <Tooltip
          theme="error"
          content={
            <ul className={styles.warnings}>
              {result.warnings.map((warning, i) => (
                <li key={i}>{issueMessage(warning)}</li>
              ))}
            </ul>
          }
        >
          <span
            className={styles.warningIcon}
            role="img"
            aria-label={t('attainment.warnings', 'Some values could not be used')}
            data-testid="attainment-warnings"
          >
            <Icon name="exclamation-triangle" />
          </span>
        </Tooltip>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  panel: css({
    position: 'relative',
    overflowX: 'hidden',
  }),
  grid: css({
    display: 'grid',
    gap: GAP,
    justifyContent: 'center',
  }),
  warningIcon: css({
    position: 'absolute',
    top: 0,
    right: 0,
    color: theme.colors.warning.text,
  }),
  warnings: css({
    margin: 0,
    paddingLeft: theme.spacing(2),
  }),
});
