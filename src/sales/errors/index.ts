import { ERROR_MESSAGES, type ErrorKey } from './messages';

export { ERROR_MESSAGES, type ErrorKey } from './messages';

/** The names between {{ and }} in a message template. */
type ParamNames<Template extends string> = Template extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

/** The values a catalogued message needs, one per {{name}} in its English template. */
export type ErrorParams<Key extends ErrorKey> = Record<ParamNames<(typeof ERROR_MESSAGES)[Key]>, string | number>;

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
    readonly params: Readonly<Record<string, string | number>> = {}
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
  const values = params as Record<string, string | number>;
  return new SalesError(fillTemplate(ERROR_MESSAGES[key], values), code, key, values);
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
