import type { DataFrame } from '@grafana/data';

import type { FunnelOptions } from '../types';
import { frameLabel, snapshotOf } from './fields';
import type { ComparisonValue, Funnel, FunnelModel, FunnelProblem, FunnelStage, Snapshot, ValueSource } from './model';
import { type RawFunnel, readFrame } from './readFrame';
import { type StageMetrics, stageMetrics } from './stageMetrics';

/** More funnels than this would not be readable as small multiples. */
export const MAX_FUNNELS = 100;

/**
 * A frame holding the comparison series (previous period): the query named in the options, or else
 * a frame whose refId or name ends with "previous" (for example refId `previous` or `B_previous`).
 */
export function isComparisonFrame(frame: DataFrame, options: Pick<FunnelOptions, 'comparisonQuery'>): boolean {
  const marks = [frame.refId, frame.name].filter((mark): mark is string => Boolean(mark));
  return options.comparisonQuery
    ? marks.includes(options.comparisonQuery)
    : marks.some((mark) => /previous$/i.test(mark));
}

const groupKey = (groupValues: string[]) => JSON.stringify(groupValues);

/** Why a value cannot be drawn, or null when it is a finite number ≥ 0. */
function valueProblem(stage: string, value: unknown, comparison: boolean): FunnelProblem | null {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return { code: 'missing-value', stage, comparison };
  }
  if (!Number.isFinite(value)) {
    return { code: 'not-finite', stage, value, comparison };
  }
  return value < 0 ? { code: 'negative-value', stage, value, comparison } : null;
}

type ComparisonIndex = Map<string, Map<string, { value: unknown; source: ValueSource }>>;

function indexComparison(frames: DataFrame[], all: DataFrame[], options: FunnelOptions): ComparisonIndex {
  const index: ComparisonIndex = new Map();
  frames.forEach((frame) => {
    const read = readFrame(frame, all.indexOf(frame), all, { ...options, showComparison: false });
    if ('problem' in read) {
      return;
    }
    for (const funnel of read.funnels) {
      const stages = index.get(groupKey(funnel.groupValues)) ?? new Map();
      funnel.stages.forEach((stage) => stages.set(stage.name, { value: stage.value, source: stage.source }));
      index.set(groupKey(funnel.groupValues), stages);
    }
  });
  return index;
}

/** A snapshot has no flow between its stages: no conversion, no drop-off. */
const NO_FLOW: StageMetrics = { conversionFromPrevious: null, conversionFromFirst: null, dropOff: null };

function buildFunnel(
  raw: RawFunnel,
  key: string,
  title: string,
  comparisons: ComparisonIndex,
  snapshot: Snapshot | null
): Funnel {
  const problems: FunnelProblem[] = [...raw.problems];
  const external = comparisons.get(groupKey(raw.groupValues));
  const checked = raw.stages.map((stage) => {
    const valueIssue = valueProblem(stage.name, stage.value, false);
    if (valueIssue) {
      problems.push(valueIssue);
    }
    const candidate = stage.comparison ?? external?.get(stage.name) ?? null;
    let comparison: ComparisonValue | null = null;
    // A stage without a previous-period value simply has no ghost outline; other bad values are reported.
    if (candidate && candidate.value !== null && candidate.value !== undefined) {
      const comparisonIssue = valueProblem(stage.name, candidate.value, true);
      if (comparisonIssue) {
        problems.push(comparisonIssue);
      } else {
        comparison = { value: candidate.value as number, source: candidate.source };
      }
    }
    return { ...stage, value: stage.value as number, comparison };
  });
  if (problems.length > 0) {
    return { key, snapshot, title, stages: [], problems };
  }
  const metrics = snapshot ? checked.map(() => NO_FLOW) : stageMetrics(checked.map((stage) => stage.value));
  const stages: FunnelStage[] = checked.map((stage, index) => ({ ...stage, ...metrics[index] }));
  return { key, snapshot, title, stages, problems };
}

/**
 * Interprets the panel's frames (after Grafana's field overrides) as one funnel per frame and group:
 * the data source's funnel frame, a long frame (text stage + number value), or a wide frame
 * (a number field per stage). Stages keep the frame's order. A snapshot frame (open deals by current
 * stage) gets no conversion and no drop-off.
 */
export function toFunnelModel(frames: DataFrame[], options: FunnelOptions): FunnelModel {
  const withRows = frames.filter((frame) => frame.length > 0 && frame.fields.length > 0);
  if (withRows.length === 0) {
    return { status: 'no-data' };
  }
  const comparisonFrames = withRows.filter((frame) => isComparisonFrame(frame, options));
  const mainFrames = withRows.filter((frame) => !comparisonFrames.includes(frame));
  if (mainFrames.length === 0) {
    return { status: 'unsupported', problems: [{ code: 'only-comparison' }] };
  }
  const comparisons = options.showComparison ? indexComparison(comparisonFrames, frames, options) : new Map();

  const funnels: Funnel[] = [];
  const problems: FunnelProblem[] = [];
  mainFrames.forEach((frame) => {
    const frameIndex = frames.indexOf(frame);
    const read = readFrame(frame, frameIndex, frames, options);
    if ('problem' in read) {
      problems.push(read.problem);
      return;
    }
    for (const raw of read.funnels) {
      const titleParts = mainFrames.length > 1 ? [frameLabel(frame, frameIndex), ...raw.groupValues] : raw.groupValues;
      const key = `${frameIndex}:${groupKey(raw.groupValues)}`;
      funnels.push(buildFunnel(raw, key, titleParts.filter(Boolean).join(' · '), comparisons, snapshotOf(frame)));
    }
  });
  if (problems.length > 0) {
    return { status: 'unsupported', problems };
  }
  if (funnels.length > MAX_FUNNELS) {
    return {
      status: 'unsupported',
      problems: [{ code: 'too-many-groups', count: funnels.length, limit: MAX_FUNNELS }],
    };
  }
  return { status: 'ok', funnels };
}
