import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, snap } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';

const PASSWORD = 'Demo@2026';
const LI_JUAN = '13800000002';
const STREET_ADMIN = '13800000001';

async function signIn(page: Page, url: string, phone: string) {
  await page.goto(url);
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** Waits for the dashboard's figures and charts (canvas drawn) to settle. */
async function dashboardReady(page: Page) {
  await page.getByTestId('dashboard').waitFor();
  await page.getByTestId('kpi-valid').waitFor();
  await page.locator('[role="img"] canvas').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(1200);
}

/** The overdue-equipment tile's figure (the community's equipment overdue for maintenance today). */
async function overdueTile(page: Page): Promise<number> {
  const value = page.getByTestId('kpi-overdueEquipment').locator('.ant-statistic-content-value');
  await expect.poll(async () => (await value.textContent())?.trim(), { timeout: 10_000 }).toMatch(/^\d+$/);
  return Number(await value.textContent());
}

describe('analysis: the staff home dashboard and the assessment table (zh-CN)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, 200_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('desktop: community staff see today’s work, KPI cards with definitions, charts and the assessment', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, server.url, LI_JUAN);
    await dashboardReady(page);
    await page.getByTestId('todays-work').getByText('待受理').waitFor();
    // Three charts: trend, categories, estates.
    expect(await page.locator('[role="img"] canvas').count()).toBe(3);
    const valid = await page.getByTestId('kpi-valid').locator('.ant-statistic-content').textContent();
    expect(Number(valid)).toBeGreaterThan(0);
    // 逾期设备: the demo's overdue elevator (天钜银河府, last half-monthly visit 20 days ago), same round-trip.
    expect(await overdueTile(page)).toBe(1);
    // The definition is the tooltip.
    await page.getByTestId('kpi-replyRate').getByText('答复率').hover();
    await page.getByText('已答复的有效诉求 ÷ 有效诉求。').waitFor();
    await snap(page, 'analysis-dashboard-desktop');
    // The assessment table lists the handling organisations.
    const table = page.getByTestId('assessment');
    await table.getByText('博学路社区居委会').first().waitFor();
    await table.scrollIntoViewIfNeeded();
    await snap(page, 'analysis-assessment-desktop');
    // Today's work links into the filtered workbench.
    await page.getByTestId('todays-work').getByText('待受理').click();
    await page.waitForURL(/\/tickets\?.*states=SUBMITTED/);
    // The workbench exports what it shows: a CSV with a byte-order mark, Chinese intact, progress shown.
    await page.getByTestId('export-tickets').hover();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByText('CSV（Excel 可直接打开）').click(),
    ]);
    await page.getByText(/导出完成/).waitFor();
    const bytes = readFileSync((await file.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split(/\r?\n/);
    expect(lines[0]?.startsWith('编号,标题,状态')).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toContain(',已提交,');
    expect(file.suggestedFilename()).toBe('我要说事.csv');
    await snap(page, 'analysis-export-desktop');
    await page.close();
  });

  it('phone: the street admin sees its communities side by side, and the figures page', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await signIn(page, server.url, STREET_ADMIN);
    await dashboardReady(page);
    await page.getByText('社区对比（%）').waitFor();
    // Across all communities there is no single figure: the tile asks for a community.
    await page.getByTestId('kpi-overdueEquipment').getByText('选择社区后显示').waitFor();
    await snap(page, 'analysis-dashboard-phone');
    // Narrowed to one community, the tile shows that community's figure.
    await page.getByLabel('社区', { exact: true }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '博学路社区' }).first().click();
    expect(await overdueTile(page)).toBe(1);
    await page.goto(`${server.url}/analysis`);
    await page.getByTestId('kpi-valid').waitFor();
    await page.getByText('责任单位考核（三率）').waitFor();
    await page.waitForTimeout(800);
    await snap(page, 'analysis-assessment-phone');
    await page.close();
  });

  it('phone: community staff follow the overdue-equipment tile to the register filtered to overdue', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await signIn(page, server.url, LI_JUAN);
    await dashboardReady(page);
    const tile = page.getByTestId('kpi-overdueEquipment');
    expect(await overdueTile(page)).toBe(1);
    await tile.getByText('逾期设备').waitFor();
    // Nothing overflows the 390 px viewport.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await tile.scrollIntoViewIfNeeded();
    await snap(page, 'analysis-overdue-equipment-phone');
    await tile.getByRole('link').click();
    await page.waitForURL(/\/property\?.*status=OVERDUE/);
    expect(new URL(page.url()).searchParams.get('community')).toBeTruthy();
    // The community's register, overdue only: the elevator, with its estate named; not the one in order.
    const row = page.getByTestId('equipment-31103301002019001');
    await row.waitFor();
    await row.getByText('天钜银河府').waitFor();
    expect(await row.locator('[data-status]').getAttribute('data-status')).toBe('OVERDUE');
    expect(await page.getByTestId('equipment-XF-TJ-001').count()).toBe(0);
    expect(await page.getByTestId('equipment-31103301002019002').count()).toBe(0);
    // Once the tabs have measured themselves (their overflow menu comes a frame later), nothing overflows.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snap(page, 'analysis-overdue-equipment-register-phone');
    await page.close();
  });
});
