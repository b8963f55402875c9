/*
 * Grafana's plugin loading for the harness: each plugin's plugin.json as its meta, and its built
 * module.js imported through SystemJS (importPanelPlugin / importDataSourcePlugin in Grafana 12).
 */
import type {
  DataSourceApi,
  DataSourceInstanceSettings,
  DataSourcePlugin,
  PanelPlugin,
  PanelPluginMeta,
} from '@grafana/data';

import { importPluginModule } from './systemjs';

const pluginCache = new Map<string, Promise<PanelPlugin>>();

export async function pluginMeta<T>(pluginId: string): Promise<T & { module: string; baseUrl: string }> {
  const baseUrl = `/public/plugins/${pluginId}`;
  const response = await fetch(`${baseUrl}/plugin.json`);
  if (!response.ok) {
    throw new Error(`plugin ${pluginId} is not in the build (${response.status} for ${baseUrl}/plugin.json)`);
  }
  return { ...((await response.json()) as T), module: `${baseUrl}/module.js`, baseUrl };
}

/** Grafana's importPanelPlugin: the built module through SystemJS, with its plugin.json as meta. */
export function loadPanelPlugin(pluginId: string): Promise<PanelPlugin> {
  let loading = pluginCache.get(pluginId);
  if (!loading) {
    loading = (async () => {
      const meta = await pluginMeta<PanelPluginMeta>(pluginId);
      const { plugin } = await importPluginModule<{ plugin?: PanelPlugin }>(meta.module);
      if (!plugin?.panel) {
        throw new Error(`${meta.module} exports no panel plugin`);
      }
      plugin.meta = meta;
      return plugin;
    })();
    pluginCache.set(pluginId, loading);
  }
  return loading;
}

/** The data source plugin of `pluginId` with its meta, ready for `new plugin.DataSourceClass(settings)`. */
export async function loadDataSourcePlugin(
  pluginId: string
): Promise<{ plugin: DataSourcePlugin<DataSourceApi>; meta: DataSourceInstanceSettings['meta'] }> {
  const meta = await pluginMeta<DataSourceInstanceSettings['meta']>(pluginId);
  const { plugin } = await importPluginModule<{ plugin?: DataSourcePlugin<DataSourceApi> }>(meta.module);
  if (!plugin?.DataSourceClass) {
    throw new Error(`${meta.module} exports no data source plugin`);
  }
  plugin.meta = meta as never;
  return { plugin, meta };
}
