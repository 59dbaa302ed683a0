import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, snap } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';

/** antd animates modals and toasts; let them settle before a picture. */
const settle = (page: Page) => page.waitForTimeout(500);

const PASSWORD = 'Demo@2026';
const STREET_ADMIN = '13800000001';

async function signIn(page: Page, url: string, phone: string) {
  await page.goto(url);
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('notification-bell').waitFor();
}

/** Calls the API as a third-party app would, with its key. */
async function asApp(server: RunningServer, key: string) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { errors?: { extensions?: { code?: string } }[]; extensions?: unknown },
  };
}

const startedServer = async (): Promise<RunningServer> => {
  // The console must send registered documents only: every operation this test drives proves
  // that the manifest (packages/schema/persisted-operations.json) matches what the console sends.
  const env = { TRUSTED_DOCUMENTS: 'console' };
  try {
    return await startServer(env);
  } catch {
    await new Promise((r) => setTimeout(r, 60_000));
    return startServer(env);
  }
};

describe('应用接入: a street admin registers an app, copies its key once, rotates and revokes it', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startedServer();
    browser = await launchBrowser();
  }, 200_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('desktop (zh-CN): create → key shown once → the key works → rotate → revoke → refused', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    const bodies: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.method() === 'POST') bodies.push(r.postData() ?? '');
    });
    await signIn(page, server.url, STREET_ADMIN);
    await page.getByRole('menuitem', { name: '应用接入' }).click();
    await page.getByRole('button', { name: '新建应用' }).click();
    const form = page.locator('.ant-modal').filter({ hasText: '所属组织' });
    await form.waitFor();
    await form.getByLabel('所属组织').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '绿城物业' }).first().click();
    await form.getByLabel('应用名称').fill('绿城业主小程序');
    await form.getByLabel('允许的来源').fill('https://h5.example.com');
    await form.getByLabel('允许的来源').press('Enter');
    await settle(page);
    await snap(page, 'api-client-desktop-create');
    await form.locator('.ant-modal-footer .ant-btn-primary').click();

    const keyBox = page.getByTestId('api-key');
    await keyBox.waitFor();
    const key = ((await keyBox.textContent()) ?? '').trim();
    expect(key).toMatch(/^ak_[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43}$/);
    await settle(page);
    await snap(page, 'api-client-desktop-key-once');
    await page.getByRole('button', { name: '我已保存' }).click();

    const ok = await asApp(server, key);
    expect(ok.status).toBe(200);
    expect(ok.body.extensions).toMatchObject({ cost: { requested: 0 } });

    const row = page.getByTestId('app-绿城业主小程序');
    await row.waitFor();
    await row.getByRole('button', { name: '轮换密钥' }).click();
    const rotate = page.locator('.ant-modal').filter({ hasText: '旧密钥过渡期' });
    await rotate.waitFor();
    await settle(page);
    await snap(page, 'api-client-desktop-rotate');
    await rotate.locator('.ant-modal-footer .ant-btn-primary').click();
    await keyBox.waitFor();
    const newKey = ((await keyBox.textContent()) ?? '').trim();
    expect(newKey).not.toBe(key);
    await page.getByRole('button', { name: '我已保存' }).click();
    // Both keys work during the overlap (one day by default).
    expect((await asApp(server, key)).status).toBe(200);
    expect((await asApp(server, newKey)).status).toBe(200);
    await row.getByText(/旧密钥有效至/).waitFor();
    await settle(page);
    await snap(page, 'api-client-desktop-list-rotated');

    // antd spaces two-character Chinese button labels (吊 销).
    await row.getByRole('button', { name: /吊\s*销/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /吊\s*销/ })
      .click();
    await page.getByText('已保存').last().waitFor();
    await page.getByText('显示已吊销').click();
    await page.getByTestId('app-绿城业主小程序').getByText('已吊销').waitFor();
    await settle(page);
    await snap(page, 'api-client-desktop-revoked');
    const refused = await asApp(server, newKey);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('APP_KEY_REVOKED');

    // The console sent its operations by id: registered documents, no document text.
    const byId = bodies.map((b) => JSON.parse(b) as { query?: string; extensions?: { persistedQuery?: unknown } });
    expect(byId.length).toBeGreaterThan(3);
    expect(byId.every((b) => b.extensions?.persistedQuery && b.query === undefined)).toBe(true);
    await page.close();
  });

  it('phone (en-US, 390 px): the list as cards, the create form fits', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'en-US' });
    await signIn(page, server.url, STREET_ADMIN);
    await page.evaluate(() => localStorage.setItem('roundtable.locale', 'en-US'));
    await page.goto(`${server.url}/api-client?revoked=1`);
    await page.getByText('API apps').first().waitFor();
    await page.getByTestId('app-绿城业主小程序').waitFor();
    await settle(page);
    await snap(page, 'api-client-phone-list');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('button', { name: 'New app' }).click();
    await page.locator('.ant-modal').filter({ hasText: 'Allowed origins' }).waitFor();
    await settle(page);
    await snap(page, 'api-client-phone-create');
    await page.close();
  });
});
