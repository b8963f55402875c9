/*
 * Grafana fills its registry of standard field options at start-up, from core code that plugins do
 * not ship. Tests register the same options with @grafana/data's own override processors so that
 * applyFieldOverrides merges defaults and overrides (units, no-value text, thresholds, links …) as
 * Grafana does; the panel's registry (plugin.fieldConfigRegistry) then adds its own defaults.
 * The option editors are registered by id only (the builder looks them up; tests do not draw them).
 */
import {
  booleanOverrideProcessor,
  dataLinksOverrideProcessor,
  displayNameOverrideProcessor,
  type FieldConfigPropertyItem,
  FieldType,
  identityOverrideProcessor,
  numberOverrideProcessor,
  standardEditorsRegistry,
  standardFieldConfigEditorRegistry,
  stringOverrideProcessor,
  thresholdsOverrideProcessor,
  ThresholdsMode,
  unitOverrideProcessor,
  valueMappingsOverrideProcessor,
} from '@grafana/data';

const noEditor = () => null;

function item(
  id: string,
  process: FieldConfigPropertyItem['process'],
  extra: Partial<FieldConfigPropertyItem> = {}
): FieldConfigPropertyItem {
  return {
    id,
    path: id,
    name: id,
    process,
    shouldApply: () => true,
    editor: noEditor,
    override: noEditor,
    settings: {},
    ...extra,
  };
}

const isNumber = (field: { type: FieldType }) => field.type === FieldType.number;

const EDITORS = [
  'boolean',
  'color',
  'dashboard-uid',
  'field-name',
  'multi-select',
  'number',
  'radio',
  'select',
  'slider',
  'strings',
  'text',
  'timezone',
  'unit',
];

export function registerStandardFieldConfigs(): void {
  standardEditorsRegistry.setInit(() => EDITORS.map((id) => ({ id, name: id, editor: noEditor })));
  standardFieldConfigEditorRegistry.setInit(() => [
    item('unit', unitOverrideProcessor),
    item('min', numberOverrideProcessor, { shouldApply: isNumber }),
    item('max', numberOverrideProcessor, { shouldApply: isNumber }),
    item('fieldMinMax', booleanOverrideProcessor, { shouldApply: isNumber }),
    item('decimals', numberOverrideProcessor),
    item('displayName', displayNameOverrideProcessor),
    item('noValue', stringOverrideProcessor),
    item('thresholds', thresholdsOverrideProcessor, {
      defaultValue: {
        mode: ThresholdsMode.Absolute,
        steps: [
          { value: -Infinity, color: 'green' },
          { value: 80, color: 'red' },
        ],
      },
    }),
    item('mappings', valueMappingsOverrideProcessor, { defaultValue: [] }),
    item('links', dataLinksOverrideProcessor),
    item('actions', identityOverrideProcessor),
    item('color', identityOverrideProcessor),
    item('filterable', booleanOverrideProcessor),
  ]);
}
