/** Field config: standard options plus the per-field "better when" choice. */
import { FieldColorModeId, FieldConfigProperty, ThresholdsMode, type SetFieldConfigOptionsArgs } from '@grafana/data';
import { t } from '@grafana/i18n';

import type { ScorecardFieldConfig } from './types';

export const fieldConfigSettings: SetFieldConfigOptionsArgs<ScorecardFieldConfig> = {
  standardOptions: {
    // Thresholds colour the % of target fields (0..1 ratios): under 90 % red, under 100 % orange, else green.
    [FieldConfigProperty.Thresholds]: {
      defaultValue: {
        mode: ThresholdsMode.Absolute,
        steps: [
          { value: -Infinity, color: 'red' },
          { value: 0.9, color: 'orange' },
          { value: 1, color: 'green' },
        ],
      },
    },
    [FieldConfigProperty.Color]: { defaultValue: { mode: FieldColorModeId.Thresholds } },
  },
  useCustomConfig: (builder) => {
    builder.addRadio({
      path: 'betterWhen',
      name: t('field.better-when.name', 'Better when'),
      description: t(
        'field.better-when.description',
        'Which direction ranks first and colours green. Auto follows the data source (tables: higher).'
      ),
      defaultValue: 'auto',
      settings: {
        options: [
          { value: 'auto', label: t('field.better-when.auto', 'Auto') },
          { value: 'higher', label: t('field.better-when.higher', 'Higher') },
          { value: 'lower', label: t('field.better-when.lower', 'Lower') },
        ],
      },
    });
  },
};
