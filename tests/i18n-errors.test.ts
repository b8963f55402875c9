import fs from 'fs';
import path from 'path';

import { DATASOURCE as ERROR_MESSAGES_PLUGIN } from '../i18next.config';
import { readLocale } from '../scripts/i18n/locales';
import { ERROR_MESSAGES, templateParams } from '../src/sales/errors';

const srcDir = path.resolve(__dirname, '..', 'src');
const keys = Object.keys(ERROR_MESSAGES) as Array<keyof typeof ERROR_MESSAGES>;

describe('the error catalog in the locale files', () => {
  it.each(['en-US', 'zh-Hans'])('%s has every error with the same params as the English template', (language) => {
    const locale = readLocale(srcDir, language, ERROR_MESSAGES_PLUGIN);
    const wrong = keys
      .map((key) => ({ key, text: locale[`error.${key}`] }))
      .filter(
        ({ key, text }) => !text?.trim() || templateParams(text).join() !== templateParams(ERROR_MESSAGES[key]).join()
      )
      .map(({ key, text }) => `${key}: ${text ?? '(missing)'}`);
    expect(wrong).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  if (fs.statSync(dir).isFile()) {
    return [dir];
  }
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(child);
    }
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [child] : [];
  });
}

it('the core builds its errors from the catalog (salesError), so that each can be translated', () => {
  const salesDir = path.join(srcDir, 'sales');
  const uncatalogued = sourceFiles(salesDir)
    .filter((file) => !file.startsWith(path.join(salesDir, 'errors')))
    // errors that only a bug in the pack can raise say so ("internal: …") and are not for translating
    .filter((file) => /new SalesError\(|throw new Error\((?!['`]internal: )/.test(fs.readFileSync(file, 'utf8')))
    .map((file) => path.relative(srcDir, file));
  expect(uncatalogued).toEqual([]);
});
