/*
 * The plugin loader of Grafana 12 (public/app/features/plugins/loader): SystemJS with its AMD extra,
 * and the shared dependencies exposed under `package:<name>` URLs through an import map, so that a
 * plugin's `define(["react", "@grafana/data", …], …)` receives the host's own modules.
 */
import 'systemjs/dist/system.js';
import 'systemjs/dist/extras/amd.js';

import { sharedDependencies } from './sharedDependencies';

interface SystemJSModule {
  [name: string]: unknown;
}

interface SystemJSLoader {
  import(id: string, parentUrl?: string): Promise<SystemJSModule>;
  set(id: string, module: object): void;
  has(id: string): boolean;
  resolve(id: string, parentUrl?: string): string;
  addImportMap(map: { imports: Record<string, string> }, base?: string): void;
}

const SHARED_DEPENDENCY_PREFIX = 'package';

export const SystemJS = (window as unknown as { System: SystemJSLoader }).System;

let mapped = false;

/** Grafana's buildImportMap: every shared dependency set in the registry and mapped by its bare name. */
export function exposeSharedDependencies(): void {
  if (mapped) {
    return;
  }
  mapped = true;
  const imports: Record<string, string> = {};
  for (const [name, module] of Object.entries(sharedDependencies)) {
    const id = `${SHARED_DEPENDENCY_PREFIX}:${name}`;
    SystemJS.set(id, module as object);
    imports[name] = id;
  }
  SystemJS.addImportMap({ imports });
}

/** Grafana's importPluginModule: the plugin's module.js through SystemJS. */
export function importPluginModule<T = SystemJSModule>(modulePath: string): Promise<T> {
  exposeSharedDependencies();
  return SystemJS.import(modulePath) as Promise<T>;
}
