import { dateTime } from '@grafana/data';

import { currentTime, engineRange, requestTimeZone } from './time';

describe('time from Grafana’s picker', () => {
  it('reads the time zone setting', () => {
    expect(requestTimeZone('utc')).toBe('UTC');
    expect(requestTimeZone('Asia/Shanghai')).toBe('Asia/Shanghai');
    // jest runs with TZ=UTC: the browser's zone
    expect(requestTimeZone('browser')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(requestTimeZone(undefined)).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('ends a range rounded up to a unit at the next unit’s first instant', () => {
    const from = Date.parse('2024-01-01T00:00:00Z');
    const endOfMarch = Date.parse('2024-03-31T23:59:59.999Z');
    expect(
      engineRange({ from: dateTime(from), to: dateTime(endOfMarch), raw: { from: 'now/fQ', to: 'now/fQ' } })
    ).toEqual({
      from,
      to: Date.parse('2024-04-01T00:00:00Z'),
    });
    const now = Date.parse('2024-03-15T12:34:56.789Z');
    expect(engineRange({ from: dateTime(from), to: dateTime(now), raw: { from: 'now-75d', to: 'now' } }).to).toBe(now);
  });

  it('rounds now down to the second so that panels of one refresh agree, and never passes the range end', () => {
    const range = { from: 0, to: Date.parse('2024-04-01T00:00:00Z') };
    expect(currentTime(range, Date.parse('2024-03-15T12:00:00.456Z'))).toBe(Date.parse('2024-03-15T12:00:00Z'));
    expect(currentTime(range, Date.parse('2026-01-01T00:00:00Z'))).toBe(range.to);
  });
});
