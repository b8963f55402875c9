import React from 'react';

import type { SalesQuery } from '../../../sales';
import type { SalesDataQuery } from '../../types';
import { AttainmentEditor } from './AttainmentEditor';
import { CommissionEditor } from './CommissionEditor';
import { FeedbackEditor } from './FeedbackEditor';
import { ForecastEditor } from './ForecastEditor';
import { FunnelEditor } from './FunnelEditor';
import { MetricsEditor } from './MetricsEditor';
import { ScorecardEditor } from './ScorecardEditor';
import { TimeseriesEditor } from './TimeseriesEditor';
import type { KindEditorProps } from './types';
import { ValuesEditor } from './ValuesEditor';

type Props = Omit<KindEditorProps<SalesQuery>, 'query' | 'onChange'> & {
  query: SalesDataQuery;
  onChange: (query: SalesDataQuery, run?: boolean) => void;
};

/** The fields of the query's kind, in that kind's own editor; none before a kind is chosen. */
export function KindEditor({ query, ...props }: Props) {
  switch (query.kind) {
    case 'metrics':
      return <MetricsEditor {...props} query={query} />;
    case 'timeseries':
      return <TimeseriesEditor {...props} query={query} />;
    case 'funnel':
      return <FunnelEditor {...props} query={query} />;
    case 'attainment':
      return <AttainmentEditor {...props} query={query} />;
    case 'forecast':
      return <ForecastEditor {...props} query={query} />;
    case 'scorecard':
      return <ScorecardEditor {...props} query={query} />;
    case 'commission':
      return <CommissionEditor {...props} query={query} />;
    case 'feedback':
      return <FeedbackEditor {...props} query={query} />;
    case 'values':
      return <ValuesEditor {...props} query={query} />;
    default:
      return null;
  }
}
