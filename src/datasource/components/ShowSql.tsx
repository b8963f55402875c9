import { css } from '@emotion/css';
import React, { useState } from 'react';

import type { GrafanaTheme2, TimeRange } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert, Button, ClipboardButton, Modal, Stack, Text, useStyles2 } from '@grafana/ui';

import type { DataSource, ShownSql } from '../DataSource';
import { errorMessage } from '../errorMessage';
import type { SalesDataQuery } from '../types';

interface Props {
  datasource: DataSource;
  query: SalesDataQuery;
  range?: TimeRange;
}

type State =
  | { status: 'closed' }
  | { status: 'loading' }
  | { status: 'shown'; shown: ShownSql }
  | { status: 'failed'; message: string };

/**
 * The compiled SQL of the query, to paste into a query of the warehouse data source: in an alert rule
 * (a frontend data source cannot be alerted on) or a core SQL panel.
 */
export function ShowSql({ datasource, query, range }: Props) {
  const styles = useStyles2(getStyles);
  const [state, setState] = useState<State>({ status: 'closed' });

  const open = async () => {
    setState({ status: 'loading' });
    try {
      const shown = await datasource.compiledSql(query, range ?? datasource.defaultRange());
      setState({ status: 'shown', shown });
    } catch (error) {
      setState({ status: 'failed', message: errorMessage(error) });
    }
  };

  return (
    <>
      <Button variant="secondary" size="sm" icon="brackets-curly" onClick={open}>
        {t('show-sql.button', 'Show SQL')}
      </Button>
      <Modal
        title={t('show-sql.title', 'SQL of this query')}
        isOpen={state.status !== 'closed'}
        onDismiss={() => setState({ status: 'closed' })}
      >
        <Stack direction="column" gap={2}>
          <Text element="p">
            {t(
              'show-sql.alerting',
              'Grafana alerting and public dashboards run queries on the server, which a frontend data source such as this one cannot do. To alert on this query, paste this SQL into an alert rule (or a core SQL panel) that queries the warehouse data source directly.'
            )}
          </Text>
          {state.status === 'shown' && (
            <>
              <Text element="p" color="secondary">
                {t(
                  'show-sql.fixed',
                  'Written for {{warehouse}} ({{dialect}}). The time range and the variables’ current values are written into it: edit them there if they should follow the dashboard.',
                  {
                    warehouse: state.shown.warehouse.name,
                    dialect: state.shown.warehouse.dialect,
                    interpolation: { escapeValue: false },
                  }
                )}
              </Text>
              <pre className={styles.sql} data-testid="salesperf-sql">
                {state.shown.sql}
              </pre>
              <div>
                <ClipboardButton
                  icon="copy"
                  variant="primary"
                  getText={() => (state.status === 'shown' ? state.shown.sql : '')}
                >
                  {t('show-sql.copy', 'Copy SQL')}
                </ClipboardButton>
              </div>
            </>
          )}
          {state.status === 'loading' && <Text color="secondary">{t('show-sql.loading', 'Compiling…')}</Text>}
          {state.status === 'failed' && (
            <Alert severity="error" title={t('show-sql.failed', 'The SQL cannot be shown')}>
              {state.message}
            </Alert>
          )}
        </Stack>
      </Modal>
    </>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  sql: css({
    fontFamily: theme.typography.fontFamilyMonospace,
    fontSize: theme.typography.bodySmall.fontSize,
    maxHeight: '50vh',
    overflow: 'auto',
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
    padding: theme.spacing(1),
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
  }),
});
