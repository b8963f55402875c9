import { t } from '@grafana/i18n';

import { type GaugeIssue } from './data/toGauges';
import { unescaped } from '../shared/i18n';

const MAX_LISTED = 12;

function list(names: string[]): string {
  const shown = names.slice(0, MAX_LISTED).map((name) => `"${name}"`);
  return names.length > MAX_LISTED ? `${shown.join(', ')} …` : shown.join(', ');
}

/** A sentence naming what is wrong, for the panel's error view or its warning list. */
export function issueMessage(issue: GaugeIssue): string {
  switch (issue.kind) {
    case 'field-not-found': {
      const values = unescaped({ name: issue.name, available: list(issue.available) || '—' });
      if (issue.role === 'actual') {
        return t(
          'attainment.issue.actual-not-found',
          'No field named "{{name}}" for the actual value. Fields in the data: {{available}}.',
          values
        );
      }
      if (issue.role === 'target') {
        return t(
          'attainment.issue.target-not-found',
          'No field named "{{name}}" for the target. Fields in the data: {{available}}.',
          values
        );
      }
      return t(
        'attainment.issue.name-not-found',
        'No field named "{{name}}" for the gauge names; the text fields are used instead. Fields in the data: {{available}}.',
        values
      );
    }
    case 'no-number-field':
      return t(
        'attainment.issue.no-number-field',
        'The data has no number field to use as the actual value. Fields in the data: {{available}}.',
        unescaped({ available: list(issue.available) || '—' })
      );
    case 'not-a-number':
      return t(
        'attainment.issue.not-a-number',
        'Row {{row}} of field "{{field}}" holds "{{value}}", which is not a number; it is left out.',
        unescaped({ row: issue.row, field: issue.field, value: issue.value })
      );
    case 'unknown-status':
      return t(
        'attainment.issue.unknown-status',
        '"{{gauge}}" has status "{{value}}", which is none of on_track, cautioned, off_track; the status is computed from the thresholds instead.',
        unescaped({ gauge: issue.gauge, value: issue.value })
      );
    case 'total-without-target':
      return t(
        'attainment.issue.total-without-target',
        'The total has no target because these rows have none: {{rows}}.',
        unescaped({ rows: list(issue.gauges) })
      );
  }
}
