/** The ratios a gauge draws, all relative to the target (1 = 100 %); null when not drawn. */
export interface GaugeRatios {
  attainment: number | null;
  /** expected to date ÷ target: where the pace marker goes. */
  expected: number | null;
  /** projected ÷ target: how far the ghost reaches. */
  projected: number | null;
}

/** Gauges draw up to twice the target; beyond that they show "capped". */
export const MAX_DRAWN_RATIO = 2;

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The ratios to draw for a gauge's values; the pace marker and the ghost only where asked for. */
export function gaugeRatios(
  values: { attainment: number | null; target: number | null; expectedToDate: number | null; projected: number | null },
  show: { pace: boolean; projection: boolean }
): GaugeRatios {
  const { target } = values;
  const share = (value: number | null) => (value !== null && target !== null && target > 0 ? value / target : null);
  return {
    attainment: values.attainment,
    expected: show.pace ? share(values.expectedToDate) : null,
    projected: show.projection ? share(values.projected) : null,
  };
}
