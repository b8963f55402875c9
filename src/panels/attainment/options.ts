import { FieldType, type PanelOptionsEditorBuilder } from '@grafana/data';
import { t } from '@grafana/i18n';

import { chineseNumbersRadio } from '../shared/chineseNumbers';
import { type AttainmentOptions, defaultOptions } from './types';

/** The panel's options, in one builder chain; labels are translated when the editor asks for them. */
export function buildOptions(builder: PanelOptionsEditorBuilder<AttainmentOptions>) {
  const gauge = [t('attainment.options.category.gauge', 'Gauge')];
  const data = [t('attainment.options.category.data', 'Data')];
  const status = [t('attainment.options.category.status', 'Status')];
  const labels = [t('attainment.options.category.labels', 'Labels')];

  return builder
    .addRadio({
      path: 'gaugeStyle',
      name: t('attainment.options.gauge-style.name', 'Gauge style'),
      category: gauge,
      defaultValue: defaultOptions.gaugeStyle,
      settings: {
        options: [
          { value: 'arc', label: t('attainment.options.gauge-style.option.arc', 'Arc') },
          { value: 'bullet', label: t('attainment.options.gauge-style.option.bullet', 'Bullet bar') },
        ],
      },
    })
    .addRadio({
      path: 'gauges',
      name: t('attainment.options.gauges.name', 'Gauges'),
      description: t(
        'attainment.options.gauges.description',
        'One gauge for each row of the data, or a single gauge for the total of all rows.'
      ),
      category: gauge,
      defaultValue: defaultOptions.gauges,
      settings: {
        options: [
          { value: 'rows', label: t('attainment.options.gauges.option.rows', 'One per row') },
          { value: 'total', label: t('attainment.options.gauges.option.total', 'Single (total)') },
        ],
      },
    })
    .addNumberInput({
      path: 'columns',
      name: t('attainment.options.columns.name', 'Columns'),
      description: t(
        'attainment.options.columns.description',
        '0 chooses the number of columns that gives the largest gauges.'
      ),
      category: gauge,
      defaultValue: defaultOptions.columns,
      settings: { min: 0, max: 50, integer: true },
      showIf: (options) => options.gauges !== 'total',
    })
    .addNumberInput({
      path: 'minGaugeHeight',
      name: t('attainment.options.min-gauge-height.name', 'Minimum gauge height'),
      description: t(
        'attainment.options.min-gauge-height.description',
        'Gauges shrink to fill the panel down to this height in pixels, then the panel scrolls. 0 always fills the panel.'
      ),
      category: gauge,
      defaultValue: defaultOptions.minGaugeHeight,
      settings: { min: 0, integer: true },
      showIf: (options) => options.gauges !== 'total',
    })
    .addSelect({
      path: 'sortBy',
      name: t('attainment.options.sort-by.name', 'Order by'),
      category: gauge,
      defaultValue: defaultOptions.sortBy,
      settings: {
        options: [
          { value: 'data', label: t('attainment.options.sort-by.option.data', 'Data order') },
          { value: 'name', label: t('attainment.options.sort-by.option.name', 'Name') },
          { value: 'attainment', label: t('attainment.options.sort-by.option.attainment', 'Attainment') },
          {
            value: 'status',
            label: t('attainment.options.sort-by.option.status', 'Status'),
            description: t(
              'attainment.options.sort-by.option.status-description',
              'Ascending puts off-track gauges first'
            ),
          },
        ],
      },
      showIf: (options) => options.gauges !== 'total',
    })
    .addRadio({
      path: 'sortOrder',
      name: t('attainment.options.sort-order.name', 'Order'),
      category: gauge,
      defaultValue: defaultOptions.sortOrder,
      settings: {
        options: [
          { value: 'asc', label: t('attainment.options.sort-order.option.asc', 'Ascending') },
          { value: 'desc', label: t('attainment.options.sort-order.option.desc', 'Descending') },
        ],
      },
      showIf: (options) => options.gauges !== 'total',
    })
    .addFieldNamePicker({
      path: 'actualField',
      name: t('attainment.options.actual-field.name', 'Actual field'),
      description: t(
        'attainment.options.actual-field.description',
        'Empty: the field named "actual", else the first number field.'
      ),
      category: data,
      defaultValue: defaultOptions.actualField,
      settings: { filter: (field) => field.type === FieldType.number },
    })
    .addRadio({
      path: 'targetSource',
      name: t('attainment.options.target-source.name', 'Target'),
      category: data,
      defaultValue: defaultOptions.targetSource,
      settings: {
        options: [
          { value: 'field', label: t('attainment.options.target-source.option.field', 'From a field') },
          { value: 'fixed', label: t('attainment.options.target-source.option.fixed', 'Fixed value') },
        ],
      },
    })
    .addFieldNamePicker({
      path: 'targetField',
      name: t('attainment.options.target-field.name', 'Target field'),
      description: t('attainment.options.target-field.description', 'Empty: the field named "target".'),
      category: data,
      defaultValue: defaultOptions.targetField,
      settings: { filter: (field) => field.type === FieldType.number },
      showIf: (options) => options.targetSource === 'field',
    })
    .addNumberInput({
      path: 'fixedTarget',
      name: t('attainment.options.fixed-target.name', 'Target value'),
      description: t('attainment.options.fixed-target.description', 'In the unit of the actual field.'),
      category: data,
      defaultValue: defaultOptions.fixedTarget,
      showIf: (options) => options.targetSource === 'fixed',
    })
    .addFieldNamePicker({
      path: 'nameField',
      name: t('attainment.options.name-field.name', 'Name field'),
      description: t('attainment.options.name-field.description', 'Empty: the text fields of each row, joined.'),
      category: data,
      defaultValue: defaultOptions.nameField,
      settings: { filter: (field) => field.type === FieldType.string },
    })
    .addRadio({
      path: 'statusSource',
      name: t('attainment.options.status-source.name', 'Status from'),
      category: status,
      defaultValue: defaultOptions.statusSource,
      settings: {
        options: [
          {
            value: 'auto',
            label: t('attainment.options.status-source.option.auto', 'Data, else thresholds'),
            description: t(
              'attainment.options.status-source.option.auto-description',
              'The "status" field where the data has one'
            ),
          },
          { value: 'thresholds', label: t('attainment.options.status-source.option.thresholds', 'Thresholds') },
        ],
      },
    })
    .addRadio({
      path: 'statusMeasure',
      name: t('attainment.options.status-measure.name', 'Thresholds compare'),
      category: status,
      defaultValue: defaultOptions.statusMeasure,
      settings: {
        options: [
          {
            value: 'auto',
            label: t('attainment.options.status-measure.option.auto', 'Pace, else attainment'),
            description: t(
              'attainment.options.status-measure.option.auto-description',
              'Actual ÷ expected to date where the data has an expected value, else actual ÷ target'
            ),
          },
          { value: 'attainment', label: t('attainment.options.status-measure.option.attainment', 'Attainment') },
        ],
      },
    })
    .addNumberInput({
      path: 'onTrackThreshold',
      name: t('attainment.options.on-track.name', 'On track from'),
      description: t('attainment.options.on-track.description', 'Ratio: 1 is 100 %.'),
      category: status,
      defaultValue: defaultOptions.onTrackThreshold,
      settings: { min: 0, step: 0.01 },
    })
    .addNumberInput({
      path: 'cautionedThreshold',
      name: t('attainment.options.cautioned.name', 'Cautioned from'),
      description: t(
        'attainment.options.cautioned.description',
        'Ratio; below it a gauge is off track. At most the on-track ratio.'
      ),
      category: status,
      defaultValue: defaultOptions.cautionedThreshold,
      settings: { min: 0, step: 0.01 },
    })
    .addRadio({
      path: 'colorBy',
      name: t('attainment.options.color-by.name', 'Colour'),
      description: t(
        'attainment.options.color-by.description',
        'Thresholds: the field thresholds of the actual field; percentage steps are percent of target.'
      ),
      category: status,
      defaultValue: defaultOptions.colorBy,
      settings: {
        options: [
          { value: 'status', label: t('attainment.options.color-by.option.status', 'By status') },
          { value: 'thresholds', label: t('attainment.options.color-by.option.thresholds', 'By field thresholds') },
        ],
      },
    })
    .addBooleanSwitch({
      path: 'showName',
      name: t('attainment.options.show-name.name', 'Name'),
      category: labels,
      defaultValue: defaultOptions.showName,
    })
    .addBooleanSwitch({
      path: 'showActualTarget',
      name: t('attainment.options.show-actual-target.name', 'Actual and target'),
      category: labels,
      defaultValue: defaultOptions.showActualTarget,
    })
    .addBooleanSwitch({
      path: 'showPaceMarker',
      name: t('attainment.options.show-pace.name', 'Expected-to-date marker'),
      category: labels,
      defaultValue: defaultOptions.showPaceMarker,
    })
    .addBooleanSwitch({
      path: 'showProjection',
      name: t('attainment.options.show-projection.name', 'Projection'),
      category: labels,
      defaultValue: defaultOptions.showProjection,
    })
    .addBooleanSwitch({
      path: 'showDaysLeft',
      name: t('attainment.options.show-days-left.name', 'Days left'),
      category: labels,
      defaultValue: defaultOptions.showDaysLeft,
    })
    .addBooleanSwitch({
      path: 'showNeededPerDay',
      name: t('attainment.options.show-needed-per-day.name', 'Needed per day'),
      category: labels,
      defaultValue: defaultOptions.showNeededPerDay,
    })
    .addRadio(
      chineseNumbersRadio(
        {
          name: t('attainment.options.chinese-numbers.name', 'Chinese numbers'),
          description: t(
            'attainment.options.chinese-numbers.description',
            'Amounts in 万 and 亿 with their currency symbol (¥478.2万, ¥1.23亿), counts with their measure word (12 笔). Auto: when the user’s language is Chinese.'
          ),
          auto: t('attainment.options.chinese-numbers.auto', 'Auto'),
          on: t('attainment.options.chinese-numbers.on', 'On'),
          off: t('attainment.options.chinese-numbers.off', 'Off'),
        },
        labels
      )
    );
}
