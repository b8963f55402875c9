import { englishText, type ErrorKey, type ErrorParams, type ParamValue, type Phrase, phrase } from '../errors';

/** A check issue's message: the catalogued phrase (translated by the data source) and its English text. */
export function said<Key extends ErrorKey>(key: Key, params: ErrorParams<Key>): { message: string; text: Phrase } {
  const text = phrase(key, params);
  return { message: englishText(text), text };
}

/** The first few items, separated by "; ", and how many more there are. */
export function listed(items: readonly string[] | readonly Phrase[], limit = 3): ParamValue {
  const shown: ParamValue = isPhrases(items) ? items.slice(0, limit) : items.slice(0, limit).join('; ');
  return items.length > limit ? phrase('check.list-more', { items: shown, more: items.length - limit }) : shown;
}

function isPhrases(items: readonly string[] | readonly Phrase[]): items is readonly Phrase[] {
  return typeof items[0] === 'object';
}
