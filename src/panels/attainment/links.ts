import { type DisplayValue, type LinkModel } from '@grafana/data';

import { type Gauge } from './data/toGauges';

/**
 * The data links of a gauge: those of its actual field, for its row (so that ${__data.fields.rep}
 * and ${__value.raw} resolve to the gauge's own values). A total over several rows has no row: its
 * links get the total as the calculated value instead.
 */
export function gaugeLinks(gauge: Gauge): LinkModel[] {
  const field = gauge.source.actual;
  if (!field.getLinks || !gaugeHasLinks(gauge)) {
    return [];
  }
  if (gauge.source.rowIndex !== null) {
    return field.getLinks({ valueRowIndex: gauge.source.rowIndex });
  }
  const calculatedValue: DisplayValue | undefined =
    gauge.actual !== null && field.display ? field.display(gauge.actual) : undefined;
  return field.getLinks({ calculatedValue });
}

/** Whether the gauge's actual field has data links: cheap, for every render; the links are made on a click. */
export function gaugeHasLinks(gauge: Gauge): boolean {
  return Boolean(gauge.source.actual.config.links?.length);
}
