import { type ChineseNumbers, DEFAULT_CHINESE_NUMBERS } from '../shared/chineseNumbersOption';

/** The panel's saved options (version 1.x) and their defaults. */

export const ROW_SIZES = ['compact', 'normal', 'large', 'wall'] as const;
export type RowSize = (typeof ROW_SIZES)[number];

export const SORT_ORDERS = ['auto', 'asc', 'desc'] as const;
/** `auto` puts the best first: rank ascending, scores and metrics by their better direction. */
export type SortOrder = (typeof SORT_ORDERS)[number];

export const AUTO_ADVANCE_MODES = ['off', 'page', 'scroll'] as const;
export type AutoAdvance = (typeof AUTO_ADVANCE_MODES)[number];

export interface ScorecardOptions {
  /** Column key: `rank`, `entity`, `score`, `change`, `value:<metric>` or `pct:<metric>`. */
  sortBy: string;
  sortOrder: SortOrder;
  showRankChange: boolean;
  showScore: boolean;
  showPctOfTarget: boolean;
  showSparklines: boolean;
  highlightTopThree: boolean;
  rowSize: RowSize;
  autoAdvance: AutoAdvance;
  advanceIntervalSeconds: number;
  pauseOnHover: boolean;
  /** Amounts in 万/亿 and counts with measure words: auto in Chinese (../shared/chineseNumbers.ts). */
  chineseNumbers: ChineseNumbers;
}

export const ADVANCE_INTERVAL_LIMITS = { min: 3, max: 600 };

export const DEFAULT_OPTIONS: ScorecardOptions = {
  sortBy: 'rank',
  sortOrder: 'auto',
  showRankChange: true,
  showScore: true,
  showPctOfTarget: true,
  showSparklines: true,
  highlightTopThree: true,
  rowSize: 'normal',
  autoAdvance: 'off',
  advanceIntervalSeconds: 15,
  pauseOnHover: true,
  chineseNumbers: DEFAULT_CHINESE_NUMBERS,
};

/** Per-field custom config (field config "Scorecard" section, overridable per field). */
export interface ScorecardFieldConfig {
  /** `auto` follows the data source's lowerIsBetter flag; tables default to higher. */
  betterWhen?: 'auto' | 'higher' | 'lower';
}
