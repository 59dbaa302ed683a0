import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, snap } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';

const settle = (page: Page) => page.waitForTimeout(500);
const PASSWORD = 'Demo@2026';
const GREENTOWN = '13800000003'; // 绿城物业 张经理: serves 天钜银河府
const ZHOU = '13900000001';
const STREET_ADMIN = '13800000001';

async function signIn(page: Page, url: string, phone: string) {
  await page.goto(url);
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('notification-bell').waitFor();
}

/** A local receiver: records the requests, answers 200. */
async function receiver() {
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      bodies.push(body);
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, bodies, server };
}

/** The demo resident raises a matter in their estate (one the property company serves). */
async function submit(server: RunningServer) {
  const login = await server.gql<{ login: { accessToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { phone: ZHOU, password: PASSWORD } },
  );
  const token = login.data?.login.accessToken as string;
  const me = await server.gql<{
    myHouseholdBindings: { status: string; estate: { id: string; community: { id: string } } }[];
  }>('{ myHouseholdBindings { status estate { id community { id } } } }', {}, token);
  const estate = me.data?.myHouseholdBindings.find((b) => b.status === 'APPROVED')?.estate;
  const cats = await server.gql<{ ticketCategories: { id: string }[] }>(
    'query($c: ID!) { ticketCategories(communityId: $c) { id } }',
    { c: estate?.community.id },
    token,
  );
  const r = await server.gql(
    'mutation($input: SubmitTicketInput!) { submitTicket(input: $input) { ticket { id } } }',
    {
      input: {
        categoryId: cats.data?.ticketCategories[0]?.id,
        estateId: estate?.id,
        title: '电梯异响',
        body: '3号楼电梯运行时有异响。',
        idempotencyKey: `e2e-webhook-${Date.now()}`,
      },
    },
    token,
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
}

/** The street admin registers an app of 绿城物业; the app subscribes with its key alone (no user token). */
async function appSubscribes(server: RunningServer, name: string) {
  const login = await server.gql<{ login: { accessToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { phone: STREET_ADMIN, password: PASSWORD } },
  );
  const admin = login.data?.login.accessToken as string;
  const orgs = await server.gql<{ organisations: { edges: { node: { id: string; name: string } }[] } }>(
    '{ organisations(first: 100) { edges { node { id name } } } }',
    {},
    admin,
  );
  const org = orgs.data?.organisations.edges.find((e) => e.node.name.includes('绿城'))?.node;
  const app = await server.gql<{ createApiClient: { key: string } }>(
    'mutation($i: CreateApiClientInput!) { createApiClient(input: $i) { key } }',
    { i: { organisationId: org?.id, name: '绿城自有系统' } },
    admin,
  );
  const key = app.data?.createApiClient.key as string;
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({
      query:
        'mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { subscription { id } } }',
      variables: { i: { name, url: 'http://127.0.0.1:9/app-hook', events: ['TICKET_REPLIED'] } },
    }),
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

describe('webhooks: subscribe with the secret shown once, the delivery log, re-send, pause', () => {
  let server: RunningServer;
  let browser: Browser;
  let hook: Awaited<ReturnType<typeof receiver>>;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    hook = await receiver();
  }, 200_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    hook?.server.close();
  });

  it('desktop: property staff subscribe their system, see the delivery, re-send it and pause', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, `${server.url}/webhook`, GREENTOWN);
    await page.getByRole('button', { name: '新建订阅' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('所属组织').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '绿城' }).first().click();
    await dialog.getByLabel('名称').fill('绿城工单系统');
    await dialog.getByLabel('接收地址').fill(hook.url);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const secret = page.getByTestId('webhook-secret');
    await secret.waitFor();
    expect(await secret.textContent()).toMatch(/^whsec_/);
    await settle(page);
    await snap(page, 'webhook-secret-once');
    await page.getByRole('button', { name: '我已保存' }).click();

    await submit(server);
    for (let i = 0; i < 100 && hook.bodies.length < 1; i++) await page.waitForTimeout(100);
    expect(JSON.parse(hook.bodies[0] as string)).toMatchObject({ type: 'TICKET_STATE_CHANGED' });

    const row = page.getByTestId('webhook-绿城工单系统');
    await row.getByRole('button', { name: '投递记录' }).click();
    await page.getByTestId('delivery-DELIVERED').first().waitFor();
    await settle(page);
    await snap(page, 'webhook-deliveries');
    await page.getByTestId('delivery-DELIVERED').first().getByRole('button', { name: '重新发送' }).click();
    await page.getByText('已重新排队发送').waitFor();
    for (let i = 0; i < 50 && hook.bodies.length < 2; i++) await page.waitForTimeout(100);
    expect(hook.bodies).toHaveLength(2);
    await page.keyboard.press('Escape');
    await settle(page);

    await row.getByRole('button', { name: /暂\s*停/ }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await row.getByText('已暂停').waitFor();
    await snap(page, 'webhook-list-paused');
    await page.close();
  });

  it('desktop: a subscription an app made with its key shows the app’s name', async () => {
    await appSubscribes(server, '绿城系统订阅');
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, `${server.url}/webhook`, GREENTOWN);
    const app = page.getByTestId('webhook-app-绿城系统订阅').first();
    await app.waitFor();
    expect(await app.textContent()).toBe('应用：绿城自有系统');
    // The staff-made one names no app.
    expect(await page.getByTestId('webhook-app-绿城工单系统').count()).toBe(0);
    await settle(page);
    await snap(page, 'webhook-app-name');
    await page.close();
  });

  it('phone: the list as cards at 390 px', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await signIn(page, `${server.url}/webhook`, GREENTOWN);
    await page.getByText('绿城工单系统').first().waitFor();
    await page.getByTestId('webhook-app-绿城系统订阅').first().waitFor();
    await settle(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await snap(page, 'webhook-phone');
    await page.close();
  });
});
