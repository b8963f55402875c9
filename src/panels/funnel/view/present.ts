import { type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';

import { fieldLabel } from '../data/fields';
import type { Funnel, FunnelStage, Snapshot } from '../data/model';
import type { FunnelOptions } from '../types';
import { stageColors } from './colors';
import { formatChange, formatPercent, formatValue } from './format';
import { unescaped } from '../../shared/i18n';

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

/** Marks where a value goes in a translated template (a character no translation contains). */
const slot = (name: string) => `\u0001${name}\u0001`;

/** Fills a template from `texts()` with the stage's values. */
function fill(template: string, value: string): string {
  return template.replace(/\u0001\w+\u0001/g, value);
}

/**
 * Every text of the stage labels, translated once per render and shared by all funnels: t() costs
 * about 0.1 ms a call, which for ten texts per stage would dominate the render of many stages.
 */
export function stageTexts() {
  return {
    gained: t('stage.line.gained', '{{value}} gained', unescaped({ value: slot('value') })),
    dropped: t('stage.line.dropped', '{{value}} dropped', unescaped({ value: slot('value') })),
    ofPrevious: t('stage.line.of-previous', '{{percent}} of previous', unescaped({ percent: slot('percent') })),
    ofFirst: t('stage.line.of-first', '{{percent}} of first', unescaped({ percent: slot('percent') })),
    change: t('stage.line.change', '{{change}} vs previous period', unescaped({ change: slot('change') })),
    previous: t('stage.line.previous', 'previous period {{value}}', unescaped({ value: slot('value') })),
    value: t('stage.figure.value', 'Value'),
    previousPeriod: t('stage.figure.previous-period', 'Previous period'),
    changeFigure: t('stage.figure.change', 'Change vs previous period'),
    conversionFromPrevious: t('stage.figure.conversion-from-previous', 'Conversion from previous stage'),
    conversionFromFirst: t('stage.figure.conversion-from-first', 'Conversion from first stage'),
    dropOff: t('stage.figure.drop-off', 'Drop-off from previous stage'),
  };
}

export type StageTexts = ReturnType<typeof stageTexts>;

/** Each figure of a stage formatted once, for the chart lines and for the tooltip. */
interface Formatted {
  value: string;
  fromPrevious: string | null;
  fromFirst: string | null;
  /** The drop-off with its sign (negative when the stage grew). */
  dropOff: string | null;
  /** Its size, for "… dropped" or "… gained". */
  dropOffSize: string | null;
  previous: string | null;
  change: string | null;
}

function format(stage: FunnelStage, decimals: number, theme: GrafanaTheme2): Formatted {
  const percent = (ratio: number | null) => (ratio === null ? null : formatPercent(ratio, decimals));
  const { dropOff, comparison } = stage;
  return {
    value: formatValue(stage.source, stage.value, theme),
    fromPrevious: percent(stage.conversionFromPrevious),
    fromFirst: percent(stage.conversionFromFirst),
    dropOff: dropOff === null ? null : formatValue(stage.source, dropOff, theme),
    dropOffSize: dropOff === null ? null : formatValue(stage.source, Math.abs(dropOff), theme),
    previous: comparison ? formatValue(comparison.source, comparison.value, theme) : null,
    change: comparison ? formatChange(stage.value, comparison.value, decimals) : null,
  };
}

function chartLines(stage: FunnelStage, figure: Formatted, labels: Labels, text: StageTexts): string[] {
  const lines: string[] = [];
  if (labels.showConversionFromPrevious && figure.fromPrevious !== null) {
    lines.push(fill(text.ofPrevious, figure.fromPrevious));
  }
  if (labels.showConversionFromFirst && figure.fromFirst !== null) {
    lines.push(fill(text.ofFirst, figure.fromFirst));
  }
  if (labels.showDropOff && stage.dropOff !== null && figure.dropOffSize !== null) {
    lines.push(fill(stage.dropOff < 0 ? text.gained : text.dropped, figure.dropOffSize));
  }
  if (figure.previous !== null) {
    lines.push(figure.change !== null ? fill(text.change, figure.change) : fill(text.previous, figure.previous));
  }
  return lines;
}

const NOT_AVAILABLE = '–';

function figures(
  stage: FunnelStage,
  figure: Formatted,
  text: StageTexts,
  theme: GrafanaTheme2,
  hasFlow: boolean
): Figure[] {
  const list: Figure[] = [{ label: text.value, text: figure.value }];
  if (figure.previous !== null) {
    list.push(
      { label: text.previousPeriod, text: figure.previous },
      { label: text.changeFigure, text: figure.change ?? NOT_AVAILABLE }
    );
  }
  // a snapshot has no flow between stages: not even a dash for conversion or drop-off
  if (hasFlow) {
    list.push(
      { label: text.conversionFromPrevious, text: figure.fromPrevious ?? NOT_AVAILABLE },
      { label: text.conversionFromFirst, text: figure.fromFirst ?? NOT_AVAILABLE },
      { label: text.dropOff, text: figure.dropOff ?? NOT_AVAILABLE }
    );
  }
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
  theme: GrafanaTheme2,
  text: StageTexts = stageTexts()
): StageView[] {
  const hasFlow = funnel.snapshot === null;
  // a snapshot's stages have no conversion to colour by
  const colors = stageColors(funnel.stages, hasFlow ? options.colorBy : 'stage', domain, theme);
  return funnel.stages.map((stage, index) => {
    const figure = format(stage, options.percentDecimals, theme);
    return {
      stage,
      name: stage.name,
      valueText: figure.value,
      color: colors[index],
      lines: chartLines(stage, figure, options, text),
      figures: figures(stage, figure, text, theme, hasFlow),
    };
  });
}

/** One sentence with every figure, for screen readers (colour never carries meaning alone). */
export function describeStage(view: StageView): string {
  return [view.name, ...view.figures.map((figure) => `${figure.label}: ${figure.text}`)].join('; ');
}

/** The caption of a snapshot funnel: what it shows, and (for its tooltip) why it has no conversion. */
export function snapshotCaption(snapshot: Snapshot): { title: string; note: string } {
  return {
    title:
      snapshot.measure === 'amount'
        ? t('snapshot.title.amount', 'Open pipeline by current stage')
        : t('snapshot.title.count', 'Open deals by current stage'),
    note: t(
      'snapshot.note',
      'The deals open now, each in the stage it is in. Deals do not flow from one bar to the next here, so there is no conversion or drop-off.'
    ),
  };
}
