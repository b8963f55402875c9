/** The panel options editor, in one builder chain. Texts are translated when Grafana builds the editor. */
import type { DataFrame, PanelOptionsEditorBuilder, SelectableValue } from '@grafana/data';
import { t } from '@grafana/i18n';

import { columnLabel } from './components/columnLabel';
import { leaderboardColumns } from './data/columns';
import { toScorecard } from './data/toScorecard';
import { chineseNumbersRadio } from '../shared/chineseNumbers';
import { ADVANCE_INTERVAL_LIMITS, DEFAULT_OPTIONS, type ScorecardOptions } from './types';

export function buildPanelOptions(builder: PanelOptionsEditorBuilder<ScorecardOptions>): void {
  const sorting = [t('options.category.sorting', 'Sorting')];
  const columns = [t('options.category.columns', 'Columns')];
  const wall = [t('options.category.wall', 'Wall display')];
  const paging = (options: ScorecardOptions) => options.autoAdvance !== 'off';

  builder
    .addSelect({
      path: 'sortBy',
      name: t('options.sort-by.name', 'Sort by'),
      description: t(
        'options.sort-by.description',
        'Column the leaderboard is sorted by until a viewer clicks a header. Tables without ranks are ranked by it when it is a metric.'
      ),
      category: sorting,
      defaultValue: DEFAULT_OPTIONS.sortBy,
      settings: {
        allowCustomValue: true,
        options: fixedSortOptions(),
        getOptions: async (context) => sortOptions(context.data),
      },
    })
    .addRadio({
      path: 'sortOrder',
      name: t('options.sort-order.name', 'Order'),
      category: sorting,
      defaultValue: DEFAULT_OPTIONS.sortOrder,
      settings: {
        options: [
          { value: 'auto', label: t('options.sort-order.auto', 'Best first') },
          { value: 'asc', label: t('options.sort-order.asc', 'Ascending') },
          { value: 'desc', label: t('options.sort-order.desc', 'Descending') },
        ],
      },
    })
    .addBooleanSwitch({
      path: 'showRankChange',
      name: t('options.show-rank-change.name', 'Rank change'),
      description: t(
        'options.show-rank-change.description',
        'Places moved since the previous period, when the data has them.'
      ),
      category: columns,
      defaultValue: DEFAULT_OPTIONS.showRankChange,
    })
    .addBooleanSwitch({
      path: 'showScore',
      name: t('options.show-score.name', 'Composite score'),
      category: columns,
      defaultValue: DEFAULT_OPTIONS.showScore,
    })
    .addBooleanSwitch({
      path: 'showPctOfTarget',
      name: t('options.show-pct.name', '% of target'),
      description: t(
        'options.show-pct.description',
        'Coloured by the thresholds of the field config (1 = 100 % of target); lower-is-better metrics are coloured on target ÷ actual.'
      ),
      category: columns,
      defaultValue: DEFAULT_OPTIONS.showPctOfTarget,
    })
    .addBooleanSwitch({
      path: 'showSparklines',
      name: t('options.show-sparklines.name', 'Trend sparklines'),
      category: columns,
      defaultValue: DEFAULT_OPTIONS.showSparklines,
    })
    .addBooleanSwitch({
      path: 'highlightTopThree',
      name: t('options.highlight-top.name', 'Highlight the top three'),
      description: t('options.highlight-top.description', 'Medal badges and a shaded row for ranks 1 to 3.'),
      category: columns,
      defaultValue: DEFAULT_OPTIONS.highlightTopThree,
    })
    .addRadio({
      path: 'rowSize',
      name: t('options.row-size.name', 'Row size'),
      description: t(
        'options.row-size.description',
        'Wall: large rows and numerals for a TV read from across the room.'
      ),
      category: wall,
      defaultValue: DEFAULT_OPTIONS.rowSize,
      settings: {
        options: [
          { value: 'compact', label: t('options.row-size.compact', 'Compact') },
          { value: 'normal', label: t('options.row-size.normal', 'Normal') },
          { value: 'large', label: t('options.row-size.large', 'Large') },
          { value: 'wall', label: t('options.row-size.wall', 'Wall') },
        ],
      },
    })
    .addRadio({
      path: 'autoAdvance',
      name: t('options.auto-advance.name', 'Advance automatically'),
      description: t(
        'options.auto-advance.description',
        'For screens nobody scrolls: show one page at a time, or scroll the list a page at a time.'
      ),
      category: wall,
      defaultValue: DEFAULT_OPTIONS.autoAdvance,
      settings: {
        options: [
          { value: 'off', label: t('options.auto-advance.off', 'Off') },
          { value: 'page', label: t('options.auto-advance.page', 'Page') },
          { value: 'scroll', label: t('options.auto-advance.scroll', 'Scroll') },
        ],
      },
    })
    .addNumberInput({
      path: 'advanceIntervalSeconds',
      name: t('options.interval.name', 'Seconds per page'),
      category: wall,
      defaultValue: DEFAULT_OPTIONS.advanceIntervalSeconds,
      settings: { min: ADVANCE_INTERVAL_LIMITS.min, max: ADVANCE_INTERVAL_LIMITS.max, integer: true },
      showIf: paging,
    })
    .addBooleanSwitch({
      path: 'pauseOnHover',
      name: t('options.pause-on-hover.name', 'Pause while pointed at'),
      description: t(
        'options.pause-on-hover.description',
        'Stop advancing while the mouse is over the panel or it has keyboard focus.'
      ),
      category: wall,
      defaultValue: DEFAULT_OPTIONS.pauseOnHover,
      showIf: paging,
    })
    .addRadio(
      chineseNumbersRadio(
        {
          name: t('options.chinese-numbers.name', 'Chinese numbers'),
          description: t(
            'options.chinese-numbers.description',
            'Amounts in 万 and 亿 with their currency symbol (¥478.2万, ¥1.23亿), counts with their measure word (12 笔). Auto: when the user’s language is Chinese.'
          ),
          auto: t('options.chinese-numbers.auto', 'Auto'),
          on: t('options.chinese-numbers.on', 'On'),
          off: t('options.chinese-numbers.off', 'Off'),
        },
        columns
      )
    );
}

function fixedSortOptions(): Array<SelectableValue<string>> {
  return [
    { value: 'rank', label: t('header.rank', 'Rank') },
    { value: 'entity', label: t('options.sort-by.entity', 'Name') },
    { value: 'score', label: t('header.score', 'Score') },
    { value: 'change', label: t('header.change-spoken', 'Rank change') },
  ];
}

/** Every sortable column of the current data, labelled as in the headers. */
export function sortOptions(frames: DataFrame[] | undefined): Array<SelectableValue<string>> {
  const result = toScorecard(frames);
  if (result.status !== 'ok') {
    return fixedSortOptions();
  }
  const all = { showRankChange: true, showScore: true, showPctOfTarget: true, showSparklines: false };
  return leaderboardColumns(result.model, all).flatMap((column) =>
    column.sortKey ? [{ value: column.sortKey, label: columnLabel(column, result.model).spoken }] : []
  );
}
