import type * as cog from '@grafana/grafana-foundation-sdk/cog';
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { PACK_TAG, THIS_QUARTER } from './constants';
import { filterVariables } from './variables';

/** What every panel builder of the SDK (and ours) offers: an id and a grid position. */
interface PlaceablePanel extends cog.Builder<dashboard.Panel> {
  id(id: number): this;
  gridPos(gridPos: dashboard.GridPos): this;
}

export interface SalesDashboardSpec {
  uid: string;
  title: string;
  description: string;
  tags: string[];
  /** Auto-refresh interval; none by default. */
  refresh?: string;
  /** One rep at a time (the rep drill-down). */
  singleRep?: boolean;
  /** Extra links beside the pack's dashboard list. */
  links?: Array<cog.Builder<dashboard.DashboardLink>>;
  /** Variables after the filter variables. */
  variables?: Array<cog.Builder<dashboard.VariableModel>>;
}

/**
 * A dashboard link as Grafana shows it above the panels. The SDK's link builder defaults to the
 * controls menu placement; leaving placement out keeps links visible, as in dashboards saved by Grafana.
 */
export class VisibleLinkBuilder implements cog.Builder<dashboard.DashboardLink> {
  constructor(private readonly link: dashboard.DashboardLinkBuilder) {}

  build(): dashboard.DashboardLink {
    const built = { ...this.link.build() };
    delete built.placement;
    return built;
  }
}

/** The pack's other dashboards in a dropdown, keeping the time range and the variables. */
function packLinks(): VisibleLinkBuilder {
  return new VisibleLinkBuilder(
    new dashboard.DashboardLinkBuilder('Sales Performance')
      .type(dashboard.DashboardLinkType.Dashboards)
      .tags([PACK_TAG])
      .asDropdown(true)
      .includeVars(true)
      .keepTime(true)
      .icon('external link')
      .tooltip('')
      .targetBlank(false)
  );
}

/**
 * Places panels on the grid with explicit positions and numbers them in order, so that panel ids
 * are unique and stable however the dashboard is edited in source.
 */
export class Grid {
  private nextId = 1;

  constructor(private readonly builder: dashboard.DashboardBuilder) {}

  place(panel: PlaceablePanel, x: number, y: number, w: number, h: number): this {
    this.builder.withPanel(panel.id(this.nextId++).gridPos({ x, y, w, h }));
    return this;
  }

  /** A section heading across the grid (an expanded row). */
  row(title: string, y: number): this {
    this.builder.withRow(
      new dashboard.RowBuilder(title).id(this.nextId++).collapsed(false).gridPos({ x: 0, y, w: 24, h: 1 })
    );
    return this;
  }
}

/**
 * A dashboard of the pack: on the sales data source, this quarter by default, weeks from Monday
 * (as the data source buckets them), the region → team → rep, product and channel variables.
 */
export function salesDashboard(spec: SalesDashboardSpec): { builder: dashboard.DashboardBuilder; grid: Grid } {
  const builder = new dashboard.DashboardBuilder(spec.title)
    .uid(spec.uid)
    .description(spec.description)
    .tags([PACK_TAG, ...spec.tags])
    .editable()
    .timezone('browser')
    .time({ ...THIS_QUARTER })
    .fiscalYearStartMonth(0)
    .weekStart('monday')
    .tooltip(dashboard.DashboardCursorSync.Crosshair)
    .refresh(spec.refresh ?? '')
    .variables([...filterVariables({ singleRep: spec.singleRep }), ...(spec.variables ?? [])])
    .links([packLinks(), ...(spec.links ?? [])]);
  return { builder, grid: new Grid(builder) };
}
