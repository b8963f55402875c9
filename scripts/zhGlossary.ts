/**
 * The zh-Hans vocabulary of docs/zh-Hans-glossary.md as data, and the check of Chinese strings
 * against it: rejected words where the English holds a term, exact metric names, and the rules that
 * can be checked (no space before %, no ASCII quotes).
 */
import fs from 'fs';
import path from 'path';

export const GLOSSARY_FILE = path.resolve(__dirname, '..', 'docs', 'zh-Hans-glossary.md');

export interface RejectedWord {
  word: string;
  /** compounds in which the word is fine (进度 in 进度正常) */
  except: string[];
}

export interface GlossaryTerm {
  /** the English spellings of the term ("Pace", "Pacing") */
  english: string[];
  chinese: string;
  /** the exact name of a metric whose English label is the term */
  metricName?: string;
  rejected: RejectedWord[];
}

/** One translated string: where it lives, its English and its Chinese. */
export interface TranslatedString {
  where: string;
  key: string;
  english: string;
  chinese: string;
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

function rejectedWords(cell: string): RejectedWord[] {
  // 进度（进度正常、时间进度除外）、运行速率: split on the 、 outside brackets
  const words: RejectedWord[] = [];
  for (const match of cell.matchAll(/([^、（]+)(?:（([^）]*)除外）)?/g)) {
    const word = match[1].trim();
    if (word) {
      words.push({ word, except: match[2] ? match[2].split('、').map((part) => part.trim()) : [] });
    }
  }
  return words;
}

/** The terms table of the glossary ("## Terms"). */
export function readGlossary(file = GLOSSARY_FILE): GlossaryTerm[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((line) => /^## Terms\b/.test(line));
  if (start < 0) {
    throw new Error(`${file} has no "## Terms" section`);
  }
  const rows = lines
    .slice(start + 1)
    .filter((line) => line.trim().startsWith('|'))
    .slice(2); // header and separator
  return rows.map((row) => {
    const [english, chinese, metricName, rejected] = cells(row);
    return {
      english: english.split(' / ').map((spelling) => spelling.trim()),
      chinese,
      metricName: metricName || undefined,
      rejected: rejectedWords(rejected ?? ''),
    };
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole words, any case, with a plural s or es. */
function termPattern(spelling: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(spelling)}(?:s|es)?(?![\\p{L}\\p{N}_])`, 'iu');
}

function usesRejected(chinese: string, rejected: RejectedWord): boolean {
  const rest = rejected.except.reduce((text, compound) => text.split(compound).join('□'), chinese);
  return rest.includes(rejected.word);
}

const METRIC_LABEL = /^metric\.[a-z0-9_]+\.label$/;

/** Every way the strings depart from the glossary, one sentence each. */
export function glossaryProblems(strings: TranslatedString[], glossary: GlossaryTerm[]): string[] {
  const problems: string[] = [];
  const patterns = glossary.map((term) => ({ term, patterns: term.english.map(termPattern) }));
  for (const { where, key, english, chinese } of strings) {
    const at = `${where} ${key} (“${english}” → “${chinese}”)`;
    for (const { term, patterns: termPatterns } of patterns) {
      if (!termPatterns.some((pattern) => pattern.test(english))) {
        continue;
      }
      for (const rejected of term.rejected.filter((word) => usesRejected(chinese, word))) {
        problems.push(`${at}: “${rejected.word}” is not used for ${term.english.join(' / ')} (say ${term.chinese})`);
      }
      const exact = term.english.some((spelling) => spelling.toLowerCase() === english.trim().toLowerCase());
      if (term.metricName && exact && METRIC_LABEL.test(key) && chinese !== term.metricName) {
        problems.push(`${at}: the metric is named ${term.metricName}`);
      }
    }
    if (/[\d}]\s+%/.test(chinese)) {
      problems.push(`${at}: no space before %`);
    }
    if (chinese.includes('"')) {
      problems.push(`${at}: Chinese quotation marks “…”, not ASCII quotes`);
    }
  }
  return problems;
}
