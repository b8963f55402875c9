/*
 * How Grafana's dashboard draws panels: each panel in a PanelChrome (title, error indicator, padding)
 * with the plugin's component inside at the chrome's inner size (PanelStateWrapper), placed on the
 * 24-column grid by gridPos (DashboardGrid: 30 px rows, 8 px gaps), rows as headings.
 */
import React from 'react';

import { EventBusSrv, type FieldConfigSource, type PanelData, type PanelPlugin, type TimeRange } from '@grafana/data';
import { ErrorBoundaryAlert, PanelChrome, PanelContextProvider, useTheme2 } from '@grafana/ui';

import { GRID_CELL_HEIGHT, gridBox } from './grid';
import type { SavedPanel } from './panelModel';

export interface LoadedPanel {
  saved: SavedPanel;
  plugin?: PanelPlugin;
  options: Record<string, unknown>;
  fieldConfig: FieldConfigSource;
  data: PanelData;
  timeRange: TimeRange;
  timeInfo: string;
  /** why the panel could not be drawn (its plugin did not load) */
  loadError?: string;
}

interface PanelViewProps {
  panel: LoadedPanel;
  width: number;
  height: number;
  timeZone: string;
  renderCounter: number;
  replaceVariables: (text: string) => string;
}

const noop = () => {};

export function PanelView({ panel, width, height, timeZone, renderCounter, replaceVariables }: PanelViewProps) {
  const { saved, plugin, data } = panel;
  const eventBus = React.useMemo(() => new EventBusSrv(), []);
  const context = React.useMemo(() => ({ eventsScope: 'global', eventBus }), [eventBus]);
  const errors = [...(data.errors ?? [])].map((error) => error.message).filter(Boolean);
  const statusMessage = panel.loadError ?? (errors.length ? errors.join('; ') : undefined);
  const PanelComponent = plugin?.panel;
  return (
    <div
      data-testid="harness-panel"
      data-panel-id={saved.id}
      data-panel-type={saved.type}
      data-panel-state={panel.loadError ? 'Error' : data.state}
      data-grid-pos={saved.gridPos ? JSON.stringify(saved.gridPos) : undefined}
      aria-label={saved.title}
      style={{ width, height }}
    >
      <PanelContextProvider value={context}>
        <PanelChrome
          width={width}
          height={height}
          title={replaceVariables(saved.title ?? '')}
          description={saved.description}
          statusMessage={statusMessage}
          titleItems={
            panel.timeInfo ? (
              <span data-testid="panel-time-info" style={{ fontSize: 12, opacity: 0.8 }}>
                {panel.timeInfo}
              </span>
            ) : undefined
          }
          displayMode={saved.transparent ? 'transparent' : 'default'}
          padding={plugin?.noPadding ? 'none' : 'md'}
          hoverHeader={!saved.title}
        >
          {(innerWidth, innerHeight) =>
            PanelComponent ? (
              <div data-testid="harness-panel-content" style={{ width: innerWidth, height: innerHeight }}>
                <ErrorBoundaryAlert>
                  <PanelComponent
                    id={saved.id ?? 0}
                    data={data}
                    title={saved.title ?? ''}
                    timeRange={panel.timeRange}
                    timeZone={timeZone}
                    options={panel.options}
                    fieldConfig={panel.fieldConfig}
                    transparent={Boolean(saved.transparent)}
                    width={innerWidth}
                    height={innerHeight}
                    renderCounter={renderCounter}
                    replaceVariables={replaceVariables}
                    onOptionsChange={noop}
                    onFieldConfigChange={noop}
                    onChangeTimeRange={noop}
                    eventBus={eventBus}
                  />
                </ErrorBoundaryAlert>
              </div>
            ) : null
          }
        </PanelChrome>
      </PanelContextProvider>
    </div>
  );
}

function RowHeading({ title, width }: { title: string; width: number }) {
  const theme = useTheme2();
  return (
    <div
      data-testid="harness-row"
      style={{
        width,
        height: GRID_CELL_HEIGHT,
        display: 'flex',
        alignItems: 'center',
        fontSize: theme.typography.h5.fontSize,
        fontWeight: theme.typography.fontWeightMedium,
        color: theme.colors.text.primary,
      }}
    >
      {title}
    </div>
  );
}

export interface DashboardViewProps {
  panels: LoadedPanel[];
  width: number;
  timeZone: string;
  renderCounter: number;
  replaceVariables: (text: string) => string;
}

export function DashboardView({ panels, width, timeZone, renderCounter, replaceVariables }: DashboardViewProps) {
  const boxes = panels.map((panel) => gridBox(panel.saved.gridPos ?? { x: 0, y: 0, w: 12, h: 8 }, width));
  const height = Math.max(0, ...boxes.map((box) => box.top + box.height));
  return (
    <div data-testid="harness-dashboard" style={{ position: 'relative', width, height }}>
      {panels.map((panel, index) => {
        const box = boxes[index];
        return (
          <div key={panel.saved.id ?? index} style={{ position: 'absolute', ...box }}>
            {panel.saved.type === 'row' ? (
              <RowHeading title={replaceVariables(panel.saved.title ?? '')} width={box.width} />
            ) : (
              <PanelView
                panel={panel}
                width={box.width}
                height={box.height}
                timeZone={timeZone}
                renderCounter={renderCounter}
                replaceVariables={replaceVariables}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
