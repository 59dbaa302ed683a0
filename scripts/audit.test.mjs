// Tests of scripts/audit.mjs against a stand-in advisory service: `node --test scripts/audit.test.mjs`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { lockedPackages } from './audit.mjs';

const SCRIPT = resolve(import.meta.dirname, 'audit.mjs');
const dir = mkdtempSync(join(tmpdir(), 'rt-audit-'));
const LOCK = join(dir, 'pnpm-lock.yaml');
writeFileSync(
  LOCK,
  `lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      fastify:
        specifier: 5.12.8
        version: 5.12.8

packages:

  '@fastify/helmet@13.2.0':
    resolution: {integrity: sha512-x}

  fastify@5.12.8:
    resolution: {integrity: sha512-y}

  lodash@4.17.20:
    resolution: {integrity: sha512-z}

  '@roundtable/schema@link:../schema':
    resolution: {directory: ../schema}

snapshots:

  fastify@5.12.8:
    dependencies:
      lodash: 4.17.20
`,
);

const HIGH = {
  lodash: [
    {
      id: 1106913,
      url: 'https://github.com/advisories/GHSA-35jh-r3h4-6jhm',
      title: 'Command Injection in lodash',
      severity: 'high',
      vulnerable_versions: '<4.17.21',
    },
  ],
};
const MODERATE = { lodash: [{ ...HIGH.lodash[0], severity: 'moderate' }] };

let answer = { status: 200, body: {} };
let lastRequest = null;
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    lastRequest = JSON.parse(gunzipSync(Buffer.concat(chunks)).toString());
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer.body));
  });
});
let url;
before(async () => {
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${server.address().port}/bulk`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

function allowlist(entries) {
  const file = join(dir, `allow-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ entries }));
  return file;
}

function run(env) {
  return new Promise((res) => {
    const child = spawn(process.execPath, [SCRIPT], {
      env: { ...process.env, AUDIT_LOCKFILE: LOCK, AUDIT_URL: url, AUDIT_ALLOWLIST: allowlist([]), ...env },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => res({ code, out }));
  });
}

const today = new Date().toISOString().slice(0, 10);

test('reads every registry package of the lockfile, not workspace links', () => {
  const pkgs = lockedPackages(readFileSync(LOCK, 'utf8'));
  assert.deepEqual(
    [...pkgs].map(([n, v]) => `${n}@${[...v]}`),
    ['@fastify/helmet@13.2.0', 'fastify@5.12.8', 'lodash@4.17.20'],
  );
});

test('no advisory: passes, and sends the locked versions', async () => {
  answer = { status: 200, body: {} };
  const r = await run({});
  assert.equal(r.code, 0, r.out);
  assert.deepEqual(lastRequest, { '@fastify/helmet': ['13.2.0'], fastify: ['5.12.8'], lodash: ['4.17.20'] });
  assert.match(r.out, /3 packages checked; advisories: none/);
});

test('a high advisory not in the allow-list fails the run, naming it', async () => {
  answer = { status: 200, body: HIGH };
  const r = await run({});
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /NOT ALLOWED +high +GHSA-35jh-r3h4-6jhm lodash@4\.17\.20/);
});

test('the same advisory in the allow-list (reviewed today) passes', async () => {
  answer = { status: 200, body: HIGH };
  const file = allowlist([
    { id: 'GHSA-35jh-r3h4-6jhm', package: 'lodash', reason: 'template() is never called', reviewed: today },
  ]);
  const r = await run({ AUDIT_ALLOWLIST: file });
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /allowed +high +GHSA-35jh-r3h4-6jhm/);
});

test('an allow-list entry reviewed more than 180 days ago fails until reviewed again', async () => {
  answer = { status: 200, body: HIGH };
  const file = allowlist([{ id: 'GHSA-35jh-r3h4-6jhm', package: 'lodash', reason: 'x', reviewed: '2020-01-01' }]);
  const r = await run({ AUDIT_ALLOWLIST: file });
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /review it again/);
});

test('a moderate advisory is reported but does not fail', async () => {
  answer = { status: 200, body: MODERATE };
  const r = await run({});
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /below the bar +moderate/);
});

test('the service refusing (HTTP 405) or unreachable: a warning, exit 0; AUDIT_STRICT=1 fails', async () => {
  answer = { status: 405, body: {} };
  const refused = await run({});
  assert.equal(refused.code, 0, refused.out);
  assert.match(refused.out, /::warning::audit: the advisory service could not be asked \(HTTP 405/);
  const strict = await run({ AUDIT_STRICT: '1' });
  assert.equal(strict.code, 1, strict.out);
  // A port nothing listens on: the one the stand-in used, once it is closed.
  const closed = createServer();
  await new Promise((r) => closed.listen(0, '127.0.0.1', r));
  const port = closed.address().port;
  await new Promise((r) => closed.close(r));
  const unreachable = await run({ AUDIT_URL: `http://127.0.0.1:${port}/bulk`, AUDIT_TIMEOUT_MS: '2000' });
  assert.equal(unreachable.code, 0, unreachable.out);
  assert.match(unreachable.out, /could not be asked \(ECONNREFUSED\)/);
});
