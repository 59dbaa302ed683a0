import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { upFront } from '../scripts/size.mjs';
import { launchBrowser, PHONE, snap } from './helpers/browser';
import { photoPng } from './helpers/png';
import { type RunningServer, startServer } from './helpers/server';

const STAFF = '13800000002'; // 李娟, 博学路社区 community office (demo seed)
const PASSWORD = 'Demo@2026';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let staff: string;
const phone = `137${String(Date.now()).slice(-8)}`;

/** The page on screen (Taro keeps earlier pages of the stack in the DOM, hidden). */
const current = (): Locator => page.locator('.taro_page >> visible=true');
const button = (name: string | RegExp) => current().locator('taro-button-core', { hasText: name });
const chip = (name: string | RegExp) => current().locator('.rt-chip', { hasText: name });
/** A text field by its placeholder (the native input inside Taro's taro-input-core). */
const field = (placeholder: string) => current().locator(`input[placeholder="${placeholder}"]`);

async function api<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const r = await server.gql<T>(query, variables, token);
  if (r.errors?.length || !r.data) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** The resident's access token, as the app keeps it (Taro's storage in localStorage). */
async function residentToken(): Promise<string> {
  const raw = await page.evaluate(() => localStorage.getItem('rt.session'));
  let v: unknown = raw ? JSON.parse(raw) : null;
  if (v && typeof v === 'object' && 'data' in v) v = (v as { data: unknown }).data;
  if (typeof v === 'string') v = JSON.parse(v);
  const token = (v as { accessToken?: string } | null)?.accessToken;
  if (!token) throw new Error(`no session in storage: ${raw}`);
  return token;
}

async function myTickets(token: string) {
  const d = await api<{ myTickets: { totalCount: number; edges: { node: { id: string; title: string } }[] } }>(
    '{ myTickets(first: 100) { totalCount edges { node { id title } } } }',
    {},
    token,
  );
  return d.myTickets;
}

/** Fills a raise-a-matter form: category, title, details, place, one camera photo. */
async function fillMatter(title: string) {
  await current().locator('.rt-chip').first().click();
  await field('标题').fill(title);
  await current().locator('textarea').fill('3号楼2单元楼道灯一直不亮，晚上老人上下楼看不见。');
  await field('如 3号楼2单元楼道').fill('3号楼2单元楼道');
  await current()
    .locator('[data-testid=photo-input]')
    .setInputFiles({ name: 'IMG_0001.png', mimeType: 'image/png', buffer: photoPng() });
  await current().locator('.rt-photo').first().waitFor();
}

describe('resident app (H5 at /m/, phone size)', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext(PHONE);
    page = await context.newPage();
    staff = (
      await api<{ login: { accessToken: string } }>('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
        i: { phone: STAFF, password: PASSWORD },
      })
    ).login.accessToken;
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail' && page) await snap(page, `failed-${ctx.task.name.slice(0, 40)}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('keeps its up-front JavaScript within 200 KB gzip', () => {
    const r = upFront(inject('residentDir'));
    console.log(
      `resident H5 up-front JS: ${(r.total / 1024).toFixed(1)} KB gzip (${r.files.map((f) => f.file).join(', ')})`,
    );
    expect(r.total).toBeLessThanOrEqual(200 * 1024);
  });

  it('signs in with an SMS code, binds a household, raises a matter with a photo, sees the reply arrive live and rates it', async () => {
    // Sign in: a new phone registers with its SMS code (from the development transport's log).
    await page.goto(`${server.url}/m/`);
    await current().getByText('首次使用？填写称呼完成注册').click();
    await field('手机号').fill(phone);
    await field('称呼（如 王阿姨）').fill('王阿姨');
    const since = server.logLength();
    await button('获取验证码').click();
    const code = await server.smsCode(phone, since);
    await field('验证码').fill(code);
    await snap(page, 'resident-01-sign-in');
    await button('注册并登录').click();
    await current().getByText('王阿姨，您好').waitFor();

    // Bind: find the estate, pick the building, unit and room; the community verifies it.
    await button('绑定房屋').click();
    await field('搜索小区名称').fill('天钜');
    await chip('天钜银河府').click();
    await current().locator('.rt-chip').first().waitFor();
    await current().locator('.rt-card', { hasText: '楼栋' }).locator('.rt-chip').first().click();
    await field('单元').fill('2单元');
    await field('房号').fill('602');
    await button('提交绑定申请').click();
    await current().getByText('待社区核实').waitFor();
    await snap(page, 'resident-02-binding-pending');

    const token = await residentToken();
    const bindings = await api<{ myHouseholdBindings: { id: string; estate: { community: { id: string } } }[] }>(
      '{ myHouseholdBindings { id estate { community { id } } } }',
      {},
      token,
    );
    const binding = bindings.myHouseholdBindings[0];
    if (!binding) throw new Error('no binding');
    await api(
      'mutation($i: ApproveHouseholdBindingInput!) { approveHouseholdBinding(input: $i) { binding { id } } }',
      {
        i: { bindingId: binding.id },
      },
      staff,
    );
    await page.reload();
    await current().getByText('已核实').waitFor();

    // Raise a matter with a camera photo, compressed in the page before upload.
    await button('我要反映').click();
    await fillMatter('楼道灯坏了');
    await snap(page, 'resident-03-raise');
    const sockets: string[] = [];
    page.on('websocket', (ws) => ws.on('framereceived', (f) => sockets.push(String(f.payload))));
    await button('提交').click();
    await current().getByTestId('event-SUBMITTED').waitFor();
    expect(await current().getByTestId('state').textContent()).toBe('已提交');

    const mine = await myTickets(token);
    const ticketId = mine.edges.find((e) => e.node.title === '楼道灯坏了')?.node.id as string;
    const photo = await api<{ ticket: { photos: { size: number; mime: string }[] } }>(
      'query($id: ID!) { ticket(id: $id) { photos { size mime } } }',
      { id: ticketId },
      token,
    );
    // The camera's PNG was several MB; what reached the server is a JPEG of at most 1280 px.
    expect(photo.ticket.photos).toHaveLength(1);
    expect(photo.ticket.photos[0]?.mime).toBe('image/jpeg');
    expect(photo.ticket.photos[0]?.size).toBeLessThan(600 * 1024);
    console.log(`photo: ${photoPng().length} bytes from the camera, ${photo.ticket.photos[0]?.size} bytes uploaded`);

    // Staff accept and reply through the API; the reply appears on the open page (graphql-ws), no reload.
    await expect.poll(() => sockets.some((s) => s.includes('connection_ack')), { timeout: 10_000 }).toBe(true);
    const office = await api<{ organisations: { edges: { node: { id: string } }[] } }>(
      'query($c: ID!) { organisations(communityId: $c, kind: COMMUNITY_OFFICE) { edges { node { id } } } }',
      { c: binding.estate.community.id },
      staff,
    );
    await api(
      'mutation($i: AcceptTicketInput!) { acceptTicket(input: $i) { ticket { id } } }',
      {
        i: { ticketId, organisationIds: [office.organisations.edges[0]?.node.id] },
      },
      staff,
    );
    await api(
      'mutation($i: ReplyToTicketInput!) { replyToTicket(input: $i) { ticket { id } } }',
      {
        i: { ticketId, body: '已安排电工今天下午更换灯泡。' },
      },
      staff,
    );
    await current().getByText('已安排电工今天下午更换灯泡。').waitFor({ timeout: 15_000 });
    await snap(page, 'resident-04-reply-live');

    // Resolved (live as well), then rated.
    await api(
      'mutation($i: ResolveTicketInput!) { resolveTicket(input: $i) { ticket { id } } }',
      {
        i: { ticketId, resolution: '灯泡已更换，楼道恢复照明。' },
      },
      staff,
    );
    await button('评价').waitFor({ timeout: 15_000 });
    expect(await current().getByTestId('state').textContent()).toBe('已办结');
    await button('评价').click();
    await current().getByTestId('star-5').click();
    await current().locator('.rt-card', { hasText: '说点什么' }).locator('input').fill('修得很快，谢谢！');
    await button('确定').click();
    await current().getByText('已评价 5 星').waitFor();
    await snap(page, 'resident-05-rated');
    const rated = await api<{ ticket: { rating: number } }>(
      'query($id: ID!) { ticket(id: $id) { rating } }',
      { id: ticketId },
      token,
    );
    expect(rated.ticket.rating).toBe(5);
  });

  it('keeps a matter written offline and sends it once when the connection returns (even when an answer is lost)', async () => {
    const token = await residentToken();
    const before = await myTickets(token);
    // Open the pages once online (their code loads on demand), then lose the connection.
    await page.goto(`${server.url}/m/#/pages/matters/matters`);
    await current().getByTestId('matter').first().waitFor();
    await button('我要反映').click();
    await current().locator('.rt-chip').first().waitFor();

    await context.setOffline(true);
    await fillMatter('小区东门路灯不亮');
    await button('提交').click();
    await current().getByTestId('outbox-item').waitFor();
    await snap(page, 'resident-06-offline-kept');
    expect((await myTickets(token)).totalCount).toBe(before.totalCount);
    // Kept on the device: a reload while offline would lose nothing (the outbox is in storage).
    expect(await page.evaluate(() => localStorage.getItem('rt.outbox'))).toContain('小区东门路灯不亮');

    // The first submission reaches the server but its answer is lost on the way back: the app retries
    // with the same idempotency key, and the server answers the first ticket.
    let submits = 0;
    const keys = new Set<string>();
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { variables?: { input?: { idempotencyKey?: string } } } | null;
      const key = body?.variables?.input?.idempotencyKey;
      if (!key) return route.continue();
      submits++;
      keys.add(key);
      if (submits === 1) {
        await route.fetch();
        await route.abort('connectionreset');
        lost = true;
        return;
      }
      return route.continue();
    });
    let lost = false;
    await context.setOffline(false);
    await expect.poll(() => lost, { timeout: 15_000 }).toBe(true);
    await current().getByTestId('outbox-item').waitFor();
    // The connection drops and returns again: the outbox tries once more.
    await page.waitForTimeout(300);
    await context.setOffline(true);
    await page.waitForTimeout(300);
    await context.setOffline(false);
    await current().getByTestId('outbox-item').waitFor({ state: 'detached', timeout: 20_000 });
    await page.unroute('**/graphql');

    const after = await myTickets(token);
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.edges.filter((e) => e.node.title === '小区东门路灯不亮')).toHaveLength(1);
    expect(submits).toBe(2);
    expect(keys.size).toBe(1);
    await current().getByText('小区东门路灯不亮').waitFor();
    await snap(page, 'resident-07-offline-sent');

    // The resident changes their mind: withdraw it (not resolved yet).
    await current().getByTestId('matter').filter({ hasText: '小区东门路灯不亮' }).click();
    await button('撤回').click();
    await current().locator('.rt-card', { hasText: '撤回原因' }).locator('input').fill('已经自己修好了');
    await button('确定').click();
    await expect.poll(() => current().getByTestId('state').textContent()).toBe('已撤回');
  });

  it("reads the maintenance status and a maintenance record of my estate's elevators", async () => {
    await page.goto(`${server.url}/m/#/pages/index/index`);
    await button('小区公开 · 电梯维保').click();
    const elevator = current().getByTestId('equipment').filter({ hasText: '电梯' }).first();
    await elevator.waitFor();
    await expect.poll(() => elevator.locator('.rt-tag').textContent()).toMatch(/维保正常|即将到期|维保超期/);
    await elevator.locator('.rt-tag').click();
    await elevator.getByTestId('maintenance-record').first().waitFor();
    expect(await elevator.getByTestId('maintenance-record').first().textContent()).toContain(
      '杭州西子电梯维保有限公司',
    );
    await snap(page, 'resident-10-elevator-maintenance');
  });

  it('switches to English, large text and high contrast (kept on the device)', async () => {
    await page.goto(`${server.url}/m/#/pages/settings/settings`);
    const size = () =>
      current()
        .locator('.rt-page')
        .evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
    await current().getByText('大字模式').waitFor();
    const normal = await size();
    await current().getByTestId('large-text').click();
    await current().getByTestId('high-contrast').click();
    await chip('English').click();
    await current().getByText('Large text').waitFor();
    expect(await size()).toBeGreaterThan(normal * 1.2);
    const header = await current()
      .locator('.rt-header')
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(header).toBe('rgb(0, 0, 0)');
    await snap(page, 'resident-08-settings-en-large-contrast');
    await page.reload();
    await current().getByText('My matters').waitFor();
    expect(await size()).toBeGreaterThan(normal * 1.2);
    await page.goto(`${server.url}/m/#/pages/matters/matters`);
    await current().getByText('Resolved').first().waitFor();
    await snap(page, 'resident-09-matters-en-large-contrast');
  });
});
