import fs from 'fs';
import path from 'path';

/** The rules of Grafana's plugin.json schema that this pack relies on. */
export const PLUGIN_ID_PATTERN = /^[0-9a-z]+-([0-9a-z]+-)?(app|panel|datasource)$/;
const VERSION_PATTERN = /^((0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)|%VERSION%)$/;
const UPDATED_PATTERN = /^(\d{4}-\d{2}-\d{2}|%TODAY%)$/;
const GRAFANA_DEPENDENCY_PATTERN =
  /^(<=|>=|<|>|=|~|\^)?([0-9]+)(\.[0-9x*]+)(\.[0-9x*]+)?(\s(<=|>=|<|=>)?([0-9]+)(\.[0-9x]+)(\.[0-9x]+))?$/;
const PLUGIN_TYPES = ['app', 'datasource', 'panel'];
const INCLUDE_TYPES = ['dashboard', 'page', 'panel', 'datasource'];

export interface PluginJson {
  type?: string;
  name?: string;
  id?: string;
  info?: {
    keywords?: string[];
    logos?: { small?: string; large?: string };
    version?: string;
    updated?: string;
  };
  dependencies?: { grafanaDependency?: string };
  includes?: Array<{ type?: string; name?: string; path?: string; uid?: string }>;
}

/** Problems with one plugin.json on its own, each naming the field. */
export function validatePluginJson(json: PluginJson, where: string): string[] {
  const problems: string[] = [];
  const need = (value: unknown, field: string) => {
    if (value === undefined || value === null || value === '') {
      problems.push(`${where}: ${field} is required`);
      return false;
    }
    return true;
  };
  if (need(json.type, 'type') && !PLUGIN_TYPES.includes(json.type!)) {
    problems.push(`${where}: type "${json.type}" is not one of ${PLUGIN_TYPES.join(', ')}`);
  }
  need(json.name, 'name');
  if (need(json.id, 'id')) {
    if (!PLUGIN_ID_PATTERN.test(json.id!)) {
      problems.push(`${where}: id "${json.id}" does not match ${PLUGIN_ID_PATTERN}`);
    } else if (json.type && !json.id!.endsWith(`-${json.type}`)) {
      problems.push(`${where}: id "${json.id}" does not end with its type "${json.type}"`);
    }
  }
  if (need(json.info, 'info')) {
    const info = json.info!;
    if (need(info.logos, 'info.logos')) {
      need(info.logos!.small, 'info.logos.small');
      need(info.logos!.large, 'info.logos.large');
    }
    if (need(info.version, 'info.version') && !VERSION_PATTERN.test(info.version!)) {
      problems.push(`${where}: info.version "${info.version}" is not a semantic version`);
    }
    if (need(info.updated, 'info.updated') && !UPDATED_PATTERN.test(info.updated!)) {
      problems.push(`${where}: info.updated "${info.updated}" is not a date`);
    }
    if (!Array.isArray(info.keywords) || info.keywords.length === 0) {
      problems.push(`${where}: info.keywords needs at least one keyword`);
    }
  }
  if (need(json.dependencies, 'dependencies')) {
    const dependency = json.dependencies!.grafanaDependency;
    if (need(dependency, 'dependencies.grafanaDependency') && !GRAFANA_DEPENDENCY_PATTERN.test(dependency!)) {
      problems.push(`${where}: dependencies.grafanaDependency "${dependency}" is not a version range`);
    }
  }
  for (const [index, include] of (json.includes ?? []).entries()) {
    if (!include.type || !INCLUDE_TYPES.includes(include.type)) {
      problems.push(`${where}: includes[${index}].type "${include.type}" is not one of ${INCLUDE_TYPES.join(', ')}`);
    }
    need(include.name, `includes[${index}].name`);
    need(include.path, `includes[${index}].path`);
  }
  return problems;
}

export interface NestedPlugin {
  /** folder relative to the app's root (src/ or dist/) */
  folder: string;
  json: PluginJson;
}

/** Problems between the app and its nested plugins. */
export function validateNesting(app: PluginJson, nested: NestedPlugin[]): string[] {
  const problems: string[] = [];
  const includes = app.includes ?? [];
  for (const plugin of nested) {
    const includePath = `${plugin.folder}/plugin.json`;
    const include = includes.find((candidate) => candidate.path === includePath);
    if (!include) {
      problems.push(`app includes has no entry with path "${includePath}" for ${plugin.json.id}`);
    } else if (include.type !== plugin.json.type) {
      problems.push(
        `app includes lists "${includePath}" as type "${include.type}" but ${plugin.json.id} is a ${plugin.json.type}`
      );
    }
  }
  for (const include of includes) {
    if (include.type === 'panel' || include.type === 'datasource') {
      if (!nested.some((plugin) => `${plugin.folder}/plugin.json` === include.path)) {
        problems.push(`app includes names "${include.path}", which is no nested plugin`);
      }
    }
  }
  return problems;
}

/** Every include path of type dashboard, panel or datasource that is missing under root. */
export function missingIncludeFiles(app: PluginJson, root: string): string[] {
  return (app.includes ?? [])
    .filter((include) => include.type !== 'page' && include.path)
    .filter((include) => !fs.existsSync(path.join(root, include.path!)))
    .map((include) => `${include.type} "${include.name}": ${path.join(root, include.path!)} does not exist`);
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** All nested plugin.json files below root (not root's own). */
export function findNestedPlugins(root: string): NestedPlugin[] {
  const found: NestedPlugin[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) {
        continue;
      }
      const child = path.join(dir, entry.name);
      const pluginFile = path.join(child, 'plugin.json');
      if (fs.existsSync(pluginFile)) {
        found.push({ folder: path.relative(root, child), json: readJson<PluginJson>(pluginFile) });
      }
      walk(child);
    }
  };
  walk(root);
  return found.sort((a, b) => a.folder.localeCompare(b.folder));
}
