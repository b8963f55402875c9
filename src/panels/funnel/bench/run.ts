/**
 * The panel's own work per render against a core Grafana panel's on the same data:
 * `npm run bench:funnel`. The baseline is getFieldDisplayValues
 * over every value (what the bar gauge and stat panels compute per render: display values,
 * colours, links); the measured work is the funnel's pipeline (frames → funnel model → formatted
 * stages and colours → layout of shapes and labels). Both run on frames that went through
 * applyFieldOverrides. Prints median times of both, in the same run, and their ratio.
 */
import './nodeWindow';

import { performance } from 'perf_hooks';

import {
  applyFieldOverrides,
  createTheme,
  type DataFrame,
  FieldType,
  getFieldDisplayValues,
  toDataFrame,
} from '@grafana/data';

import { valueDomain } from '../data/domain';
import { toFunnelModel } from '../data/toFunnelModel';
import { layoutFunnel } from '../layout/layoutFunnel';
import { DEFAULT_OPTIONS } from '../types';
import { presentFunnel, stageTexts } from '../view/present';

const theme = createTheme();

function frame(groups: number, stages: number) {
  const rows = Array.from({ length: groups * stages }, (_, row) => ({
    group: Math.floor(row / stages),
    stage: row % stages,
  }));
  return toDataFrame({
    fields: [
      { name: 'region', type: FieldType.string, values: rows.map((row) => `Region ${row.group}`) },
      { name: 'stage', type: FieldType.string, values: rows.map((row) => `Stage ${row.stage}`) },
      {
        name: 'value',
        type: FieldType.number,
        values: rows.map((row) => 10000 - row.stage * 150 + row.group),
        config: { unit: 'short' },
      },
      { name: 'value_previous', type: FieldType.number, values: rows.map((row) => 9000 - row.stage * 120) },
      {
        name: 'amount',
        type: FieldType.number,
        values: rows.map((row) => 1e6 - row.stage * 1e4),
        config: { unit: 'currencyUSD' },
      },
    ],
  });
}

const fieldConfig = { defaults: {}, overrides: [] };
const replaceVariables = (value: string) => value;

const overrides = (frames: DataFrame[]) => applyFieldOverrides({ data: frames, fieldConfig, theme, replaceVariables });

/** What a bar gauge computes per render: a formatted, coloured display value for every value. */
function barGaugeValues(series: DataFrame[]) {
  return getFieldDisplayValues({
    data: series,
    reduceOptions: { values: true, calcs: [], limit: 100000 },
    fieldConfig,
    replaceVariables,
    theme,
    timeZone: 'utc',
  }).length;
}

function panelPipeline(series: DataFrame[], width: number, height: number) {
  const model = toFunnelModel(series, DEFAULT_OPTIONS);
  if (model.status !== 'ok') {
    throw new Error(`unexpected model ${model.status}`);
  }
  let shapes = 0;
  const texts = stageTexts();
  for (const funnel of model.funnels) {
    const domain = valueDomain([funnel]);
    const views = presentFunnel(funnel, DEFAULT_OPTIONS, domain, theme, texts);
    shapes += layoutFunnel({
      width,
      height,
      orientation: 'vertical',
      shape: 'trapezoid',
      textScale: 1,
      domain,
      stages: views.map((view) => ({
        value: view.stage.value,
        comparison: view.stage.comparison?.value ?? null,
        labels: { name: view.name, value: view.valueText, metrics: view.lines },
      })),
    }).length;
  }
  return shapes;
}

function median(run: () => void, repeats: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const cases = [
  { name: '1 funnel × 6 stages, 600x400', groups: 1, stages: 6, width: 600, height: 400, repeats: 400 },
  { name: '1 funnel × 50 stages, 1920x1080', groups: 1, stages: 50, width: 1920, height: 1080, repeats: 200 },
  { name: '100 funnels × 50 stages, 190x108 cells', groups: 100, stages: 50, width: 190, height: 108, repeats: 9 },
];

for (const c of cases) {
  const frames = [frame(c.groups, c.stages)];
  // warm-up: JIT and Grafana's caches
  for (let i = 0; i < 20; i++) {
    barGaugeValues(overrides(frames));
    panelPipeline(overrides(frames), c.width, c.height);
  }
  const baseline = median(() => barGaugeValues(overrides(frames)), c.repeats);
  const panel = median(() => panelPipeline(overrides(frames), c.width, c.height), c.repeats);
  console.log(
    `${c.name.padEnd(40)} bar gauge values ${baseline.toFixed(2)} ms | funnel pipeline ${panel.toFixed(2)} ms | ratio ${(panel / baseline).toFixed(2)}`
  );
}
