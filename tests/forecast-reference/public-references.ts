/**
 * Regenerates public-suite.json, the public benchmark's series and R's forecasts of them, by running
 * public-suite.R (`npm run forecast:r-references`). Without Rscript or one of the R packages the script
 * uses, it says so and leaves the committed JSON as it is: the benchmark itself never needs R.
 */
import { execFileSync } from 'child_process';
import { writeFileSync } from 'fs';
import path from 'path';
import { PUBLIC_SUITE } from './publicSuite';
import { whyNoR } from './rscript';

const reason = whyNoR(['forecast', 'AER', 'strucchange', 'lmtest', 'tseries', 'jsonlite']);
if (reason) {
  console.log(`Skipped: ${reason}. The committed ${path.basename(PUBLIC_SUITE)} is kept.`);
} else {
  const output = execFileSync('Rscript', [path.join(__dirname, 'public-suite.R')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  JSON.parse(output);
  writeFileSync(PUBLIC_SUITE, output);
  console.log(`Wrote ${PUBLIC_SUITE}.`);
}
