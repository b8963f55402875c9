import { formattedValueToString, getValueFormat } from '@grafana/data';

/**
 * Attainment in percent. Whole percents, except that a value just under 100 % is not rounded up
 * to "100%" (a gauge or a rep that has not reached its target must not say it has): it shows 99.9 %.
 */
export function percentText(ratio: number): string {
  const percent = ratio * 100;
  const format = getValueFormat('percent');
  if (percent < 100 && Math.round(percent) >= 100) {
    return formattedValueToString(format(Math.floor(percent * 10) / 10, 1));
  }
  return formattedValueToString(format(Math.round(percent), 0));
}
