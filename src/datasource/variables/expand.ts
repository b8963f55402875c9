import type { ScopedVars, TypedVariableModel } from '@grafana/data';
import { t } from '@grafana/i18n';
import type { TemplateSrv, VariableInterpolation } from '@grafana/runtime';

import { type Filter, SalesError, type SalesQuery, variableFields } from '../../sales';

/**
 * Dashboard variables in a query. A filter value such as `$region`, `${region}` or `[[region]]`
 * becomes the variable's current values (several for a multi-value variable); "All" drops the filter
 * (no restriction), whether the variable has a custom all value or not. Values are taken from Grafana's
 * template service through a format function, so they arrive as the plain strings the user chose and
 * reach SQL only as Filter.values, through the engine's literal encoder: never by pasting text.
 */

/** `$name`, `[[name]]` or `${name}` / `${name.path}` / `${name:format}`, and nothing else. */
const WHOLE_REFERENCE = /^(?:\$(\w+)|\[\[(\w+?)(?::(\w+))?\]\]|\$\{(\w+)(?:\.([^:^}]+))?(?::([^}]+))?\})$/;

/** Grafana's own variable syntax anywhere in a text (TemplateSrv's regex). */
export const TEMPLATE_SYNTAX = /\$(\w+)|\[\[(\w+?)(?::(\w+))?\]\]|\$\{(\w+)(?:\.([^:^}]+))?(?::([^}]+))?\}/;

const ALL_VALUE = '$__all';

interface Reference {
  name: string;
  /** the reference rewritten without a format, so that our format function sees the raw values */
  plain: string;
}

function referenceIn(text: string): Reference | undefined {
  const match = WHOLE_REFERENCE.exec(text);
  if (!match) {
    return undefined;
  }
  const name = match[1] ?? match[2] ?? match[4];
  const path = match[5];
  return { name, plain: path ? `\${${name}.${path}}` : `\${${name}}` };
}

function isAll(value: unknown): boolean {
  return value === ALL_VALUE || (Array.isArray(value) && value.includes(ALL_VALUE));
}

export class VariableExpander {
  constructor(
    private readonly templateSrv: TemplateSrv,
    private readonly scopedVars: ScopedVars = {}
  ) {}

  /** "All" is selected: the variable does not restrict anything. */
  private selectsAll(name: string): boolean {
    const scoped = this.scopedVars[name];
    if (scoped !== undefined && scoped !== null) {
      return isAll(scoped.value);
    }
    const variable = this.variables().find((candidate) => candidate.name === name);
    const current =
      variable && 'current' in variable ? (variable.current as { value?: unknown } | undefined) : undefined;
    return isAll(current?.value);
  }

  private variables(): TypedVariableModel[] {
    return this.templateSrv.getVariables?.() ?? [];
  }

  /**
   * The values a filter value stands for: itself when it names no variable; the variable's values
   * when it does; `undefined` when the variable is set to All.
   */
  values(text: string): string[] | undefined {
    const reference = referenceIn(text);
    if (reference) {
      if (this.selectsAll(reference.name)) {
        return undefined;
      }
      let captured: string[] | undefined;
      const interpolations: VariableInterpolation[] = [];
      this.templateSrv.replace(
        reference.plain,
        this.scopedVars,
        (value: unknown) => {
          captured = (Array.isArray(value) ? value : [value]).map((item) => String(item));
          return '';
        },
        interpolations
      );
      if (captured !== undefined) {
        return captured;
      }
      // a variable without a value restricts to nothing; text that names no variable is meant literally
      return interpolations.some((interpolation) => interpolation.found) ? [] : [text];
    }
    if (!TEMPLATE_SYNTAX.test(text)) {
      return [text];
    }
    // variables inside a longer text: each one's values joined by commas, the text around kept
    return [
      this.templateSrv.replace(text, this.scopedVars, (value: unknown) =>
        (Array.isArray(value) ? value : [value]).map((item) => String(item)).join(',')
      ),
    ];
  }

  /** The filters with their variables expanded; a filter whose variable is set to All is dropped. */
  filters(filters: Filter[] | undefined): Filter[] | undefined {
    if (!Array.isArray(filters)) {
      return filters;
    }
    const expanded: Filter[] = [];
    for (const filter of filters) {
      if (!filter || !Array.isArray(filter.values)) {
        expanded.push(filter);
        continue;
      }
      const lists = filter.values.map((value) => (typeof value === 'string' ? this.values(value) : [value]));
      if (lists.some((list) => list === undefined)) {
        continue;
      }
      expanded.push({ ...filter, values: [...new Set(lists.flatMap((list) => list!))] });
    }
    return expanded;
  }

  /** A list of ids (metrics, group by) where an entry may name a multi-value variable. */
  list<T extends string>(items: T[] | undefined): T[] | undefined {
    if (!Array.isArray(items)) {
      return items;
    }
    return items.flatMap((item) => (typeof item === 'string' ? ((this.values(item) ?? []) as T[]) : [item]));
  }

  /** One id (a metric, a grain …) that may be a single-value variable. */
  single<T extends string>(value: T | undefined, field: string): T | undefined {
    if (typeof value !== 'string') {
      return value;
    }
    const values = this.values(value);
    if (values === undefined || values.length !== 1) {
      throw new SalesError(
        t(
          'datasource.variables.single',
          'The variable {{reference}} in {{field}} must have exactly one value selected.',
          {
            reference: value,
            field,
            interpolation: { escapeValue: false },
          }
        ),
        'invalid_value'
      );
    }
    return values[0] as T;
  }

  /**
   * Free text (a search) that may hold variables, e.g. a text box variable: their values put in
   * its place; a variable set to All searches for nothing in particular.
   */
  text(value: string | undefined): string | undefined {
    if (typeof value !== 'string') {
      return value;
    }
    const values = this.values(value);
    return values === undefined ? undefined : values.join(',');
  }

  /** The query with every variable expanded: its filters' values and the fields its kind lets variables stand in. */
  query(query: SalesQuery): SalesQuery {
    const fields = variableFields(query.kind);
    const source = query as unknown as Record<string, unknown>;
    const expanded: Record<string, unknown> = { ...query, filters: this.filters(query.filters) };
    for (const field of fields.lists ?? []) {
      expanded[field] = this.list(source[field] as string[] | undefined);
    }
    for (const field of fields.singles ?? []) {
      expanded[field] = this.single(source[field] as string | undefined, field);
    }
    for (const field of fields.text ?? []) {
      expanded[field] = this.text(source[field] as string | undefined);
    }
    return expanded as unknown as SalesQuery;
  }
}
