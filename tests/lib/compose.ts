import fs from 'fs';
import path from 'path';
import semver from 'semver';
import { parse, type YAMLMap, type YAMLSeq } from 'yaml';

interface ComposeService {
  image?: string;
  build?: { context?: string; args?: Record<string, string> };
  extends?: { file: string; service: string };
  command?: string | string[];
  ports?: Array<string | number>;
  volumes?: Array<string | { type?: string; source?: string; target?: string }>;
  depends_on?: string[] | Record<string, unknown>;
  environment?: Record<string, string> | string[];
}

export interface ComposeFile {
  services?: Record<string, ComposeService>;
}

const REPO = path.resolve(__dirname, '../..');

/** A value written with compose's `!override` (replaces the extended service's) or `!reset` (removes it). */
class Tagged {
  constructor(
    readonly tag: '!override' | '!reset',
    readonly value: unknown
  ) {}
}

const COMPOSE_TAGS = (['!override', '!reset'] as const).flatMap((tag) =>
  (['seq', 'map'] as const).map((collection) => ({
    tag,
    collection,
    resolve: (node: YAMLSeq | YAMLMap) => new Tagged(tag, node.toJSON()),
  }))
);

function parseYaml(text: string): ComposeFile {
  return parse(text, { customTags: COMPOSE_TAGS as never }) as ComposeFile;
}

/**
 * docker-compose.yml as `docker compose config` would resolve it: each service's `extends` merged in.
 * No Docker here, so this follows compose's merge rules for what our files use: mappings merge (the
 * extending service wins), volumes merge by target, ports add up, other values replace, and
 * `!override`/`!reset` replace or remove; relative paths of the extended file are rebased to the
 * repository.
 */
export function parseCompose(text: string, repo = REPO): ComposeFile {
  const compose = parseYaml(text);
  const services = Object.fromEntries(
    Object.entries(compose.services ?? {}).map(([name, service]) => {
      if (!service.extends) {
        return [name, unwrap(service)];
      }
      const baseFile = path.resolve(repo, service.extends.file);
      const base = parseYaml(fs.readFileSync(baseFile, 'utf8')).services?.[service.extends.service];
      if (!base) {
        throw new Error(`${service.extends.file} has no service ${service.extends.service}`);
      }
      return [name, mergeService(rebase(base, path.dirname(baseFile), repo), service)];
    })
  );
  return { ...compose, services };
}

function unwrap(service: ComposeService): ComposeService {
  return Object.fromEntries(
    Object.entries(service).flatMap(([key, value]) =>
      value instanceof Tagged ? (value.tag === '!reset' ? [] : [[key, value.value]]) : [[key, value]]
    )
  ) as ComposeService;
}

function relativeTo(repo: string, dir: string, source: string): string {
  const relative = path.relative(repo, path.resolve(dir, source));
  return relative === '' ? './' : `./${relative}`;
}

function rebase(service: ComposeService, dir: string, repo: string): ComposeService {
  const volumes = service.volumes?.map((volume) => {
    if (typeof volume !== 'string' || !volume.startsWith('.')) {
      return volume;
    }
    const [source, ...rest] = volume.split(':');
    return [relativeTo(repo, dir, source), ...rest].join(':');
  });
  const build = service.build && { ...service.build, context: relativeTo(repo, dir, service.build.context ?? '.') };
  return { ...service, ...(volumes && { volumes }), ...(build && { build }) };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: Record<string, unknown>, local: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...base };
  for (const [key, value] of Object.entries(local)) {
    merged[key] = isMapping(merged[key]) && isMapping(value) ? deepMerge(merged[key], value) : value;
  }
  return merged;
}

function volumeTarget(volume: NonNullable<ComposeService['volumes']>[number]): string | undefined {
  return typeof volume === 'string' ? volume.split(':')[1] : volume.target;
}

function mergeService(base: ComposeService, local: ComposeService): ComposeService {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(local)) {
    const prior = merged[key];
    if (key === 'extends') {
      continue;
    } else if (value instanceof Tagged) {
      if (value.tag === '!reset') {
        delete merged[key];
      } else {
        merged[key] = value.value;
      }
    } else if (key === 'environment') {
      merged[key] = { ...environmentOf(base), ...environmentOf(local) };
    } else if (key === 'volumes') {
      const locals = value as NonNullable<ComposeService['volumes']>;
      const targets = new Set(locals.map(volumeTarget));
      merged[key] = [...(base.volumes ?? []).filter((volume) => !targets.has(volumeTarget(volume))), ...locals];
    } else if (key === 'ports') {
      merged[key] = [...new Set([...(base.ports ?? []), ...(value as Array<string | number>)])];
    } else if (isMapping(prior) && isMapping(value)) {
      merged[key] = deepMerge(prior, value);
    } else {
      merged[key] = value;
    }
  }
  return merged as ComposeService;
}

function environmentOf(service: ComposeService): Record<string, string> {
  if (Array.isArray(service.environment)) {
    return Object.fromEntries(
      service.environment.map((entry) => {
        const at = entry.indexOf('=');
        return [entry.slice(0, at), entry.slice(at + 1)];
      })
    );
  }
  return service.environment ?? {};
}

export function bindMounts(service: ComposeService): Array<{ source: string; target: string }> {
  return (service.volumes ?? []).flatMap((volume) => {
    if (typeof volume === 'string') {
      const [source, target] = volume.split(':');
      return source.startsWith('.') || source.startsWith('/') ? [{ source, target }] : [];
    }
    return volume.type === 'bind' && volume.source && volume.target
      ? [{ source: volume.source, target: volume.target }]
      : [];
  });
}

/** A mount of ./dist is valid when a service builds the plugin from the mounted checkout. */
function buildsDist(compose: ComposeFile): boolean {
  return Object.values(compose.services ?? {}).some((service) => {
    const command = Array.isArray(service.command) ? service.command.join(' ') : (service.command ?? '');
    return command.includes('npm run build') && bindMounts(service).some((mount) => mount.source === './');
  });
}

export interface ComposeContext {
  repo: string;
  pluginIds: string[];
  appId: string;
  grafanaDependency: string;
}

/** Problems in docker-compose.yml, each naming the service and what is wrong. */
export function validateCompose(compose: ComposeFile, context: ComposeContext): string[] {
  const problems: string[] = [];
  const services = compose.services ?? {};
  const names = Object.keys(services);
  if (!names.includes('grafana')) {
    problems.push('no grafana service');
  }
  for (const [name, service] of Object.entries(services)) {
    const dependsOn = Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {});
    for (const dependency of dependsOn) {
      if (!names.includes(dependency)) {
        problems.push(`service ${name} depends_on "${dependency}", which is no service`);
      }
    }
    for (const mount of bindMounts(service)) {
      const isDist = path.normalize(mount.source) === 'dist';
      if (isDist ? !buildsDist(compose) : !fs.existsSync(path.resolve(context.repo, mount.source))) {
        problems.push(`service ${name} mounts ${mount.source}, which does not exist`);
      }
      const pluginMount = /^\/var\/lib\/grafana\/plugins\/([^/]+)$/.exec(mount.target);
      if (pluginMount && pluginMount[1] !== context.appId) {
        problems.push(`service ${name} mounts the plugin as "${pluginMount[1]}", not as ${context.appId}`);
      }
    }
    const unsigned = environmentOf(service).GF_PLUGINS_ALLOW_LOADING_UNSIGNED_PLUGINS;
    for (const id of unsigned ? unsigned.split(',').map((entry) => entry.trim()) : []) {
      if (!context.pluginIds.includes(id)) {
        problems.push(`service ${name} allows unsigned plugin "${id}", which no plugin.json declares`);
      }
    }
    if (unsigned) {
      for (const id of context.pluginIds.filter((pluginId) => !unsigned.includes(pluginId))) {
        problems.push(`service ${name} does not allow the unsigned plugin ${id}`);
      }
    }
  }
  const grafana = services.grafana;
  if (grafana) {
    const image = grafanaImage(grafana);
    const version = /^grafana\/grafana(?:-oss|-enterprise)?:(\d+\.\d+\.\d+)$/.exec(image)?.[1];
    if (!version) {
      problems.push(`service grafana image "${image}" is not a pinned Grafana version`);
    } else if (!semver.satisfies(version, context.grafanaDependency)) {
      problems.push(`service grafana runs ${version}, which does not satisfy ${context.grafanaDependency}`);
    }
  }
  return problems;
}

/** The Grafana image: the service's own, or the one create-plugin's Dockerfile builds FROM its args. */
function grafanaImage(service: ComposeService): string {
  const args = service.build?.args;
  return service.image ?? `grafana/${args?.grafana_image ?? 'grafana-enterprise'}:${args?.grafana_version ?? 'latest'}`;
}

function commandWords(service: ComposeService): string[] {
  return Array.isArray(service.command) ? service.command : (service.command ?? '').split(/\s+/).filter(Boolean);
}

function dependsOn(service: ComposeService): Record<string, unknown> {
  const entries = service.depends_on ?? {};
  return Array.isArray(entries) ? Object.fromEntries(entries.map((name) => [name, {}])) : entries;
}

/**
 * The demo warehouse: the seed service loads it with `salesperf seed` through the owner login of the
 * warehouse service once the plugin is built and the warehouse is up, and Grafana starts after it.
 */
export function validateSeeding(compose: ComposeFile): string[] {
  const problems: string[] = [];
  const services = compose.services ?? {};
  const { seed, warehouse, grafana } = services;
  if (!seed || !warehouse) {
    return ['no seed or warehouse service'];
  }
  const words = commandWords(seed);
  const option = (name: string) => words[words.indexOf(`--${name}`) + 1];
  if (words.slice(0, 3).join(' ') !== 'npx salesperf seed') {
    problems.push(`service seed runs "${words.join(' ')}", not npx salesperf seed`);
  }
  if (option('engine') !== 'postgres') {
    problems.push('service seed does not seed --engine postgres');
  }
  const env = environmentOf(warehouse);
  const expectedUrl = `postgres://${env.POSTGRES_USER}:${env.POSTGRES_PASSWORD}@warehouse:5432/${env.POSTGRES_DB}`;
  if (option('url') !== expectedUrl) {
    problems.push(`service seed connects to ${option('url')}, not to the warehouse service (${expectedUrl})`);
  }
  if (!words.includes('--replace')) {
    problems.push('service seed lacks --replace, so a second `docker compose up` would fail');
  }
  if (!bindMounts(seed).some((mount) => mount.source === './')) {
    problems.push('service seed does not mount the checkout');
  }
  const needs = dependsOn(seed);
  for (const [name, condition] of [
    ['build', 'service_completed_successfully'],
    ['warehouse', 'service_healthy'],
  ]) {
    if ((needs[name] as { condition?: string } | undefined)?.condition !== condition) {
      problems.push(`service seed does not wait for ${name} (${condition})`);
    }
  }
  if (
    (dependsOn(grafana ?? {}).seed as { condition?: string } | undefined)?.condition !==
    'service_completed_successfully'
  ) {
    problems.push('service grafana does not wait for the seed to complete');
  }
  if (
    !bindMounts(warehouse).some(
      (mount) => mount.source === './provisioning/warehouse/postgres' && mount.target === '/docker-entrypoint-initdb.d'
    )
  ) {
    problems.push('service warehouse does not run provisioning/warehouse/postgres as its init scripts');
  }
  return problems;
}

/**
 * What the deployment exposes: published ports must be bound to 127.0.0.1 (or, through a variable, by default), and
 * the Grafana admin password must come from the environment with no default (`${VAR:?message}`).
 */
export function securityProblems(compose: ComposeFile): string[] {
  const problems: string[] = [];
  for (const [name, service] of Object.entries(compose.services ?? {})) {
    for (const port of (service as { ports?: Array<string | number> }).ports ?? []) {
      // 127.0.0.1, or a variable whose default is 127.0.0.1 (opened on purpose, never by default)
      if (!/^(127\.0\.0\.1|\$\{\w+:-127\.0\.0\.1\}):/.test(String(port))) {
        problems.push(`service ${name} publishes ${String(port)} on every network interface: bind it to 127.0.0.1`);
      }
    }
    const password = environmentOf(service).GF_SECURITY_ADMIN_PASSWORD;
    if (password !== undefined && !/^\$\{GF_SECURITY_ADMIN_PASSWORD:\?[^}]+\}$/.test(password)) {
      problems.push(
        `service ${name} sets GF_SECURITY_ADMIN_PASSWORD to "${password}": take it from the environment without a default (\${GF_SECURITY_ADMIN_PASSWORD:?…})`
      );
    }
  }
  const grafana = compose.services?.grafana;
  if (grafana && environmentOf(grafana).GF_SECURITY_ADMIN_PASSWORD === undefined) {
    problems.push('service grafana has no GF_SECURITY_ADMIN_PASSWORD: Grafana would start with admin / admin');
  }
  for (const volume of grafana?.volumes ?? []) {
    if (typeof volume === 'string' && volume.startsWith('.') && !volume.endsWith(':ro')) {
      problems.push(`service grafana mounts ${volume} writable: mount it :ro`);
    }
  }
  if (grafana?.build) {
    // create-plugin's Dockerfile, for development, makes anonymous visitors Admin and loads any unsigned plugin
    const env = environmentOf(grafana);
    if (env.GF_AUTH_ANONYMOUS_ENABLED !== 'false' && (env.GF_AUTH_ANONYMOUS_ORG_ROLE ?? 'Admin') === 'Admin') {
      problems.push("service grafana keeps create-plugin's anonymous Admin role: set GF_AUTH_ANONYMOUS_ORG_ROLE");
    }
    if ((env.GF_DEFAULT_APP_MODE ?? 'development') !== 'production') {
      problems.push("service grafana keeps create-plugin's development mode: set GF_DEFAULT_APP_MODE to production");
    }
  }
  return problems;
}
