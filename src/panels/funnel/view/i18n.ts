/**
 * Interpolation values for t(): React escapes text when it renders it, so i18next must not escape
 * it first (its default), or a stage named "Lead/Demo" would read "Lead&#x2F;Demo".
 */
export function unescaped<T extends object>(values: T): T & { interpolation: { escapeValue: false } } {
  return { ...values, interpolation: { escapeValue: false } };
}
