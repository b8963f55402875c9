/**
 * Writes Grafana's alert-rule provisioning file from the rules' TypeScript definitions: `npm run alerts`.
 * `npm run alerts -- --check` writes nothing and fails when the committed file differs.
 */
import fs from 'fs';
import path from 'path';

import { ALERT_RULES_FILE, committedAlertProvisioningYaml } from './provisioning';

const target = path.resolve(__dirname, '../../..', ALERT_RULES_FILE);
let text: string | undefined;
try {
  text = committedAlertProvisioningYaml();
} catch (error) {
  // a rule the warehouse cannot evaluate: the message names the rule and the reason
  console.error((error as Error).message);
  process.exitCode = 1;
}
const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;

if (text !== undefined && current !== text) {
  if (process.argv.includes('--check')) {
    console.error(`Out of date (run npm run alerts): ${ALERT_RULES_FILE}`);
    process.exitCode = 1;
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    console.log(`wrote ${ALERT_RULES_FILE}`);
  }
}
