import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, snap } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';

const settle = (page: Page) => page.waitForTimeout(500);
const PASSWORD = 'Demo@2026';
const GREENTOWN = '13800000003';
const ZHOU = '13900000001';
const WU = '13900000002';

async function signIn(page: Page, url: string, phone: string) {
  await page.goto(url);
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('notification-bell').waitFor();
}

async function token(server: RunningServer, phone: string): Promise<string> {
  const r = await server.gql<{ login: { accessToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { phone, password: PASSWORD } },
  );
  const t = r.data?.login.accessToken;
  if (!t) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
  return t;
}

const noSidewaysScroll = async (page: Page) =>
  expect(page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).resolves.toBeLessThanOrEqual(0);

describe('disclosures in the console', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('property staff at phone width: write, publish, revise with a note, compare, withdraw; a resident reads the history', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await signIn(page, server.url, GREENTOWN);
    await page.goto(`${server.url}/publication?channel=PROPERTY`);
    // The demo notice of 天钜银河府 (seeded with two revisions).
    await page.getByText('2026年第四季度电梯维保公示').first().waitFor();
    await settle(page);
    await noSidewaysScroll(page);
    await snap(page, 'publication-phone-list');

    await page.getByTestId('publication-new').click();
    await page.getByTestId('publication-place').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '天钜银河府' }).click();
    const title = `消防设施月度检查公示 ${Date.now() % 100000}`;
    await page.getByTestId('publication-title-input').fill(title);
    await page
      .getByTestId('publication-body-input')
      .fill(
        '<p>12 月消防设施月度检查由甲公司完成，全部合格。<script>alert(1)</script><img src="x" onerror="alert(2)"></p>',
      );
    await settle(page);
    await snap(page, 'publication-phone-editor');
    await page.getByTestId('publication-save').click();
    await page.getByTestId('publication-publish').click();
    await page.locator('.ant-tag').filter({ hasText: '已发布' }).first().waitFor();
    const id = new URL(page.url()).pathname.split('/').pop() as string;
    const body = await page.getByTestId('publication-body').innerHTML();
    expect(body).not.toMatch(/script|onerror/i);

    await page.getByTestId('publication-edit').click();
    await page
      .getByTestId('publication-body-input')
      .fill('<p>12 月消防设施月度检查由乙公司完成，发现 2 处灭火器压力不足，已更换。</p>');
    await page.getByTestId('publication-change-note').fill('更正检查单位并补充问题整改');
    await page.getByTestId('publication-save').click();
    await page.getByTestId('publication-diff-2').click();
    const diff = page.getByTestId('publication-diff');
    await diff.locator('del').first().waitFor();
    await expect(diff.locator('ins').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('乙')]),
    );
    await settle(page);
    await noSidewaysScroll(page);
    await snap(page, 'publication-phone-diff');

    await page.getByTestId('publication-withdraw').click();
    await page.locator('.ant-modal textarea').fill('检查记录待复核');
    await page
      .locator('.ant-modal')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByText('原因：检查记录待复核').waitFor();
    await settle(page);
    await snap(page, 'publication-phone-withdrawn');
    await page.close();

    // A resident of 天钜银河府 reads it through the API: withdrawn, why, both revisions, no script.
    const zhou = await token(server, ZHOU);
    const r = await server.gql<{
      publication: { status: string; withdrawalReason: string; body: string };
      publicationRevisions: { totalCount: number; edges: { node: { number: number; body: string } }[] };
    }>(
      'query($id: ID!) { publication(id: $id) { status withdrawalReason body } publicationRevisions(publicationId: $id) { totalCount edges { node { number body } } } }',
      { id },
      zhou,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.publication).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: '检查记录待复核' });
    expect(r.data?.publicationRevisions.totalCount).toBe(2);
    expect(r.data?.publicationRevisions.edges.find((e) => e.node.number === 1)?.node.body).toContain('甲公司');
    // A resident of another estate (白马御府) does not see it.
    const wu = await token(server, WU);
    const other = await server.gql('query($id: ID!) { publication(id: $id) { id } }', { id }, wu);
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('desktop: the community affairs channel and a seeded revision diff', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, server.url, GREENTOWN);
    await page.goto(`${server.url}/publication?channel=PROPERTY`);
    await page.getByTestId('publication-title').filter({ hasText: '2026年第四季度电梯维保公示' }).click();
    await page.getByTestId('publication-diff-2').click();
    await page.getByTestId('publication-diff').locator('ins').first().waitFor();
    await settle(page);
    await snap(page, 'publication-desktop-detail');
    await page.close();
  });
});
