import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, snap } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';

/** antd animates drawers and segmented controls; let them settle before a picture. */
const settle = (page: Page) => page.waitForTimeout(450);

const LI_JUAN = { phone: '13800000002', password: 'Demo@2026' };

async function signIn(page: Page, url: string) {
  await page.goto(url);
  await page.getByLabel('手机号').fill(LI_JUAN.phone);
  await page.getByLabel('密码').fill(LI_JUAN.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('notification-bell').waitFor();
}

describe('identity: community staff verify a resident and find it in the audit log', () => {
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

  it('rejects a wrong password with a translated message', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await page.goto(server.url);
    await page.getByLabel('手机号').fill(LI_JUAN.phone);
    await page.getByLabel('密码').fill('wrong-password-1');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('手机号或密码错误').waitFor();
    await page.close();
  });

  it('desktop: 李娟 approves 郑同学 (银塆学府), then finds the approval in 审计日志', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, server.url);
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('专管员 李娟');
    await snap(page, 'identity-desktop-home');

    await page.getByRole('menuitem', { name: '住户认证' }).click();
    const row = page.getByRole('row').filter({ hasText: '居民 郑同学' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('银塆学府');
    await expect(row.textContent()).resolves.toContain('139****0003');
    await snap(page, 'identity-desktop-queue');

    await row.getByRole('button', { name: /通\s*过/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /通\s*过/ })
      .click();
    await page.getByText('已通过认证').waitFor();
    await page.getByText('没有待认证的申请').waitFor();

    await page.getByRole('menuitem', { name: '审计日志' }).click();
    const entry = page.getByRole('row').filter({ hasText: '认证通过' });
    await entry.waitFor();
    await expect(entry.textContent()).resolves.toContain('专管员 李娟');
    await expect(entry.getByTitle('household.binding.approve').count()).resolves.toBe(1);
    await snap(page, 'identity-desktop-audit');

    // The URL reproduces a filtered screen.
    await page.goto(`${server.url}/audit?op=household.binding.approve`);
    await page.getByRole('row').filter({ hasText: '认证通过' }).waitFor();
    await page.close();
  });

  it('phone (390×844): the menu is a drawer; the queue history and audit log are usable', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await signIn(page, server.url);
    await settle(page);
    await snap(page, 'identity-phone-home');

    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('menuitem', { name: '住户认证' }).click();
    await page.getByText('没有待认证的申请').waitFor();
    await page.locator('.ant-segmented').getByText('已通过', { exact: true }).click();
    await page.getByTestId('binding-card').filter({ hasText: '居民 郑同学' }).waitFor();
    await page.locator('.ant-segmented-item-selected').filter({ hasText: '已通过' }).waitFor();
    expect(page.url()).toContain('status=APPROVED');
    await settle(page);
    await snap(page, 'identity-phone-queue');

    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.getByTestId('audit-card').filter({ hasText: '认证通过' }).waitFor();
    await page.locator('.ant-drawer-content').waitFor({ state: 'hidden' });
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, 'identity-phone-audit');

    // Open the menu drawer for a picture of it too.
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('menuitem', { name: '审计日志' }).waitFor();
    await settle(page);
    await snap(page, 'identity-phone-menu');
    await page.close();
  });
});
