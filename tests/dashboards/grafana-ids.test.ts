/**
 * @jest-environment jsdom
 */
import { DataTransformerID, FieldMatcherID } from '@grafana/data';

import { FIELD_MATCHER_IDS, TRANSFORMER_IDS } from './lib/grafanaIds';

describe('the Grafana ids the dashboard checks accept', () => {
  it('are the transformations of the installed @grafana/data', () => {
    expect([...TRANSFORMER_IDS].sort()).toEqual([...new Set<string>(Object.values(DataTransformerID))].sort());
  });

  it('are the field matchers of the installed @grafana/data', () => {
    expect([...FIELD_MATCHER_IDS].sort()).toEqual([...new Set<string>(Object.values(FieldMatcherID))].sort());
  });
});
