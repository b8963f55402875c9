import { PanelOptionsEditorBuilder, type StandardEditorContext } from '@grafana/data';

import { plugin } from './module';
import { sortOptions } from './options';
import { processFrames, scorecardFrame, tableFrame } from './testing/frames';
import { DEFAULT_OPTIONS, type ScorecardOptions } from './types';

function builtItems() {
  const builder = new PanelOptionsEditorBuilder<ScorecardOptions>();
  plugin.getPanelOptionsSupplier()(builder, { data: [] } as StandardEditorContext<ScorecardOptions>);
  return builder.getItems();
}

describe('panel options', () => {
  it('declares every option with its default, in one builder', () => {
    const items = builtItems();
    expect(items.map((item) => item.path).sort()).toEqual(Object.keys(DEFAULT_OPTIONS).sort());
    for (const item of items) {
      expect(item.defaultValue).toEqual(DEFAULT_OPTIONS[item.path as keyof ScorecardOptions]);
      expect(item.name).toBeTruthy();
    }
  });

  it('shows the paging interval and pause only when paging is on', () => {
    const interval = builtItems().find((item) => item.path === 'advanceIntervalSeconds')!;
    expect(interval.showIf?.({ ...DEFAULT_OPTIONS, autoAdvance: 'off' })).toBe(false);
    expect(interval.showIf?.({ ...DEFAULT_OPTIONS, autoAdvance: 'page' })).toBe(true);
  });

  it('offers every sortable column of the data as a sort', () => {
    expect(sortOptions(processFrames([scorecardFrame()]))).toEqual([
      { value: 'rank', label: 'Rank' },
      { value: 'change', label: 'Rank change' },
      { value: 'entity', label: 'Rep' },
      { value: 'score', label: 'Score' },
      { value: 'value:bookings', label: 'Bookings' },
      { value: 'pct:bookings', label: 'Bookings, % of target' },
      { value: 'value:cycle_days', label: 'Sales cycle' },
      { value: 'pct:cycle_days', label: 'Sales cycle, % of target' },
      { value: 'value:win_rate', label: 'Win rate' },
    ]);
    expect(sortOptions(processFrames([tableFrame()])).map((o) => o.value)).toEqual([
      'rank',
      'entity',
      'value:bookings',
      'value:overdue_days',
    ]);
    // Without usable data: the columns every leaderboard has.
    expect(sortOptions([]).map((o) => o.value)).toEqual(['rank', 'entity', 'score', 'change']);
  });
});

describe('the plugin', () => {
  it('registers the migration handler and its check', () => {
    expect(plugin.onPanelMigration).toBeDefined();
    expect(plugin.shouldMigrate?.({ options: { rowSize: 'huge' }, pluginVersion: '1.0.0' } as never)).toBe(true);
  });

  it('defaults the thresholds to % of target bands and offers "better when" per field', () => {
    const defaults = plugin.fieldConfigDefaults.defaults;
    expect(defaults.thresholds?.steps).toEqual([
      { value: -Infinity, color: 'red' },
      { value: 0.9, color: 'orange' },
      { value: 1, color: 'green' },
    ]);
    expect(defaults.custom).toEqual({ betterWhen: 'auto' });
    expect(plugin.fieldConfigRegistry.getIfExists('custom.betterWhen')).toBeDefined();
  });
});
