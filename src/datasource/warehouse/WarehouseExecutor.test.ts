import {
  createDataFrame,
  type DataQueryRequest,
  type DataSourceApi,
  dateTime,
  FieldType,
  LoadingState,
} from '@grafana/data';
import { Observable, of } from 'rxjs';

import { WarehouseExecutor } from './WarehouseExecutor';
import { warehouseDialect } from './warehouseTypes';

/** Records what the executor asks of a warehouse data source and answers with one frame. */
function recordingWarehouse(type: string, answer: () => Observable<unknown> = () => of({ data: [frame()] })) {
  const requests: DataQueryRequest[] = [];
  const api = {
    uid: `wh-${type}`,
    type,
    name: type,
    query: (request: DataQueryRequest) => {
      requests.push(request);
      return answer();
    },
  } as unknown as DataSourceApi;
  return { requests, executor: executorFor(api, type) };
}

function executorFor(api: DataSourceApi, type: string) {
  const range = { from: dateTime(0), to: dateTime(86_400_000), raw: { from: 'now-1d', to: 'now' } };
  return new WarehouseExecutor(
    { api, uid: api.uid, type, name: api.name, dialect: warehouseDialect(type)! },
    { range, timezone: 'Europe/Berlin', app: 'dashboard', requestId: 'Q7', dashboardUID: 'dash', panelId: 4 }
  );
}

const frame = () =>
  createDataFrame({
    refId: 'salesperf',
    fields: [
      { name: 'region', type: FieldType.string, values: ['East', null] },
      { name: 'bookings', type: FieldType.number, values: [3500, 0] },
      { name: 'day', type: FieldType.time, values: [1704067200000, 1704153600000] },
    ],
  });

describe('requests to the warehouse data source', () => {
  it.each([
    ['grafana-postgresql-datasource', 'postgres'],
    ['postgres', 'postgres'],
    ['mysql', 'mysql'],
    ['motherduck-duckdb-datasource', 'duckdb'],
  ])('%s: a raw SQL table query (@grafana/sql SQLQuery), dialect %s', async (type, dialect) => {
    const { requests, executor } = recordingWarehouse(type);
    expect(executor.dialect).toBe(dialect);
    await executor.run('SELECT 1 AS n');
    expect(requests[0].targets).toEqual([
      {
        refId: 'salesperf',
        datasource: { uid: `wh-${type}`, type },
        rawSql: 'SELECT 1 AS n',
        format: 'table',
        rawQuery: true,
        editorMode: 'code',
      },
    ]);
  });

  it('grafana-clickhouse-datasource: its CHQuery with the numeric table format', async () => {
    const { requests, executor } = recordingWarehouse('grafana-clickhouse-datasource');
    expect(executor.dialect).toBe('clickhouse');
    await executor.run('SELECT 2 AS n');
    expect(requests[0].targets).toEqual([
      {
        refId: 'salesperf',
        datasource: { uid: 'wh-grafana-clickhouse-datasource', type: 'grafana-clickhouse-datasource' },
        pluginVersion: '',
        editorType: 'sql',
        rawSql: 'SELECT 2 AS n',
        format: 1,
        queryType: 'table',
      },
    ]);
  });

  it('carry the panel’s range and time zone, no ad hoc filters, and a request id of their own', async () => {
    const { requests, executor } = recordingWarehouse('mysql');
    await Promise.all([executor.run('SELECT 3'), executor.run('SELECT 4')]);
    expect(
      requests.map((request) => [
        request.timezone,
        request.range.to.valueOf(),
        request.filters,
        request.dashboardUID,
        request.panelId,
      ])
    ).toEqual([
      ['Europe/Berlin', 86_400_000, [], 'dash', 4],
      ['Europe/Berlin', 86_400_000, [], 'dash', 4],
    ]);
    expect(new Set(requests.map((request) => request.requestId)).size).toBe(2);
    expect(requests[0].requestId).toMatch(/^Q7-salesperf-\d+$/);
  });

  it('read the answer’s frame by field name, nulls kept', async () => {
    const { executor } = recordingWarehouse('grafana-postgresql-datasource');
    const result = await executor.run('SELECT 5');
    expect(result.schema.fields).toEqual([
      { name: 'region', type: 'string' },
      { name: 'bookings', type: 'number' },
      { name: 'day', type: 'time' },
    ]);
    expect(result.data.values).toEqual([
      ['East', null],
      [3500, 0],
      [1704067200000, 1704153600000],
    ]);
  });

  it('turn an error response into an engine error with the warehouse’s message', async () => {
    const { executor } = recordingWarehouse('grafana-postgresql-datasource', () =>
      of({
        data: [],
        state: LoadingState.Error,
        errors: [{ refId: 'salesperf', message: 'db query error: pq: permission denied for table reps' }],
      })
    );
    await expect(executor.run('SELECT 6')).rejects.toMatchObject({
      code: 'engine_error',
      message: 'db query error: pq: permission denied for table reps',
    });
  });

  it('refuse SQL that Grafana would rewrite as a variable', async () => {
    const { requests, executor } = recordingWarehouse('mysql');
    await expect(executor.run("SELECT 'x[[team]]'")).rejects.toThrow(/contains "\[\[team\]\]"/);
    expect(requests).toHaveLength(0);
  });

  it('unsubscribe from the warehouse query when cancelled', async () => {
    let unsubscribed = false;
    const { executor } = recordingWarehouse('mysql', () => new Observable(() => () => (unsubscribed = true)));
    const controller = new AbortController();
    const running = executor.run('SELECT 7', { signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(unsubscribed).toBe(true);
  });
});
