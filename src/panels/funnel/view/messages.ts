import { t } from '@grafana/i18n';

import type { FieldOption, FunnelProblem } from '../data/model';
import { unescaped } from '../../shared/i18n';

function optionName(option: FieldOption): string {
  switch (option) {
    case 'stageField':
      return t('options.stage-field.name', 'Stage field');
    case 'valueField':
      return t('options.value-field.name', 'Value field');
    case 'groupField':
      return t('options.group-field.name', 'Group field');
    case 'comparisonField':
      return t('options.comparison-field.name', 'Comparison field');
  }
}

/** A sentence naming what is wrong and, where it helps, what to do about it. */
export function describeProblem(problem: FunnelProblem): string {
  switch (problem.code) {
    case 'only-comparison':
      return t(
        'problem.only-comparison',
        'Only the comparison series (previous period) was returned: add the query for the current period.'
      );
    case 'no-stage-field':
      return t(
        'problem.no-stage-field',
        'Frame "{{frame}}" has no text field with the stage names. Return a text stage column, or one number column per stage (wide frame).',
        unescaped({ frame: problem.frame })
      );
    case 'no-number-field':
      return t(
        'problem.no-number-field',
        'Frame "{{frame}}" has no number field to draw as stage values.',
        unescaped({
          frame: problem.frame,
        })
      );
    case 'field-not-found':
      return t(
        'problem.field-not-found',
        '{{option}} "{{name}}" is not a field of frame "{{frame}}".',
        unescaped({
          option: optionName(problem.option),
          name: problem.name,
          frame: problem.frame,
        })
      );
    case 'field-not-number':
      return t(
        'problem.field-not-number',
        '{{option}} "{{name}}" in frame "{{frame}}" is not a number field.',
        unescaped({
          option: optionName(problem.option),
          name: problem.name,
          frame: problem.frame,
        })
      );
    case 'missing-stage-name':
      return t(
        'problem.missing-stage-name',
        'Row {{row}} of frame "{{frame}}" has no stage name.',
        unescaped({
          row: problem.row,
          frame: problem.frame,
        })
      );
    case 'duplicate-stage':
      return t(
        'problem.duplicate-stage',
        'Stage "{{stage}}" appears more than once. Group by the field that tells the rows apart, or aggregate them in the query.',
        unescaped({ stage: problem.stage })
      );
    case 'duplicate-group':
      return t(
        'problem.duplicate-group',
        'Group "{{group}}" has more than one row; a wide frame needs one row per group.',
        unescaped({
          group: problem.group,
        })
      );
    case 'missing-value':
      return problem.comparison
        ? t(
            'problem.missing-comparison-value',
            'Stage "{{stage}}" has a comparison value that is not a number.',
            unescaped({
              stage: problem.stage,
            })
          )
        : t(
            'problem.missing-value',
            'Stage "{{stage}}" has no value (null). A funnel needs a number for every stage.',
            unescaped({
              stage: problem.stage,
            })
          );
    case 'not-finite':
      return t(
        'problem.not-finite',
        'Stage "{{stage}}" has an infinite value ({{value}}).',
        unescaped({
          stage: problem.stage,
          value: String(problem.value),
        })
      );
    case 'negative-value':
      return problem.comparison
        ? t(
            'problem.negative-comparison-value',
            'Stage "{{stage}}" has a negative comparison value ({{value}}).',
            unescaped({
              stage: problem.stage,
              value: problem.value,
            })
          )
        : t(
            'problem.negative-value',
            'Stage "{{stage}}" has a negative value ({{value}}). A funnel needs values of 0 or more.',
            unescaped({ stage: problem.stage, value: problem.value })
          );
    case 'too-many-groups':
      return t(
        'problem.too-many-groups',
        'The data makes {{count}} funnels; at most {{limit}} can be shown. Filter the query or choose another group field.',
        unescaped({ count: problem.count, limit: problem.limit })
      );
  }
}

export function describeProblems(problems: FunnelProblem[]): string {
  return [...new Set(problems.map(describeProblem))].join(' ');
}
