/*
 * How the gauges look, checked in a real headless Chromium with real fonts: no text spills out of
 * its gauge, overlaps another text or lies on a ring. The panel is rendered as in the other tests;
 * the page, with a script that measures it, is loaded by `chromium --headless --dump-dom`, which
 * prints the page with the script's findings. (playwright-core does not load in jest's jsdom
 * environment, and the command line needs nothing more.) Skipped, saying so, where no Chromium is
 * installed; set CHROMIUM_PATH to use one elsewhere.
 */
import { describeInChromium, evaluateInChromium } from '../../testing/chromium';
import { svgTextProblems } from '../../testing/svgTextChecks';
import { attainmentFrame, darkTheme, frameOf, lightTheme, withPeriod } from './testing/frames';
import { panelMarkup, type RenderSettings } from './testing/renderPanel';

interface Problem {
  gauge: string;
  problem: string;
}

/** Runs in the page: every problem found in every gauge under root. */
function findProblems(root: Element, textProblems: typeof svgTextProblems): Problem[] {
  const problems: Problem[] = [];
  const boxes = (svg: SVGSVGElement, selector: string) =>
    Array.from(svg.querySelectorAll<SVGGraphicsElement>(selector)).map((element) => ({
      element,
      box: element.getBBox(),
    }));
  const samples = (box: DOMRect) => {
    const points: Array<[number, number]> = [];
    for (const fx of [0.02, 0.25, 0.5, 0.75, 0.98]) {
      for (const fy of [0.15, 0.5, 0.85]) {
        points.push([box.x + fx * box.width, box.y + fy * box.height]);
      }
    }
    return points;
  };
  for (const svg of Array.from(root.querySelectorAll<SVGSVGElement>('[data-testid="attainment-gauge"] svg'))) {
    const gauge = svg.getAttribute('aria-label') ?? '?';
    const texts = boxes(svg, 'text');
    for (const problem of textProblems(svg, texts, 'the gauge')) {
      problems.push({ gauge, problem });
    }
    // the status pill's outline counts as text too
    const labels = [...texts, ...boxes(svg, '[data-testid="attainment-status"] rect')];
    const rings = Array.from(svg.querySelectorAll<SVGGeometryElement>('path, [data-testid="attainment-track"]'));
    for (const { element, box } of labels) {
      for (const ring of rings) {
        const toRing = ring.getCTM()!.inverse().multiply(element.getCTM()!);
        const hit = samples(box).some(([x, y]) => {
          const local = new DOMPoint(x, y).matrixTransform(toRing);
          const point = svg.createSVGPoint();
          point.x = local.x;
          point.y = local.y;
          return ring.isPointInFill(point);
        });
        if (hit) {
          problems.push({
            gauge,
            problem: `"${element.textContent || element.tagName}" lies on ${ring.getAttribute('data-testid') ?? 'a ring'}`,
          });
        }
      }
    }
  }
  return problems;
}

const names = (count: number, prefix = 'Sales rep number') =>
  Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`);

function manyGauges(count: number) {
  const reps = names(count);
  return frameOf([
    { name: 'rep', values: reps },
    { name: 'actual', values: reps.map((_, i) => i * 9000 - 20000), unit: 'currencyUSD' },
    { name: 'target', values: reps.map(() => 200000), unit: 'currencyUSD' },
    { name: 'expected_to_date', values: reps.map(() => 120000), unit: 'currencyUSD' },
    { name: 'projected', values: reps.map((_, i) => i * 15000), unit: 'currencyUSD' },
    { name: 'remaining_days', values: reps.map(() => 9) },
  ]);
}

const edgeCases = () =>
  frameOf([
    {
      name: 'rep',
      values: [
        'Over',
        'No target',
        'Negative',
        'Zero target',
        'Almost',
        'A very long name for a sales region, with a team',
      ],
    },
    { name: 'actual', values: [135000, 5000, -12345, 100, 99960, 123456789], unit: 'currencyUSD' },
    { name: 'target', values: [100000, null, 98765, 0, 100000, 987654321], unit: 'currencyUSD' },
    { name: 'projected', values: [180000, null, 1000, null, 140000, 200000000], unit: 'currencyUSD' },
    { name: 'expected_to_date', values: [60000, null, 6000, null, 70000, 500000000], unit: 'currencyUSD' },
    { name: 'remaining_days', values: [12, 12, 12, 0.4, 1, 120] },
  ]);

/** The gauges are drawn at the demo's now, 2026-05-14 15:00 UTC: "this quarter" is Q2 2026. */
const NOW = Date.UTC(2026, 4, 14, 15);
const thisQuarter = (frame: ReturnType<typeof frameOf>) =>
  withPeriod(frame, 'quarter', Date.UTC(2026, 3, 1), Date.UTC(2026, 6, 1));

/** New customers this month: whole counts, and "Still needed" where less than one a day is. */
const counts = () =>
  withPeriod(
    frameOf([
      { name: 'team', values: ['North 1', 'North 2', 'South 1', 'A team with a long name in the Central region'] },
      { name: 'actual', values: [2, 5, 0, 12], unit: 'none', decimals: 1 },
      { name: 'target', values: [3, 4, 6, 40], unit: 'none', decimals: 1 },
      { name: 'required_run_rate', values: [1 / 17, 0, 6 / 17, 28 / 17], unit: 'none', decimals: 1 },
      { name: 'remaining_days', values: [17, 17, 17, 17], decimals: 1 },
    ]),
    'month',
    Date.UTC(2026, 4, 1),
    Date.UTC(2026, 5, 1)
  );

const scenarios: Array<[string, Parameters<typeof panelMarkup>[0], RenderSettings]> = [
  ['three reps, arcs, dark', [attainmentFrame()], { width: 1200, height: 500 }],
  [
    'three reps, bullets, light',
    [attainmentFrame()],
    { width: 900, height: 500, theme: lightTheme, options: { gaugeStyle: 'bullet' } },
  ],
  ['edge cases, arcs', [edgeCases()], { width: 1400, height: 400 }],
  ['edge cases, bullets', [edgeCases()], { width: 1000, height: 600, options: { gaugeStyle: 'bullet' } }],
  ['30 arcs on a 1920x1080 TV', [manyGauges(30)], { width: 1920, height: 1080, theme: darkTheme }],
  ['30 bullets on a 1920x1080 TV', [manyGauges(30)], { width: 1920, height: 1080, options: { gaugeStyle: 'bullet' } }],
  ['12 arcs in a small panel', [manyGauges(12)], { width: 480, height: 320, options: { minGaugeHeight: 0 } }],
  ['one total gauge', [manyGauges(5)], { width: 600, height: 600, options: { gauges: 'total' } }],
  ['30 arcs this quarter on a 1920x1080 TV', [thisQuarter(manyGauges(30))], { width: 1920, height: 1080 }],
  ['edge cases this quarter, arcs', [thisQuarter(edgeCases())], { width: 1400, height: 400 }],
  [
    'edge cases this quarter, bullets',
    [thisQuarter(edgeCases())],
    { width: 1000, height: 600, options: { gaugeStyle: 'bullet' } },
  ],
  ['counts this month, arcs', [counts()], { width: 1200, height: 400, theme: lightTheme }],
  ['counts this month, bullets', [counts()], { width: 800, height: 500, options: { gaugeStyle: 'bullet' } }],
];

/** Loads all the scenarios' panels, one page, in headless Chromium; returns what findProblems found in each. */
function problemsInChromium(
  scenarios: Array<{ name: string; body: string; styles: string[] }>
): Promise<Record<string, { gauges: number; problems: Problem[] }>> {
  const styles = [...new Set(scenarios.flatMap((scenario) => scenario.styles))].join('\n');
  const sections = scenarios.map(({ name, body }) => `<section data-scenario="${name}">${body}</section>`).join('\n');
  const page = `<!doctype html><html><head><meta charset="utf-8"><style>${styles}</style></head><body>${sections}</body></html>`;
  const script = `(() => {
    const findProblems = ${findProblems.toString()};
    const svgTextProblems = ${svgTextProblems.toString()};
    const results = {};
    for (const section of document.querySelectorAll('section')) {
      results[section.dataset.scenario] = {
        gauges: section.querySelectorAll('[data-testid="attainment-gauge"] svg').length,
        problems: findProblems(section, svgTextProblems),
      };
    }
    return results;
  })()`;
  return evaluateInChromium(page, script, { timeoutMs: 180_000 });
}

describeInChromium('gauges in headless Chromium', () => {
  let results: Record<string, { gauges: number; problems: Problem[] }>;

  beforeAll(async () => {
    const now = jest.spyOn(Date, 'now').mockReturnValue(NOW);
    const markup = scenarios.map(([name, frames, settings]) => ({ name, ...panelMarkup(frames, settings) }));
    now.mockRestore();
    results = await problemsInChromium(markup);
  }, 240000);

  it.each(scenarios.map(([name]) => name))(
    '%s: text stays in its gauge, apart from other text and off the rings',
    (name) => {
      expect(results[name].gauges).toBeGreaterThan(0);
      expect(results[name].problems).toEqual([]);
    }
  );
});
