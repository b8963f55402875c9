import type { TestDataSourceResponse } from '@grafana/data';
import { t } from '@grafana/i18n';

import { type CheckIssue, type CheckReport, formatCheckReport } from '../sales';

import { phraseMessage } from './errorMessage';

const noEscape = { interpolation: { escapeValue: false } };

/**
 * The contract check as the result of "Save & test": one message naming the tables found, the ones
 * missing and every problem; the full report (rows per table, notes) in the details.
 */
export function healthResult(report: CheckReport, warehouse: { name: string }): TestDataSourceResponse {
  const found = report.tables.filter((table) => table.present).map((table) => table.name);
  const missingRequired = report.tables.filter((table) => !table.present && table.required).map((table) => table.name);
  const missingOptional = report.tables.filter((table) => !table.present && !table.required).map((table) => table.name);
  const errors = report.issues.filter((issue) => issue.severity === 'error' && issue.code !== 'missing_table');
  const warnings = report.issues.filter((issue) => issue.severity === 'warning');

  const parts = [
    t('health.summary', 'Warehouse "{{warehouse}}" ({{dialect}}, schema "{{schema}}").', {
      warehouse: warehouse.name,
      dialect: report.dialect,
      schema: report.schema,
      ...noEscape,
    }),
    found.length
      ? t('health.found', 'Tables found ({{count}} of {{total}}): {{tables}}.', {
          count: found.length,
          total: report.tables.length,
          tables: found.join(', '),
          ...noEscape,
        })
      : t('health.found-none', 'No table of the contract was found.'),
  ];
  if (missingRequired.length) {
    parts.push(
      t('health.missing-required', 'Missing required tables: {{tables}}.', {
        tables: missingRequired.join(', '),
        ...noEscape,
      })
    );
  }
  if (missingOptional.length) {
    parts.push(
      t('health.missing-optional', 'Missing optional tables (their metrics are unavailable): {{tables}}.', {
        tables: missingOptional.join(', '),
        ...noEscape,
      })
    );
  }
  if (errors.length) {
    parts.push(
      t('health.problems', 'Problems: {{problems}}', {
        problems: errors.map(issueMessage).join(' '),
        ...noEscape,
      })
    );
  }
  if (warnings.length) {
    parts.push(
      t('health.warnings', 'Warnings (queries run, with these caveats): {{warnings}}', {
        warnings: warnings.map(issueMessage).join(' '),
        ...noEscape,
      })
    );
  }
  parts.push(
    report.usable
      ? t('health.usable', 'The warehouse meets the contract.')
      : t('health.not-usable', 'The warehouse does not meet the contract: fix the problems above.')
  );
  // green whenever queries can run: warnings are listed, they do not stop anything
  const status = report.usable ? 'success' : 'error';
  return { status, message: parts.join(' '), details: { verboseMessage: formatCheckReport(report) } };
}

/** An issue in the user's language (its English text where the core has not catalogued it). */
function issueMessage(issue: CheckIssue): string {
  return issue.text ? phraseMessage(issue.text) : issue.message;
}
