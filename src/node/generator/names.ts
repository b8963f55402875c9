/** Word lists for believable demo names. Names are built from an index, so they are unique and need no memory. */

const FIRST_NAMES = [
  'Alice',
  'Ben',
  'Chloe',
  'Daniel',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ingrid',
  'Jamal',
  'Kira',
  'Liam',
  'Mei',
  'Noah',
  'Olivia',
  'Pablo',
  'Quinn',
  'Rosa',
  'Samir',
  'Tara',
  'Umar',
  'Vera',
  'Wei',
  'Xenia',
  'Yusuf',
  'Zoe',
  'Aaron',
  'Bianca',
  'Carlos',
  'Divya',
  'Emil',
  'Fatima',
  'Gustav',
  'Hana',
  'Ivan',
  'Julia',
  'Kofi',
  'Lena',
  'Marco',
  'Nadia',
];

const LAST_NAMES = [
  'Anderson',
  'Brooks',
  'Chen',
  'Dubois',
  'Evans',
  'Fischer',
  'Garcia',
  'Hansen',
  'Ito',
  'Jensen',
  'Kowalski',
  'Li',
  'Martin',
  'Nakamura',
  'Okafor',
  'Patel',
  'Quintero',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Usman',
  'Varga',
  'Wang',
  'Xu',
  'Yamada',
  'Zhang',
  'Almeida',
  'Berg',
  'Costa',
  'Das',
  'Eriksson',
  'Fontaine',
  'Gupta',
  'Horvat',
  'Iqbal',
  'Jovanovic',
  'Kim',
  'Larsen',
  'Moreau',
  'Novak',
];

const COMPANY_FIRST = [
  'North',
  'Blue',
  'Silver',
  'Green',
  'Bright',
  'Summit',
  'Harbor',
  'Iron',
  'Golden',
  'Red',
  'Pacific',
  'Atlas',
  'Cedar',
  'Delta',
  'Eagle',
  'Falcon',
  'Granite',
  'Horizon',
  'Lotus',
  'Maple',
  'Nova',
  'Orchid',
  'Pioneer',
  'Quartz',
  'River',
  'Sterling',
  'Titan',
  'Union',
  'Vertex',
  'Willow',
];

const COMPANY_SECOND = [
  'Logistics',
  'Foods',
  'Motors',
  'Health',
  'Systems',
  'Textiles',
  'Energy',
  'Retail',
  'Pharma',
  'Robotics',
  'Labs',
  'Builders',
  'Media',
  'Farms',
  'Metals',
  'Clinics',
  'Software',
  'Freight',
  'Hotels',
  'Plastics',
];

const COMPANY_SUFFIX = ['Ltd', 'Inc', 'Group', 'GmbH', 'Co', 'SA', 'AG', 'Holdings'];

const REGION_NAMES = [
  'North',
  'South',
  'East',
  'West',
  'Central',
  'Coastal',
  'Highlands',
  'Metro',
  'Islands',
  'Valley',
];

/** An injective mapping of index to a pair of list entries, shifted by the seed so each seed names differently. */
function combine(index: number, offset: number, lists: ReadonlyArray<readonly string[]>): string {
  let rest = index + offset;
  const words: string[] = [];
  for (const list of lists) {
    words.push(list[rest % list.length]);
    rest = Math.floor(rest / list.length);
  }
  return rest > 0 ? `${words.join(' ')} ${rest + 1}` : words.join(' ');
}

export function personName(index: number, offset: number): string {
  return combine(index, offset, [FIRST_NAMES, LAST_NAMES]);
}

export function companyName(index: number, offset: number): string {
  return combine(index, offset, [COMPANY_FIRST, COMPANY_SECOND, COMPANY_SUFFIX]);
}

export function regionName(index: number): string {
  return index < REGION_NAMES.length ? REGION_NAMES[index] : `Region ${index + 1}`;
}

export const INDUSTRIES = [
  'Manufacturing',
  'Retail',
  'Healthcare',
  'Financial services',
  'Technology',
  'Logistics',
  'Education',
  'Public sector',
  'Energy',
  'Hospitality',
];

export const LEAD_SOURCES = ['Website', 'Referral', 'Trade show', 'Partner', 'Outbound', 'Webinar', 'Advertising'];
export const LEAD_SOURCE_WEIGHTS = [30, 15, 10, 12, 18, 8, 7];

export const LOST_REASONS = ['Price', 'Competitor', 'No decision', 'Timing', 'Budget', 'Product fit'];
export const LOST_REASON_WEIGHTS = [25, 22, 20, 13, 12, 8];
