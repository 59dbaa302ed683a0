import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, snap } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';

/** antd animates drawers, modals and toasts; let them settle before a picture. */
const settle = (page: Page) => page.waitForTimeout(600);

const PASSWORD = 'Demo@2026';
const LI_JUAN = '13800000002'; // community staff of 博学路社区
const GREENTOWN = '13800000003'; // property staff of 绿城物业
const STREET = '13800000001'; // street admin of 北干街道
const ZHOU = '13900000001'; // resident of 天钜银河府

async function signIn(page: Page, url: string, phone: string) {
  await page.goto(url);
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('notification-bell').waitFor();
}

async function tokenOf(server: RunningServer, phone: string): Promise<string> {
  const r = await server.gql<{ login: { accessToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { phone, password: PASSWORD } },
  );
  return r.data?.login.accessToken as string;
}

/** 周女士 calls about a neighbour trapped in a lift: the seeded 电梯困人 category is an emergency, auto-routed in 天钜银河府. */
async function emergency(server: RunningServer): Promise<string> {
  const token = await tokenOf(server, ZHOU);
  const me = await server.gql<{
    myHouseholdBindings: { status: string; estate: { id: string; community: { id: string } } }[];
  }>('{ myHouseholdBindings { status estate { id community { id } } } }', {}, token);
  const home = me.data?.myHouseholdBindings.find((b) => b.status === 'APPROVED')?.estate;
  const cats = await server.gql<{ ticketCategories: { id: string; code: string }[] }>(
    'query($c: ID!) { ticketCategories(communityId: $c) { id code } }',
    { c: home?.community.id },
    token,
  );
  const categoryId = cats.data?.ticketCategories.find((c) => c.code === 'LIFT_TRAPPED')?.id;
  const r = await server.gql<{ submitTicket: { ticket: { id: string } } }>(
    'mutation($input: SubmitTicketInput!) { submitTicket(input: $input) { ticket { id } } }',
    {
      input: {
        categoryId,
        title: '3幢电梯困人',
        body: '3幢1单元电梯停在5楼和6楼之间，里面有一位老人被困。',
        estateId: home?.id,
        anonymous: false,
        idempotencyKey: `e2e-desk-${Date.now()}`,
        photoFileIds: [],
      },
    },
    token,
  );
  if (!r.data) throw new Error(`submit failed: ${JSON.stringify(r.errors)}`);
  return r.data.submitTicket.ticket.id;
}

describe('the ticket desk: an emergency on top, the handler acknowledges, the street supervises', () => {
  let server: RunningServer;
  let browser: Browser;
  let id: string;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    id = await emergency(server);
  }, 200_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('desktop: the emergency is pinned on top of the workbench with a red tag, and filtered by priority in the URL', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, server.url, LI_JUAN);
    await page.goto(`${server.url}/tickets`);
    const first = page.getByTestId('ticket-row').first();
    await first.waitFor();
    expect(await first.getAttribute('data-ticket-id')).toBe(id);
    await expect.poll(() => first.getByTestId('priority-tag').textContent()).toBe('紧急·待签收');
    await settle(page);
    await snap(page, 'desk-emergency-top');

    // The priority filter lives in the URL: only the emergency is left.
    await page.goto(`${server.url}/tickets?priorities=EMERGENCY&unacked=1`);
    await page.getByTestId('ticket-row').first().waitFor();
    expect(await page.getByTestId('ticket-row').count()).toBe(1);
    await page.close();
  });

  it('phone: the property company acknowledges (签收) in the drawer', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await signIn(page, server.url, GREENTOWN);
    await page.goto(`${server.url}/tickets?ticket=${id}`);
    const panel = page.getByTestId('desk-panel');
    await panel.waitFor();
    await panel.getByTestId('acknowledge').click();
    await panel
      .getByText(/已签收/)
      .first()
      .waitFor();
    await settle(page);
    await snap(page, 'desk-acknowledged-phone');
    await page.close();

    // Back on the staff workbench the emergency is acknowledged: still marked, no longer pinned.
    const staff = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(staff, server.url, LI_JUAN);
    await staff.goto(`${server.url}/tickets?priorities=EMERGENCY`);
    const row = staff.locator(`[data-ticket-id="${id}"]`);
    await row.waitFor();
    await expect.poll(() => row.getByTestId('priority-tag').textContent()).toBe('紧急');
    await staff.close();
  });

  it('desktop: the street admin supervises (督办) an overdue assignment; it is on the timeline', async () => {
    const token = await tokenOf(server, STREET);
    const found = await server.gql<{ tickets: { edges: { node: { id: string } }[] } }>(
      '{ tickets(search: "单元门禁损坏", first: 1) { edges { node { id } } } }',
      {},
      token,
    );
    const late = found.data?.tickets.edges[0]?.node.id as string;
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, server.url, STREET);
    await page.goto(`${server.url}/tickets?ticket=${late}`);
    const panel = page.getByTestId('desk-panel');
    await panel.getByTestId('supervise').first().click();
    const modal = page.locator('.ant-modal').filter({ hasText: '督办：' });
    await modal.getByLabel('督办意见').fill('门禁损坏已两周，请三日内修复并答复居民。');
    await modal.getByLabel('新的答复期限').click();
    const due = new Date(Date.now() + 3 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    await page.locator(`td[title="${due}"]`).click();
    await modal.getByRole('button', { name: /确\s*定|OK/ }).click();
    await panel.getByTestId('desk-supervisions').waitFor();
    expect(await panel.getByTestId('desk-supervisions').textContent()).toContain('门禁损坏已两周');
    await expect.poll(() => page.locator('.ant-drawer').getByText('督办', { exact: true }).count()).toBeGreaterThan(0);
    await settle(page);
    await snap(page, 'desk-supervised');

    // The workbench's supervised filter finds it.
    await page.goto(`${server.url}/tickets?supervised=1`);
    await page.locator(`[data-ticket-id="${late}"]`).waitFor();
    await page.close();
  });

  it('phone: the routing-rule settings of the community', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await signIn(page, server.url, LI_JUAN);
    await page.goto(`${server.url}/ticket-settings/routing`);
    await page.getByText('电梯困人').first().waitFor();
    await settle(page);
    await snap(page, 'desk-routing-phone');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.close();
  });
});
