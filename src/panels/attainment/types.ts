import { type ChineseNumbers, DEFAULT_CHINESE_NUMBERS } from '../shared/chineseNumbersOption';

/** The panel's saved options (shape 1). Every change to this shape adds a step in migrations.ts. */
export interface AttainmentOptions {
  /** Arc gauge or horizontal bullet bar. */
  gaugeStyle: GaugeStyle;
  /** One gauge per row of the data, or one gauge for the total of all rows. */
  gauges: GaugesMode;
  /** Columns of the grid; 0 chooses the count that gives the largest gauges. */
  columns: number;
  /** Below this gauge height (px) the grid stops shrinking and scrolls instead; 0 always fills the panel. */
  minGaugeHeight: number;
  sortBy: SortBy;
  sortOrder: SortOrder;

  /** Name of the field holding the actual; '' picks `actual`, else the first number field. */
  actualField: string;
  targetSource: TargetSource;
  /** Name of the field holding the target; '' picks `target`. */
  targetField: string;
  /** Target used when targetSource is 'fixed', in the actual's unit. */
  fixedTarget: number;
  /** Field naming each gauge; '' joins the text fields of the row. */
  nameField: string;

  statusSource: StatusSource;
  statusMeasure: StatusMeasure;
  /** Ratio (1 = 100 %) at or above which a gauge is on track. */
  onTrackThreshold: number;
  /** Ratio at or above which a gauge is cautioned (below it: off track). */
  cautionedThreshold: number;
  colorBy: ColorBy;

  showName: boolean;
  showActualTarget: boolean;
  showPaceMarker: boolean;
  showProjection: boolean;
  showDaysLeft: boolean;
  showNeededPerDay: boolean;
  /** Amounts in 万/亿 and counts with measure words: auto in Chinese (../shared/chineseNumbers.ts). */
  chineseNumbers: ChineseNumbers;
}

export type GaugeStyle = 'arc' | 'bullet';
export type GaugesMode = 'rows' | 'total';
export type SortBy = 'data' | 'name' | 'attainment' | 'status';
export type SortOrder = 'asc' | 'desc';
export type TargetSource = 'field' | 'fixed';
/** 'auto': the frame's `status` where it has one, else the panel's thresholds. */
export type StatusSource = 'auto' | 'thresholds';
/** What the thresholds compare: 'auto' is pace where an expected-to-date value exists, else attainment. */
export type StatusMeasure = 'auto' | 'attainment';
/** 'status': theme colours per status; 'thresholds': the field config thresholds (percent = % of target). */
export type ColorBy = 'status' | 'thresholds';

export const GAUGE_STYLES: readonly GaugeStyle[] = ['arc', 'bullet'];
export const GAUGES_MODES: readonly GaugesMode[] = ['rows', 'total'];
export const SORT_BYS: readonly SortBy[] = ['data', 'name', 'attainment', 'status'];
export const SORT_ORDERS: readonly SortOrder[] = ['asc', 'desc'];
export const TARGET_SOURCES: readonly TargetSource[] = ['field', 'fixed'];
export const STATUS_SOURCES: readonly StatusSource[] = ['auto', 'thresholds'];
export const STATUS_MEASURES: readonly StatusMeasure[] = ['auto', 'attainment'];
export const COLOR_BYS: readonly ColorBy[] = ['status', 'thresholds'];

export const defaultOptions: AttainmentOptions = {
  gaugeStyle: 'arc',
  gauges: 'rows',
  columns: 0,
  minGaugeHeight: 100,
  sortBy: 'data',
  sortOrder: 'asc',
  actualField: '',
  targetSource: 'field',
  targetField: '',
  fixedTarget: 0,
  nameField: '',
  statusSource: 'auto',
  statusMeasure: 'auto',
  onTrackThreshold: 1,
  cautionedThreshold: 0.9,
  colorBy: 'status',
  showName: true,
  showActualTarget: true,
  showPaceMarker: true,
  showProjection: true,
  showDaysLeft: true,
  showNeededPerDay: true,
  chineseNumbers: DEFAULT_CHINESE_NUMBERS,
};

export type Status = 'on_track' | 'cautioned' | 'off_track';
export const STATUSES: readonly Status[] = ['on_track', 'cautioned', 'off_track'];
