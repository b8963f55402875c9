import type { RowValue } from '../executors/types';
import { DAY_MS, HOUR_MS, monthKey, wholeSeconds } from './calendar';
import { PRODUCTS } from './organisation';
import { clamp, Random } from './random';

/**
 * Market feedback written in the daily visit reports (市场状况反映表): on a share of completed visits
 * the rep notes what the customer, a competitor, the dealer, prices, the product or deliveries are
 * doing. Sentiment leans with the region's win rate over the three months before (a region that wins
 * hears more good news); issues with a severity are mostly resolved after some days, some stay open.
 * Every draw comes from a stream derived from the visit's number, so adding feedback leaves every
 * other table as it was.
 */

export const COMPETITORS = ['Helios Analytics', 'Vantage Cloud', 'Orbitra', 'NimbusWorks', 'Quanta Systems'] as const;
/** How often each competitor comes up; each region's main rival is the list rotated by the region's index. */
const COMPETITOR_WEIGHTS = [34, 24, 18, 14, 10];

const CATEGORIES = ['customer_opinion', 'competitor', 'dealer', 'price', 'product_issue', 'logistics'] as const;
type Category = (typeof CATEGORIES)[number];
const CATEGORY_WEIGHTS: Record<Category, number> = {
  customer_opinion: 30,
  competitor: 22,
  dealer: 22,
  price: 16,
  product_issue: 12,
  logistics: 7,
};

/** Share of completed visits whose report carries feedback, and of those a second row. */
const FEEDBACK_SHARE = 0.34;
const SECOND_ROW_SHARE = 0.15;

/** Sentiment weights [negative, neutral, positive] per category before the region's lean. */
const SENTIMENT: Record<Category, [number, number, number]> = {
  customer_opinion: [20, 35, 45],
  competitor: [50, 35, 15],
  dealer: [40, 35, 25],
  price: [55, 35, 10],
  product_issue: [75, 20, 5],
  logistics: [70, 25, 5],
};

/** Severity weights [none, low, medium, high] per category, for feedback that is not good news. */
const SEVERITY: Record<Category, [number, number, number, number]> = {
  customer_opinion: [80, 15, 5, 0],
  competitor: [25, 30, 30, 15],
  dealer: [15, 40, 35, 10],
  price: [20, 30, 40, 10],
  product_issue: [0, 25, 40, 35],
  logistics: [0, 30, 45, 25],
};
const SEVERITIES = [null, 'low', 'medium', 'high'] as const;

/**
 * Per severity: the median days to a resolution, and the share left lying until someone chases it
 * (four to ten times as long). Open issues are then mostly the recent ones, plus a few old ones
 * that a manager should chase.
 */
const RESOLUTION: Record<string, { medianDays: number; late: number }> = {
  high: { medianDays: 4, late: 0.05 },
  medium: { medianDays: 8, late: 0.1 },
  low: { medianDays: 14, late: 0.15 },
};

/** The win rate sentiment is neutral at, and how strongly it leans per point of win rate away from it. */
const NEUTRAL_WIN_RATE = 0.3;
const LEAN_PER_POINT = 5;
const TRAILING_MONTHS = 3;
/** Fewer closes than this (the first months of data) say nothing about a region: no lean. */
const MIN_CLOSES = 30;

/** What reps write, by category and sentiment (negative, neutral, positive). */
const TEXTS: Record<Category, [string[], string[], string[]]> = {
  customer_opinion: [
    [
      'The customer finds reporting slow at month end and asked for a fix.',
      'Users say {product} is hard to learn; adoption has stalled.',
      'The new IT director questions the renewal and wants a business review.',
    ],
    [
      'The customer asked about the roadmap for {product}.',
      'They want more training for new staff before the busy season.',
      'Budget for next year is not decided yet; they will know in {days} weeks.',
    ],
    [
      'Management is pleased with the last rollout and asked about the roadmap.',
      'Good feedback on support response times; they would act as a reference.',
      'They plan to extend to two more sites next year if the budget is approved.',
      'The team uses {product} every day and wants to add more users.',
    ],
  ],
  competitor: [
    [
      '{competitor} offered {percent}% off a three-year contract for {product}.',
      '{competitor} is bundling implementation at no charge.',
      '{competitor} ran a free pilot at the customer last month.',
    ],
    [
      'The buyer compared us with {competitor} and asked for a feature list.',
      '{competitor} has a new local partner calling on our accounts.',
      'The customer attended a {competitor} webinar; no change of plans so far.',
    ],
    [
      'The customer dropped {competitor} after their pilot; they prefer our support.',
      '{competitor} lost the tender here on price and integration.',
    ],
  ],
  dealer: [
    [
      '{dealer} is slow to pass on leads from this account.',
      '{dealer} quoted a price different from our list.',
      '{dealer} has no demo licences left this quarter.',
    ],
    [
      'The customer wants to buy directly instead of through {dealer}.',
      '{dealer} asked for joint visits to this account.',
    ],
    [
      '{dealer} delivered the training well; the customer is satisfied.',
      '{dealer} brought us a second project at this customer.',
    ],
  ],
  price: [
    [
      'The customer says {product} is {percent}% above their budget.',
      'The price increase at renewal was not expected; they want it phased in.',
      '{competitor} is {percent}% cheaper on a like-for-like quote.',
    ],
    [
      'Procurement asks for volume pricing before renewal.',
      'They want the price list for next year before the budget round.',
    ],
    ['The customer accepted the new price list without discussion.'],
  ],
  product_issue: [
    [
      'Exports from {product} fail on large files since the last update.',
      'Login problems for remote users of {product} for {days} days.',
      'A report in {product} shows different totals from the invoice.',
      'The connector to their ERP drops records overnight.',
    ],
    ['The customer reported a slow screen in {product}; a workaround helps for now.'],
    ['The fix for last month’s {product} issue works; the customer thanked support.'],
  ],
  logistics: [
    [
      'Licence keys arrived {days} days late.',
      'Hardware for the onsite install was held at customs.',
      'The invoice went to the wrong entity; payment is held up.',
      'The installation slot was moved twice by our side.',
    ],
    ['The customer asked to move the installation by a week.'],
    ['Delivery and installation went as planned.'],
  ],
};

/** A visit report the feedback is written in. */
export interface CompletedVisit {
  /** the visit's running number, which seeds its feedback */
  number: number;
  activityId: string;
  repId: string;
  region: string;
  regionIndex: number;
  customerId: string | null;
  /** the customer's dealer, if it buys through one */
  dealer: string | null;
  completedAt: number;
}

export class FeedbackReports {
  private count = 0;
  /** won and lost deals per region and close month */
  private readonly closes = new Map<string, { won: number; lost: number }>();

  constructor(
    private readonly seed: number,
    /** nothing is reported at or after it */
    private readonly cutoff: number
  ) {}

  /** A deal closed (won or lost) in a region: the win rates sentiment leans with. */
  recordClose(region: string, closeAt: number, won: boolean): void {
    const key = `${region}|${monthKey(closeAt)}`;
    const counts = this.closes.get(key) ?? { won: 0, lost: 0 };
    counts[won ? 'won' : 'lost']++;
    this.closes.set(key, counts);
  }

  /**
   * The region's win rate over the whole months before this one. The simulation runs month by
   * month, so every deal closing in them has been generated by then.
   */
  winRate(region: string, at: number): number | null {
    const month = monthKey(at);
    let won = 0;
    let lost = 0;
    for (let key = month - TRAILING_MONTHS; key < month; key++) {
      const counts = this.closes.get(`${region}|${key}`);
      won += counts?.won ?? 0;
      lost += counts?.lost ?? 0;
    }
    return won + lost >= MIN_CLOSES ? won / (won + lost) : null;
  }

  /** The feedback rows of one completed visit (none for most), in contract column order. */
  rows(visit: CompletedVisit): RowValue[][] {
    const random = Random.derive(this.seed, 11, visit.number);
    if (!random.chance(FEEDBACK_SHARE)) {
      return [];
    }
    const rows: RowValue[][] = [];
    const winRate = this.winRate(visit.region, visit.completedAt);
    const lean = winRate === null ? 0 : clamp((winRate - NEUTRAL_WIN_RATE) * LEAN_PER_POINT, -0.7, 0.7);
    for (let n = random.chance(SECOND_ROW_SHARE) ? 2 : 1; n > 0; n--) {
      const reportedAt = wholeSeconds(visit.completedAt + random.uniform(0.2, 5) * HOUR_MS);
      if (reportedAt >= this.cutoff) {
        break;
      }
      rows.push(this.row(random, visit, reportedAt, lean));
    }
    return rows;
  }

  private row(random: Random, visit: CompletedVisit, reportedAt: number, lean: number): RowValue[] {
    const weights = CATEGORIES.map((category) =>
      category === 'dealer' && visit.dealer === null ? 0 : CATEGORY_WEIGHTS[category]
    );
    const category = CATEGORIES[random.weighted(weights)];
    const [negative, neutral, positive] = SENTIMENT[category];
    const sentiment = random.weighted([negative * (1 - lean), neutral, positive * (1 + lean)]) - 1;
    const competitor =
      category === 'competitor' || (category === 'price' && random.chance(0.4))
        ? COMPETITORS[(random.weighted(COMPETITOR_WEIGHTS) + visit.regionIndex) % COMPETITORS.length]
        : null;
    const product = random.chance(0.55) ? PRODUCTS[random.weighted(PRODUCTS.map((p) => p.weight))] : undefined;
    const severity = sentiment > 0 ? null : SEVERITIES[random.weighted(SEVERITY[category])];
    const template = random.pick(TEXTS[category][sentiment + 1]);
    const text = template
      .replace('{product}', product?.name ?? 'the platform')
      .replace('{competitor}', competitor ?? 'A competitor')
      .replace('{dealer}', visit.dealer ?? 'The dealer')
      .replace('{percent}', String(5 * random.int(2, 6)))
      .replace('{days}', String(random.int(2, 12)));
    let resolvedAt: number | null = null;
    if (severity !== null) {
      const { medianDays, late } = RESOLUTION[severity];
      const days = random.logNormal(Math.log(medianDays), 0.8) * (random.chance(late) ? random.uniform(4, 10) : 1);
      const at = wholeSeconds(reportedAt + Math.max(0.1, days) * DAY_MS);
      resolvedAt = at < this.cutoff ? at : null;
    }
    return [
      `F${String(++this.count).padStart(9, '0')}`,
      visit.activityId,
      visit.repId,
      visit.customerId,
      reportedAt,
      category,
      competitor,
      product?.id ?? null,
      sentiment,
      severity,
      text,
      resolvedAt,
    ];
  }
}
