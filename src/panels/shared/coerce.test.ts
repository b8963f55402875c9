import { isRecord, oneOf, toBoolean, toNumber, toText } from './coerce';

describe('the option coercers (value first, fallback last)', () => {
  it('oneOf keeps an allowed choice and replaces anything else', () => {
    expect(oneOf('b', ['a', 'b'], 'a')).toBe('b');
    expect(oneOf('c', ['a', 'b'], 'a')).toBe('a');
    expect(oneOf(3, ['a', 'b'], 'a')).toBe('a');
  });

  it('toBoolean reads booleans and the texts "true" and "false"', () => {
    expect(toBoolean(false, true)).toBe(false);
    expect(toBoolean('false', true)).toBe(false);
    expect(toBoolean('true', false)).toBe(true);
    for (const unreadable of ['yes', 1, 0, null, undefined]) {
      expect(toBoolean(unreadable, true)).toBe(true);
    }
  });

  it('toText trims texts and reads finite numbers as their text', () => {
    expect(toText('  stage  ', 'x')).toBe('stage');
    expect(toText('', 'x')).toBe('');
    expect(toText(42, 'x')).toBe('42');
    for (const unreadable of [Number.NaN, null, undefined, true, {}, ['a']]) {
      expect(toText(unreadable, 'x')).toBe('x');
    }
  });

  it('toNumber reads numbers and numeric texts, clamps them and rounds them when asked', () => {
    expect(toNumber('12.6', { min: 3, max: 600, integer: true }, 15)).toBe(13);
    expect(toNumber(1, { min: 3, max: 600 }, 15)).toBe(3);
    expect(toNumber(1e9, { max: 600 }, 15)).toBe(600);
    expect(toNumber(-5.5, {}, 15)).toBe(-5.5);
    for (const unreadable of ['soon', '', '  ', Number.NaN, Infinity, null, undefined, true, {}]) {
      expect(toNumber(unreadable, {}, 15)).toBe(15);
    }
  });

  it('isRecord tells saved options from anything else', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord('options')).toBe(false);
  });
});
