/*
 * Grafana fills these registries at start-up from core code that is not in the published packages
 * (public/app/core/components/OptionsUI/registry.tsx: getAllOptionEditors and
 * getAllStandardFieldConfigs; app/features/transformers: getStandardTransformers). Tests fill
 * them the same way from @grafana/data's own processors and transformers, so that the plugins' option
 * builders, applyFieldOverrides and the panels' transformations run Grafana's code paths, in the panels'
 * jest tests and in the browser harness of tests/browser alike. Editors are registered by id only: tests
 * render panels, never their option editors.
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
  standardTransformers,
  standardTransformersRegistry,
  stringOverrideProcessor,
  thresholdsOverrideProcessor,
  ThresholdsMode,
  type TransformerRegistryItem,
  valueMappingsOverrideProcessor,
} from '@grafana/data';

const NoEditor = () => null;

const EDITORS = [
  'text',
  'number',
  'slider',
  'boolean',
  'radio',
  'select',
  'unit',
  'links',
  'stats-picker',
  'strings',
  'timezone',
  'fieldColor',
  'color',
  'multi-select',
  'field-name',
  'dashboard-uid',
  'mappings',
  'thresholds',
];

function item(
  id: string,
  process: FieldConfigPropertyItem['process'],
  extra: Partial<FieldConfigPropertyItem> = {}
): FieldConfigPropertyItem {
  return {
    id,
    path: id,
    name: id,
    editor: NoEditor,
    override: NoEditor,
    process,
    settings: {},
    shouldApply: () => true,
    ...extra,
  };
}

const isNumber = (field: { type: FieldType }) => field.type === FieldType.number;

function standardFieldConfigs(): FieldConfigPropertyItem[] {
  return [
    item('unit', stringOverrideProcessor),
    item('min', numberOverrideProcessor, { shouldApply: isNumber }),
    item('max', numberOverrideProcessor, { shouldApply: isNumber }),
    item('fieldMinMax', booleanOverrideProcessor, { shouldApply: isNumber }),
    item('decimals', numberOverrideProcessor, { shouldApply: isNumber }),
    item('displayName', displayNameOverrideProcessor),
    item('color', identityOverrideProcessor, { settings: { byValueSupport: true, preferThresholdsMode: true } }),
    item('noValue', stringOverrideProcessor),
    item('links', dataLinksOverrideProcessor),
    item('actions', identityOverrideProcessor),
    item('mappings', valueMappingsOverrideProcessor, {
      defaultValue: [],
      shouldApply: (field) => field.type !== FieldType.time,
    }),
    item('thresholds', thresholdsOverrideProcessor, {
      defaultValue: {
        mode: ThresholdsMode.Absolute,
        steps: [
          { value: -Infinity, color: 'green' },
          { value: 80, color: 'red' },
        ],
      },
    }),
    item('filterable', booleanOverrideProcessor, { hideFromDefaults: true }),
  ];
}

function transformers(): TransformerRegistryItem[] {
  // some transformers are exported under two names (seriesToColumns is joinByField)
  const unique = new Map(
    Object.values(standardTransformers).map((transformation) => [transformation.id, transformation])
  );
  return [...unique.values()].map((transformation) => ({
    id: transformation.id,
    name: transformation.name,
    description: transformation.description,
    transformation,
    editor: NoEditor,
  })) as unknown as TransformerRegistryItem[];
}

let registered = false;

export function registerGrafanaRegistries(): void {
  if (registered) {
    return;
  }
  registered = true;
  standardEditorsRegistry.setInit(() => EDITORS.map((id) => ({ id, name: id, editor: NoEditor })));
  standardFieldConfigEditorRegistry.setInit(standardFieldConfigs);
  standardTransformersRegistry.setInit(transformers);
}
