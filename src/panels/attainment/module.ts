import { FieldConfigProperty, PanelPlugin, ThresholdsMode } from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';

import { bundledLocales } from '../../i18n/bundledLocales';
import enUS from '../../locales/en-US/seed-attainment-panel.json';
import zhHans from '../../locales/zh-Hans/seed-attainment-panel.json';
import { AttainmentPanel } from './AttainmentPanel';
import { attainmentMigration } from './migrations';
import { buildOptions } from './options';
import pluginJson from './plugin.json';
import { type AttainmentOptions } from './types';

initPluginTranslations(pluginJson.id, [bundledLocales({ 'en-US': enUS, 'zh-Hans': zhHans })]);

export const plugin = new PanelPlugin<AttainmentOptions>(AttainmentPanel)
  .setPanelOptions(buildOptions)
  .useFieldConfig({
    // min/max and colour schemes are not used: a gauge's scale is its target, its colour its status
    disableStandardOptions: [
      FieldConfigProperty.Min,
      FieldConfigProperty.Max,
      FieldConfigProperty.FieldMinMax,
      FieldConfigProperty.Color,
      FieldConfigProperty.Actions,
    ],
    standardOptions: {
      // used with "Colour: by field thresholds"; percentage steps are percent of target
      [FieldConfigProperty.Thresholds]: {
        defaultValue: {
          mode: ThresholdsMode.Percentage,
          steps: [
            { value: -Infinity, color: 'red' },
            { value: 90, color: 'orange' },
            { value: 100, color: 'green' },
          ],
        },
      },
    },
  })
  .setMigrationHandler(attainmentMigration.handler, attainmentMigration.shouldMigrate);
