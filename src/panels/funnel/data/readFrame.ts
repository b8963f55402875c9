import { type DataFrame, type Field, FieldType, reduceField } from '@grafana/data';

import type { FunnelOptions } from '../types';
import {
  fieldLabel,
  findField,
  frameLabel,
  groupCandidates,
  isComparisonCompanion,
  isDerivedFigure,
  PREVIOUS_SUFFIX,
  textAt,
} from './fields';
import type { FunnelProblem, ValueSource } from './model';

/** A stage as read from a frame, before its value is checked. */
export interface RawStage {
  name: string;
  value: unknown;
  source: ValueSource;
  comparison: { value: unknown; source: ValueSource } | null;
  details: ValueSource[];
}

export interface RawFunnel {
  groupValues: string[];
  stages: RawStage[];
  problems: FunnelProblem[];
}

export type ReadResult = { funnels: RawFunnel[] } | { problem: FunnelProblem };

type Shape = 'long' | 'wide';

/** Long when the frame has a text field (the stage names), wide otherwise. */
export function detectShape(frame: DataFrame, options: Pick<FunnelOptions, 'frameShape'>): Shape {
  if (options.frameShape !== 'auto') {
    return options.frameShape;
  }
  return frame.fields.some((field) => field.type === FieldType.string) ? 'long' : 'wide';
}

export function readFrame(frame: DataFrame, index: number, frames: DataFrame[], options: FunnelOptions): ReadResult {
  return detectShape(frame, options) === 'long'
    ? readLongFrame(frame, index, frames, options)
    : readWideFrame(frame, index, frames, options);
}

function pickGroupFields(
  frame: DataFrame,
  index: number,
  frames: DataFrame[],
  options: FunnelOptions,
  stageField?: Field
): Field[] | FunnelProblem {
  if (options.grouping === 'none') {
    return [];
  }
  if (options.grouping === 'field') {
    const field = options.groupField ? findField(frame, options.groupField, frames) : undefined;
    return field
      ? [field]
      : { code: 'field-not-found', option: 'groupField', name: options.groupField, frame: frameLabel(frame, index) };
  }
  return groupCandidates(frame, stageField);
}

function isProblem<T extends object>(value: T | FunnelProblem): value is FunnelProblem {
  return 'code' in value;
}

function pickStageField(frame: DataFrame, index: number, frames: DataFrame[], options: FunnelOptions) {
  if (options.stageField) {
    return (
      findField(frame, options.stageField, frames) ?? {
        code: 'field-not-found' as const,
        option: 'stageField' as const,
        name: options.stageField,
        frame: frameLabel(frame, index),
      }
    );
  }
  const texts = frame.fields.filter((field) => field.type === FieldType.string);
  // The data source (and a typical GROUP BY) puts group columns before the stage column.
  const stage = texts.find((field) => field.name.toLowerCase() === 'stage') ?? texts[texts.length - 1];
  return stage ?? { code: 'no-stage-field' as const, frame: frameLabel(frame, index) };
}

function pickValueField(
  frame: DataFrame,
  index: number,
  frames: DataFrame[],
  options: FunnelOptions
): Field | FunnelProblem {
  if (options.valueField) {
    const field = findField(frame, options.valueField, frames);
    if (!field) {
      return {
        code: 'field-not-found',
        option: 'valueField',
        name: options.valueField,
        frame: frameLabel(frame, index),
      };
    }
    return field.type === FieldType.number
      ? field
      : { code: 'field-not-number', option: 'valueField', name: options.valueField, frame: frameLabel(frame, index) };
  }
  const numbers = frame.fields.filter(
    (field) =>
      field.type === FieldType.number &&
      !isDerivedFigure(field) &&
      !isComparisonCompanion(field, frame) &&
      !field.name.endsWith(PREVIOUS_SUFFIX)
  );
  return (
    numbers.find((field) => field.name === 'value') ??
    numbers[0] ?? { code: 'no-number-field', frame: frameLabel(frame, index) }
  );
}

function pickComparisonField(
  frame: DataFrame,
  index: number,
  frames: DataFrame[],
  options: FunnelOptions,
  valueField: Field
): Field | null | FunnelProblem {
  if (!options.showComparison) {
    return null;
  }
  if (options.comparisonField) {
    const field = findField(frame, options.comparisonField, frames);
    if (!field) {
      return {
        code: 'field-not-found',
        option: 'comparisonField',
        name: options.comparisonField,
        frame: frameLabel(frame, index),
      };
    }
    return field.type === FieldType.number
      ? field
      : {
          code: 'field-not-number',
          option: 'comparisonField',
          name: options.comparisonField,
          frame: frameLabel(frame, index),
        };
  }
  return (
    frame.fields.find((field) => field.name === valueField.name + PREVIOUS_SUFFIX && field.type === FieldType.number) ??
    null
  );
}

/** A text stage field and a number field, one row per stage (and group): the data source's funnel frame too. */
function readLongFrame(frame: DataFrame, index: number, frames: DataFrame[], options: FunnelOptions): ReadResult {
  const stageField = pickStageField(frame, index, frames, options);
  if (isProblem(stageField)) {
    return { problem: stageField };
  }
  const valueField = pickValueField(frame, index, frames, options);
  if (isProblem(valueField)) {
    return { problem: valueField };
  }
  const comparisonField = pickComparisonField(frame, index, frames, options, valueField);
  if (comparisonField && isProblem(comparisonField)) {
    return { problem: comparisonField };
  }
  const groupFields = pickGroupFields(frame, index, frames, options, stageField);
  if (isProblem(groupFields)) {
    return { problem: groupFields };
  }
  const detailFields = frame.fields.filter(
    (field) =>
      field.type === FieldType.number &&
      field !== valueField &&
      field !== comparisonField &&
      !isDerivedFigure(field) &&
      !isComparisonCompanion(field, frame)
  );

  const funnels = new Map<string, RawFunnel>();
  for (let row = 0; row < frame.length; row++) {
    const groupValues = groupFields.map((field) => textAt(field, row) ?? '');
    const key = JSON.stringify(groupValues);
    let funnel = funnels.get(key);
    if (!funnel) {
      funnel = { groupValues, stages: [], problems: [] };
      funnels.set(key, funnel);
    }
    const name = textAt(stageField, row);
    if (name === null) {
      funnel.problems.push({ code: 'missing-stage-name', row: row + 1, frame: frameLabel(frame, index) });
      continue;
    }
    if (funnel.stages.some((stage) => stage.name === name)) {
      funnel.problems.push({ code: 'duplicate-stage', stage: name });
      continue;
    }
    funnel.stages.push({
      name,
      value: valueField.values[row],
      source: { frame, field: valueField, rowIndex: row },
      comparison: comparisonField
        ? { value: comparisonField.values[row], source: { frame, field: comparisonField, rowIndex: row } }
        : null,
      details: detailFields.map((field) => ({ frame, field, rowIndex: row })),
    });
  }
  return { funnels: [...funnels.values()] };
}

function reduced(field: Field, reducer: FunnelOptions['reducer']): unknown {
  return reduceField({ field, reducers: [reducer] })[reducer];
}

/** One number field per stage; one row (or one per group, or several rows reduced to one). */
function readWideFrame(frame: DataFrame, index: number, frames: DataFrame[], options: FunnelOptions): ReadResult {
  const stageFields = frame.fields.filter(
    (field) => field.type === FieldType.number && !isComparisonCompanion(field, frame)
  );
  if (stageFields.length === 0) {
    return { problem: { code: 'no-number-field', frame: frameLabel(frame, index) } };
  }
  const groupFields = pickGroupFields(frame, index, frames, options);
  if (isProblem(groupFields)) {
    return { problem: groupFields };
  }
  const comparisonOf = (field: Field) =>
    options.showComparison
      ? frame.fields.find((other) => other.name === field.name + PREVIOUS_SUFFIX && other.type === FieldType.number)
      : undefined;

  const stagesAt = (row: number | undefined): RawStage[] =>
    stageFields.map((field) => {
      const comparisonField = comparisonOf(field);
      const valueAt = (f: Field) => (row === undefined ? reduced(f, options.reducer) : f.values[row]);
      return {
        name: fieldLabel(field, frame, frames),
        value: valueAt(field),
        source: { frame, field, rowIndex: row },
        comparison: comparisonField
          ? { value: valueAt(comparisonField), source: { frame, field: comparisonField, rowIndex: row } }
          : null,
        details: [],
      };
    });

  if (groupFields.length === 0) {
    return { funnels: [{ groupValues: [], stages: stagesAt(frame.length === 1 ? 0 : undefined), problems: [] }] };
  }
  const funnels = new Map<string, RawFunnel>();
  for (let row = 0; row < frame.length; row++) {
    const groupValues = groupFields.map((field) => textAt(field, row) ?? '');
    const key = JSON.stringify(groupValues);
    const existing = funnels.get(key);
    if (existing) {
      existing.problems.push({ code: 'duplicate-group', group: groupValues.join(' · ') });
      continue;
    }
    funnels.set(key, { groupValues, stages: stagesAt(row), problems: [] });
  }
  return { funnels: [...funnels.values()] };
}
