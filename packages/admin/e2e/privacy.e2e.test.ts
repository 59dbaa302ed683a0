import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, snap } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';

const PASSWORD = 'Demo@2026';
const BOXUE_STAFF = '13800000002';
const RESIDENT2 = '13900000002';

async function signIn(page: Page, url: string, phone: string) {
  await page.goto(url);
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('notification-bell').waitFor();
}

/** 注销申请: a resident asks for erasure over the API; community staff complete it in the console. */
describe('erasure requests: community staff complete a resident’s request', () => {
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

  it('desktop: pending list → complete → the resident can no longer sign in', async () => {
    const login = 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }';
    const signed = await server.gql<{ login: { accessToken: string } }>(login, {
      i: { phone: RESIDENT2, password: PASSWORD },
    });
    const token = signed.data?.login.accessToken;
    const asked = await server.gql('mutation { requestErasure { request { id } } }', {}, token);
    expect(asked.errors).toBeUndefined();

    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, server.url, BOXUE_STAFF);
    await page.goto(`${server.url}/privacy`);
    const button = page.getByTestId('complete-erasure');
    await button.waitFor();
    await snap(page, 'privacy-desktop-pending');
    await button.click();
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('已完成注销').waitFor();
    await expect.poll(() => page.getByTestId('complete-erasure').count()).toBe(0);
    await snap(page, 'privacy-desktop-completed');
    const again = await server.gql(login, { i: { phone: RESIDENT2, password: PASSWORD } });
    expect(again.errors?.[0]?.extensions?.code).toBeDefined();
  });
});
