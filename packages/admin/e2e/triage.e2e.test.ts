import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, snap } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';

/** antd animates drawers, modals and toasts; let them settle before a picture. */
const settle = (page: Page) => page.waitForTimeout(500);

const PASSWORD = 'Demo@2026';
const LI_JUAN = '13800000002';
const ZHOU = '13900000001';

/** Five ways of complaining about one crossing (the article's 12 December case). */
const CROSSING: [string, string][] = [
  ['横五路与育才路口早高峰拥堵', '每天早上七点半到八点半，横五路和育才路交叉口车排很长，过一个路口要二十分钟。'],
  ['育才路横五路交叉口天天堵车', '这个路口红绿灯时间太短，车辆和电动车抢行，天天堵。'],
  ['医院右转车道开通后路口堵死了', '医院门口新开的右转车道让横五路口更堵了，早上上班根本走不动。'],
  ['横五路口早上堵车严重', '送孩子上学经过横五路育才路路口，堵了半个小时，希望交警来疏导。'],
  ['育才路口拥堵问题', '育才路和横五路交叉口早晚高峰都堵，车道设置不合理。'],
];

async function signIn(page: Page, url: string, phone: string) {
  await page.goto(url);
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('notification-bell').waitFor();
}

/** The demo resident raises the five complaints over the API; returns their ids. */
async function burst(server: RunningServer): Promise<string[]> {
  const login = await server.gql<{ login: { accessToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { phone: ZHOU, password: PASSWORD } },
  );
  const token = login.data?.login.accessToken as string;
  const me = await server.gql<{ myHouseholdBindings: { status: string; estate: { community: { id: string } } }[] }>(
    '{ myHouseholdBindings { status estate { community { id } } } }',
    {},
    token,
  );
  const communityId = me.data?.myHouseholdBindings.find((b) => b.status === 'APPROVED')?.estate.community.id;
  const cats = await server.gql<{ ticketCategories: { id: string; code: string }[] }>(
    'query($c: ID!) { ticketCategories(communityId: $c) { id code } }',
    { c: communityId },
    token,
  );
  const categoryId = cats.data?.ticketCategories[0]?.id;
  const ids: string[] = [];
  for (const [title, body] of CROSSING) {
    const r = await server.gql<{ submitTicket: { ticket: { id: string } } }>(
      'mutation($input: SubmitTicketInput!) { submitTicket(input: $input) { ticket { id } } }',
      {
        input: {
          categoryId,
          title,
          body,
          communityId,
          locationText: '横五路育才路口',
          anonymous: false,
          idempotencyKey: `e2e-hot-${Date.now()}-${ids.length}`,
          photoFileIds: [],
        },
      },
      token,
    );
    if (!r.data) throw new Error(`submit failed: ${JSON.stringify(r.errors)}`);
    ids.push(r.data.submitTicket.ticket.id);
  }
  return ids;
}

describe('triage: similar matters in the drawer, hot topics merged in one action', () => {
  let server: RunningServer;
  let browser: Browser;
  let ids: string[];
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ids = await burst(server);
  }, 200_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('desktop: the drawer lists similar matters and merges one; the hot topic merges the rest', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, server.url, LI_JUAN);
    // The newest complaint: the others are similar to it.
    await page.goto(`${server.url}/tickets?ticket=${ids[4]}`);
    const drawer = page.locator('.ant-drawer').filter({ hasText: '处理记录' });
    const panel = drawer.getByTestId('similar-tickets');
    await panel.getByTestId('similar-ticket').first().waitFor();
    const listed = await panel.getByTestId('similar-ticket').allTextContents();
    console.log('similar to 育才路口拥堵问题:', listed);
    expect(listed.filter((l) => /横五路|育才路|路口/.test(l)).length).toBeGreaterThanOrEqual(4);
    expect(listed[0]).toMatch(/相似度 \d+%/);
    await settle(page);
    await snap(page, 'triage-desktop-similar');

    // Merge the first similar matter into this one, confirmed.
    const first = panel.getByTestId('similar-ticket').first();
    const firstTitle = (await first.locator('strong').textContent()) ?? '';
    await first.getByTestId('merge-similar').click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.getByText('已合并').last().waitFor();
    await expect
      .poll(async () =>
        (await panel.getByTestId('similar-ticket').allTextContents()).some((t) => t.includes(firstTitle)),
      )
      .toBe(false);
    await drawer.locator('.ant-drawer-close').click();

    // The hot topic: raised by the burst, merged in one action.
    await page.goto(`${server.url}/triage?state=OPEN`);
    const row = page.getByTestId('hot-topic').first();
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('横五路与育才路口早高峰拥堵');
    await settle(page);
    await snap(page, 'triage-desktop-hot-topics');
    await row.getByTestId('merge-all').click();
    const modal = page.locator('.ant-modal').filter({ hasText: '合并热点的全部诉求' });
    await modal.getByTestId('primary-option').first().waitFor();
    await settle(page);
    await snap(page, 'triage-desktop-merge-all');
    await modal.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByText(/已合并 \d+ 件诉求/).waitFor();
    await page.goto(`${server.url}/triage?state=MERGED`);
    await page.getByTestId('hot-topic').first().waitFor();
    await expect(page.getByTestId('hot-topic').first().textContent()).resolves.toContain('已合并');
    await page.close();
  });

  it('phone: the hot-topic list at 390 px', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await signIn(page, server.url, LI_JUAN);
    await page.goto(`${server.url}/triage`);
    await page.getByTestId('hot-topic').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await settle(page);
    await snap(page, 'triage-phone-hot-topics');
    await page.close();
  });
});
