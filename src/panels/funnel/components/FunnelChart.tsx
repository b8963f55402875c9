import { cx } from '@emotion/css';
import React, { type KeyboardEvent, type MouseEvent, useMemo } from 'react';

import { t } from '@grafana/i18n';
import { DataLinksContextMenu, type DataLinksContextMenuApi, useStyles2, useTheme2 } from '@grafana/ui';

import { layoutFunnel, type StageLayout, type TextLine } from '../layout/layoutFunnel';
import { getFunnelStyles } from '../styles';
import type { FunnelOptions } from '../types';
import { stageHasLinks, stageLinks } from '../view/links';
import { describeStage, type StageView } from '../view/present';
import { type Pointer, pointerHandlers } from '../../shared/pointer';

interface Props {
  title: string;
  views: StageView[];
  width: number;
  height: number;
  domain: [number, number];
  options: FunnelOptions;
  onHover: (pointer: Pointer | null) => void;
}

function Label({ line, className, halo }: { line: TextLine; className: string; halo?: boolean }) {
  return (
    <text
      className={className}
      x={line.x}
      y={line.y}
      fontSize={line.fontSize}
      textAnchor={line.anchor}
      dominantBaseline="central"
      strokeWidth={halo ? Math.max(2, line.fontSize * 0.14) : undefined}
    >
      {line.text}
    </text>
  );
}

interface StageProps {
  view: StageView;
  layout: StageLayout;
  index: number;
  onHover: Props['onHover'];
}

function Stage({ view, layout, index, onHover }: StageProps) {
  const styles = useStyles2(getFunnelStyles);
  const theme = useTheme2();

  // Keyboards open the links menu with Enter or Space; the menu opens where a click on the stage's centre would.
  const openFromKeyboard = (openMenu: DataLinksContextMenuApi['openMenu']) => (event: KeyboardEvent<SVGGElement>) => {
    if (!openMenu || (event.key !== 'Enter' && event.key !== ' ')) {
      return;
    }
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    const pageX = box.left + box.width / 2 + window.scrollX;
    const pageY = box.top + box.height / 2 + window.scrollY;
    openMenu({ ...event, pageX, pageY } as unknown as MouseEvent<SVGGElement>);
  };

  const content = ({ openMenu, targetClassName }: DataLinksContextMenuApi) => (
    <g
      role="listitem"
      aria-label={describeStage(view)}
      tabIndex={0}
      className={cx(styles.stage, targetClassName)}
      data-testid="funnel-stage"
      {...pointerHandlers<SVGGElement>(index, onHover)}
      onClick={openMenu}
      onKeyDown={openFromKeyboard(openMenu)}
    >
      <rect className={cx('funnel-stage-band', styles.band)} {...layout.band} />
      <path className="funnel-stage-shape" d={layout.shape} fill={view.color} />
      {layout.ghost && <path className={styles.ghost} d={layout.ghost} data-testid="funnel-ghost" />}
      {layout.name && <Label line={layout.name} className={styles.name} />}
      {layout.value && <Label line={layout.value} className={styles.value} halo />}
      {layout.metrics.map((line, lineIndex) => (
        <Label key={lineIndex} line={line} className={styles.metric} />
      ))}
    </g>
  );

  if (!stageHasLinks(view.stage)) {
    return content({});
  }
  return <DataLinksContextMenu links={() => stageLinks(view.stage, theme)}>{content}</DataLinksContextMenu>;
}

/** One funnel as SVG: shapes from d3's scale and path, labels sized to the room each stage gets. */
export function FunnelChart({ title, views, width, height, domain, options, onHover }: Props) {
  const styles = useStyles2(getFunnelStyles);
  const layout = useMemo(
    () =>
      layoutFunnel({
        width,
        height,
        orientation: options.orientation,
        shape: options.shape,
        textScale: options.textScale,
        domain,
        stages: views.map((view) => ({
          value: view.stage.value,
          comparison: view.stage.comparison?.value ?? null,
          labels: { name: view.name, value: view.valueText, metrics: view.lines },
        })),
      }),
    [width, height, options.orientation, options.shape, options.textScale, domain, views]
  );
  return (
    <svg
      className={styles.svg}
      width={width}
      height={height}
      role="list"
      aria-label={title || t('chart.label', 'Funnel')}
    >
      {layout.map((stageLayout, index) => (
        <Stage
          key={`${index}:${views[index].name}`}
          view={views[index]}
          layout={stageLayout}
          index={index}
          onHover={onHover}
        />
      ))}
    </svg>
  );
}
