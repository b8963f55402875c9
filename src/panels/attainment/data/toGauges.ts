import { type DataFrame, type Field, FieldType, formattedValueToString } from '@grafana/data';

import { type AttainmentOptions } from '../types';
import {
  autoActualField,
  displayNameOf,
  fieldNamesOf,
  findField,
  FRAME_FIELDS,
  nameFields,
  readNumber,
} from './fields';
import { deriveMeasures, type MeasureSettings, type Measures, type RowValues, totalOf } from './measures';
import { periodOf, type TargetPeriod } from './period';
import { effectiveThresholds } from './status';

/** Where a gauge's values come from: used to format them and to build its data links. */
export interface GaugeSource {
  frame: DataFrame;
  /** The row of the frame, or null for a total over several rows. */
  rowIndex: number | null;
  actual: Field;
  target?: Field;
  projected?: Field;
  requiredRunRate?: Field;
}

export interface Gauge extends Measures {
  key: string;
  /** '' for a total over several rows (the panel labels it). */
  name: string;
  isTotal: boolean;
  source: GaugeSource;
  /** What the target, pace, days left and needed per day refer to (the frame's meta.custom.period). */
  period: TargetPeriod | null;
}

export type GaugeIssue =
  | { kind: 'field-not-found'; role: 'actual' | 'target' | 'name'; name: string; available: string[] }
  | { kind: 'no-number-field'; available: string[] }
  | { kind: 'not-a-number'; field: string; row: number; value: string }
  | { kind: 'unknown-status'; gauge: string; value: string }
  | { kind: 'total-without-target'; gauges: string[] };

export interface GaugesResult {
  gauges: Gauge[];
  /** A problem that leaves nothing to draw (a chosen field that does not exist …). */
  error: GaugeIssue | null;
  /** Problems with some values; the gauges are drawn regardless. */
  warnings: GaugeIssue[];
}

interface ResolvedFrame {
  frame: DataFrame;
  frameIndex: number;
  actual: Field;
  target?: Field;
  fields: Partial<Record<keyof typeof FRAME_FIELDS, Field>>;
  name?: Field;
  period: TargetPeriod | null;
}

interface Row {
  resolved: ResolvedFrame;
  rowIndex: number;
  name: string;
  values: RowValues;
}

function textOf(field: Field, value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  return field.display ? formattedValueToString(field.display(value)) : String(value);
}

function rowName(resolved: ResolvedFrame, rowIndex: number, frameCount: number): string {
  const { frame, actual } = resolved;
  const fields = resolved.name ? [resolved.name] : nameFields(frame);
  const parts = fields.map((field) => textOf(field, field.values[rowIndex])).filter((text) => text !== '');
  if (parts.length) {
    return parts.join(' · ');
  }
  const time = frame.fields.find((field) => field.type === FieldType.time);
  if (time) {
    return textOf(time, time.values[rowIndex]);
  }
  const base = frameCount > 1 && frame.name ? frame.name : displayNameOf(actual, frame);
  return frame.length > 1 ? `${base} ${rowIndex + 1}` : base;
}

function resolveFrames(
  frames: DataFrame[],
  options: AttainmentOptions
): { resolved: ResolvedFrame[]; error: GaugeIssue | null; warnings: GaugeIssue[] } {
  const available = fieldNamesOf(frames);
  const warnings: GaugeIssue[] = [];
  const resolved: ResolvedFrame[] = [];
  for (const [frameIndex, frame] of frames.entries()) {
    const actual = options.actualField ? findField(frame, options.actualField) : autoActualField(frame);
    if (!actual) {
      continue;
    }
    let target: Field | undefined;
    if (options.targetSource === 'field') {
      target = findField(frame, options.targetField || FRAME_FIELDS.target);
      if (!target && options.targetField) {
        return {
          resolved: [],
          error: { kind: 'field-not-found', role: 'target', name: options.targetField, available },
          warnings,
        };
      }
    }
    let name: Field | undefined;
    if (options.nameField) {
      name = findField(frame, options.nameField);
      // one warning for the name, however many frames lack it
      if (!name && !warnings.some((warning) => warning.kind === 'field-not-found')) {
        warnings.push({ kind: 'field-not-found', role: 'name', name: options.nameField, available });
      }
    }
    const fields = Object.fromEntries(
      Object.entries(FRAME_FIELDS).map(([key, fieldName]) => [key, findField(frame, fieldName)])
    ) as ResolvedFrame['fields'];
    resolved.push({ frame, frameIndex, actual, target, fields, name, period: periodOf(frame) });
  }
  if (!resolved.length) {
    const error: GaugeIssue = options.actualField
      ? { kind: 'field-not-found', role: 'actual', name: options.actualField, available }
      : { kind: 'no-number-field', available };
    return { resolved, error, warnings };
  }
  return { resolved, error: null, warnings };
}

function readRows(resolved: ResolvedFrame[], options: AttainmentOptions, warnings: GaugeIssue[]): Row[] {
  const rows: Row[] = [];
  for (const frameInfo of resolved) {
    const { frame, fields } = frameInfo;
    const read = (field: Field | undefined, rowIndex: number): number | null => {
      const result = readNumber(field, rowIndex);
      if (result.ok) {
        return result.value;
      }
      warnings.push({
        kind: 'not-a-number',
        field: displayNameOf(field!, frame),
        row: rowIndex + 1,
        value: result.raw,
      });
      return null;
    };
    for (let rowIndex = 0; rowIndex < frame.length; rowIndex++) {
      const target =
        options.targetSource === 'fixed'
          ? Number.isFinite(options.fixedTarget)
            ? options.fixedTarget
            : null
          : read(frameInfo.target, rowIndex);
      rows.push({
        resolved: frameInfo,
        rowIndex,
        name: rowName(frameInfo, rowIndex, resolved.length),
        values: {
          actual: read(frameInfo.actual, rowIndex),
          target,
          expectedToDate: read(fields.expectedToDate, rowIndex),
          pace: read(fields.pace, rowIndex),
          projected: read(fields.projected, rowIndex),
          requiredRunRate: read(fields.requiredRunRate, rowIndex),
          remainingDays: read(fields.remainingDays, rowIndex),
          elapsedShare: read(fields.elapsedShare, rowIndex),
          status: fields.status?.values[rowIndex],
        },
      });
    }
  }
  return rows;
}

function sourceOf(resolved: ResolvedFrame, rowIndex: number | null): GaugeSource {
  return {
    frame: resolved.frame,
    rowIndex,
    actual: resolved.actual,
    target: resolved.target,
    projected: resolved.fields.projected,
    requiredRunRate: resolved.fields.requiredRunRate,
  };
}

/**
 * Reads the frames into gauges: one per row (of every frame that has the actual field), or one for
 * the total. Pure: the same frames and options always give the same gauges.
 */
export function toGauges(frames: DataFrame[], options: AttainmentOptions): GaugesResult {
  const { resolved, error, warnings } = resolveFrames(frames, options);
  if (error) {
    return { gauges: [], error, warnings };
  }
  const settings: MeasureSettings = {
    statusSource: options.statusSource,
    statusMeasure: options.statusMeasure,
    thresholds: effectiveThresholds(options.onTrackThreshold, options.cautionedThreshold),
  };
  const rows = readRows(resolved, options, warnings);

  let gauges: Gauge[];
  if (options.gauges === 'total' && rows.length > 1) {
    const withoutTarget = rows.filter((row) => row.values.target === null).map((row) => row.name);
    if (withoutTarget.length && withoutTarget.length < rows.length) {
      warnings.push({ kind: 'total-without-target', gauges: withoutTarget });
    }
    const first = rows[0].resolved;
    const sameFrame = rows.every((row) => row.resolved === first);
    const samePeriod = rows.every((row) => JSON.stringify(row.resolved.period) === JSON.stringify(first.period));
    gauges = [
      {
        ...deriveMeasures(totalOf(rows.map((row) => row.values)), settings),
        key: 'total',
        name: '',
        isTotal: true,
        source: sourceOf(first, sameFrame && first.frame.length === 1 ? 0 : null),
        period: samePeriod ? first.period : null,
      },
    ];
  } else {
    gauges = rows.map((row) => ({
      ...deriveMeasures(row.values, settings),
      key: `${row.resolved.frameIndex}:${row.rowIndex}`,
      name: row.name,
      isTotal: false,
      source: sourceOf(row.resolved, row.rowIndex),
      period: row.resolved.period,
    }));
  }
  for (const gauge of gauges) {
    if (gauge.invalidStatus !== null) {
      warnings.push({ kind: 'unknown-status', gauge: gauge.name, value: gauge.invalidStatus });
    }
  }
  return { gauges, error: null, warnings };
}
