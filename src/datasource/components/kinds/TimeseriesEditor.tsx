import React from 'react';

import { InlineFieldRow } from '@grafana/ui';

import type { TimeseriesQuery } from '../../../sales';
import { CompareField } from '../fields/CompareField';
import { GrainField } from '../fields/GrainField';
import { GroupByField } from '../fields/GroupByField';
import { MetricsField } from '../fields/MetricsField';
import { type KindEditorProps, patcher } from './types';

/** Time series: metrics per period of a grain, optionally against an earlier period. */
export function TimeseriesEditor({ id, query, dimensions, onChange }: KindEditorProps<TimeseriesQuery>) {
  const set = patcher({ query, onChange });
  return (
    <>
      <InlineFieldRow>
        <MetricsField id={id} value={query.metrics} onChange={(metrics) => set({ metrics })} />
      </InlineFieldRow>
      <InlineFieldRow>
        <GroupByField id={id} dimensions={dimensions} value={query.groupBy} onChange={(groupBy) => set({ groupBy })} />
        <GrainField id={id} value={query.grain} onChange={(grain) => set({ grain })} />
        <CompareField id={id} value={query.compare} onChange={(compare) => set({ compare })} />
      </InlineFieldRow>
    </>
  );
}
