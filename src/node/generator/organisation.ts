import { DAY_MS, dayStart, isoDate } from './calendar';
import { personName, regionName } from './names';
import { clamp, Random } from './random';

/**
 * The sales organisation: regions, teams and territories ("slots"). A slot is a seat that one rep
 * holds at a time: when a rep leaves, the seat stays empty for a while and a new hire ramps up in it,
 * keeping the slot's customers.
 */

export interface Rep {
  index: number;
  id: string;
  name: string;
  slot: number;
  team: Team;
  hiredOn: number;
  /** Epoch ms of the first day no longer employed; null while employed at the end date. */
  leftOn: number | null;
  /** Productivity multiplier, about 0.55–1.8. */
  skill: number;
  /** Months until a new hire reaches full productivity. */
  rampMonths: number;
}

export interface Team {
  index: number;
  name: string;
  manager: string;
  region: string;
}

export interface Organisation {
  regions: string[];
  teams: Team[];
  /** For each slot, its reps in order of tenure. */
  slots: Rep[][];
  reps: Rep[];
}

export function organisationSize(scale: number): { slots: number; regions: number; teams: number } {
  const slots = Math.max(3, Math.round(46 * scale));
  const regions = scale <= 2 ? 3 : Math.round(3 * Math.sqrt(scale));
  const teams = Math.max(regions, Math.round(8 * scale));
  return { slots, regions, teams };
}

export function buildOrganisation(seed: number, scale: number, start: number, cutoff: number): Organisation {
  const random = Random.derive(seed, 1);
  const size = organisationSize(scale);
  const nameOffset = random.int(0, 1000);
  const regions = Array.from({ length: size.regions }, (_, index) => regionName(index));
  const teamNumber = new Array<number>(size.regions).fill(0);
  const teams: Team[] = Array.from({ length: size.teams }, (_, index) => {
    const region = index % size.regions;
    teamNumber[region]++;
    return {
      index,
      name: `${regions[region]} ${teamNumber[region]}`,
      // Managers take the first names of the name space and reps the ones after, so none is also a rep.
      manager: personName(index, nameOffset),
      region: regions[region],
    };
  });

  const reps: Rep[] = [];
  const newRep = (slot: number, hiredOn: number, rampMonths: number): Rep => {
    const index = reps.length;
    const rep: Rep = {
      index,
      id: `R${String(index + 1).padStart(5, '0')}`,
      name: personName(size.teams + index, nameOffset),
      slot,
      team: teams[slot % size.teams],
      hiredOn,
      leftOn: null,
      skill: clamp(random.logNormal(0, 0.28), 0.55, 1.8),
      rampMonths,
    };
    reps.push(rep);
    return rep;
  };

  const slots: Rep[][] = [];
  for (let slot = 0; slot < size.slots; slot++) {
    const holders: Rep[] = [];
    // Most seats are held at the start by someone hired years before; some are filled during the first year.
    let hiredOn = random.chance(0.85)
      ? dayStart(start - random.uniform(60, 8 * 365) * DAY_MS)
      : dayStart(start + random.uniform(0, 300) * DAY_MS);
    for (;;) {
      const rep = newRep(slot, hiredOn, random.int(3, 6));
      holders.push(rep);
      // About one rep in six leaves during the three years.
      if (!random.chance(0.17)) {
        break;
      }
      const leftOn = dayStart(Math.max(rep.hiredOn + 120 * DAY_MS, start) + random.uniform(0, 3 * 365) * DAY_MS);
      if (leftOn >= cutoff) {
        break;
      }
      rep.leftOn = leftOn;
      hiredOn = leftOn + random.int(20, 70) * DAY_MS;
      if (hiredOn >= cutoff) {
        break;
      }
    }
    slots.push(holders);
  }
  return { regions, teams, slots, reps };
}

/** The rep holding the slot on that day, if any. */
export function repOn(holders: Rep[], day: number): Rep | undefined {
  for (const rep of holders) {
    if (rep.hiredOn <= day && (rep.leftOn === null || day < rep.leftOn)) {
      return rep;
    }
  }
  return undefined;
}

/** Productivity of a rep on a day: a new hire starts at a quarter and grows linearly to full. */
export function rampFactor(rep: Rep, day: number): number {
  const months = (day - rep.hiredOn) / (30.4 * DAY_MS);
  return clamp(0.25 + (0.75 * months) / rep.rampMonths, 0.25, 1);
}

export function repRow(rep: Rep): [string, string, string, string, string, string, string | null] {
  return [
    rep.id,
    rep.name,
    rep.team.name,
    rep.team.manager,
    rep.team.region,
    isoDate(rep.hiredOn),
    rep.leftOn === null ? null : isoDate(rep.leftOn),
  ];
}

export interface Product {
  id: string;
  name: string;
  line: string;
  listPrice: number;
  /** Share of deals. */
  weight: number;
}

export const PRODUCTS: readonly Product[] = [
  { id: 'P-CORE', name: 'Core Platform', line: 'Platform', listPrice: 24000, weight: 25 },
  { id: 'P-ENT', name: 'Enterprise Suite', line: 'Platform', listPrice: 60000, weight: 8 },
  { id: 'P-INS', name: 'Insights', line: 'Analytics', listPrice: 12000, weight: 20 },
  { id: 'P-FCST', name: 'Forecasting Add-on', line: 'Analytics', listPrice: 8000, weight: 15 },
  { id: 'P-CONN', name: 'Data Connectors', line: 'Analytics', listPrice: 5000, weight: 12 },
  { id: 'P-IMPL', name: 'Implementation', line: 'Services', listPrice: 15000, weight: 12 },
  { id: 'P-TRN', name: 'Training', line: 'Services', listPrice: 3000, weight: 8 },
];

export interface Stage {
  name: string;
  position: number;
  probability: number;
  closed: boolean;
  won: boolean;
  /** Open stages: mean days spent in the stage. */
  meanDays: number;
  /** Open stages: the forecast category a deal in it usually has. */
  category: 'pipeline' | 'best_case' | 'commit';
}

export const OPEN_STAGES: readonly Stage[] = [
  { name: 'Prospecting', position: 1, probability: 0.1, closed: false, won: false, meanDays: 7, category: 'pipeline' },
  {
    name: 'Qualification',
    position: 2,
    probability: 0.2,
    closed: false,
    won: false,
    meanDays: 10,
    category: 'pipeline',
  },
  {
    name: 'Needs Analysis',
    position: 3,
    probability: 0.35,
    closed: false,
    won: false,
    meanDays: 13,
    category: 'pipeline',
  },
  { name: 'Proposal', position: 4, probability: 0.55, closed: false, won: false, meanDays: 11, category: 'best_case' },
  { name: 'Negotiation', position: 5, probability: 0.75, closed: false, won: false, meanDays: 9, category: 'commit' },
];

export const WON_STAGE = 'Closed Won';
export const LOST_STAGE = 'Closed Lost';

export function stageRows(): Array<[string, number, number, boolean, boolean]> {
  return [
    ...OPEN_STAGES.map((stage): [string, number, number, boolean, boolean] => [
      stage.name,
      stage.position,
      stage.probability,
      false,
      false,
    ]),
    [WON_STAGE, 6, 1, true, true],
    [LOST_STAGE, 7, 0, true, false],
  ];
}
