import React, { useState } from 'react';
import { lastValueFrom } from 'rxjs';

import type { AppPluginMeta, PluginConfigPageProps } from '@grafana/data';
import { t } from '@grafana/i18n';
import { getBackendSrv, locationService } from '@grafana/runtime';
import { Alert, Button, FieldSet } from '@grafana/ui';

type Props = PluginConfigPageProps<AppPluginMeta>;

/** Enables or disables the app; all data settings live on the Sales Performance data source. */
export function AppConfigPage({ plugin }: Props) {
  const { enabled, pinned, id } = plugin.meta;
  const [error, setError] = useState<string | undefined>();

  const update = async (enable: boolean) => {
    setError(undefined);
    try {
      await lastValueFrom(
        getBackendSrv().fetch({
          url: `/api/plugins/${id}/settings`,
          method: 'POST',
          data: { enabled: enable, pinned: enable ? pinned : false, jsonData: plugin.meta.jsonData },
        })
      );
      locationService.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <FieldSet label={t('app.config.enable-title', 'Enable Sales Performance')}>
      <p>
        {t(
          'app.config.description',
          'Enabling the app makes its data source, its three panels and its dashboards available in this organisation. Warehouse settings are made on each Sales Performance data source.'
        )}
      </p>
      {error && (
        <Alert severity="error" title={t('app.config.error-title', 'Could not save the app settings')}>
          {error}
        </Alert>
      )}
      {enabled ? (
        <Button variant="destructive" onClick={() => update(false)}>
          {t('app.config.disable', 'Disable')}
        </Button>
      ) : (
        <Button variant="primary" onClick={() => update(true)}>
          {t('app.config.enable', 'Enable')}
        </Button>
      )}
    </FieldSet>
  );
}
