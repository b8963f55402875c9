import { SalesError, type TableId, TARGET_METRICS } from '../../sales';
import type { RowValue } from '../executors/types';
import {
  addYears,
  DAY_MS,
  dayStart,
  HOUR_MS,
  isoDate,
  isWeekend,
  monthKey,
  monthStart,
  parseIsoDate,
  weekday,
  wholeSeconds,
} from './calendar';
import { companyName, INDUSTRIES, LEAD_SOURCE_WEIGHTS, LEAD_SOURCES, LOST_REASON_WEIGHTS, LOST_REASONS } from './names';
import {
  buildOrganisation,
  LOST_STAGE,
  OPEN_STAGES,
  type Organisation,
  PRODUCTS,
  rampFactor,
  type Rep,
  repOn,
  repRow,
  stageRows,
  WON_STAGE,
} from './organisation';
import { dealerName, DealerPlans } from './dealers';
import { FeedbackReports } from './feedback';
import { clamp, Random } from './random';
import { allocate, monthlyPlan, yearPlan } from './targets';
import { compensationRows } from './compensation';

/**
 * Deterministic demo data for the warehouse contract: the same (seed, scale, end) gives the same rows,
 * whichever engine they go to. Rows stream out table-interleaved with memory bounded by the size of
 * the organisation (reps and a few bytes per customer), not by the number of rows.
 */

export interface GeneratorOptions {
  seed: number;
  /** 1 = about 50 reps, 2,000 customers and 20,000 opportunities over three years; volume grows linearly. */
  scale: number;
  /** The last day of data, YYYY-MM-DD ("today" of the demo). */
  end: string;
}

export interface GeneratedRow {
  table: TableId;
  /** The table's columns in contract order. */
  values: RowValue[];
}

const TIERS = ['A', 'B', 'C'];
const TIER_SHARE = [12, 30, 58];
const TIER_AMOUNT = [2.6, 1.3, 0.7];
const TIER_WIN = [1.1, 1.0, 0.95];
const TIER_CYCLE = [1.5, 1.1, 0.8];
const TIER_INSTALMENTS = [3, 2, 1];
const TIER_PAYMENT_TERMS = [60, 45, 30];
const CHANNELS = ['direct', 'dealer', 'online'];
const CHANNEL_SHARE = [55, 25, 20];
const CHANNEL_WIN = [1.05, 1.0, 0.85];
const MARKETING_BASE = [18000, 9000, 14000];

/**
 * Deal creation by month: a summer lull, then the run-up to the year end in September and October, so
 * that those deals (about two months from creation to close) close in Q4; quiet over the holidays.
 */
const SEASON = [0.85, 0.95, 1.05, 1.0, 1.0, 0.9, 0.85, 1.0, 1.2, 1.25, 1.1, 0.8];
const WEEKEND_FACTOR = 0.08;

/** Events per slot per working day at scale 1, calibrated to the volumes in the brief. */
const LEAD_RATE = 0.22;
const EXISTING_DEAL_RATE = 0.53;
const PRE_EXISTING_CUSTOMERS = 800;

const PRODUCT_WEIGHTS = PRODUCTS.map((product) => product.weight);
const ACTIVITY_TYPES = ['call', 'email', 'meeting', 'demo'];
const ACTIVITY_WEIGHTS = [40, 30, 15, 15];
const VISIT_OUTCOMES = ['Positive', 'Neutral', 'Follow-up needed', 'Negative'];
const VISIT_OUTCOME_WEIGHTS = [35, 35, 20, 10];
const CALL_OUTCOMES = ['Connected', 'Voicemail', 'Follow-up needed', 'Not interested'];

type TargetMetric = (typeof TARGET_METRICS)[number];

const pad = (prefix: string, value: number, width: number) => `${prefix}${String(value).padStart(width, '0')}`;
const cents = (amount: number) => Math.round(amount * 100);

/** A growable typed array indexed by customer number. */
class CustomerColumn<T extends Float64Array | Uint16Array | Uint8Array> {
  constructor(private data: T) {}
  get(index: number): number {
    return index < this.data.length ? this.data[index] : 0;
  }
  set(index: number, value: number): void {
    if (index >= this.data.length) {
      const grown = new (this.data.constructor as new (size: number) => T)(Math.max(index + 1, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[index] = value;
  }
}

interface Customer {
  number: number;
  id: string;
  tier: number;
  channel: number;
}

export function checkGeneratorOptions(options: GeneratorOptions): GeneratorOptions {
  if (!Number.isSafeInteger(options.seed) || options.seed < 0) {
    throw new SalesError(`The seed must be a whole number of 0 or more, not ${options.seed}.`, 'invalid_value');
  }
  if (
    typeof options.scale !== 'number' ||
    !Number.isFinite(options.scale) ||
    options.scale <= 0 ||
    options.scale > 10000
  ) {
    throw new SalesError(
      `The scale must be a number above 0 and at most 10000, not ${options.scale}.`,
      'invalid_value'
    );
  }
  parseIsoDate(options.end, 'end date');
  return options;
}

export function generateWarehouse(options: GeneratorOptions): WarehouseGenerator {
  return new WarehouseGenerator(checkGeneratorOptions(options));
}

export class WarehouseGenerator implements Iterable<GeneratedRow> {
  /** First day of data (UTC midnight). */
  readonly start: number;
  /** Exclusive end of data: the midnight after the end date. Nothing happens at or after it. */
  readonly cutoff: number;
  readonly organisation: Organisation;
  /** Share of the simulation done, 0..1, for progress bars. */
  progress = 0;

  private readonly seed: number;
  private readonly scale: number;
  private pending: GeneratedRow[] = [];
  private readonly counters = { opportunity: 0, lead: 0, activity: 0, invoice: 0, payment: 0, response: 0, target: 0 };
  private readonly customerCount: number[];
  private readonly customerTier = new CustomerColumn(new Uint8Array(4096));
  private readonly customerChannel = new CustomerColumn(new Uint8Array(4096));
  /** Each customer's dealer within its region (1 …), 0 when it buys directly. */
  private readonly customerDealer = new CustomerColumn(new Uint16Array(4096));
  private readonly feedback: FeedbackReports;
  private readonly dealerPlans: DealerPlans;
  /** Day of each customer's first won deal (epoch ms), 0 when none yet. */
  private readonly firstWin = new CustomerColumn(new Float64Array(4096));
  private readonly actuals: Record<TargetMetric, Map<number, number>> = {
    bookings: new Map(),
    collections: new Map(),
    new_customers: new Map(),
    visits: new Map(),
  };
  private readonly nameOffset: number;
  private readonly teamReps: Rep[][];
  /** per rep: the sum and count of monthly bookings targets, for the commission plans' target incentives */
  private readonly bookingsQuotas = new Map<string, { sum: number; months: number }>();

  constructor(options: GeneratorOptions) {
    this.seed = options.seed;
    this.scale = options.scale;
    const endDay = parseIsoDate(options.end, 'end date');
    this.cutoff = endDay + DAY_MS;
    this.start = addYears(this.cutoff, -3);
    this.organisation = buildOrganisation(this.seed, this.scale, this.start, this.cutoff);
    this.customerCount = this.organisation.slots.map(() => 0);
    this.nameOffset = Random.derive(this.seed, 2).int(0, 5000);
    this.teamReps = this.organisation.teams.map((team) => this.organisation.reps.filter((rep) => rep.team === team));
    this.feedback = new FeedbackReports(this.seed, this.cutoff);
    this.dealerPlans = new DealerPlans(this.seed);
  }

  *[Symbol.iterator](): Iterator<GeneratedRow> {
    for (const row of stageRows()) {
      yield { table: 'stages', values: row };
    }
    for (const product of PRODUCTS) {
      yield { table: 'products', values: [product.id, product.name, product.line, product.listPrice] };
    }
    for (const rep of this.organisation.reps) {
      yield { table: 'reps', values: repRow(rep) };
    }
    yield* this.drain(() => this.createPreExistingCustomers());

    const first = monthKey(this.start);
    const last = monthKey(this.cutoff - DAY_MS);
    for (let key = first; key <= last; key++) {
      const year = Math.floor(key / 12);
      const month = key % 12;
      const from = Math.max(monthStart(year, month), this.start);
      const to = Math.min(monthStart(year, month + 1), this.cutoff);
      for (let slot = 0; slot < this.organisation.slots.length; slot++) {
        const random = Random.derive(this.seed, 3, slot, key);
        for (let day = from; day < to; day += DAY_MS) {
          this.simulateDay(random, slot, day, month);
        }
        yield* this.drain();
      }
      this.marketingSpend(year, month);
      yield* this.drain();
      this.progress = (key - first + 1) / (last - first + 1);
    }
    yield* this.drain(() => this.visitPlansAfterEnd());
    yield* this.drain(() => this.targets());
    yield* this.drain(() =>
      compensationRows(this.organisation, {
        seed: this.seed,
        start: this.start,
        cutoff: this.cutoff,
        monthlyQuota: new Map([...this.bookingsQuotas].map(([rep, { sum, months }]) => [rep, sum / months])),
      }).forEach((row) => this.emit(row.table, row.values))
    );
    this.progress = 1;
  }

  private *drain(work?: () => void): Generator<GeneratedRow> {
    work?.();
    const rows = this.pending;
    this.pending = [];
    yield* rows;
  }

  private emit(table: TableId, values: RowValue[]): void {
    this.pending.push({ table, values });
  }

  // ---- customers -------------------------------------------------------------------------------

  private createPreExistingCustomers(): void {
    const random = Random.derive(this.seed, 4);
    const perSlot = Math.max(3, Math.round((PRE_EXISTING_CUSTOMERS * this.scale) / this.organisation.slots.length));
    for (let slot = 0; slot < this.organisation.slots.length; slot++) {
      for (let k = 0; k < perSlot; k++) {
        this.createCustomer(slot, wholeSeconds(this.start - random.uniform(20, 6 * 365) * DAY_MS));
      }
    }
  }

  /** Customers are numbered slot by slot, interleaved, so a slot's k-th customer needs no lookup table. */
  private customerNumber(slot: number, k: number): number {
    return slot + k * this.organisation.slots.length;
  }

  private createCustomer(slot: number, createdAt: number): Customer {
    const number = this.customerNumber(slot, this.customerCount[slot]++);
    const random = Random.derive(this.seed, 5, number);
    const tier = random.weighted(TIER_SHARE);
    const channel = random.weighted(CHANNEL_SHARE);
    const region = this.organisation.slots[slot][0].team.region;
    const dealers = Math.max(2, Math.round(3 * Math.sqrt(this.scale)));
    const customer = { number, id: pad('C', number + 1, 6), tier, channel };
    const industry = random.pick(INDUSTRIES);
    const dealer = CHANNELS[channel] === 'dealer' ? random.int(1, dealers) : 0;
    this.customerTier.set(number, tier);
    this.customerChannel.set(number, channel);
    this.customerDealer.set(number, dealer);
    this.emit('customers', [
      customer.id,
      companyName(number, this.nameOffset),
      industry,
      TIERS[tier],
      region,
      CHANNELS[channel],
      dealer ? dealerName(region, dealer) : null,
      createdAt,
    ]);
    return customer;
  }

  /** A customer the slot already has, or undefined when it has none. */
  private existingCustomer(random: Random, slot: number): Customer | undefined {
    const count = this.customerCount[slot];
    if (count === 0) {
      return undefined;
    }
    const number = this.customerNumber(slot, random.int(0, count - 1));
    return {
      number,
      id: pad('C', number + 1, 6),
      tier: this.customerTier.get(number),
      channel: this.customerChannel.get(number),
    };
  }

  // ---- one slot, one day ---------------------------------------------------------------------

  private simulateDay(random: Random, slot: number, day: number, month: number): void {
    const rep = repOn(this.organisation.slots[slot], day);
    const weekend = isWeekend(day);
    const intensity = SEASON[month] * (weekend ? WEEKEND_FACTOR : 1);
    const productivity = rep ? rampFactor(rep, day) * Math.sqrt(rep.skill) : 0;

    for (let n = random.poisson(LEAD_RATE * intensity); n > 0; n--) {
      this.lead(random, slot, rep, this.timeOfDay(random, day));
    }
    if (rep) {
      for (let n = random.poisson(EXISTING_DEAL_RATE * intensity * productivity); n > 0; n--) {
        const customer = this.existingCustomer(random, slot);
        if (customer) {
          this.opportunity(random, rep, customer, this.timeOfDay(random, day), false);
        }
      }
      if (!weekend) {
        this.visits(random, slot, rep, day);
      }
    }
  }

  /** Working hours, 08:00–18:00 UTC, in whole seconds. */
  private timeOfDay(random: Random, day: number): number {
    return wholeSeconds(day + random.uniform(8, 18) * HOUR_MS);
  }

  private lead(random: Random, slot: number, rep: Rep | undefined, createdAt: number): void {
    const id = pad('L', ++this.counters.lead, 8);
    const source = LEAD_SOURCES[random.weighted(LEAD_SOURCE_WEIGHTS)];
    const age = this.cutoff - createdAt;
    const assignedAt = wholeSeconds(createdAt + random.uniform(0.2, 20) * HOUR_MS);
    // The public pool: leads nobody has claimed (or whose territory has no rep right now).
    if (!rep || random.chance(0.12) || assignedAt >= this.cutoff) {
      const status =
        age > 45 * DAY_MS ? (random.chance(0.85) ? 'disqualified' : 'new') : random.chance(0.6) ? 'new' : 'working';
      const touched = status === 'working' ? wholeSeconds(createdAt + random.uniform(1, 72) * HOUR_MS) : null;
      this.emit('leads', [
        id,
        createdAt,
        source,
        null,
        null,
        touched !== null && touched < this.cutoff ? touched : null,
        null,
        null,
        status,
      ]);
      return;
    }
    let firstContact: number | null = random.chance(0.92)
      ? wholeSeconds(assignedAt + random.logNormal(Math.log(6 / rep.skill), 0.8) * HOUR_MS)
      : null;
    if (firstContact !== null && firstContact >= this.cutoff) {
      firstContact = null;
    }
    let status = firstContact === null ? 'new' : 'working';
    let convertedAt: number | null = null;
    let opportunityId: string | null = null;
    if (firstContact !== null && random.chance(clamp(0.3 * Math.sqrt(rep.skill), 0.1, 0.5))) {
      const at = wholeSeconds(firstContact + random.uniform(2, 20) * DAY_MS);
      if (at < this.cutoff) {
        const existing = random.chance(0.35) ? this.existingCustomer(random, slot) : undefined;
        const customer = existing ?? this.createCustomer(slot, createdAt);
        opportunityId = this.opportunity(random, rep, customer, at, existing === undefined);
        convertedAt = at;
        status = 'converted';
      }
    }
    if (status === 'working' && age > 30 * DAY_MS && random.chance(0.85)) {
      status = 'disqualified';
    }
    this.emit('leads', [id, createdAt, source, rep.id, assignedAt, firstContact, convertedAt, opportunityId, status]);
  }

  // ---- opportunities ------------------------------------------------------------------------

  private opportunity(random: Random, rep: Rep, customer: Customer, createdAt: number, newBusiness: boolean): string {
    const id = pad('O', ++this.counters.opportunity, 8);
    const product = random.chance(0.03) ? undefined : PRODUCTS[random.weighted(PRODUCT_WEIGHTS)];
    let amount =
      (product?.listPrice ?? 10000) * TIER_AMOUNT[customer.tier] * random.logNormal(0, 0.45) * (newBusiness ? 1 : 0.75);
    const winChance = clamp(
      0.3 *
        TIER_WIN[customer.tier] *
        Math.pow(rep.skill, 0.7) *
        (newBusiness ? 0.8 : 1.05) *
        CHANNEL_WIN[customer.channel],
      0.05,
      0.85
    );
    const won = random.chance(winChance);
    const path = won
      ? OPEN_STAGES.filter((stage) => stage.position !== 3 || !random.chance(0.15))
      : OPEN_STAGES.slice(0, random.weighted([35, 25, 18, 13, 9]) + 1);
    const entered: number[] = [];
    let at = createdAt;
    for (const stage of path) {
      entered.push(at);
      at = wholeSeconds(at + stage.meanDays * TIER_CYCLE[customer.tier] * random.logNormal(-0.1, 0.5) * DAY_MS);
    }
    let closeAt = this.closingTime(random, at, entered[entered.length - 1], won);
    if (won && new Date(closeAt).getUTCMonth() >= 9) {
      amount *= 1.25; // year-end deals run larger
    }
    const amountCents = Math.max(1000, Math.round(amount / 10) * 1000);
    const channel = CHANNELS[customer.channel];
    const productId = product?.id ?? null;

    const closed = closeAt < this.cutoff;
    if (closed) {
      this.feedback.recordClose(rep.team.region, closeAt, won);
    }
    let stageName: string;
    let closeDate: string | null;
    let status: string;
    let probability: number | null = null;
    let category: string;
    let lostReason: string | null = null;
    if (closed) {
      stageName = won ? WON_STAGE : LOST_STAGE;
      status = won ? 'won' : 'lost';
      closeDate = isoDate(closeAt);
      category = won ? 'closed' : 'omitted';
      lostReason = won ? null : LOST_REASONS[random.weighted(LOST_REASON_WEIGHTS)];
    } else {
      const current = entered.filter((time) => time < this.cutoff).length - 1;
      const stage = path[current];
      stageName = stage.name;
      status = 'open';
      const planned =
        path.reduce((days, s) => days + s.meanDays * TIER_CYCLE[customer.tier], 0) * random.uniform(0.8, 1.25);
      let expected = createdAt + planned * DAY_MS;
      if (expected < this.cutoff && random.chance(0.6)) {
        expected = this.cutoff + random.uniform(5, 60) * DAY_MS; // the rep moved the date out
      }
      closeDate = random.chance(0.03) ? null : isoDate(expected);
      category = random.chance(0.05)
        ? 'omitted'
        : stage.category === 'best_case' && random.chance(0.2)
          ? 'commit'
          : stage.category;
      if (random.chance(0.25)) {
        probability = Math.round(clamp(stage.probability + random.uniform(-0.1, 0.1), 0.05, 0.95) * 100) / 100;
      }
      closeAt = Number.POSITIVE_INFINITY;
    }
    this.emit('opportunities', [
      id,
      customer.id,
      rep.id,
      productId,
      channel,
      createdAt,
      closeDate,
      stageName,
      status,
      amountCents / 100,
      probability,
      category,
      lostReason,
    ]);

    for (let index = 0; index < path.length && entered[index] < this.cutoff; index++) {
      const exit = index + 1 < path.length ? entered[index + 1] : closeAt;
      this.emit('opportunity_stage_history', [id, path[index].name, entered[index], exit < this.cutoff ? exit : null]);
    }
    if (closed) {
      this.emit('opportunity_stage_history', [id, stageName, closeAt, null]);
    }
    this.dealActivities(
      random,
      rep,
      customer,
      id,
      createdAt,
      Math.min(closeAt, this.cutoff + 14 * DAY_MS),
      won && closed
    );
    if (won && closed) {
      this.won(random, rep, customer, id, closeAt, amountCents);
    }
    return id;
  }

  /**
   * When a deal closes: won deals near the start of a quarter are often pulled into the quarter
   * before (hardest into Q4), and few deals close at a weekend.
   */
  private closingTime(random: Random, natural: number, lastStageEntered: number, won: boolean): number {
    let closeAt = natural;
    const date = new Date(closeAt);
    const month = date.getUTCMonth();
    if (won && month % 3 === 0 && date.getUTCDate() <= 15 && random.chance(month === 0 ? 0.6 : 0.4)) {
      const pulled = monthStart(date.getUTCFullYear(), month) - random.uniform(0.5, 8) * DAY_MS;
      if (pulled > lastStageEntered + DAY_MS) {
        closeAt = pulled;
      }
    }
    if (isWeekend(closeAt) && random.chance(0.9)) {
      closeAt += (weekday(closeAt) === 6 ? 2 : 1) * DAY_MS;
    }
    return wholeSeconds(closeAt);
  }

  private dealActivities(
    random: Random,
    rep: Rep,
    customer: Customer,
    opportunityId: string,
    from: number,
    to: number,
    won: boolean
  ): void {
    for (let n = 1 + random.poisson(won ? 2.2 : 1.3); n > 0; n--) {
      const type = ACTIVITY_TYPES[random.weighted(ACTIVITY_WEIGHTS)];
      const at = wholeSeconds(random.uniform(from, Math.max(from, to)));
      const scheduled = type === 'meeting' || type === 'demo';
      if (at >= this.cutoff && !scheduled) {
        continue;
      }
      const done = at < this.cutoff;
      const plannedAt = scheduled ? wholeSeconds(at - random.uniform(1, 5) * DAY_MS) : null;
      const outcome = done
        ? type === 'call'
          ? random.pick(CALL_OUTCOMES)
          : VISIT_OUTCOMES[random.weighted(VISIT_OUTCOME_WEIGHTS)]
        : null;
      this.emit('activities', [
        pad('A', ++this.counters.activity, 9),
        rep.id,
        customer.id,
        opportunityId,
        type,
        plannedAt,
        done ? at : null,
        outcome,
      ]);
    }
  }

  private won(
    random: Random,
    rep: Rep,
    customer: Customer,
    opportunityId: string,
    closeAt: number,
    amountCents: number
  ): void {
    const closeDay = dayStart(closeAt);
    this.count('bookings', closeDay, amountCents);
    const dealer = this.customerDealer.get(customer.number);
    if (dealer) {
      this.dealerPlans.recordWin(rep.team.region, dealer, closeDay, amountCents);
    }
    const firstWin = this.firstWin.get(customer.number);
    if (firstWin === 0 || closeDay < firstWin) {
      if (firstWin !== 0) {
        this.count('new_customers', firstWin, -1);
      }
      this.firstWin.set(customer.number, closeDay);
      this.count('new_customers', closeDay, 1);
    }

    const instalments = clamp(TIER_INSTALMENTS[customer.tier] + random.int(-1, 0), 1, 3);
    const parts = allocate(amountCents, new Array(instalments).fill(1));
    parts.forEach((part, index) => {
      const issued = closeDay + (index * 30 + random.int(0, 4)) * DAY_MS;
      if (issued >= this.cutoff) {
        return;
      }
      const invoiceId = pad('I', ++this.counters.invoice, 8);
      const due = issued + TIER_PAYMENT_TERMS[customer.tier] * DAY_MS;
      this.emit('invoices', [invoiceId, opportunityId, customer.id, rep.id, isoDate(issued), isoDate(due), part / 100]);
      this.payments(random, invoiceId, issued, due, part);
    });

    if (random.chance(0.35)) {
      const respondedAt = wholeSeconds(closeAt + random.uniform(14, 45) * DAY_MS);
      if (respondedAt < this.cutoff) {
        const score = clamp(Math.round(random.normal(3.7 + 0.8 * (rep.skill - 1), 0.9)), 1, 5);
        const nps = random.chance(0.75)
          ? clamp(Math.round(random.normal(7.2 + (score - 3.7) * 1.3, 1.6)), 0, 10)
          : null;
        this.emit('csat_responses', [
          pad('S', ++this.counters.response, 8),
          customer.id,
          random.chance(0.9) ? rep.id : null,
          respondedAt,
          score,
          nps,
        ]);
      }
    }
  }

  /** Most pay around the due date; some in two parts, some very late, a few never. */
  private payments(random: Random, invoiceId: string, issued: number, due: number, amountCents: number): void {
    const behaviour = random.weighted([80, 10, 6, 4]);
    const earliest = issued + DAY_MS;
    const plan: Array<[number, number]> =
      behaviour === 0
        ? [[Math.max(earliest, due + Math.round(random.normal(-3, 12)) * DAY_MS), amountCents]]
        : behaviour === 1
          ? [
              [Math.max(earliest, due + random.int(-5, 5) * DAY_MS), Math.round(amountCents / 2)],
              [due + random.int(30, 60) * DAY_MS, amountCents - Math.round(amountCents / 2)],
            ]
          : behaviour === 2
            ? [[due + random.int(60, 150) * DAY_MS, amountCents]]
            : [];
    for (const [received, part] of plan) {
      if (received < this.cutoff) {
        this.emit('payments', [pad('P', ++this.counters.payment, 8), invoiceId, isoDate(received), part / 100]);
        this.count('collections', received, part);
      }
    }
  }

  // ---- visits ---------------------------------------------------------------------------------

  private visits(random: Random, slot: number, rep: Rep, day: number): void {
    const completion = clamp(0.8 + 0.1 * (rep.skill - 1), 0.6, 0.95);
    if (random.chance(0.92)) {
      for (let n = 1 + random.poisson(0.45); n > 0; n--) {
        const plannedAt = day + (8 * 60 + 30 * random.int(0, 16)) * 60_000;
        const completedAt = random.chance(completion)
          ? wholeSeconds(plannedAt + random.uniform(-20, 60) * 60_000)
          : null;
        this.visit(
          random,
          slot,
          rep,
          plannedAt,
          completedAt !== null && completedAt < this.cutoff ? completedAt : null
        );
      }
    }
    // Unplanned visits, reported the same day.
    for (let n = random.poisson(0.12); n > 0; n--) {
      this.visit(random, slot, rep, null, this.timeOfDay(random, day));
    }
  }

  private visit(random: Random, slot: number, rep: Rep, plannedAt: number | null, completedAt: number | null): void {
    const customer = this.existingCustomer(random, slot);
    const outcome = completedAt === null ? null : VISIT_OUTCOMES[random.weighted(VISIT_OUTCOME_WEIGHTS)];
    if (completedAt !== null) {
      this.count('visits', completedAt, 1);
    }
    const number = ++this.counters.activity;
    const activityId = pad('A', number, 9);
    this.emit('activities', [activityId, rep.id, customer?.id ?? null, null, 'visit', plannedAt, completedAt, outcome]);
    if (completedAt !== null) {
      const region = rep.team.region;
      const dealer = customer ? this.customerDealer.get(customer.number) : 0;
      for (const row of this.feedback.rows({
        number,
        activityId,
        repId: rep.id,
        region,
        regionIndex: this.organisation.regions.indexOf(region),
        customerId: customer?.id ?? null,
        dealer: dealer ? dealerName(region, dealer) : null,
        completedAt,
      })) {
        this.emit('visit_feedback', row);
      }
    }
  }

  /** Today's plan reaches into the next working days: planned, not yet done. */
  private visitPlansAfterEnd(): void {
    this.organisation.slots.forEach((holders, slot) => {
      const random = Random.derive(this.seed, 6, slot);
      const rep = repOn(holders, this.cutoff - DAY_MS);
      if (!rep) {
        return;
      }
      for (let day = this.cutoff; day < this.cutoff + 7 * DAY_MS; day += DAY_MS) {
        if (!isWeekend(day)) {
          for (let n = 1 + random.poisson(0.45); n > 0; n--) {
            this.visit(random, slot, rep, day + (8 * 60 + 30 * random.int(0, 16)) * 60_000, null);
          }
        }
      }
    });
  }

  private count(metric: TargetMetric, at: number, value: number): void {
    const key = monthKey(at);
    const map = this.actuals[metric];
    map.set(key, (map.get(key) ?? 0) + value);
  }

  // ---- marketing and targets ---------------------------------------------------------------

  private marketingSpend(year: number, month: number): void {
    const random = Random.derive(this.seed, 7, year * 12 + month);
    const from = monthStart(year, month);
    const to = monthStart(year, month + 1) - DAY_MS;
    CHANNELS.forEach((channel, index) => {
      const amount = MARKETING_BASE[index] * this.scale * SEASON[month] * random.logNormal(0, 0.12);
      this.emit('marketing_spend', [isoDate(from), isoDate(to), channel, Math.max(1, cents(amount)) / 100]);
    });
  }

  /**
   * Plans for every month of each calendar year the data touches: the year's plan is the year's
   * actual pace (annualised by the plan's own month weights) raised by 3–12 %, then split top-down.
   */
  private targets(): void {
    const firstYear = new Date(this.start).getUTCFullYear();
    const lastYear = new Date(this.cutoff - DAY_MS).getUTCFullYear();
    for (const metric of TARGET_METRICS) {
      for (let year = firstYear; year <= lastYear; year++) {
        const random = Random.derive(this.seed, 8, year, TARGET_METRICS.indexOf(metric));
        const actuals = this.actuals[metric];
        const plan = yearPlan(
          year,
          this.start,
          this.cutoff,
          (key) => actuals.get(key) ?? 0,
          random.uniform(1.03, 1.12)
        );
        monthlyPlan(plan).forEach((total, month) => this.monthTargets(metric, year, month, total));
      }
    }
    for (const row of this.dealerPlans.targets(this.start, this.cutoff)) {
      this.emit('targets', [pad('T', ++this.counters.target, 8), ...row]);
    }
  }

  private monthTargets(metric: TargetMetric, year: number, month: number, total: number): void {
    const from = monthStart(year, month);
    const to = monthStart(year, month + 1);
    const capacity = (rep: Rep) => {
      const active = Math.min(to, rep.leftOn ?? to) - Math.max(from, rep.hiredOn);
      return active > 0 ? (active / (to - from)) * rampFactor(rep, (from + to) / 2) : 0;
    };
    const { regions, teams, reps } = this.organisation;
    const repCapacity = reps.map(capacity);
    const teamCapacity = this.teamReps.map((members) => sum(members.map((rep) => repCapacity[rep.index])));
    const money = metric === 'bookings' || metric === 'collections';
    const row = (level: { rep?: string; team?: string; region?: string }, value: number) =>
      this.emit('targets', [
        pad('T', ++this.counters.target, 8),
        metric,
        isoDate(from),
        isoDate(to - DAY_MS),
        level.rep ?? null,
        level.team ?? null,
        level.region ?? null,
        null,
        money ? value / 100 : value,
        null,
      ]);

    row({}, total);
    const regionTeams = regions.map((region) => teams.filter((team) => team.region === region));
    const regionTotals = allocate(
      total,
      regionTeams.map((members) => sum(members.map((team) => teamCapacity[team.index])))
    );
    regions.forEach((region, r) => {
      row({ region }, regionTotals[r]);
      const members = regionTeams[r];
      const teamTotals = allocate(
        regionTotals[r],
        members.map((team) => teamCapacity[team.index])
      );
      members.forEach((team, t) => {
        row({ team: team.name }, teamTotals[t]);
        const active = this.teamReps[team.index].filter((rep) => repCapacity[rep.index] > 0);
        // A team with nobody in post all month still passes its share on, evenly, so the levels add up.
        const teamReps = active.length > 0 ? active : this.teamReps[team.index];
        const repTotals = allocate(
          teamTotals[t],
          teamReps.map((rep) => repCapacity[rep.index])
        );
        teamReps.forEach((rep, k) => {
          row({ rep: rep.id }, repTotals[k]);
          if (metric === 'bookings') {
            const quota = this.bookingsQuotas.get(rep.id) ?? { sum: 0, months: 0 };
            this.bookingsQuotas.set(rep.id, { sum: quota.sum + repTotals[k] / 100, months: quota.months + 1 });
          }
        });
      });
    });
  }
}

function sum(values: number[]): number {
  return values.reduce((acc, value) => acc + value, 0);
}
