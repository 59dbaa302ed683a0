#!/usr/bin/env node
/**
 * Structural check of the mini-program build (run after `build:weapp`, and in CI through `pnpm build`):
 * app.json lists every page of src/app.config.ts, each page has its .js, .json and .wxml, and the
 * project file for WeChat's developer tools is there.
 *
 *   node scripts/check-weapp.mjs [dir]     (default dist/weapp)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

export function expectedPages() {
  const src = readFileSync(join(ROOT, 'src/app.config.ts'), 'utf8');
  const block = /pages:\s*\[([^\]]*)\]/.exec(src)?.[1] ?? '';
  return [...block.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

export function checkWeapp(dir) {
  const problems = [];
  const appJson = join(dir, 'app.json');
  if (!existsSync(appJson)) return [`${appJson} is missing`];
  const app = JSON.parse(readFileSync(appJson, 'utf8'));
  const want = expectedPages();
  if (JSON.stringify(app.pages) !== JSON.stringify(want)) {
    problems.push(`app.json pages ${JSON.stringify(app.pages)} are not src/app.config.ts's ${JSON.stringify(want)}`);
  }
  for (const page of want) {
    for (const ext of ['js', 'json', 'wxml']) {
      if (!existsSync(join(dir, `${page}.${ext}`))) problems.push(`${page}.${ext} is missing`);
    }
  }
  for (const f of ['app.js', 'app.wxss', 'project.config.json']) {
    if (!existsSync(join(dir, f))) problems.push(`${f} is missing`);
  }
  if (existsSync(join(dir, 'project.config.json'))) {
    const project = JSON.parse(readFileSync(join(dir, 'project.config.json'), 'utf8'));
    if (project.compileType !== 'miniprogram') problems.push('project.config.json: compileType is not miniprogram');
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? join(ROOT, 'dist/weapp'));
  const problems = checkWeapp(dir);
  if (problems.length) {
    for (const p of problems) console.error(`weapp: ${p}`);
    process.exit(1);
  }
  console.log(
    `weapp: app.json lists all ${expectedPages().length} pages, each with .js/.json/.wxml; project.config.json present`,
  );
}
