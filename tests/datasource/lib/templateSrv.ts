import type { ScopedVars, TypedVariableModel } from '@grafana/data';
import type { TemplateSrv, VariableInterpolation } from '@grafana/runtime';

/**
 * Grafana's template service as dashboards run it (public/app/features/templating/template_srv.ts,
 * Grafana 12): the same variable syntax, scoped variables first, "All" expanded to every option or,
 * with a custom all value, replaced by that value without formatting, and format functions called
 * with the raw value (a string, or an array for several values).
 */

const REGEX = /\$(\w+)|\[\[(\w+?)(?::(\w+))?\]\]|\${(\w+)(?:\.([^:^\}]+))?(?::([^\}]+))?}/g;
const ALL = '$__all';

export interface TestVariable {
  name: string;
  /** the selected value(s); '$__all' for All */
  value: string | string[];
  /** every option (without All) */
  options?: string[];
  multi?: boolean;
  includeAll?: boolean;
  allValue?: string;
}

type Format = string | Function | undefined;

function formatValue(value: unknown, format: Format, variable: object): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof format === 'function') {
    return format(value, variable, formatValue);
  }
  switch (format) {
    case 'raw':
      return Array.isArray(value) ? value.join(',') : String(value);
    case 'csv':
      return Array.isArray(value) ? value.join(',') : String(value);
    case 'singlequote':
      return (Array.isArray(value) ? value : [value]).map((v) => `'${String(v).replace(/'/g, "\\'")}'`).join(',');
    default:
      // glob, Grafana's default
      return Array.isArray(value)
        ? value.length > 1
          ? `{${value.join(',')}}`
          : String(value[0] ?? '')
        : String(value);
  }
}

export class TestTemplateSrv implements TemplateSrv {
  constructor(private readonly variables: TestVariable[] = []) {}

  getVariables(): TypedVariableModel[] {
    return this.variables.map((variable) => ({
      type: 'custom',
      id: variable.name,
      name: variable.name,
      multi: variable.multi ?? Array.isArray(variable.value),
      includeAll: variable.includeAll ?? false,
      allValue: variable.allValue ?? null,
      current: { selected: true, text: variable.value, value: variable.value },
      options: [
        ...(variable.includeAll ? [{ selected: false, text: 'All', value: ALL }] : []),
        ...(variable.options ?? []).map((option) => ({ selected: false, text: option, value: option })),
      ],
      query: (variable.options ?? []).join(','),
    })) as unknown as TypedVariableModel[];
  }

  replace(target?: string, scopedVars?: ScopedVars, format?: Format, interpolations?: VariableInterpolation[]): string {
    if (!target) {
      return target ?? '';
    }
    return target.replace(REGEX, (match, var1, var2, fmt2, var3, fieldPath, fmt3) => {
      const name: string = var1 || var2 || var3;
      const fmt = fmt2 || fmt3 || format;
      const result = this.evaluate(match, name, fmt, scopedVars);
      interpolations?.push({
        match,
        variableName: name,
        fieldPath,
        format: typeof fmt === 'string' ? fmt : undefined,
        value: result.value,
        found: result.found,
      });
      return result.value;
    });
  }

  private evaluate(
    match: string,
    name: string,
    format: Format,
    scopedVars?: ScopedVars
  ): { value: string; found: boolean } {
    const scoped = scopedVars?.[name];
    const variable = this.variables.find((candidate) => candidate.name === name);
    if (scoped && scoped.value !== null && scoped.value !== undefined) {
      return { value: formatValue(scoped.value, format, variable ?? {}), found: true };
    }
    if (!variable) {
      return { value: match, found: false };
    }
    let value: unknown = variable.value;
    if (value === ALL || (Array.isArray(value) && value[0] === ALL)) {
      if (variable.allValue) {
        // skip formatting of custom all values
        return { value: this.replace(variable.allValue), found: true };
      }
      value = variable.options ?? [];
    }
    return { value: formatValue(value, format, variable), found: true };
  }

  containsTemplate(target?: string): boolean {
    if (!target) {
      return false;
    }
    REGEX.lastIndex = 0;
    return [...target.matchAll(REGEX)].some((match) =>
      this.variables.some((variable) => variable.name === (match[1] || match[2] || match[4]))
    );
  }

  updateTimeRange(): void {}
}
