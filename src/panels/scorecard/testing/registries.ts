/*
 * Grafana core fills the option registries at start-up (its standard field config items and option
 * editors are not part of the published packages). Tests fill them the same way, with @grafana/data's
 * own override processors, so that applyFieldOverrides and the panel's option builders behave as in
 * Grafana: defaults, overrides, thresholds and links all go through the real code paths.
 */
import {
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

const NoEditor = () => null;

function item(
  id: string,
  process: FieldConfigPropertyItem['process'],
  extra: Partial<FieldConfigPropertyItem> = {}
): FieldConfigPropertyItem {
  return { id, path: id, name: id, editor: NoEditor, override: NoEditor, process, shouldApply: () => true, ...extra };
}

const isNumber = (field: { type: FieldType }) => field.type === FieldType.number;

let registered = false;

export function registerOptionRegistries(): void {
  if (registered) {
    return;
  }
  registered = true;
  standardFieldConfigEditorRegistry.setInit(() => [
    item('unit', unitOverrideProcessor),
    item('min', numberOverrideProcessor, { shouldApply: isNumber }),
    item('max', numberOverrideProcessor, { shouldApply: isNumber }),
    item('decimals', numberOverrideProcessor),
    item('displayName', displayNameOverrideProcessor),
    item('color', identityOverrideProcessor),
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
  ]);
  standardEditorsRegistry.setInit(() =>
    ['radio', 'select', 'boolean', 'number', 'text', 'slider', 'color', 'unit', 'thresholds'].map((id) => ({
      id,
      name: id,
      editor: NoEditor,
    }))
  );
}
