import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const SERVER_ROOT = resolve(import.meta.dirname, '../..');
const TSX = resolve(SERVER_ROOT, 'node_modules/.bin/tsx');

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

export interface Spawned {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  waitFor(text: string, timeoutMs?: number): Promise<void>;
}

/**
 * Runs the server entry point (src/main.ts through tsx) as its own process. `direct`: one node
 * process with tsx's loader instead of the tsx CLI (which runs the server in a child process of its
 * own), so that SIGKILL of `child` kills the server itself.
 */
export function spawnServer(
  env: Record<string, string>,
  cwd = SERVER_ROOT,
  options: { direct?: boolean } = {},
): Spawned {
  const [command, args] = options.direct
    ? [process.execPath, ['--import', 'tsx', 'src/main.ts']]
    : [TSX, ['src/main.ts']];
  const child = spawn(command, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const listeners: (() => void)[] = [];
  const onData = (d: Buffer) => {
    out += d.toString();
    for (const l of listeners) l();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return {
    child,
    output: () => out,
    exited,
    waitFor(text, timeoutMs = 20_000) {
      return new Promise((res, rej) => {
        const check = () => {
          if (out.includes(text)) res();
        };
        listeners.push(check);
        check();
        setTimeout(() => rej(new Error(`timed out waiting for "${text}"; output:\n${out}`)), timeoutMs).unref();
      });
    },
  };
}
