/**
 * An error whose message is meant for the person who wrote the query, the configuration or the
 * warehouse: it names what is wrong. The engine, the CLI and the data source show it as is.
 */
export class SalesError extends Error {
  constructor(
    message: string,
    readonly code: SalesErrorCode = 'invalid_query'
  ) {
    super(message);
    this.name = 'SalesError';
  }
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
