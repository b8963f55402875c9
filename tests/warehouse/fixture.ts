import { getDialect } from '../../src/sales/sql/dialects';
import { CONTRACT, type ColumnDef, type TableDef } from '../../src/sales/warehouse/contract';
import { createSchemaSql, createTableSql } from '../../src/sales/warehouse/ddl';
import type { NodeExecutor, RowValue } from '../../src/node/executors';
import { stageRows } from '../../src/node/generator/organisation';

/**
 * A small valid warehouse written by hand: the required tables plus customers, products, invoices
 * and payments. Tests change one thing in it and check that `check` names exactly that.
 */

export type FixtureRow = Record<string, RowValue>;
export type Fixture = Map<string, { def: TableDef; rows: FixtureRow[] }>;

const ts = (text: string) => Date.parse(`${text}Z`);

export function validFixture(): Fixture {
  const table = (name: string) => CONTRACT.find((def) => def.name === name)!;
  const stageColumns = ['stage', 'position', 'probability', 'is_closed', 'is_won'];
  const fixture: Fixture = new Map();
  const add = (name: string, rows: FixtureRow[]) => fixture.set(name, { def: table(name), rows });
  add('reps', [
    {
      rep_id: 'R1',
      rep_name: 'Ann Lee',
      team: 'North 1',
      manager: 'Max Roe',
      region: 'North',
      hired_on: '2020-01-06',
      left_on: null,
    },
    {
      rep_id: 'R2',
      rep_name: 'Bob Diaz',
      team: 'North 1',
      manager: 'Max Roe',
      region: 'North',
      hired_on: '2021-03-01',
      left_on: null,
    },
  ]);
  add('customers', [
    {
      customer_id: 'C1',
      customer_name: 'Acme',
      industry: 'Retail',
      tier: 'A',
      region: 'North',
      channel: 'direct',
      dealer: null,
      created_at: ts('2023-05-01 10:00:00'),
    },
    {
      customer_id: 'C2',
      customer_name: 'Beta',
      industry: 'Energy',
      tier: 'B',
      region: 'North',
      channel: 'dealer',
      dealer: 'North Dealer 1',
      created_at: ts('2023-06-01 10:00:00'),
    },
  ]);
  add('products', [{ product_id: 'P1', product_name: 'Core Platform', product_line: 'Platform', list_price: 24000 }]);
  add(
    'stages',
    stageRows().map((row) => Object.fromEntries(stageColumns.map((column, index) => [column, row[index]])))
  );
  const deal = (
    id: string,
    customer: string,
    rep: string,
    created: string,
    close: string | null,
    stage: string,
    status: string,
    amount: number,
    category: string,
    lostReason: string | null = null
  ): FixtureRow => ({
    opportunity_id: id,
    customer_id: customer,
    owner_rep_id: rep,
    product_id: 'P1',
    channel: 'direct',
    created_at: ts(created),
    close_date: close,
    stage,
    status,
    amount,
    probability: null,
    forecast_category: category,
    lost_reason: lostReason,
  });
  add('opportunities', [
    deal('O1', 'C1', 'R1', '2024-01-05 09:00:00', '2024-03-01', 'Proposal', 'open', 1000, 'best_case'),
    deal('O2', 'C2', 'R2', '2024-01-08 09:00:00', null, 'Prospecting', 'open', 500, 'pipeline'),
    deal('O3', 'C1', 'R1', '2024-01-02 09:00:00', '2024-02-09', 'Closed Won', 'won', 2000, 'closed'),
    deal('O4', 'C2', 'R2', '2024-01-03 09:00:00', '2024-02-12', 'Closed Lost', 'lost', 800, 'omitted', 'Price'),
  ]);
  add('invoices', [
    {
      invoice_id: 'I1',
      opportunity_id: 'O3',
      customer_id: 'C1',
      rep_id: 'R1',
      issued_at: '2024-02-09',
      due_at: '2024-03-10',
      amount: 2000,
    },
  ]);
  add('payments', [{ payment_id: 'PM1', invoice_id: 'I1', received_at: '2024-03-05', amount: 2000 }]);
  return fixture;
}

function literal(dialect: NodeExecutor['dialect'], column: ColumnDef, value: RowValue): string {
  const sql = getDialect(dialect);
  if (value === null) {
    return 'NULL';
  }
  switch (column.type) {
    case 'text':
      return sql.string(String(value));
    case 'boolean':
      return sql.boolean(Boolean(value));
    case 'date':
      return sql.date(String(value));
    case 'timestamp':
      return sql.timestamp(Number(value));
    default:
      return typeof value === 'number' ? sql.number(value) : sql.string(String(value));
  }
}

/**
 * Creates the fixture's tables (from their possibly altered definitions) in the schema and inserts
 * the rows with the dialect's literals. `replaceType` swaps a column's DDL type for raw text.
 */
export async function loadFixture(
  executor: NodeExecutor,
  schema: string,
  fixture: Fixture,
  replaceType?: { table: string; column: string; type: string }
): Promise<void> {
  const q = getDialect(executor.dialect).quoteIdent;
  await executor.run(createSchemaSql(executor.dialect, schema));
  for (const [name, { def, rows }] of fixture) {
    let ddl = createTableSql(executor.dialect, schema, def);
    if (replaceType?.table === name) {
      const column = q(replaceType.column).replace(/[`"]/g, '.');
      ddl = ddl.replace(new RegExp(`(${column} ).+?( NOT NULL)?(,?\\n)`), `$1${replaceType.type}$3`);
    }
    await executor.run(ddl);
    if (rows.length > 0) {
      const values = rows.map(
        (row) =>
          `(${def.columns.map((column) => literal(executor.dialect, column, row[column.name] ?? null)).join(', ')})`
      );
      await executor.run(
        `INSERT INTO ${q(schema)}.${q(name)} (${def.columns.map((column) => q(column.name)).join(', ')}) VALUES ${values.join(', ')}`
      );
    }
  }
}
