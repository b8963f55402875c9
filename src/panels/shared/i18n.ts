/**
 * t()'s values inserted as they are: React escapes the text it renders, so i18next must not do it
 * twice (a rep called "O'Brien" would read "O&#39;Brien").
 */
export function unescaped<T extends object>(values: T): T & { interpolation: { escapeValue: false } } {
  return { ...values, interpolation: { escapeValue: false } };
}
