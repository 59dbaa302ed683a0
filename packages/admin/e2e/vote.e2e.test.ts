import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, DESKTOP, launchBrowser, PHONE, snap } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';

const settle = (page: Page) => page.waitForTimeout(500);
const PASSWORD = 'Demo@2026';
const COMMITTEE = '13800000004';
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

async function signIn(page: Page, url: string, phone: string) {
  await page.goto(url);
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('notification-bell').waitFor();
}

/**
 * 业主表决: the committee of 天钜银河府 opens the demo vote (47 of 71 owners in, one short of
 * two thirds), enters the developer's signed paper ballot with its scan, and watches the live
 * tally pass its participation threshold.
 */
describe('owners’ vote: the committee enters a paper ballot and the tally passes its threshold', () => {
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

  it('desktop: list → vote → paper ballot → passed', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, server.url, COMMITTEE);
    await page.goto(`${server.url}/vote`);
    const link = page.getByRole('link', { name: /关于续聘物业服务企业/ });
    await link.waitFor();
    await settle(page);
    await snap(page, 'vote-desktop-list');
    await link.click();
    const outcome = page.getByTestId('matter-outcome-0');
    await expect.poll(() => outcome.textContent()).toBe('未通过');
    await expect.poll(() => page.getByTestId('matter-reason-0').textContent()).toContain('参与人数 66.2 % < 2/3');
    await page.goto(`${page.url()}?roll=NOT_VOTED`);
    const developer = page.getByTestId('voter-developer');
    await developer.waitFor();
    await settle(page);
    await snap(page, 'vote-desktop-before');

    await developer.getByRole('button', { name: '录入纸质票' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    for (const i of [0, 1]) await dialog.getByTestId(`paper-choice-${i}`).getByText('同意').click();
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'ballot.pdf', mimeType: 'application/pdf', buffer: PDF });
    await dialog.getByText(/✓/).waitFor();
    await settle(page);
    await page.evaluate(() => window.scrollTo(0, 0)); // a full-page shot of a scrolled page draws the fixed header mid-page
    await snap(page, 'vote-desktop-paper-ballot');
    await page.getByTestId('paper-save').click();
    await expect.poll(() => outcome.textContent(), { timeout: 15_000 }).toBe('通过');
    expect(await page.getByTestId('matter-reason-0').textContent()).toMatch(
      /^参与面积 73\.6 % ≥ 2\/3；参与人数 67\.6 % ≥ 2\/3；同意面积 .* > 1\/2；同意人数 .* > 1\/2 → 通过$/,
    );
    await settle(page);
    await page.evaluate(() => window.scrollTo(0, 0)); // a full-page shot of a scrolled page draws the fixed header mid-page
    await snap(page, 'vote-desktop-after');
    await page.close();
  });

  it('phone: the tally and roll read at 390 px', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await signIn(page, server.url, COMMITTEE);
    await page.goto(`${server.url}/vote`);
    await page
      .getByText(/关于续聘物业服务企业/)
      .first()
      .click();
    await page.getByTestId('vote-tally').waitFor();
    await page.goto(`${page.url()}?roll=VOTED`);
    await page.getByTestId('voter-developer').waitFor();
    await settle(page);
    await snap(page, 'vote-phone-detail');
    // The first screen as a phone shows it (the full page is long: the roll's cards follow).
    await page.screenshot({ path: resolve(ARTIFACTS, 'vote-phone-first-screen.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
