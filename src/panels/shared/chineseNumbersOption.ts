/**
 * The panels' "Chinese numbers" option (what ./chineseNumbers.ts does with it). Apart from it, with no
 * Grafana import, so that the panels' option types load in Node (the dashboards' sources read them).
 */

/** `auto` follows the user's language. */
export type ChineseNumbers = 'auto' | 'on' | 'off';
export const CHINESE_NUMBERS: ChineseNumbers[] = ['auto', 'on', 'off'];
export const DEFAULT_CHINESE_NUMBERS: ChineseNumbers = 'auto';
