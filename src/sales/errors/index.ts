import { ERROR_MESSAGES, type ErrorKey } from './messages';

export { ERROR_MESSAGES, type ErrorKey } from './messages';

/** The names between {{ and }} in a message template. */
type ParamNames<Template extends string> = Template extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

/**
 * A part of a message that is itself catalogued (such as "The metric bookings"), so that it is
 * translated with the sentence it is part of.
 */
export interface Phrase {
  key: ErrorKey;
  params: ParamValues;
}

/** A list of phrases reads as one, separated by "; ". */
export type ParamValue = string | number | Phrase | readonly Phrase[];
export type ParamValues = Readonly<Record<string, ParamValue>>;

/** The values a catalogued message needs, one per {{name}} in its English template. */
export type ErrorParams<Key extends ErrorKey> = Record<ParamNames<(typeof ERROR_MESSAGES)[Key]>, ParamValue>;

/**
 * An error whose message is meant for the person who wrote the query, the configuration or the
 * warehouse: it names what is wrong. Its message is English (the CLI, logs); an error built from the
 * catalog (salesError) also keeps its key and params, so that the data source can show it translated.
 */
export class SalesError extends Error {
  constructor(
    message: string,
    readonly code: SalesErrorCode = 'invalid_query',
    readonly key?: ErrorKey,
    readonly params: ParamValues = {}
  ) {
    super(message);
    this.name = 'SalesError';
  }
}

/** The error of a catalogued message: English text with the params filled in, key and params kept. */
export function salesError<Key extends ErrorKey>(
  key: Key,
  params: ErrorParams<Key>,
  code: SalesErrorCode = 'invalid_query'
): SalesError {
  const values = params as ParamValues;
  return new SalesError(englishText({ key, params: values }), code, key, values);
}

/** A catalogued part of a message (see Phrase). */
export function phrase<Key extends ErrorKey>(key: Key, params: ErrorParams<Key>): Phrase {
  return { key, params: params as ParamValues };
}

/** A catalogued message in English, its phrases included. */
export function englishText({ key, params }: Phrase): string {
  return fillTemplate(
    ERROR_MESSAGES[key],
    Object.fromEntries(Object.entries(params).map(([name, value]) => [name, textOf(value, englishText)]))
  );
}

/** A param as text: phrases written out by `write` (in English, or translated by the data source). */
export function textOf(value: ParamValue, write: (phrase: Phrase) => string): string | number {
  if (Array.isArray(value)) {
    return value.map(write).join('; ');
  }
  return typeof value === 'object' ? write(value as Phrase) : (value as string | number);
}

/** A template's {{name}} placeholders replaced by the params (the same syntax i18next interpolates). */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]));
}

/** The param names a template uses, sorted (translations must use the same ones). */
export function templateParams(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]))].sort();
}

export type SalesErrorCode =
  | 'invalid_query'
  | 'invalid_config'
  | 'invalid_value'
  | 'missing_table'
  | 'missing_column'
  | 'wrong_type'
  | 'permission_denied'
  | 'limit_exceeded'
  | 'engine_error'
  | 'not_enough_data';
