/*
 * @grafana/runtime's start-up setters that Grafana calls and plugins never do. They are not in the
 * package's public exports, so the harness imports the module file itself: the same module instance
 * that @grafana/runtime's index re-exports, as the bundle holds the package once.
 */
import type { PanelDataErrorViewProps } from '@grafana/runtime';
import type React from 'react';

type PanelDataErrorViewType = React.ComponentType<PanelDataErrorViewProps>;
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore -- a file of the package, not an entry of its exports map
import * as panelDataErrorView from '../../../../node_modules/@grafana/runtime/dist/esm/components/PanelDataErrorView.mjs';

export const setPanelDataErrorView: (view: PanelDataErrorViewType) => void = (
  panelDataErrorView as { setPanelDataErrorView: (view: PanelDataErrorViewType) => void }
).setPanelDataErrorView;
