/**
 * Reads a frame into the leaderboard model. Two inputs are understood:
 * - the data source's scorecard frame (docs/frames.md, section scorecard), recognised by
 *   meta.custom.kind === 'scorecard' or by having both `score` and `rank` number fields;
 * - any table frame: the first string field names the entity, every number field is a metric.
 * Pure: no rendering, no translation (problems are returned as codes with their details).
 */
import { DataFrame, Field, FieldType, getFieldDisplayName } from '@grafana/data';

import type { ScorecardFieldConfig } from '../types';
import { ranksOfPresent } from './ranking';

export interface ScorecardMetric {
  /** The value field's name; `<id>_target`, `<id>_pct_of_target` … hang off it. */
  id: string;
  label: string;
  lowerIsBetter: boolean;
  weight: number | null;
  value: Field;
  target?: Field;
  pctOfTarget?: Field;
  /** actual ÷ expected to date (the data source's `<id>_pace`): what colours % of target while the period runs. */
  pace?: Field;
  expectedToDate?: Field;
  /** A field holding one number[] per row (the metric over the last grains, oldest first). */
  sparkline?: Field;
}

export interface ScorecardRow {
  /** Row index in the frame: display processors and data links are addressed by it. */
  index: number;
  name: string;
  /** 1 = best; ties share the best rank; null when the row cannot be ranked. */
  rank: number | null;
  /** previous rank − rank: positive = moved up. */
  rankChange: number | null;
  /** Ranked now but not in the previous period, while others were. */
  isNew: boolean;
  score: number | null;
  values: Array<number | null>;
  pctOfTarget: Array<number | null>;
  targets: Array<number | null>;
  pace: Array<number | null>;
  expectedToDate: Array<number | null>;
  sparklines: Array<Array<number | null> | null>;
}

export interface ScorecardModel {
  source: 'scorecard' | 'table';
  frame: DataFrame;
  entity: Field;
  /** `rep_id` beside `rep`: its links are used when the name field has none. */
  entityKey?: Field;
  metrics: ScorecardMetric[];
  score?: Field;
  /** True when the frame carries ranks of a previous period. */
  hasRankChange: boolean;
  /** Epoch ms of the sparkline points, from meta.custom.sparkline.times. */
  sparklineTimes?: number[];
  /** Share of the range elapsed when the data was queried (meta.custom.elapsedShare), 0..1; null when unknown. */
  elapsedShare: number | null;
  rows: ScorecardRow[];
  warnings: Problem[];
}

export type Problem =
  | { code: 'no-entity-field'; frame: string; fields: string[] }
  | { code: 'no-metric-field'; frame: string; fields: string[] }
  | { code: 'metric-without-field'; metric: string }
  | { code: 'bad-sparkline'; field: string; rows: number }
  | { code: 'other-frames-ignored'; used: string; ignored: number };

export type ScorecardResult =
  { status: 'ok'; model: ScorecardModel } | { status: 'empty' } | { status: 'error'; problem: Problem };

const ENTITY_FIELDS = ['rep', 'team', 'region'];
const ROW_FIELDS = new Set(['score', 'rank', 'previous_rank', 'rank_change', 'sparkline']);
const METRIC_SUFFIXES = ['_pct_of_target', '_target', '_expected_to_date', '_pace', '_rank', '_sparkline'];

interface DeclaredMetric {
  id: string;
  weight: number | null;
  lowerIsBetter: boolean;
  label?: string;
}

export function toScorecard(frames: DataFrame[] | undefined): ScorecardResult {
  const candidates = (frames ?? []).filter((frame) => frame.fields.length > 0);
  if (candidates.length === 0 || candidates.every((frame) => frame.length === 0)) {
    return { status: 'empty' };
  }
  const frame = candidates.find(isScorecardFrame) ?? candidates.find((f) => f.length > 0) ?? candidates[0];
  const result = isScorecardFrame(frame) ? readScorecardFrame(frame) : readTableFrame(frame);
  if (result.status === 'ok' && candidates.length > 1) {
    result.model.warnings.push({
      code: 'other-frames-ignored',
      used: frameName(frame),
      ignored: candidates.length - 1,
    });
  }
  return result;
}

export function isScorecardFrame(frame: DataFrame): boolean {
  if (customMeta(frame).kind === 'scorecard') {
    return true;
  }
  return isNumberField(fieldByName(frame, 'score')) && isNumberField(fieldByName(frame, 'rank'));
}

function readScorecardFrame(frame: DataFrame): ScorecardResult {
  const meta = customMeta(frame);
  const entity = scorecardEntityField(frame, meta.entity);
  if (!entity) {
    return {
      status: 'error',
      problem: { code: 'no-entity-field', frame: frameName(frame), fields: fieldNames(frame) },
    };
  }
  const warnings: Problem[] = [];
  const declared = declaredMetrics(meta.metrics);
  const metricIds = declared.length > 0 ? declared.map((m) => m.id) : inferredMetricIds(frame);
  const metrics: ScorecardMetric[] = [];
  for (const id of metricIds) {
    const value = fieldByName(frame, id);
    if (!isNumberField(value)) {
      warnings.push({ code: 'metric-without-field', metric: id });
      continue;
    }
    const info = declared.find((m) => m.id === id);
    metrics.push({
      id,
      label: metricLabel(value, frame, info?.label),
      lowerIsBetter: betterWhen(value) === 'lower' || (betterWhen(value) !== 'higher' && Boolean(info?.lowerIsBetter)),
      weight: info?.weight ?? null,
      value,
      target: numberFieldOrUndefined(frame, `${id}_target`),
      pctOfTarget: numberFieldOrUndefined(frame, `${id}_pct_of_target`),
      pace: numberFieldOrUndefined(frame, `${id}_pace`),
      expectedToDate: numberFieldOrUndefined(frame, `${id}_expected_to_date`),
      sparkline: fieldByName(frame, `${id}_sparkline`),
    });
  }
  if (metrics.length === 0 && !isNumberField(fieldByName(frame, 'score'))) {
    return {
      status: 'error',
      problem: { code: 'no-metric-field', frame: frameName(frame), fields: fieldNames(frame) },
    };
  }
  const sparkline = fieldByName(frame, 'sparkline');
  if (sparkline) {
    const sparklineMeta = isRecord(meta.sparkline) ? meta.sparkline : {};
    const owner = metrics.find((m) => m.id === sparklineMeta.metric) ?? metrics[0];
    if (owner && !owner.sparkline) {
      owner.sparkline = sparkline;
    }
  }

  const score = numberFieldOrUndefined(frame, 'score');
  const rankField = numberFieldOrUndefined(frame, 'rank');
  const previousRank = numberFieldOrUndefined(frame, 'previous_rank');
  const rankChangeField = numberFieldOrUndefined(frame, 'rank_change');
  const scores = numbersOf(score, frame.length);
  const givenRanks = numbersOf(rankField, frame.length);
  const ranks = givenRanks.some((r) => r !== null) ? givenRanks : ranksOfPresent(scores, 'higher');
  const previous = numbersOf(previousRank, frame.length);
  const changes = numbersOf(rankChangeField, frame.length).map(
    (change, i) => change ?? (previous[i] !== null && ranks[i] !== null ? previous[i]! - ranks[i]! : null)
  );
  const hasRankChange = changes.some((c) => c !== null);

  const rows = buildRows(frame, entity, metrics, warnings).map((row) => ({
    ...row,
    rank: ranks[row.index],
    score: scores[row.index],
    rankChange: changes[row.index],
    isNew: hasRankChange && changes[row.index] === null && ranks[row.index] !== null,
  }));
  const times = isRecord(meta.sparkline) && Array.isArray(meta.sparkline.times) ? meta.sparkline.times : undefined;
  return {
    status: 'ok',
    model: {
      source: 'scorecard',
      frame,
      entity,
      entityKey: entity.name === 'rep' ? fieldByName(frame, 'rep_id') : undefined,
      metrics,
      score,
      hasRankChange,
      sparklineTimes: times?.every((t) => typeof t === 'number') ? (times as number[]) : undefined,
      elapsedShare: shareOf(meta.elapsedShare),
      rows,
      warnings,
    },
  };
}

function readTableFrame(frame: DataFrame): ScorecardResult {
  const entity = frame.fields.find((f) => f.type === FieldType.string);
  if (!entity) {
    return {
      status: 'error',
      problem: { code: 'no-entity-field', frame: frameName(frame), fields: fieldNames(frame) },
    };
  }
  const numberFields = frame.fields.filter((f) => f.type === FieldType.number);
  if (numberFields.length === 0) {
    return {
      status: 'error',
      problem: { code: 'no-metric-field', frame: frameName(frame), fields: fieldNames(frame) },
    };
  }
  const metrics: ScorecardMetric[] = numberFields.map((value) => ({
    id: value.name,
    label: metricLabel(value, frame),
    lowerIsBetter: betterWhen(value) === 'lower',
    weight: null,
    value,
    sparkline: fieldByName(frame, `${value.name}_sparkline`),
  }));
  const warnings: Problem[] = [];
  const rows = buildRows(frame, entity, metrics, warnings);
  return {
    status: 'ok',
    model: { source: 'table', frame, entity, metrics, hasRankChange: false, elapsedShare: null, rows, warnings },
  };
}

function buildRows(frame: DataFrame, entity: Field, metrics: ScorecardMetric[], warnings: Problem[]): ScorecardRow[] {
  const values = metrics.map((m) => numbersOf(m.value, frame.length));
  const pct = metrics.map((m) => numbersOf(m.pctOfTarget, frame.length));
  const targets = metrics.map((m) => numbersOf(m.target, frame.length));
  const pace = metrics.map((m) => numbersOf(m.pace, frame.length));
  const expected = metrics.map((m) => numbersOf(m.expectedToDate, frame.length));
  const sparklines = metrics.map((m) => sparklinesOf(m.sparkline, frame.length, warnings));
  const rows: ScorecardRow[] = [];
  for (let index = 0; index < frame.length; index++) {
    const name = entity.values[index];
    rows.push({
      index,
      name: name === null || name === undefined ? '' : String(name),
      rank: null,
      rankChange: null,
      isNew: false,
      score: null,
      values: values.map((column) => column[index]),
      pctOfTarget: pct.map((column) => column[index]),
      targets: targets.map((column) => column[index]),
      pace: pace.map((column) => column[index]),
      expectedToDate: expected.map((column) => column[index]),
      sparklines: sparklines.map((column) => column[index]),
    });
  }
  return rows;
}

function sparklinesOf(
  field: Field | undefined,
  length: number,
  warnings: Problem[]
): Array<Array<number | null> | null> {
  const out: Array<Array<number | null> | null> = new Array(length).fill(null);
  if (!field) {
    return out;
  }
  let bad = 0;
  for (let i = 0; i < length; i++) {
    const raw = field.values[i];
    if (raw === null || raw === undefined) {
      continue;
    }
    const points = typeof raw === 'string' ? parseJsonArray(raw) : raw;
    if (!Array.isArray(points)) {
      bad++;
      continue;
    }
    out[i] = points.map(toNumberOrNull);
  }
  if (bad > 0) {
    warnings.push({ code: 'bad-sparkline', field: field.name, rows: bad });
  }
  return out;
}

/** Some SQL data sources hand arrays over as JSON text. */
function parseJsonArray(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function scorecardEntityField(frame: DataFrame, declared: unknown): Field | undefined {
  const names = typeof declared === 'string' ? [declared, ...ENTITY_FIELDS] : ENTITY_FIELDS;
  for (const name of names) {
    const field = fieldByName(frame, name);
    if (field && field.type === FieldType.string) {
      return field;
    }
  }
  return frame.fields.find((f) => f.type === FieldType.string && f.name !== 'rep_id');
}

function declaredMetrics(raw: unknown): DeclaredMetric[] {
  if (!Array.isArray(raw)) {
    return [];
  }
  return raw.filter(isRecord).flatMap((m) =>
    typeof m.id === 'string' && m.id
      ? [
          {
            id: m.id,
            weight: typeof m.weight === 'number' && Number.isFinite(m.weight) ? m.weight : null,
            lowerIsBetter: m.lowerIsBetter === true,
            label: typeof m.label === 'string' ? m.label : undefined,
          },
        ]
      : []
  );
}

/** Without meta.custom.metrics: every number field that is not a per-row or per-metric companion. */
function inferredMetricIds(frame: DataFrame): string[] {
  const numberNames = frame.fields.filter((f) => f.type === FieldType.number).map((f) => f.name);
  return numberNames.filter(
    (name) =>
      !ROW_FIELDS.has(name) &&
      !METRIC_SUFFIXES.some((suffix) => name.endsWith(suffix) && numberNames.includes(name.slice(0, -suffix.length)))
  );
}

function betterWhen(field: Field): ScorecardFieldConfig['betterWhen'] {
  return (field.config.custom as ScorecardFieldConfig | undefined)?.betterWhen;
}

/** The field's configured display name wins (overrides set it); then the label the data source declared. */
function metricLabel(field: Field, frame: DataFrame, declaredLabel?: string): string {
  return (
    field.config.displayName || field.config.displayNameFromDS || declaredLabel || getFieldDisplayName(field, frame)
  );
}

function customMeta(frame: DataFrame): Record<string, unknown> {
  const custom = frame.meta?.custom;
  return isRecord(custom) ? custom : {};
}

function fieldByName(frame: DataFrame, name: string): Field | undefined {
  return frame.fields.find((f) => f.name === name);
}

function numberFieldOrUndefined(frame: DataFrame, name: string): Field | undefined {
  const field = fieldByName(frame, name);
  return isNumberField(field) ? field : undefined;
}

function isNumberField(field: Field | undefined): field is Field {
  return field?.type === FieldType.number;
}

function numbersOf(field: Field | undefined, length: number): Array<number | null> {
  const out: Array<number | null> = new Array(length).fill(null);
  if (field) {
    for (let i = 0; i < length; i++) {
      out[i] = toNumberOrNull(field.values[i]);
    }
  }
  return out;
}

function shareOf(value: unknown): number | null {
  const share = toNumberOrNull(value);
  return share !== null && share >= 0 && share <= 1 ? share : null;
}

function toNumberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function fieldNames(frame: DataFrame): string[] {
  return frame.fields.map((f) => `${f.name} (${f.type})`);
}

export function frameName(frame: DataFrame): string {
  return frame.name || frame.refId || '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
