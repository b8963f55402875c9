/* The dashboards the pack provisions (dashboards/*.json), as the e2e tests read them. */
import fs from 'fs';
import path from 'path';

export interface ProvisionedPanel {
  id?: number;
  type: string;
  title?: string;
  panels?: ProvisionedPanel[];
}

export interface ProvisionedDashboard {
  file: string;
  uid: string;
  title: string;
  panels: ProvisionedPanel[];
}

const FOLDER = path.resolve(__dirname, '../../dashboards');

export function provisionedDashboards(): ProvisionedDashboard[] {
  return fs
    .readdirSync(FOLDER)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const json = JSON.parse(fs.readFileSync(path.join(FOLDER, file), 'utf8'));
      return { file, uid: json.uid, title: json.title, panels: json.panels ?? [] };
    });
}

/** The panels that draw something: rows are headings; panels inside collapsed rows count too. */
export function drawnPanels(dashboard: ProvisionedDashboard): ProvisionedPanel[] {
  return dashboard.panels.flatMap((panel) => [panel, ...(panel.panels ?? [])]).filter((panel) => panel.type !== 'row');
}

export const PACK_PANELS = ['seed-salesfunnel-panel', 'seed-attainment-panel', 'seed-repscorecard-panel'];
