import { FieldConfigProperty, PanelOptionsEditorBuilder } from '@grafana/data';

import { registerGrafanaRegistries } from '../../testing/grafanaRegistries';
import { buildFunnelOptions, funnelFieldConfig } from './options';
import { DEFAULT_OPTIONS, type FunnelOptions } from './types';

registerGrafanaRegistries();

describe('panel options', () => {
  const builder = new PanelOptionsEditorBuilder<FunnelOptions>();
  buildFunnelOptions(builder);
  const items = builder.getItems();

  it('declares every option once, with its default, a name, a description and a category', () => {
    expect(items.map((item) => item.path).sort()).toEqual(Object.keys(DEFAULT_OPTIONS).sort());
    for (const item of items) {
      expect(item.defaultValue).toEqual(DEFAULT_OPTIONS[item.path as keyof FunnelOptions]);
      expect(item.name).toBeTruthy();
      expect(item.description).toBeTruthy();
      expect(item.category?.length).toBe(1);
    }
  });

  it('groups options in categories', () => {
    const categories = [...new Set(items.map((item) => item.category![0]))];
    expect(categories).toEqual(['Funnel', 'Stage labels', 'Colors', 'Data', 'Comparison']);
  });

  it('shows field pickers only where they apply', () => {
    const showIf = (path: string) => items.find((item) => item.path === path)!.showIf!;
    expect(showIf('groupField')({ ...DEFAULT_OPTIONS, grouping: 'auto' }, [])).toBe(false);
    expect(showIf('groupField')({ ...DEFAULT_OPTIONS, grouping: 'field' }, [])).toBe(true);
    expect(showIf('stageField')({ ...DEFAULT_OPTIONS, frameShape: 'wide' }, [])).toBe(false);
    expect(showIf('comparisonQuery')({ ...DEFAULT_OPTIONS, showComparison: false }, [])).toBe(false);
  });

  it('defaults min to 0 and the colour to the classic palette', () => {
    const standard = funnelFieldConfig().standardOptions!;
    expect(standard[FieldConfigProperty.Min]?.defaultValue).toBe(0);
    expect(standard[FieldConfigProperty.Color]?.defaultValue).toEqual({ mode: 'palette-classic' });
  });
});
