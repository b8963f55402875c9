/** Translated texts for the problems the data layer reports by code. */
import { t } from '@grafana/i18n';

import { unescaped } from '../shared/i18n';

import type { Problem } from './data/toScorecard';

export function problemMessage(problem: Problem): string {
  switch (problem.code) {
    case 'no-entity-field':
      return t(
        'problem.no-entity-field',
        'The leaderboard needs a text field naming each rep, team or region, but frame "{{frame}}" has none (fields: {{fields}}).',
        unescaped({ frame: problem.frame || unnamedFrame(), fields: problem.fields.join(', ') || '-' })
      );
    case 'no-metric-field':
      return t(
        'problem.no-metric-field',
        'The leaderboard needs at least one number field to rank by, but frame "{{frame}}" has none (fields: {{fields}}).',
        unescaped({ frame: problem.frame || unnamedFrame(), fields: problem.fields.join(', ') || '-' })
      );
    case 'metric-without-field':
      return t(
        'problem.metric-without-field',
        'Metric "{{metric}}" is listed in the frame\'s metadata but has no number field; its column is left out.',
        unescaped({ metric: problem.metric })
      );
    case 'bad-sparkline':
      return t(
        'problem.bad-sparkline',
        'Field "{{field}}" should hold a list of numbers per row; {{rows}} rows hold something else and show no trend.',
        unescaped({ field: problem.field, rows: problem.rows })
      );
    case 'other-frames-ignored':
      return t(
        'problem.other-frames-ignored',
        'The panel shows one frame ("{{frame}}"); {{count}} other frames are not shown.',
        unescaped({ frame: problem.used || unnamedFrame(), count: problem.ignored })
      );
  }
}

function unnamedFrame(): string {
  return t('problem.unnamed-frame', 'unnamed');
}
