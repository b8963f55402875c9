import { AppPlugin, DataSourcePlugin, PanelPlugin } from '@grafana/data';

import { plugin as app } from '../../src/module';
import { plugin as datasource } from '../../src/datasource/module';
import { plugin as attainment } from '../../src/panels/attainment/module';
import { plugin as funnel } from '../../src/panels/funnel/module';
import { plugin as scorecard } from '../../src/panels/scorecard/module';

describe('each module registers its plugin class', () => {
  it('the app is an AppPlugin with a root page and a config page', () => {
    expect(app).toBeInstanceOf(AppPlugin);
    expect(app.root).toBeDefined();
    expect(app.configPages).toHaveLength(1);
  });

  it('the data source is a DataSourcePlugin', () => {
    expect(datasource).toBeInstanceOf(DataSourcePlugin);
  });

  it.each([
    ['funnel', funnel],
    ['attainment', attainment],
    ['scorecard', scorecard],
  ])('the %s panel is a PanelPlugin', (_name, panel) => {
    expect(panel).toBeInstanceOf(PanelPlugin);
    expect(panel.panel).toBeDefined();
  });
});
