import {
  type Field,
  FieldColorModeId,
  FieldType,
  getDisplayProcessor,
  getFieldColorMode,
  getFieldColorModeForField,
  type GrafanaTheme2,
} from '@grafana/data';

import type { FunnelStage } from '../data/model';
import type { ColorBy } from '../types';

/** Used for conversion colours when the field's colour mode does not depend on the value. */
const CONVERSION_FALLBACK_MODE = FieldColorModeId.ContinuousRdYlGr;

/** The field's colour mode; a field without colour settings (not from Grafana's defaults) gets the classic palette. */
function colorModeOf(field: Field) {
  return field.config.color ? getFieldColorModeForField(field) : getFieldColorMode(FieldColorModeId.PaletteClassic);
}

/**
 * A display processor of the field whose range is the funnel's domain: Grafana's own range would
 * span every number field of every frame (amounts beside counts), which skews percentage thresholds
 * and continuous schemes; the funnel's domain starts at the field's min, 0 by default.
 */
function colorProcessor(field: Field, domain: [number, number], theme: GrafanaTheme2) {
  const [min, max] = domain;
  return getDisplayProcessor({
    field: {
      ...field,
      config: { ...field.config, min, max },
      state: { ...field.state, range: { min, max, delta: max - min } },
    },
    theme,
  });
}

/** Colours conversion ratios (0..1) with the field's thresholds or scheme; percentage thresholds read as 0–100 %. */
function conversionProcessor(field: Field, theme: GrafanaTheme2) {
  const mode = colorModeOf(field);
  const hasScale =
    mode.isByValue && (mode.id !== FieldColorModeId.Thresholds || (field.config.thresholds?.steps.length ?? 0) > 0);
  const conversionField: Field = {
    name: 'conversion',
    type: FieldType.number,
    values: [],
    config: {
      unit: 'percentunit',
      min: 0,
      max: 1,
      thresholds: field.config.thresholds,
      color: hasScale ? field.config.color : { mode: CONVERSION_FALLBACK_MODE },
    },
    state: { range: { min: 0, max: 1, delta: 1 } },
  };
  return getDisplayProcessor({ field: conversionField, theme });
}

function byStage(stage: FunnelStage, index: number, domain: [number, number], theme: GrafanaTheme2): string {
  const field = stage.source.field;
  const mode = colorModeOf(field);
  const palette = !mode.isByValue && mode.id !== FieldColorModeId.Fixed ? mode.getColors?.(theme) : undefined;
  if (palette && palette.length > 0) {
    return theme.visualization.getColorByName(palette[index % palette.length]);
  }
  return colorProcessor(field, domain, theme)(stage.value).color ?? theme.colors.primary.main;
}

function byConversion(stage: FunnelStage, index: number, theme: GrafanaTheme2): string {
  // The first stage has no previous stage: it is coloured as what it is, 100 % of the first.
  const ratio = index === 0 ? stage.conversionFromFirst : stage.conversionFromPrevious;
  if (ratio === null) {
    return theme.colors.text.disabled;
  }
  return conversionProcessor(stage.source.field, theme)(ratio).color ?? theme.colors.primary.main;
}

/**
 * Each stage's fill. By stage: a palette colours the stages in turn, thresholds and continuous
 * schemes colour each stage by its value, a fixed colour paints them all. By conversion: the
 * conversion from the previous stage picks the colour.
 */
export function stageColors(
  stages: FunnelStage[],
  colorBy: ColorBy,
  domain: [number, number],
  theme: GrafanaTheme2
): string[] {
  return stages.map((stage, index) =>
    colorBy === 'conversion' ? byConversion(stage, index, theme) : byStage(stage, index, domain, theme)
  );
}
