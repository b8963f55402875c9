/*
 * How the funnel looks, checked in a real headless Chromium with real fonts: no text leaves its
 * funnel, overlaps another text, or (names and figures) lies on a stage's shape, at the sizes of a
 * dashboard panel and of a wall display. The panel is rendered as in the other tests; the page,
 * with a script that measures it, is loaded by `chromium --headless --dump-dom`, which prints the
 * page with the script's findings. Skipped, saying so, where no Chromium is installed; set
 * CHROMIUM_PATH to use one elsewhere.
 */
import { createTheme, type DataFrame, FieldType } from '@grafana/data';

import { describeInChromium, evaluateInChromium } from '../../testing/chromium';
import { svgTextProblems } from '../../testing/svgTextChecks';
import { dataSourceFunnelFrame, longFrame, prepare, snapshotFunnelFrame } from './testing/frames';
import { type PageSettings, panelPage } from './testing/page';

interface Finding {
  funnel: string;
  problem: string;
}

interface Measured {
  funnels: number;
  texts: number;
  smallestValueFont: number;
  findings: Finding[];
}

/** Runs in the page: what is wrong with the text of every funnel. */
function measure(textProblems: typeof svgTextProblems): Measured {
  const findings: Finding[] = [];
  let texts = 0;
  let smallestValueFont = Infinity;
  const samples = (box: DOMRect) => {
    const points: Array<[number, number]> = [];
    for (const fx of [0.02, 0.25, 0.5, 0.75, 0.98]) {
      for (const fy of [0.2, 0.5, 0.8]) {
        points.push([box.x + fx * box.width, box.y + fy * box.height]);
      }
    }
    return points;
  };
  const svgs = Array.from(document.querySelectorAll<SVGSVGElement>('svg[role="list"]'));
  for (const svg of svgs) {
    const funnel = svg.getAttribute('aria-label') ?? '?';
    const labels = Array.from(svg.querySelectorAll<SVGTextElement>('text')).map((element) => ({
      element,
      box: element.getBBox(),
      onShape: element.getAttribute('text-anchor') === 'middle' && Boolean(element.getAttribute('stroke-width')),
    }));
    texts += labels.length;
    for (const { element, onShape } of labels) {
      if (onShape) {
        smallestValueFont = Math.min(smallestValueFont, Number(element.getAttribute('font-size')));
      }
    }
    for (const problem of textProblems(svg, labels, 'the funnel')) {
      findings.push({ funnel, problem });
    }
    const shapes = Array.from(svg.querySelectorAll<SVGPathElement>('path.funnel-stage-shape'));
    for (const { element, box } of labels.filter((label) => !label.onShape)) {
      for (const shape of shapes) {
        const hit = samples(box).some(([x, y]) => {
          const point = svg.createSVGPoint();
          point.x = x;
          point.y = y;
          return shape.isPointInFill(point);
        });
        if (hit) {
          findings.push({ funnel, problem: `"${element.textContent}" lies on a stage` });
          break;
        }
      }
    }
  }
  // a snapshot's caption is read whole (not cut short) and above the funnels
  const caption = document.querySelector<HTMLElement>('[data-testid="funnel-caption"]');
  if (caption) {
    if (caption.scrollWidth > caption.clientWidth) {
      findings.push({ funnel: 'caption', problem: `"${caption.textContent}" is cut short` });
    }
    const bottom = caption.getBoundingClientRect().bottom;
    if (svgs.some((svg) => svg.getBoundingClientRect().top < bottom - 0.5)) {
      findings.push({ funnel: 'caption', problem: `"${caption.textContent}" overlaps a funnel` });
    }
  }
  return { funnels: svgs.length, texts, smallestValueFont, findings };
}

const measureInChromium = (html: string, width: number, height: number) =>
  evaluateInChromium<Measured>(html, `(${measure.toString()})(${svgTextProblems.toString()})`, {
    width,
    height,
    timeoutMs: 90_000,
  });

const stages = (count: number) => Array.from({ length: count }, (_, i) => `Stage number ${i + 1}`);

function grouped(): DataFrame[] {
  const regions = ['North-east region', 'South', 'West', 'Central'];
  const names = ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won'];
  return prepare([
    {
      fields: [
        { name: 'region', type: FieldType.string, values: regions.flatMap((region) => names.map(() => region)) },
        { name: 'stage', type: FieldType.string, values: regions.flatMap(() => names) },
        {
          name: 'value',
          type: FieldType.number,
          values: regions.flatMap((_, r) => names.map((_, s) => Math.round(1200 / (r + 1) / (s + 1)))),
          config: { unit: 'currencyUSD', decimals: 0 },
        },
        {
          name: 'value_previous',
          type: FieldType.number,
          values: regions.flatMap((_, r) => names.map((_, s) => Math.round(1000 / (r + 1) / (s + 1.3)))),
          config: { unit: 'currencyUSD', decimals: 0 },
        },
      ],
    },
  ]);
}

const light = createTheme({ colors: { mode: 'light' } });

const scenarios: Array<[string, DataFrame[], PageSettings]> = [
  ['data source frame, 600x400', prepare([dataSourceFunnelFrame()]), { width: 600, height: 400 }],
  [
    'data source frame, 1920x1080 wall, light',
    prepare([dataSourceFunnelFrame()]),
    { width: 1920, height: 1080, theme: light },
  ],
  [
    'horizontal, 600x400',
    prepare([dataSourceFunnelFrame()]),
    { width: 600, height: 400, options: { orientation: 'horizontal' } },
  ],
  [
    'horizontal bars, 1920x1080',
    prepare([dataSourceFunnelFrame()]),
    { width: 1920, height: 1080, options: { orientation: 'horizontal', shape: 'bar' } },
  ],
  [
    'amounts in dollars, text size 2',
    prepare([dataSourceFunnelFrame()]),
    { width: 600, height: 400, options: { valueField: 'amount', textScale: 2 } },
  ],
  [
    'long names, narrow panel',
    prepare([
      longFrame(
        [90000, 41000, 12000],
        ['Marketing qualified lead from a webinar', 'Sales accepted lead', 'Closed won']
      ),
    ]),
    { width: 360, height: 300 },
  ],
  [
    'Chinese names',
    prepare([longFrame([500, 200, 80], ['线索', '商机报价阶段', '赢单'])]),
    { width: 600, height: 400 },
  ],
  ['zero first stage', prepare([longFrame([0, 0, 3])]), { width: 600, height: 400 }],
  [
    '12 bars, 600x400',
    prepare([
      longFrame(
        Array.from({ length: 12 }, (_, i) => 1200 - i * 100),
        stages(12)
      ),
    ]),
    { width: 600, height: 400, options: { shape: 'bar' } },
  ],
  [
    '50 stages on a wall',
    prepare([
      longFrame(
        Array.from({ length: 50 }, (_, i) => 5000 - i * 100),
        stages(50)
      ),
    ]),
    { width: 1920, height: 1080 },
  ],
  ['snapshot of open deals, 600x400', prepare([snapshotFunnelFrame()]), { width: 600, height: 400 }],
  [
    'snapshot of open pipeline, 1920x1080 wall, light',
    prepare([snapshotFunnelFrame('amount')]),
    { width: 1920, height: 1080, theme: light },
  ],
  [
    'snapshot, horizontal, narrow panel',
    prepare([snapshotFunnelFrame()]),
    { width: 320, height: 300, options: { orientation: 'horizontal' } },
  ],
  ['4 groups with comparison, 1200x600', grouped(), { width: 1200, height: 600 }],
  [
    '4 groups horizontal, 1920x1080, shared scale',
    grouped(),
    { width: 1920, height: 1080, options: { orientation: 'horizontal', scale: 'shared' } },
  ],
];

describeInChromium('funnels in headless Chromium', () => {
  it.each(scenarios)(
    '%s: text stays in its funnel, apart from other text and off the stages',
    async (_name, series, settings) => {
      const measured = await measureInChromium(panelPage(series, settings), settings.width, settings.height);
      expect(measured.funnels).toBeGreaterThan(0);
      expect(measured.texts).toBeGreaterThan(0);
      expect(measured.findings).toEqual([]);
    }
  );

  it('sets numerals a room can read: at least 40 px at 600x400 and 100 px at 1920x1080 for four stages', async () => {
    const small = await measureInChromium(
      panelPage(prepare([dataSourceFunnelFrame()]), { width: 600, height: 400 }),
      600,
      400
    );
    const wall = await measureInChromium(
      panelPage(prepare([dataSourceFunnelFrame()]), { width: 1920, height: 1080 }),
      1920,
      1080
    );
    expect(small.smallestValueFont).toBeGreaterThanOrEqual(40);
    expect(wall.smallestValueFont).toBeGreaterThanOrEqual(100);
  });
});
