import { type ChineseNumbers, DEFAULT_CHINESE_NUMBERS } from '../shared/chineseNumbersOption';

/** The panel's saved options (version 1 of their shape; see migrations.ts). */

export const ORIENTATIONS = ['vertical', 'horizontal'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export const SHAPES = ['trapezoid', 'bar'] as const;
export type StageShape = (typeof SHAPES)[number];

/** `stage`: the field's colour scheme (a palette colours each stage in turn); `conversion`: by conversion. */
export const COLOR_MODES = ['stage', 'conversion'] as const;
export type ColorBy = (typeof COLOR_MODES)[number];

export const FRAME_SHAPES = ['auto', 'long', 'wide'] as const;
export type FrameShapeOption = (typeof FRAME_SHAPES)[number];

export const GROUPINGS = ['auto', 'none', 'field'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** Reducers offered for wide frames with several rows (ids of @grafana/data's ReducerID). */
export const REDUCERS = ['lastNotNull', 'last', 'first', 'firstNotNull', 'sum', 'mean', 'max', 'min'] as const;
export type WideReducer = (typeof REDUCERS)[number];

export const SCALES = ['funnel', 'shared'] as const;
export type ScaleMode = (typeof SCALES)[number];

export interface FunnelOptions {
  orientation: Orientation;
  shape: StageShape;
  /** Width (or height) scale of small multiples: each funnel its own, or one for all. */
  scale: ScaleMode;
  /** Multiplies the automatic text size. */
  textScale: number;
  showConversionFromPrevious: boolean;
  showConversionFromFirst: boolean;
  showDropOff: boolean;
  percentDecimals: number;
  colorBy: ColorBy;
  frameShape: FrameShapeOption;
  /** Field names; '' means automatic. */
  stageField: string;
  valueField: string;
  grouping: Grouping;
  groupField: string;
  reducer: WideReducer;
  showComparison: boolean;
  comparisonField: string;
  comparisonQuery: string;
  /** Amounts in 万/亿 and counts with measure words: auto in Chinese (../shared/chineseNumbers.ts). */
  chineseNumbers: ChineseNumbers;
}

export const DEFAULT_OPTIONS: FunnelOptions = {
  orientation: 'vertical',
  shape: 'trapezoid',
  scale: 'funnel',
  textScale: 1,
  showConversionFromPrevious: true,
  showConversionFromFirst: true,
  showDropOff: true,
  percentDecimals: 1,
  colorBy: 'stage',
  frameShape: 'auto',
  stageField: '',
  valueField: '',
  grouping: 'auto',
  groupField: '',
  reducer: 'lastNotNull',
  showComparison: true,
  comparisonField: '',
  comparisonQuery: '',
  chineseNumbers: DEFAULT_CHINESE_NUMBERS,
};

export const TEXT_SCALE_RANGE = { min: 0.5, max: 2 } as const;
export const PERCENT_DECIMALS_RANGE = { min: 0, max: 4 } as const;
