import React, { useCallback, useMemo, useState } from 'react';

import type { PanelProps } from '@grafana/data';
import { t } from '@grafana/i18n';
import { PanelDataErrorView } from '@grafana/runtime';
import { useStyles2, useTheme2 } from '@grafana/ui';

import { chineseNumbersOn, withChineseNumbers } from '../shared/chineseNumbers';
import { FunnelCell } from './components/FunnelCell';
import type { Pointer } from '../shared/pointer';
import { type HoveredStage, StageTooltip } from './components/StageTooltip';
import { valueDomain } from './data/domain';
import type { Funnel } from './data/model';
import { toFunnelModel } from './data/toFunnelModel';
import { gridFor } from './layout/grid';
import { fitLabel, MIN_FONT_SIZE } from './layout/text';
import { getFunnelStyles } from './styles';
import type { FunnelOptions } from './types';
import { stageHasLinks, stageLinks } from './view/links';
import { describeProblems } from './view/messages';
import { snapshotCaption, stageTexts, type StageView } from './view/present';
import { unescaped } from '../shared/i18n';

/** Preferred width ÷ height of one funnel, for arranging small multiples. */
const ASPECT = { vertical: 1.4, horizontal: 2.2 };

export function FunnelPanel({ data, width, height, options, id, fieldConfig }: PanelProps<FunnelOptions>) {
  const styles = useStyles2(getFunnelStyles);
  const theme = useTheme2();
  const chinese = chineseNumbersOn(options.chineseNumbers);
  const series = useMemo(() => withChineseNumbers(data.series, chinese, theme), [data.series, chinese, theme]);
  const model = useMemo(() => toFunnelModel(series, options), [series, options]);
  const [hovered, setHovered] = useState<HoveredStage | null>(null);
  // Translated once per render for every funnel (the language cannot change without a reload).
  const texts = useMemo(() => stageTexts(), []);

  const onHover = useCallback(
    (funnel: Funnel, views: StageView[], pointer: Pointer | null) => {
      if (!pointer) {
        setHovered(null);
        return;
      }
      const view = views[pointer.index];
      const linkTitles = stageHasLinks(view.stage) ? stageLinks(view.stage, theme).map((link) => link.title) : [];
      setHovered({ view, funnelTitle: funnel.title, linkTitles, x: pointer.x, y: pointer.y });
    },
    [theme]
  );

  const funnels = useMemo(() => (model.status === 'ok' ? model.funnels : []), [model]);
  const sharedDomain = useMemo(
    () => (options.scale === 'shared' ? valueDomain(funnels.filter((funnel) => funnel.problems.length === 0)) : null),
    [funnels, options.scale]
  );
  const domains = useMemo(
    () => funnels.map((funnel) => sharedDomain ?? valueDomain([funnel])),
    [funnels, sharedDomain]
  );

  const message = (text: string) => (
    <PanelDataErrorView panelId={id} data={data} fieldConfig={fieldConfig} message={text} />
  );
  if (model.status === 'no-data') {
    return message(t('message.no-data', 'No data: the query returned no rows.'));
  }
  if (model.status === 'unsupported') {
    return message(
      t(
        'message.unsupported',
        'This data cannot be drawn as a funnel. {{reason}}',
        unescaped({
          reason: describeProblems(model.problems),
        })
      )
    );
  }
  if (funnels.length === 1 && funnels[0].problems.length > 0) {
    return message(describeProblems(funnels[0].problems));
  }

  // a snapshot says what it shows above its funnels: open deals by the stage they are in now
  const snapshot = funnels.find((funnel) => funnel.snapshot)?.snapshot;
  const caption = snapshot ? snapshotCaption(snapshot) : null;
  const captionFont = caption
    ? Math.max(MIN_FONT_SIZE, fitLabel(caption.title, width * 0.95, Math.min(28, height * 0.05 * options.textScale)))
    : 0;
  const captionHeight = caption ? Math.ceil(captionFont * 1.4) : 0;
  const gridHeight = Math.max(0, height - captionHeight);
  const grid = gridFor(funnels.length, width, gridHeight, ASPECT[options.orientation]);
  const showTitles = funnels.length > 1 || funnels.some((funnel) => funnel.title !== '');
  const gridElement = (
    <div
      className={styles.panel}
      style={{
        width,
        height: gridHeight,
        gridTemplateColumns: `repeat(${grid.columns}, ${grid.cellWidth}px)`,
        gridAutoRows: `${grid.cellHeight}px`,
      }}
    >
      {funnels.map((funnel, index) => (
        <FunnelCell
          key={funnel.key}
          funnel={funnel}
          showTitle={showTitles}
          width={grid.cellWidth}
          height={grid.cellHeight}
          domain={domains[index]}
          options={options}
          texts={texts}
          onHover={onHover}
        />
      ))}
      {hovered && <StageTooltip hovered={hovered} />}
    </div>
  );
  if (!caption) {
    return gridElement;
  }
  return (
    <div style={{ width, height }}>
      <div
        className={styles.caption}
        style={{ fontSize: captionFont, height: captionHeight }}
        title={caption.note}
        aria-description={caption.note}
        data-testid="funnel-caption"
      >
        {caption.title}
      </div>
      {gridElement}
    </div>
  );
}
