import { spawnSync } from 'child_process';

/** Why R cannot run the reference scripts here (no Rscript, or a package missing); undefined when it can. */
export function whyNoR(packages: string[] = ['forecast']): string | undefined {
  const load = packages.map((name) => `library(${name})`).join('; ');
  const probe = spawnSync('Rscript', ['-e', `suppressPackageStartupMessages({${load}})`], { encoding: 'utf8' });
  if (probe.error) {
    return `Rscript is not available (${probe.error.message})`;
  }
  if (probe.status !== 0) {
    return `an R package it needs is not installed (${probe.stderr.trim().split('\n').pop()})`;
  }
  return undefined;
}
