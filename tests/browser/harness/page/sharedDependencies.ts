/*
 * What Grafana 12 hands plugins at run time (public/app/features/plugins/loader/sharedDependencies.ts),
 * taken from the same npm packages the build targets: a plugin's externals must resolve here, under the
 * names create-plugin's webpack config leaves external (.config/bundler/externals.ts). Grafana adds
 * its own app/core modules, jQuery and flot for Angular-era plugins; this pack uses none of them.
 */
import * as emotionCss from '@emotion/css';
import * as emotionReact from '@emotion/react';
import * as grafanaData from '@grafana/data';
import * as grafanaRuntime from '@grafana/runtime';
import * as grafanaUIraw from '@grafana/ui';
import * as d3 from 'd3';
import * as i18next from 'i18next';
import * as lodash from 'lodash';
import * as react from 'react';
import * as reactDom from 'react-dom';
import * as reactJsxRuntime from 'react/jsx-runtime';
import * as rxjs from 'rxjs';
import * as rxjsOperators from 'rxjs/operators';

// Grafana keeps the 6.5-era aliases of the plugin base classes on @grafana/ui
const grafanaUI: Record<string, unknown> = {
  ...grafanaUIraw,
  PanelPlugin: grafanaData.PanelPlugin,
  DataSourcePlugin: grafanaData.DataSourcePlugin,
  AppPlugin: grafanaData.AppPlugin,
  DataSourceApi: grafanaData.DataSourceApi,
};

export const sharedDependencies: Record<string, object> = {
  '@emotion/css': emotionCss,
  '@emotion/react': emotionReact,
  '@grafana/data': grafanaData,
  '@grafana/runtime': grafanaRuntime,
  '@grafana/ui': grafanaUI,
  d3,
  emotion: emotionCss,
  // bundling @grafana/i18n in plugins requires sharing i18next's state
  i18next,
  lodash: { ...lodash, __useDefault: true, default: lodash },
  react,
  'react-dom': reactDom,
  'react/jsx-runtime': reactJsxRuntime,
  rxjs,
  'rxjs/operators': rxjsOperators,
};
