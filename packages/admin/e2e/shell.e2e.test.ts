import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, snap, watchCsp } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';

describe('console shell served by the API process', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('serves the console at / and client routes fall back to it', async () => {
    const res = await fetch(`${server.url}/some/client/route`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
  });

  it('the built pages have no inline script, and are served under a CSP that forbids one', async () => {
    for (const [path, accept] of [
      ['/', 'text/html'],
      ['/graphql', 'text/html'],
    ] as const) {
      const res = await fetch(`${server.url}${path}`, { headers: { accept } });
      const html = await res.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, `${path}: inline script`).toMatch(/\ssrc=/);
      expect(html, `${path}: inline event handler`).not.toMatch(/\son[a-z]+=/i);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it('shows the login page at / when signed out, in zh-CN at desktop and phone width', async () => {
    for (const [name, viewport] of [
      ['shell-desktop', DESKTOP],
      ['shell-phone', PHONE],
    ] as const) {
      const page = await browser.newPage({ viewport, locale: 'zh-CN' });
      const violations = await watchCsp(page);
      await page.goto(server.url);
      await page.getByText('工作人员登录').waitFor();
      await page.getByLabel('手机号').waitFor();
      await snap(page, name);
      expect(violations, 'CSP violations').toEqual([]);
      await page.close();
    }
  });

  it('talks to /graphql: after sign-in the home page is the dashboard, without developer facts', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    const violations = await watchCsp(page);
    // The notification centre subscribes over graphql-ws: the socket must pass connect-src 'self'.
    const sockets: string[] = [];
    page.on('websocket', (ws) => ws.on('framereceived', () => sockets.push(ws.url())));
    await page.goto(server.url);
    await page.getByLabel('手机号').fill('13800000000');
    await page.getByLabel('密码').fill('Demo@2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('current-user').waitFor();
    await page.getByRole('menuitem').first().waitFor();
    await page.waitForTimeout(1500);
    expect(await page.getByText(/接口版本/).count()).toBe(0);
    await expect.poll(() => sockets.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(new URL(sockets[0] as string).pathname).toBe('/graphql');
    expect(violations, 'CSP violations (inline script, style, image, WebSocket)').toEqual([]);
    await page.close();
  });
});
