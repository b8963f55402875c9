import { DateTime } from 'luxon';

import type { DataFrameJSON } from '../../sales';

export type OutputFormat = 'json' | 'csv' | 'table';

function rowsOf(frame: DataFrameJSON): unknown[][] {
  const count = frame.data.values[0]?.length ?? 0;
  return [...Array(count).keys()].map((row) => frame.data.values.map((column) => column[row]));
}

function cellText(value: unknown, type: string, timeZone: string): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (type === 'time' && typeof value === 'number') {
    return DateTime.fromMillis(value, { zone: timeZone }).toISO() ?? String(value);
  }
  if (Array.isArray(value)) {
    return value.join(' ');
  }
  return String(value);
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function title(frame: DataFrameJSON, index: number): string {
  return frame.schema.name || frame.schema.refId || `frame ${index + 1}`;
}

/** Frames as JSON (exactly what the data source hands Grafana), CSV or an aligned text table. */
export function formatFrames(frames: DataFrameJSON[], format: OutputFormat, timeZone: string): string {
  if (format === 'json') {
    return JSON.stringify(frames, null, 2);
  }
  return frames
    .map((frame, index) => {
      const { fields } = frame.schema;
      const cells = rowsOf(frame).map((row) =>
        row.map((value, column) => cellText(value, fields[column].type, timeZone))
      );
      const header = fields.map((field) => field.name);
      const heading = frames.length > 1 ? [`# ${title(frame, index)}`] : [];
      if (format === 'csv') {
        return [...heading, header.map(csvCell).join(','), ...cells.map((row) => row.map(csvCell).join(','))].join(
          '\n'
        );
      }
      const widths = header.map((name, column) => Math.max(name.length, ...cells.map((row) => row[column].length)));
      const line = (row: string[]) =>
        row
          .map((text, column) =>
            fields[column].type === 'number' ? text.padStart(widths[column]) : text.padEnd(widths[column])
          )
          .join('  ')
          .trimEnd();
      return [...heading, line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(line)].join(
        '\n'
      );
    })
    .join('\n\n');
}
