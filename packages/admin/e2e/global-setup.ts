import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const ADMIN_ROOT = resolve(import.meta.dirname, '..');
const ROOT = resolve(ADMIN_ROOT, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built console the browser tests serve. */
    adminDir: string;
  }
}

/**
 * The browser tests need a built console. packages/admin/dist is used when it was built from the
 * current sources (`pnpm build` just ran); otherwise the console is built into .e2e-dist (skipped
 * when that build is current). Never into dist: a `pnpm start` may be serving it right now.
 */
export default async function setup(project: TestProject): Promise<void> {
  const build = (await import(resolve(ROOT, 'scripts/build.mjs'))) as {
    isFresh(name: string): boolean;
    inputHash(step: unknown): string;
    markBuilt(name: string, hash: string): void;
    STEPS: Record<string, { inputs: string[] }>;
  };
  if (build.isFresh('console')) {
    project.provide('adminDir', resolve(ADMIN_ROOT, 'dist'));
    return;
  }
  const outDir = resolve(ADMIN_ROOT, '.e2e-dist');
  const hash = build.inputHash(build.STEPS.console);
  const stamp = `e2e-${hash}`;
  const { existsSync, readFileSync, writeFileSync } = await import('node:fs');
  const stampFile = resolve(outDir, '.inputs-hash');
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    console.log('e2e: building the console into packages/admin/.e2e-dist');
    const r = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: ADMIN_ROOT,
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test; inherited, vite would bundle React's development build (≈ 350 KB gzip initial).
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (r.status !== 0) throw new Error('e2e: console build failed');
    writeFileSync(stampFile, stamp);
  }
  project.provide('adminDir', outDir);
}
