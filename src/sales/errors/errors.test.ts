import { fillTemplate, SalesError, salesError, templateParams } from '.';

describe('salesError', () => {
  it('fills the English template and keeps the key and params for translation', () => {
    const error = salesError('dimension.unknown', { id: 'colour', ids: 'rep, team' });
    expect(error).toBeInstanceOf(SalesError);
    expect(error.message).toBe('Unknown dimension "colour": use one of rep, team.');
    expect(error.key).toBe('dimension.unknown');
    expect(error.params).toEqual({ id: 'colour', ids: 'rep, team' });
    expect(error.code).toBe('invalid_query');
  });

  it('takes a code', () => {
    expect(salesError('range.not-finite', {}, 'invalid_value').code).toBe('invalid_value');
  });
});

describe('templates', () => {
  it('fill every occurrence of a param, and list each param once', () => {
    expect(fillTemplate('{{a}} and {{b}}, {{a}} again', { a: 1, b: 'two' })).toBe('1 and two, 1 again');
    expect(templateParams('{{b}} {{a}} {{b}}')).toEqual(['a', 'b']);
  });
});
