// Boot check of the *compiled* server (STACK trap 4): node dist/main.js on a fresh SQLite file must
// become ready, answer GraphQL, serve the console, and exit 0 on SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'rt-boot-'));
const port = await new Promise((res) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => res(p));
  });
});
const child = spawn(process.execPath, ['dist/main.js'], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite://${join(dir, 'boot.sqlite')}`,
    DB_SEED_DEMO: 'true',
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const exited = new Promise((r) => child.on('exit', (code) => r(code)));
const url = `http://127.0.0.1:${port}`;
let ok = false;
const fail = (msg) => {
  console.error(`boot-check: ${msg}`);
  child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
};
for (let i = 0; i < 240 && child.exitCode === null; i++) {
  try {
    if ((await fetch(`${url}/readyz`)).ok) {
      ok = true;
      break;
    }
  } catch {}
  await new Promise((r) => setTimeout(r, 250));
}
if (!ok) fail('compiled server did not become ready');
const gql = await fetch(`${url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ __typename serverInfo { version } }' }),
}).then((r) => r.json());
if (gql?.data?.__typename !== 'Query') fail(`unexpected GraphQL answer ${JSON.stringify(gql)}`);
const home = await fetch(url, { headers: { accept: 'text/html' } });
if (!home.ok || !(await home.text()).includes('id="root"')) fail('console shell not served at /');
child.kill('SIGTERM');
const code = await exited;
rmSync(dir, { recursive: true, force: true });
if (code !== 0) fail(`exit code ${code} after SIGTERM`);
console.log('boot-check: compiled server booted, answered, served the console and stopped cleanly');
