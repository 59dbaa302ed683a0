import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const RESIDENT_ROOT = resolve(import.meta.dirname, '..');
const ROOT = resolve(RESIDENT_ROOT, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built resident H5 the browser tests serve at /m/. */
    residentDir: string;
  }
}

/**
 * The browser tests need a built H5: packages/resident/dist/h5 when `pnpm build` built it from the
 * current sources, else a build into .e2e-dist (skipped when that one is current). Never into dist.
 */
export default async function setup(project: TestProject): Promise<void> {
  const build = (await import(resolve(ROOT, 'scripts/build.mjs'))) as {
    isFresh(name: string): boolean;
    inputHash(step: unknown): string;
    STEPS: Record<string, { inputs: string[] }>;
  };
  if (build.isFresh('resident')) {
    project.provide('residentDir', resolve(RESIDENT_ROOT, 'dist/h5'));
    return;
  }
  const outDir = resolve(RESIDENT_ROOT, '.e2e-dist');
  const stamp = `e2e-${build.inputHash(build.STEPS.resident)}`;
  const stampFile = resolve(outDir, '.inputs-hash');
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    console.log('e2e: building the resident H5 into packages/resident/.e2e-dist');
    const r = spawnSync('pnpm', ['exec', 'taro', 'build', '--type', 'h5'], {
      cwd: RESIDENT_ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', RESIDENT_OUT_DIR: '.e2e-dist' },
    });
    if (r.status !== 0) throw new Error('e2e: resident build failed');
    writeFileSync(stampFile, stamp);
  }
  project.provide('residentDir', outDir);
}
