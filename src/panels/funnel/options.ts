import {
  type Field,
  FieldColorModeId,
  FieldConfigProperty,
  FieldType,
  type PanelOptionsEditorBuilder,
  type SetFieldConfigOptionsArgs,
} from '@grafana/data';
import { t } from '@grafana/i18n';

import { chineseNumbersRadio } from '../shared/chineseNumbers';
import { DEFAULT_OPTIONS, type FunnelOptions, PERCENT_DECIMALS_RANGE, TEXT_SCALE_RANGE } from './types';

const isText = (field: Field) => field.type === FieldType.string;
const isNumber = (field: Field) => field.type === FieldType.number;

/** Standard field options: unit, decimals, min (0 by default), max, colour, thresholds, links, mappings. */
export function funnelFieldConfig(): SetFieldConfigOptionsArgs {
  return {
    standardOptions: {
      [FieldConfigProperty.Min]: { defaultValue: 0 },
      [FieldConfigProperty.Color]: {
        defaultValue: { mode: FieldColorModeId.PaletteClassic },
        settings: { byValueSupport: true, bySeriesSupport: false, preferThresholdsMode: false },
      },
    },
  };
}

function layoutOptions(builder: PanelOptionsEditorBuilder<FunnelOptions>) {
  const category = [t('options.category.funnel', 'Funnel')];
  builder
    .addRadio({
      path: 'orientation',
      name: t('options.orientation.name', 'Orientation'),
      description: t(
        'options.orientation.description',
        'Vertical flows top to bottom; horizontal flows left to right.'
      ),
      category,
      defaultValue: DEFAULT_OPTIONS.orientation,
      settings: {
        options: [
          { value: 'vertical', label: t('options.orientation.vertical', 'Vertical') },
          { value: 'horizontal', label: t('options.orientation.horizontal', 'Horizontal') },
        ],
      },
    })
    .addRadio({
      path: 'shape',
      name: t('options.shape.name', 'Shape'),
      description: t(
        'options.shape.description',
        'Trapezoid: each stage narrows to the next one. Bar: one bar per stage, its length proportional to the value.'
      ),
      category,
      defaultValue: DEFAULT_OPTIONS.shape,
      settings: {
        options: [
          { value: 'trapezoid', label: t('options.shape.trapezoid', 'Trapezoid') },
          { value: 'bar', label: t('options.shape.bar', 'Bar') },
        ],
      },
    })
    .addRadio({
      path: 'scale',
      name: t('options.scale.name', 'Scale of several funnels'),
      description: t(
        'options.scale.description',
        'With one funnel per group: each funnel fills its cell, or all share one scale so that their sizes compare. Min and max of the standard options fix the scale.'
      ),
      category,
      defaultValue: DEFAULT_OPTIONS.scale,
      settings: {
        options: [
          { value: 'funnel', label: t('options.scale.funnel', 'Per funnel') },
          { value: 'shared', label: t('options.scale.shared', 'Shared') },
        ],
      },
    })
    .addSliderInput({
      path: 'textScale',
      name: t('options.text-scale.name', 'Text size'),
      description: t(
        'options.text-scale.description',
        'Multiplies the text size, which otherwise follows the panel size. Text never grows past the room of its stage.'
      ),
      category,
      defaultValue: DEFAULT_OPTIONS.textScale,
      settings: { min: TEXT_SCALE_RANGE.min, max: TEXT_SCALE_RANGE.max, step: 0.1 },
    });
}

function labelOptions(builder: PanelOptionsEditorBuilder<FunnelOptions>) {
  const category = [t('options.category.labels', 'Stage labels')];
  builder
    .addBooleanSwitch({
      path: 'showConversionFromPrevious',
      name: t('options.show-conversion-from-previous.name', 'Conversion from previous stage'),
      description: t('options.show-conversion-from-previous.description', 'Value ÷ the previous stage’s value.'),
      category,
      defaultValue: DEFAULT_OPTIONS.showConversionFromPrevious,
    })
    .addBooleanSwitch({
      path: 'showConversionFromFirst',
      name: t('options.show-conversion-from-first.name', 'Conversion from first stage'),
      description: t('options.show-conversion-from-first.description', 'Value ÷ the first stage’s value.'),
      category,
      defaultValue: DEFAULT_OPTIONS.showConversionFromFirst,
    })
    .addBooleanSwitch({
      path: 'showDropOff',
      name: t('options.show-drop-off.name', 'Drop-off'),
      description: t(
        'options.show-drop-off.description',
        'The previous stage’s value − this value, in the value’s unit. The tooltip always shows every figure.'
      ),
      category,
      defaultValue: DEFAULT_OPTIONS.showDropOff,
    })
    .addNumberInput({
      path: 'percentDecimals',
      name: t('options.percent-decimals.name', 'Percentage decimals'),
      description: t(
        'options.percent-decimals.description',
        'Decimals of conversions and changes. Values use the unit and decimals of the standard options.'
      ),
      category,
      defaultValue: DEFAULT_OPTIONS.percentDecimals,
      settings: { min: PERCENT_DECIMALS_RANGE.min, max: PERCENT_DECIMALS_RANGE.max, integer: true },
    })
    .addRadio(
      chineseNumbersRadio(
        {
          name: t('options.chinese-numbers.name', 'Chinese numbers'),
          description: t(
            'options.chinese-numbers.description',
            'Amounts in 万 and 亿 with their currency symbol (¥478.2万, ¥1.23亿), counts with their measure word (12 笔). Auto: when the user’s language is Chinese.'
          ),
          auto: t('options.chinese-numbers.auto', 'Auto'),
          on: t('options.chinese-numbers.on', 'On'),
          off: t('options.chinese-numbers.off', 'Off'),
        },
        category
      )
    );
}

function colorOptions(builder: PanelOptionsEditorBuilder<FunnelOptions>) {
  builder.addRadio({
    path: 'colorBy',
    name: t('options.color-by.name', 'Color stages by'),
    description: t(
      'options.color-by.description',
      'Stage: the color scheme of the standard options (a palette colors each stage in turn; thresholds and continuous schemes color each stage by its value). Conversion: the thresholds or continuous scheme applied to the conversion from the previous stage (0–1; percentage thresholds read as 0–100 %); with a palette or a fixed color, red to green.'
    ),
    category: [t('options.category.colors', 'Colors')],
    defaultValue: DEFAULT_OPTIONS.colorBy,
    settings: {
      options: [
        { value: 'stage', label: t('options.color-by.stage', 'Stage') },
        { value: 'conversion', label: t('options.color-by.conversion', 'Conversion') },
      ],
    },
  });
}

function dataOptions(builder: PanelOptionsEditorBuilder<FunnelOptions>) {
  const category = [t('options.category.data', 'Data')];
  builder
    .addRadio({
      path: 'frameShape',
      name: t('options.frame-shape.name', 'Frame shape'),
      description: t(
        'options.frame-shape.description',
        'Long: one row per stage with a text stage field and a number field (the data source’s funnel frame is long). Wide: one number field per stage, named after the stage. Auto: long when the frame has a text field. Stages keep the order of the frame.'
      ),
      category,
      defaultValue: DEFAULT_OPTIONS.frameShape,
      settings: {
        options: [
          { value: 'auto', label: t('options.frame-shape.auto', 'Auto') },
          { value: 'long', label: t('options.frame-shape.long', 'Long') },
          { value: 'wide', label: t('options.frame-shape.wide', 'Wide') },
        ],
      },
    })
    .addFieldNamePicker({
      path: 'stageField',
      name: t('options.stage-field.name', 'Stage field'),
      description: t(
        'options.stage-field.description',
        'Long frames: the field with the stage names. Empty: the field named "stage", else the last text field.'
      ),
      category,
      defaultValue: DEFAULT_OPTIONS.stageField,
      settings: { filter: isText },
      showIf: (options) => options.frameShape !== 'wide',
    })
    .addFieldNamePicker({
      path: 'valueField',
      name: t('options.value-field.name', 'Value field'),
      description: t(
        'options.value-field.description',
        'Long frames: the number drawn per stage (for the data source: value, count or amount). Empty: the field named "value", else the first number field.'
      ),
      category,
      defaultValue: DEFAULT_OPTIONS.valueField,
      settings: { filter: isNumber },
      showIf: (options) => options.frameShape !== 'wide',
    })
    .addRadio({
      path: 'grouping',
      name: t('options.grouping.name', 'One funnel per group'),
      description: t(
        'options.grouping.description',
        'Auto: every text field other than the stage field is a group (an "x_id" field beside "x" is ignored); wide frames: one funnel per row. None: a single funnel (a wide frame’s rows are reduced). Field: the group field below.'
      ),
      category,
      defaultValue: DEFAULT_OPTIONS.grouping,
      settings: {
        options: [
          { value: 'auto', label: t('options.grouping.auto', 'Auto') },
          { value: 'none', label: t('options.grouping.none', 'None') },
          { value: 'field', label: t('options.grouping.field', 'Field') },
        ],
      },
    })
    .addFieldNamePicker({
      path: 'groupField',
      name: t('options.group-field.name', 'Group field'),
      description: t('options.group-field.description', 'Draws one funnel per value of this field (small multiples).'),
      category,
      defaultValue: DEFAULT_OPTIONS.groupField,
      showIf: (options) => options.grouping === 'field',
    })
    .addSelect({
      path: 'reducer',
      name: t('options.reducer.name', 'Reduce wide rows with'),
      description: t(
        'options.reducer.description',
        'A wide frame with several rows and no group (for example a time series) is reduced to one value per stage.'
      ),
      category,
      defaultValue: DEFAULT_OPTIONS.reducer,
      settings: {
        options: [
          { value: 'lastNotNull', label: t('options.reducer.last-not-null', 'Last *') },
          { value: 'last', label: t('options.reducer.last', 'Last') },
          { value: 'firstNotNull', label: t('options.reducer.first-not-null', 'First *') },
          { value: 'first', label: t('options.reducer.first', 'First') },
          { value: 'sum', label: t('options.reducer.sum', 'Total') },
          { value: 'mean', label: t('options.reducer.mean', 'Mean') },
          { value: 'max', label: t('options.reducer.max', 'Max') },
          { value: 'min', label: t('options.reducer.min', 'Min') },
        ],
      },
      showIf: (options) => options.frameShape !== 'long',
    });
}

function comparisonOptions(builder: PanelOptionsEditorBuilder<FunnelOptions>) {
  const category = [t('options.category.comparison', 'Comparison')];
  builder
    .addBooleanSwitch({
      path: 'showComparison',
      name: t('options.show-comparison.name', 'Show comparison series'),
      description: t(
        'options.show-comparison.description',
        'Draws a previous period as a dashed ghost outline behind each stage, with its change in the labels. It is read from a number field named like the value field plus "_previous" (for wide frames: each stage field plus "_previous", as the data source’s compare option returns), or from the comparison field, or from a second query whose refId or frame name ends with "previous" or is named below; its stages are matched by name and group.'
      ),
      category,
      defaultValue: DEFAULT_OPTIONS.showComparison,
    })
    .addFieldNamePicker({
      path: 'comparisonField',
      name: t('options.comparison-field.name', 'Comparison field'),
      description: t(
        'options.comparison-field.description',
        'Long frames: the number field with the previous period’s values. Empty: the value field’s name plus "_previous".'
      ),
      category,
      defaultValue: DEFAULT_OPTIONS.comparisonField,
      settings: { filter: isNumber },
      showIf: (options) => options.showComparison && options.frameShape !== 'wide',
    })
    .addTextInput({
      path: 'comparisonQuery',
      name: t('options.comparison-query.name', 'Comparison query'),
      description: t(
        'options.comparison-query.description',
        'The refId (or frame name) of the query that returns the previous period. Empty: any query whose refId or frame name ends with "previous".'
      ),
      category,
      defaultValue: DEFAULT_OPTIONS.comparisonQuery,
      showIf: (options) => options.showComparison,
    });
}

/** Every panel option, in categories; called by Grafana when the editor opens (t() runs lazily). */
export function buildFunnelOptions(builder: PanelOptionsEditorBuilder<FunnelOptions>) {
  layoutOptions(builder);
  labelOptions(builder);
  colorOptions(builder);
  dataOptions(builder);
  comparisonOptions(builder);
}
