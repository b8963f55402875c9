/*
 * The pack in a real Grafana (docker compose up: Grafana 12.4 with the plugin from dist/, a PostgreSQL
 * warehouse seeded with the demo data, provisioning/ applied): the data source's health check passes,
 * and every provisioned dashboard loads with no panel in error and every panel of this pack drawing data.
 */
import { expect, test } from '@grafana/plugin-e2e';

import { drawnPanels, PACK_PANELS, provisionedDashboards } from './dashboards';

test('the provisioned Sales Performance data source passes Save & test', async ({ gotoDataSourceConfigPage }) => {
  const configPage = await gotoDataSourceConfigPage('salesperf');
  await expect(configPage.saveAndTest()).toBeOK();
  await expect(configPage).toHaveAlert('success');
});

for (const dashboard of provisionedDashboards()) {
  test(`${dashboard.file}: every panel loads without an error`, async ({ gotoDashboardPage }) => {
    const dashboardPage = await gotoDashboardPage({ uid: dashboard.uid });
    for (const saved of drawnPanels(dashboard)) {
      const panel = dashboardPage.getPanelByTitle(saved.title ?? '');
      await panel.scrollIntoView();
      await expect(panel.locator, `${saved.title} is on the dashboard`).toBeVisible();
      await expect(panel.getErrorIcon(), `${saved.title} shows no error`).toHaveCount(0);
      if (PACK_PANELS.includes(saved.type)) {
        await expect(panel.locator, `${saved.title} draws data`).not.toContainText('No data');
      }
    }
  });
}

test('the executive wall fits a 1080p screen in kiosk mode', async ({ gotoDashboardPage, page }) => {
  await gotoDashboardPage({ uid: 'salesperf-executive', queryParams: new URLSearchParams({ kiosk: '' }) });
  const scrollHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(scrollHeight).toBeLessThanOrEqual(1080);
});
