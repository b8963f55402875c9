/** Word lists for believable demo names. Names are built from an index, so they are unique and need no memory. */

/**
 * People's names by origin, as a sales force with staff from many places would have them: each rep
 * gets a first name and a surname of the same origin, and consecutive reps come from different
 * origins, so that neighbours in a list or a team share no surname. Each origin has 12 first names and
 * 11 surnames: 12 and 11 have no common factor, so the first 132 people of an origin all differ in
 * their (first name, surname) pair while both names change from one to the next. ASCII only, as a
 * warehouse's default character set may be.
 */
const ORIGINS: ReadonlyArray<{ first: readonly string[]; last: readonly string[] }> = [
  {
    first: [
      'James',
      'Emily',
      'Michael',
      'Sarah',
      'David',
      'Laura',
      'Ryan',
      'Megan',
      'Thomas',
      'Hannah',
      'Andrew',
      'Rachel',
    ],
    last: [
      'Walker',
      'Bennett',
      'Collins',
      'Hughes',
      'Parker',
      'Reed',
      'Foster',
      'Mitchell',
      'Turner',
      'Campbell',
      'Sullivan',
    ],
  },
  {
    first: [
      'Carlos',
      'Lucia',
      'Javier',
      'Sofia',
      'Diego',
      'Valentina',
      'Mateo',
      'Camila',
      'Andres',
      'Isabel',
      'Alejandro',
      'Mariana',
    ],
    last: [
      'Garcia',
      'Martinez',
      'Rodriguez',
      'Lopez',
      'Hernandez',
      'Morales',
      'Ortiz',
      'Castillo',
      'Romero',
      'Navarro',
      'Vargas',
    ],
  },
  {
    first: ['Wei', 'Mei', 'Jun', 'Xin', 'Hao', 'Ling', 'Bo', 'Yan', 'Lei', 'Fang', 'Tao', 'Jing'],
    last: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Zhou', 'Wu', 'Xu'],
  },
  {
    first: [
      'Arjun',
      'Priya',
      'Rahul',
      'Ananya',
      'Vikram',
      'Kavya',
      'Rohan',
      'Divya',
      'Aditya',
      'Neha',
      'Sanjay',
      'Pooja',
    ],
    last: ['Patel', 'Sharma', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Mehta', 'Rao', 'Kapoor', 'Desai', 'Joshi'],
  },
  {
    first: ['Kwame', 'Amara', 'Chinedu', 'Ngozi', 'Kofi', 'Abena', 'Tunde', 'Adaeze', 'Sekou', 'Fatou', 'Emeka', 'Yaa'],
    last: ['Mensah', 'Okafor', 'Adeyemi', 'Boateng', 'Diallo', 'Owusu', 'Nwosu', 'Asante', 'Traore', 'Eze', 'Balogun'],
  },
  {
    first: [
      'Lukas',
      'Anna',
      'Jonas',
      'Lena',
      'Felix',
      'Sofie',
      'Erik',
      'Ingrid',
      'Matthias',
      'Katrin',
      'Nils',
      'Freya',
    ],
    last: [
      'Muller',
      'Schmidt',
      'Weber',
      'Hansen',
      'Larsen',
      'Lindqvist',
      'Becker',
      'Nilsson',
      'Berg',
      'Fischer',
      'Wagner',
    ],
  },
  {
    first: [
      'Omar',
      'Layla',
      'Karim',
      'Yasmin',
      'Tariq',
      'Nadia',
      'Samir',
      'Leila',
      'Youssef',
      'Rania',
      'Khalid',
      'Salma',
    ],
    last: [
      'Haddad',
      'Khalil',
      'Mansour',
      'Nasser',
      'Saleh',
      'Aziz',
      'Farouk',
      'Hamdan',
      'Rahman',
      'Darwish',
      'Sabbagh',
    ],
  },
  {
    first: ['Haruto', 'Yuki', 'Kenji', 'Aiko', 'Takeshi', 'Mika', 'Ren', 'Sakura', 'Daiki', 'Emi', 'Sota', 'Nanami'],
    last: [
      'Sato',
      'Suzuki',
      'Takahashi',
      'Tanaka',
      'Watanabe',
      'Ito',
      'Yamamoto',
      'Nakamura',
      'Kobayashi',
      'Kato',
      'Yoshida',
    ],
  },
  {
    first: [
      'Luca',
      'Giulia',
      'Marco',
      'Chiara',
      'Matteo',
      'Elena',
      'Davide',
      'Francesca',
      'Alessandro',
      'Sara',
      'Paolo',
      'Martina',
    ],
    last: [
      'Rossi',
      'Russo',
      'Ferrari',
      'Esposito',
      'Bianchi',
      'Romano',
      'Colombo',
      'Ricci',
      'Marino',
      'Greco',
      'Conti',
    ],
  },
  {
    first: [
      'Minjun',
      'Seoyeon',
      'Jiho',
      'Haeun',
      'Jaewon',
      'Sua',
      'Donghyun',
      'Yejin',
      'Sungmin',
      'Hyejin',
      'Taeyang',
      'Eunji',
    ],
    last: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han'],
  },
  {
    first: [
      'Joao',
      'Ana',
      'Pedro',
      'Beatriz',
      'Rafael',
      'Larissa',
      'Gabriel',
      'Fernanda',
      'Thiago',
      'Juliana',
      'Lucas',
      'Renata',
    ],
    last: [
      'Silva',
      'Santos',
      'Oliveira',
      'Souza',
      'Costa',
      'Pereira',
      'Almeida',
      'Ferreira',
      'Ribeiro',
      'Carvalho',
      'Gomes',
    ],
  },
  {
    first: [
      'Piotr',
      'Katarzyna',
      'Tomasz',
      'Agnieszka',
      'Marek',
      'Magdalena',
      'Pawel',
      'Joanna',
      'Krzysztof',
      'Ewa',
      'Jakub',
      'Zofia',
    ],
    last: [
      'Nowak',
      'Wojcik',
      'Mazur',
      'Krawczyk',
      'Kaczmarek',
      'Zajac',
      'Krol',
      'Wieczorek',
      'Wrobel',
      'Pawlak',
      'Walczak',
    ],
  },
];

const PAIRS_PER_ORIGIN = 12 * 11;
const MIDDLE_INITIALS = 'ABCDEFGHJKLMNPRSTW';

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

/**
 * The person numbered `index` (names shift with `offset`, so that each seed names differently). One-to-one:
 * past the 1,584 plain names come the same names with a middle initial, then with a number.
 */
export function personName(index: number, offset: number): string {
  const number = index + offset;
  const originIndex = number % ORIGINS.length;
  const origin = ORIGINS[originIndex];
  const inOrigin = Math.floor(number / ORIGINS.length);
  // shifted by the origin, so that neighbours do not all take the same place in their lists (women and
  // men alternate in each list)
  const pair = (inOrigin + originIndex) % PAIRS_PER_ORIGIN;
  const round = Math.floor(inOrigin / PAIRS_PER_ORIGIN);
  const first = origin.first[pair % origin.first.length];
  const last = origin.last[pair % origin.last.length];
  if (round === 0) {
    return `${first} ${last}`;
  }
  if (round <= MIDDLE_INITIALS.length) {
    return `${first} ${MIDDLE_INITIALS[round - 1]}. ${last}`;
  }
  return `${first} ${last} ${round - MIDDLE_INITIALS.length + 1}`;
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
