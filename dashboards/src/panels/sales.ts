import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { defaultOptions as attainmentDefaults, type AttainmentOptions } from '../../../src/panels/attainment/types';
import { DEFAULT_OPTIONS as funnelDefaults, type FunnelOptions } from '../../../src/panels/funnel/types';
import { DEFAULT_OPTIONS as scorecardDefaults, type ScorecardOptions } from '../../../src/panels/scorecard/types';
import { PANEL_TYPES, SALES_DATASOURCE } from '../constants';

/**
 * Panel builders for the pack's own panels, in the manner of the foundation SDK's generated
 * builders (which exist only for Grafana's core panels). Each starts from the panel's defaults, so
 * the JSON holds the complete current options shape that the panel's migration handler expects,
 * and offers a typed setter per option.
 */
abstract class SalesPanelBuilder<Options extends object> extends dashboard.PanelBuilder {
  protected constructor(type: string, defaults: Options) {
    super();
    this.internal.type = type;
    this.internal.datasource = { ...SALES_DATASOURCE };
    this.internal.options = { ...defaults };
  }

  /** Sets one of the panel's options (checked against its options type). */
  option<Key extends keyof Options>(key: Key, value: Options[Key]): this {
    (this.internal.options as Options)[key] = value;
    return this;
  }
}

/** seed-salesfunnel-panel: funnel of stages with conversion and drop-off. */
export class FunnelPanelBuilder extends SalesPanelBuilder<FunnelOptions> {
  constructor() {
    super(PANEL_TYPES.funnel, funnelDefaults);
  }
}

/** seed-attainment-panel: actual against target with pace marker and projection. */
export class AttainmentPanelBuilder extends SalesPanelBuilder<AttainmentOptions> {
  constructor() {
    super(PANEL_TYPES.attainment, attainmentDefaults);
  }
}

/** seed-repscorecard-panel: leaderboard with score, rank change and sparklines. */
export class ScorecardPanelBuilder extends SalesPanelBuilder<ScorecardOptions> {
  constructor() {
    super(PANEL_TYPES.scorecard, scorecardDefaults);
  }
}
