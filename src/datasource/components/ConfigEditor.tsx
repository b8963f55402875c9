import { css } from '@emotion/css';
import React, { useMemo, useState } from 'react';

import { type DataSourcePluginOptionsEditorProps, getValueFormats, type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { getDataSourceSrv } from '@grafana/runtime';
import {
  Checkbox,
  Collapse,
  Combobox,
  type ComboboxOption,
  Field,
  FieldSet,
  Input,
  RadioButtonGroup,
  Stack,
  Text,
  useStyles2,
} from '@grafana/ui';

import {
  type ClusterJoins,
  CNY_UNIT,
  DEFAULT_CURRENCY_UNIT,
  DEFAULT_PACE_THRESHOLDS,
  DEFAULT_ROLLUP_MAX_AGE_HOURS,
  DEFAULT_SCHEMA,
  DEFAULT_WAREHOUSE_TIME_ZONE,
  TABLE_IDS,
  type TableId,
  WAN_YUAN_UNIT,
} from '../../sales';
import { monthText, weekdayText } from '../catalogLabels';
import {
  DEFAULT_CLOSED_PERIOD_CACHE_MINUTES,
  DEFAULT_FISCAL_START,
  DEFAULT_WORKING_WEEKDAYS,
  settingsProblems,
} from '../settings';
import type { SalesDataSourceOptions } from '../types';
import { isWarehouseType, WAREHOUSE_TYPES } from '../warehouse/warehouseTypes';

type Props = DataSourcePluginOptionsEditorProps<SalesDataSourceOptions>;

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/**
 * The yuan, which Grafana's unit picker lacks, as a custom currency unit and as 万元 (amounts the
 * data source divides by 10,000), then Grafana's currency units (the Currency category of the picker).
 */
function currencyOptions(): Array<ComboboxOption<string>> {
  const category = getValueFormats().find((entry) =>
    entry.submenu.some((unit) => unit.value === DEFAULT_CURRENCY_UNIT)
  );
  return [
    { value: CNY_UNIT, label: t('config.currency-cny', 'Chinese yuan (¥)') },
    {
      value: WAN_YUAN_UNIT,
      label: t('config.currency-wan-yuan', 'Ten thousand yuan (万元)'),
      description: t(
        'config.currency-wan-yuan-description',
        'Amounts divided by 10,000 and shown as 478.2 万元, in every panel'
      ),
    },
    ...(category?.submenu ?? []).map((unit) => ({ value: String(unit.value), label: unit.text })),
  ];
}

const percent = (ratio: number | undefined) => (ratio === undefined ? '' : String(Math.round(ratio * 10000) / 100));

/** A text setting (schema, time zone, cluster): trimmed, and absent when empty. */
function NameField(props: {
  id: string;
  label: string;
  description: string;
  problem?: string;
  value?: string;
  placeholder?: string;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <Field
      label={props.label}
      description={props.description}
      invalid={Boolean(props.problem)}
      error={props.problem}
      htmlFor={props.id}
    >
      <Input
        id={props.id}
        width={32}
        value={props.value ?? ''}
        placeholder={props.placeholder}
        onChange={(event) => props.onChange(event.currentTarget.value.trim() || undefined)}
      />
    </Field>
  );
}

/** A whole-number setting (minutes, hours): empty for its default. */
function NumberField(props: {
  id: string;
  label: string;
  description: string;
  problem?: string;
  value?: number;
  placeholder: number;
  onChange: (value: number | undefined) => void;
}) {
  return (
    <Field
      label={props.label}
      description={props.description}
      invalid={Boolean(props.problem)}
      error={props.problem}
      htmlFor={props.id}
    >
      <Input
        id={props.id}
        type="number"
        width={16}
        value={props.value ?? ''}
        placeholder={String(props.placeholder)}
        onChange={(event) => {
          const text = event.currentTarget.value.trim();
          props.onChange(text === '' ? undefined : Number(text));
        }}
      />
    </Field>
  );
}

/** Settings: the warehouse data source, where its tables are, and how amounts, years and pace read. */
export function ConfigEditor({ options, onOptionsChange }: Props) {
  const styles = useStyles2(getStyles);
  const json = options.jsonData;
  const problems = settingsProblems(json);
  const [tablesOpen, setTablesOpen] = useState(Object.keys(json.tables ?? {}).length > 0);

  const warehouses = useMemo(
    () =>
      getDataSourceSrv()
        .getList({ filter: (settings) => isWarehouseType(settings.type) })
        .map((settings) => ({
          value: settings.uid,
          label: settings.name,
          description: settings.meta?.name ?? settings.type,
        })),
    []
  );
  const currencies = useMemo(() => currencyOptions(), []);
  const chosenMissing =
    Boolean(json.warehouseUid) && !warehouses.some((warehouse) => warehouse.value === json.warehouseUid);

  const update = (patch: Partial<SalesDataSourceOptions>) =>
    onOptionsChange({ ...options, jsonData: { ...json, ...patch } });
  const setTable = (table: TableId, name: string) => {
    const tables = { ...json.tables, [table]: name.trim() };
    if (!tables[table]) {
      delete tables[table];
    }
    update({ tables });
  };
  const weekdays = json.workingWeekdays ?? DEFAULT_WORKING_WEEKDAYS;
  const toggleWeekday = (day: number) =>
    update({
      workingWeekdays: weekdays.includes(day) ? weekdays.filter((other) => other !== day) : [...weekdays, day].sort(),
    });
  const setThreshold = (name: 'onTrack' | 'cautioned', text: string) =>
    update({ thresholds: { ...json.thresholds, [name]: text.trim() === '' ? undefined : Number(text) / 100 } });

  return (
    <Stack direction="column" gap={2}>
      <FieldSet label={t('config.warehouse-section', 'Warehouse')}>
        <Field
          label={t('config.warehouse', 'SQL data source')}
          description={t(
            'config.warehouse-description',
            'The data source that reads the sales warehouse. Queries run through it, with its credentials and permissions. Supported types: {{types}}.',
            { types: WAREHOUSE_TYPES.join(', '), interpolation: { escapeValue: false } }
          )}
          invalid={Boolean(problems.warehouseUid) || chosenMissing}
          error={
            chosenMissing
              ? t(
                  'config.warehouse-unavailable',
                  'The chosen data source (uid {{uid}}) is not available, or is not a supported SQL data source: choose another.',
                  {
                    uid: json.warehouseUid,
                    interpolation: { escapeValue: false },
                  }
                )
              : problems.warehouseUid
          }
          htmlFor="salesperf-config-warehouse"
        >
          <Combobox
            id="salesperf-config-warehouse"
            width={48}
            options={warehouses}
            value={json.warehouseUid ?? null}
            placeholder={
              warehouses.length
                ? t('config.warehouse-placeholder', 'Choose a data source')
                : t('config.warehouse-none', 'No PostgreSQL, MySQL, ClickHouse or DuckDB data source exists yet')
            }
            onChange={(option) => update({ warehouseUid: option.value })}
          />
        </Field>
        <NameField
          id="salesperf-config-schema"
          label={t('config.schema', 'Schema')}
          description={t(
            'config.schema-description',
            'The schema (in MySQL and ClickHouse: the database) that holds the sales tables.'
          )}
          problem={problems.schema}
          value={json.schema}
          placeholder={DEFAULT_SCHEMA}
          onChange={(schema) => update({ schema })}
        />
        <NameField
          id="salesperf-config-warehouse-tz"
          label={t('config.warehouse-time-zone', 'Time zone of timestamps without one')}
          description={t(
            'config.warehouse-time-zone-description',
            'The IANA time zone in which the warehouse writes timestamps stored without a time zone (timestamp without time zone, DuckDB TIMESTAMP, MySQL DATETIME).'
          )}
          problem={problems.warehouseTimeZone}
          value={json.warehouseTimeZone}
          placeholder={DEFAULT_WAREHOUSE_TIME_ZONE}
          onChange={(warehouseTimeZone) => update({ warehouseTimeZone })}
        />
        <NameField
          id="salesperf-config-cluster"
          label={t('config.cluster', 'ClickHouse cluster')}
          description={t(
            'config.cluster-description',
            'ClickHouse only: the cluster (remote_servers) whose Distributed tables hold the facts, laid out as `salesperf ddl --cluster` prints. Leave it empty for one server.'
          )}
          problem={problems.cluster}
          value={json.cluster}
          onChange={(cluster) => update({ cluster })}
        />
        {json.cluster && (
          <Field
            label={t('config.cluster-joins', 'Joins between sharded tables')}
            description={t(
              'config.cluster-joins-description',
              'On each shard: faster, for tables sharded by the keys of `salesperf ddl --cluster`. GLOBAL: for tables sharded any other way.'
            )}
          >
            <RadioButtonGroup<ClusterJoins>
              options={[
                { value: 'local', label: t('config.cluster-joins-local', 'On each shard') },
                { value: 'global', label: t('config.cluster-joins-global', 'GLOBAL') },
              ]}
              value={json.clusterJoins ?? 'local'}
              onChange={(clusterJoins) => update({ clusterJoins })}
            />
          </Field>
        )}
        <Collapse
          label={t('config.tables', 'Table names')}
          isOpen={tablesOpen}
          onToggle={() => setTablesOpen(!tablesOpen)}
        >
          <Text element="p" color="secondary">
            {t('config.tables-description', 'Leave a name empty when the table (or view) has the contract’s name.')}
          </Text>
          <div className={styles.tables}>
            {TABLE_IDS.map((table) => (
              <Field
                key={table}
                label={table}
                invalid={Boolean(problems[`tables.${table}`])}
                error={problems[`tables.${table}`]}
                htmlFor={`salesperf-config-table-${table}`}
              >
                <Input
                  id={`salesperf-config-table-${table}`}
                  value={json.tables?.[table] ?? ''}
                  placeholder={table}
                  onChange={(event) => setTable(table, event.currentTarget.value)}
                />
              </Field>
            ))}
          </div>
        </Collapse>
      </FieldSet>

      <FieldSet label={t('config.display-section', 'Amounts and calendar')}>
        <Field
          label={t('config.currency', 'Currency')}
          description={t(
            'config.currency-description',
            'The unit of every amount (the warehouse holds one reporting currency).'
          )}
          invalid={Boolean(problems.currencyUnit)}
          error={problems.currencyUnit}
          htmlFor="salesperf-config-currency"
        >
          <Combobox
            id="salesperf-config-currency"
            width={32}
            options={currencies}
            value={json.currencyUnit ?? DEFAULT_CURRENCY_UNIT}
            onChange={(option) => update({ currencyUnit: option.value })}
          />
        </Field>
        <Field
          label={t('config.fiscal-month', 'Fiscal year starts in')}
          description={t('config.fiscal-month-description', 'Quarters and years follow the fiscal year.')}
          invalid={Boolean(problems.fiscalYearStartMonth)}
          error={problems.fiscalYearStartMonth}
          htmlFor="salesperf-config-fiscal"
        >
          <Combobox
            id="salesperf-config-fiscal"
            width={24}
            options={Array.from({ length: 12 }, (_, index) => ({
              value: String(index + 1),
              label: monthText(index + 1),
            }))}
            value={String(json.fiscalYearStartMonth ?? DEFAULT_FISCAL_START)}
            onChange={(option) => update({ fiscalYearStartMonth: Number(option.value) })}
          />
        </Field>
        <Field
          label={t('config.weekdays', 'Working days')}
          description={t('config.weekdays-description', 'The days counted by working-day pacing.')}
          invalid={Boolean(problems.workingWeekdays)}
          error={problems.workingWeekdays}
        >
          <Stack gap={2} wrap="wrap">
            {WEEKDAYS.map((day) => (
              <Checkbox
                key={day}
                label={weekdayText(day)}
                value={weekdays.includes(day)}
                onChange={() => toggleWeekday(day)}
              />
            ))}
          </Stack>
        </Field>
      </FieldSet>

      <FieldSet label={t('config.status-section', 'Attainment status')}>
        <Field
          label={t('config.on-track', 'On track from (% of pace)')}
          description={t(
            'config.on-track-description',
            'A target is on track when actual ÷ expected to date reaches this.'
          )}
          invalid={Boolean(problems['thresholds.onTrack'])}
          error={problems['thresholds.onTrack']}
          htmlFor="salesperf-config-on-track"
        >
          <Input
            id="salesperf-config-on-track"
            type="number"
            width={16}
            suffix="%"
            value={percent(json.thresholds?.onTrack)}
            placeholder={percent(DEFAULT_PACE_THRESHOLDS.onTrack)}
            onChange={(event) => setThreshold('onTrack', event.currentTarget.value)}
          />
        </Field>
        <Field
          label={t('config.cautioned', 'Cautioned from (% of pace)')}
          description={t(
            'config.cautioned-description',
            'Below on track but at least this: cautioned. Below it: off track.'
          )}
          invalid={Boolean(problems['thresholds.cautioned'])}
          error={problems['thresholds.cautioned']}
          htmlFor="salesperf-config-cautioned"
        >
          <Input
            id="salesperf-config-cautioned"
            type="number"
            width={16}
            suffix="%"
            value={percent(json.thresholds?.cautioned)}
            placeholder={percent(DEFAULT_PACE_THRESHOLDS.cautioned)}
            onChange={(event) => setThreshold('cautioned', event.currentTarget.value)}
          />
        </Field>
      </FieldSet>

      <FieldSet label={t('config.cache-section', 'Caching')}>
        <NumberField
          id="salesperf-config-closed-period-cache"
          label={t('config.closed-period-cache', 'Keep results of closed periods (minutes)')}
          description={t(
            'config.closed-period-cache-description',
            'Results of buckets and comparison windows that ended before now are kept this long, per warehouse, statement and day, so that a refresh reads only the open period. 0 keeps none.'
          )}
          problem={problems.closedPeriodCacheMinutes}
          value={json.closedPeriodCacheMinutes}
          placeholder={DEFAULT_CLOSED_PERIOD_CACHE_MINUTES}
          onChange={(closedPeriodCacheMinutes) => update({ closedPeriodCacheMinutes })}
        />
        <NameField
          id="salesperf-config-rollup-schema"
          label={t('config.rollup-schema', 'Rollup schema')}
          description={t(
            'config.rollup-schema-description',
            'The schema (in MySQL and ClickHouse: the database) holding the daily rollups that the ops command `salesperf rollup` builds, for example nightly. This data source only reads them, and answers with the same values as without them. Leave it empty to read the fact tables only.'
          )}
          problem={problems.rollupSchema}
          value={json.rollupSchema}
          onChange={(rollupSchema) => update({ rollupSchema })}
        />
        <NumberField
          id="salesperf-config-rollup-max-age"
          label={t('config.rollup-max-age', 'Maximum age of rollups (hours)')}
          description={t(
            'config.rollup-max-age-description',
            'Rollups built longer ago than this are ignored and queries read the fact tables instead: set it a little above the interval at which `salesperf rollup` runs.'
          )}
          problem={problems.rollupMaxAgeHours}
          value={json.rollupMaxAgeHours}
          placeholder={DEFAULT_ROLLUP_MAX_AGE_HOURS}
          onChange={(rollupMaxAgeHours) => update({ rollupMaxAgeHours })}
        />
      </FieldSet>
    </Stack>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  tables: css({
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    columnGap: theme.spacing(2),
  }),
});
