import type { DataFrame, Field } from '@grafana/data';

import type { StageMetrics } from './stageMetrics';

/** Where a figure comes from: used to format it with its field's display processor and to build its links. */
export interface ValueSource {
  frame: DataFrame;
  field: Field;
  /** The value's row; absent when the value was reduced from several rows of a wide frame. */
  rowIndex?: number;
}

export interface ComparisonValue {
  value: number;
  source: ValueSource;
}

export interface FunnelStage extends StageMetrics {
  name: string;
  value: number;
  source: ValueSource;
  /** The same stage in the comparison series (previous period), when there is one. */
  comparison: ComparisonValue | null;
  /** Other number fields of the stage's row (count, amount, days in stage …), for the tooltip. */
  details: ValueSource[];
}

/** Something in the data that stops a funnel (or the whole panel) from being drawn. */
export type FunnelProblem =
  | { code: 'only-comparison' }
  | { code: 'no-stage-field'; frame: string }
  | { code: 'no-number-field'; frame: string }
  | { code: 'field-not-found'; option: FieldOption; name: string; frame: string }
  | { code: 'field-not-number'; option: FieldOption; name: string; frame: string }
  | { code: 'missing-stage-name'; row: number; frame: string }
  | { code: 'duplicate-stage'; stage: string }
  | { code: 'duplicate-group'; group: string }
  | { code: 'missing-value'; stage: string; comparison: boolean }
  | { code: 'not-finite'; stage: string; value: number; comparison: boolean }
  | { code: 'negative-value'; stage: string; value: number; comparison: boolean }
  | { code: 'too-many-groups'; count: number; limit: number };

export type FieldOption = 'stageField' | 'valueField' | 'groupField' | 'comparisonField';

/**
 * What a snapshot funnel shows (the data source's funnel frame in snapshot mode, meta.custom.mode):
 * the deals open now, by the stage each is in. A snapshot has no flow between stages, so it has no
 * conversion and no drop-off.
 */
export interface Snapshot {
  /** meta.custom.measure: deals counted, or their amount. */
  measure: 'count' | 'amount';
}

export interface Funnel {
  /** Identifies the funnel among the small multiples (frame and group values). */
  key: string;
  /** Set for a snapshot of open deals by current stage; null for a funnel of a cohort (stages reached). */
  snapshot: Snapshot | null;
  /** The group's label ('' for a single ungrouped funnel). */
  title: string;
  stages: FunnelStage[];
  /** When not empty, the funnel is not drawn and these are shown instead. */
  problems: FunnelProblem[];
}

export type FunnelModel =
  { status: 'ok'; funnels: Funnel[] } | { status: 'no-data' } | { status: 'unsupported'; problems: FunnelProblem[] };
