import { css } from '@emotion/css';
import React from 'react';

import { type AppRootProps, type GrafanaTheme2, type PluginInclude, PluginIncludeType } from '@grafana/data';
import { t } from '@grafana/i18n';
import { PluginPage } from '@grafana/runtime';
import { Card, Stack, TextLink, useStyles2 } from '@grafana/ui';

/** The app's landing page: what the pack contains and how to start. */
export function OverviewPage({ meta }: AppRootProps) {
  const styles = useStyles2(getStyles);
  // plugin.json includes carry the dashboard uid, which Grafana's PluginInclude type leaves out
  const dashboards = (meta.includes ?? []).filter(
    (include): include is PluginInclude & { uid?: string } => include.type === PluginIncludeType.dashboard
  );

  return (
    <PluginPage>
      <div className={styles.page}>
        <p className={styles.lead}>
          {t(
            'app.overview.lead',
            'Sales KPIs, funnels, quota attainment, forecasts and rep scorecards computed in your SQL warehouse.'
          )}
        </p>
        <h3>{t('app.overview.start-title', 'Getting started')}</h3>
        <ol className={styles.steps}>
          <li>
            {t(
              'app.overview.step-warehouse',
              'Add a Grafana SQL data source (PostgreSQL, MySQL, ClickHouse or DuckDB) that reads your sales warehouse.'
            )}
          </li>
          <li>
            {t(
              'app.overview.step-datasource',
              'Add a Sales Performance data source and choose that warehouse data source in its settings.'
            )}
          </li>
          <li>{t('app.overview.step-dashboards', 'Open one of the dashboards below, or build your own panels.')}</li>
        </ol>
        <h3>{t('app.overview.dashboards-title', 'Dashboards')}</h3>
        {dashboards.length === 0 ? (
          <p>{t('app.overview.no-dashboards', 'This version of the app bundles no dashboards.')}</p>
        ) : (
          <Stack direction="column" gap={1}>
            {dashboards.map((dashboard) => (
              <Card key={dashboard.path ?? dashboard.name}>
                <Card.Heading>
                  {dashboard.uid ? (
                    <TextLink href={`/d/${dashboard.uid}`} inline={false}>
                      {dashboard.name}
                    </TextLink>
                  ) : (
                    dashboard.name
                  )}
                </Card.Heading>
              </Card>
            ))}
          </Stack>
        )}
      </div>
    </PluginPage>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({
    maxWidth: 960,
  }),
  lead: css({
    fontSize: theme.typography.h4.fontSize,
    marginBottom: theme.spacing(3),
  }),
  steps: css({
    paddingLeft: theme.spacing(3),
    marginBottom: theme.spacing(3),
  }),
});
