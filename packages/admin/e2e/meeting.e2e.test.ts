import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, snap } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';

/** antd animates drawers, modals and toasts; let them settle before a picture. */
const settle = (page: Page) => page.waitForTimeout(500);

const PASSWORD = 'Demo@2026';
const LI_JUAN = '13800000002';
const ZHOU = '13900000001';

async function login(server: RunningServer, phone: string): Promise<string> {
  const r = await server.gql<{ login: { accessToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { phone, password: PASSWORD } },
  );
  const token = r.data?.login.accessToken;
  if (!token) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
  return token;
}

/** Two matters raised by 周女士 and accepted by 李娟 (community office): both wait for a meeting. */
async function acceptedTickets(server: RunningServer, titles: string[]): Promise<string[]> {
  const resident = await login(server, ZHOU);
  const staff = await login(server, LI_JUAN);
  const me = await server.gql<{
    myHouseholdBindings: { status: string; estate: { id: string; community: { id: string } } }[];
  }>('{ myHouseholdBindings { status estate { id community { id } } } }', {}, resident);
  const binding = me.data?.myHouseholdBindings.find((b) => b.status === 'APPROVED');
  if (!binding) throw new Error('no binding');
  const cats = await server.gql<{ ticketCategories: { id: string; code: string }[] }>(
    'query($c: ID!) { ticketCategories(communityId: $c) { id code } }',
    { c: binding.estate.community.id },
    resident,
  );
  const office = await server.gql<{ organisations: { edges: { node: { id: string } }[] } }>(
    'query($c: ID!) { organisations(communityId: $c, kind: COMMUNITY_OFFICE) { edges { node { id } } } }',
    { c: binding.estate.community.id },
    staff,
  );
  const ids: string[] = [];
  for (const title of titles) {
    const r = await server.gql<{ submitTicket: { ticket: { id: string } } }>(
      'mutation($input: SubmitTicketInput!) { submitTicket(input: $input) { ticket { id } } }',
      {
        input: {
          categoryId: cats.data?.ticketCategories[0]?.id,
          title,
          body: '晚上十点以后还有装修电钻声，已经持续两周，影响老人和孩子休息。',
          estateId: binding.estate.id,
          anonymous: false,
          idempotencyKey: `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`,
          photoFileIds: [],
        },
      },
      resident,
    );
    const id = r.data?.submitTicket.ticket.id;
    if (!id) throw new Error(`submit failed: ${JSON.stringify(r.errors)}`);
    const accepted = await server.gql(
      'mutation($input: AcceptTicketInput!) { acceptTicket(input: $input) { ticket { id } } }',
      { input: { ticketId: id, organisationIds: [office.data?.organisations.edges[0]?.node.id] } },
      staff,
    );
    if (accepted.errors) throw new Error(`accept failed: ${JSON.stringify(accepted.errors)}`);
    ids.push(id);
  }
  return ids;
}

/** The start of the current hour on the Shanghai clock and two hours later, as the form shows them. */
function shanghaiHour(now: Date): { start: string; end: string } {
  const fmt = (d: Date) => {
    const p = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Asia/Shanghai',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(d)
        .map((x) => [x.type, x.value]),
    );
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
  };
  const start = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  return { start: fmt(start), end: fmt(new Date(start.getTime() + 2 * 3_600_000)) };
}

/** Types a value into an antd date-time picker and confirms it. */
async function setPicker(page: Page, input: ReturnType<Page['locator']>, value: string) {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(value);
  await expect.poll(() => page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').count()).toBe(0);
}

async function signIn(page: Page, url: string, phone: string) {
  await page.goto(url);
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('notification-bell').waitFor();
}

describe('round-table meetings: an agenda from tickets, attendance, a resolution, the outcome on the ticket', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    try {
      server = await startServer();
    } catch {
      await new Promise((r) => setTimeout(r, 60_000));
      server = await startServer();
    }
    browser = await launchBrowser();
  }, 200_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('desktop: builds the agenda from two tickets, records attendance and a resolution, shows the outcome on the ticket', async () => {
    const stamp = Date.now() % 100000;
    const titles = [`夜间装修噪音 ${stamp}`, `电动车楼道充电 ${stamp}`];
    const [first, second] = await acceptedTickets(server, titles);
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await signIn(page, server.url, LI_JUAN);
    await page.getByRole('menuitem', { name: '圆桌会' }).click();

    // A new meeting that began at the start of this hour on the Shanghai clock, so it is held today
    // whatever the time of day (the form's default, the next full hour, is tomorrow from 23:00).
    await page.getByTestId('meeting-new').click();
    const modal = page.locator('.ant-modal').filter({ hasText: '新建会议' });
    const hour = shanghaiHour(new Date());
    await setPicker(page, modal.getByLabel('开始时间'), hour.start);
    await setPicker(page, modal.getByLabel('结束时间'), hour.end);
    await modal.getByTestId('meeting-title').fill(`十二月圆桌会 ${stamp}`);
    await modal.getByTestId('meeting-place').fill('社区三楼会议室');
    await modal.locator('.ant-modal-footer .ant-btn-primary').click();
    const drawer = page.getByTestId('meeting-drawer');
    await drawer.getByText('从待上会工单中选择').first().waitFor();

    // Agenda builder: both tickets picked from those waiting for a meeting.
    const picker = drawer.getByTestId('agenda-tickets');
    for (const title of titles) {
      await picker.click();
      await page.keyboard.type(title.slice(0, 6));
      await page.locator('.ant-select-item-option').filter({ hasText: title }).click();
    }
    await page.keyboard.press('Escape');
    await drawer.getByTestId('agenda-add').click();
    await expect.poll(() => drawer.getByTestId('agenda-item').count(), { timeout: 10_000 }).toBe(2);
    // Reorder: the second ticket first.
    await drawer.getByTestId('agenda-item').first().getByRole('button', { name: '下移' }).click();
    await expect
      .poll(async () => (await drawer.getByTestId('agenda-item').first().textContent()) ?? '', { timeout: 10_000 })
      .toContain(titles[1]);

    // Attendance: invite the community office, record it present; the door code is shown.
    await drawer.getByRole('tab', { name: '参会与签到' }).click();
    await drawer.getByTestId('check-in-code').waitFor();
    await drawer.getByTestId('invite-org').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '博学路社区居委会' }).click();
    await drawer.getByTestId('invite-submit').click();
    await drawer.getByTestId('party').first().waitFor();
    await drawer.getByTestId('party-attendance').first().click();
    await page.locator('.ant-select-item-option').filter({ hasText: '出席' }).click();
    await drawer.getByTestId('party').filter({ hasText: '出席' }).waitFor();
    await settle(page);
    await snap(page, 'meeting-desktop-attendance');

    // Held; a resolution on the first ticket's item: resolved.
    await page.getByTestId('meeting-hold').click();
    await drawer.getByTestId('meeting-state').filter({ hasText: '已召开' }).waitFor();
    await drawer.getByRole('tab', { name: '议程与决议' }).click();
    const item = drawer.getByTestId('agenda-item').filter({ hasText: titles[0] });
    await item.getByTestId('resolution-text').fill('物业督促施工方严格执行 8:00-18:00 施工时间，社区每周抽查。');
    await item.getByTestId('resolution-submit').click();
    await item.getByTestId('agenda-resolution').waitFor();
    await settle(page);
    await snap(page, 'meeting-desktop-agenda');

    // The outcome on the ticket: its drawer shows the decision on the timeline, resolved, and the meeting.
    await page.goto(`${server.url}/tickets?q=${encodeURIComponent(titles[0])}&ticket=${first}`);
    const ticket = page.locator('.ant-drawer').filter({ hasText: '处理记录' });
    await ticket.getByText('圆桌会决议').first().waitFor();
    await ticket.locator('.ant-tag').filter({ hasText: '已完结' }).first().waitFor();
    await ticket.getByTestId('ticket-meetings').getByText(`十二月圆桌会 ${stamp}`).waitFor();
    const events = await ticket.getByTestId('timeline-event').allTextContents();
    expect(events.some((e) => e.includes('列入圆桌会议程'))).toBe(true);
    expect(events.some((e) => e.includes('8:00-18:00'))).toBe(true);
    await settle(page);
    await snap(page, 'meeting-desktop-ticket-outcome');

    // The other ticket stays in meeting (no resolution yet).
    const other = await server.gql<{ ticket: { state: string } }>(
      'query($id: ID!) { ticket(id: $id) { state } }',
      { id: second },
      await login(server, LI_JUAN),
    );
    expect(other.data?.ticket.state).toBe('IN_MEETING');
    await page.close();
  });

  it('phone: the meetings list and a meeting at 390 px', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await signIn(page, server.url, LI_JUAN);
    await page.goto(`${server.url}/meeting`);
    // The demo seed's meetings of 博学路社区 (db/seed/meeting.ts).
    await page.getByText('十一月圆桌会（示例）').first().waitFor();
    await settle(page);
    await snap(page, 'meeting-phone-list');
    await page.getByText('十一月圆桌会（示例）').first().click();
    await page.getByTestId('meeting-drawer').getByTestId('agenda-item').first().waitFor();
    await settle(page);
    await snap(page, 'meeting-phone-drawer');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('the calendar shows a meeting of today on its day, on a desktop and at 390 px', async () => {
    const staff = await login(server, LI_JUAN);
    const communities = await server.gql<{ communities: { edges: { node: { id: string; name: string } }[] } }>(
      '{ communities(first: 50) { edges { node { id name } } } }',
      {},
      staff,
    );
    const boxue = communities.data?.communities.edges.find((e) => e.node.name === '博学路社区')?.node.id;
    const title = `日历测试会 ${Date.now() % 100000}`;
    const made = await server.gql<{ createMeeting: { meeting: { id: string } } }>(
      'mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { meeting { id } } }',
      {
        i: {
          communityId: boxue,
          title,
          kind: 'AD_HOC',
          startsAt: new Date().toISOString(),
          endsAt: new Date(Date.now() + 3_600_000).toISOString(),
          place: '社区二楼活动室',
        },
      },
      staff,
    );
    expect(made.errors).toBeUndefined();

    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await signIn(page, server.url, LI_JUAN);
    await page.goto(`${server.url}/meeting?community=${boxue}`);
    await page.getByTestId('meeting-view').getByText('日历').click();
    const cal = page.getByTestId('meeting-calendar');
    await cal.getByTestId('calendar-meeting').filter({ hasText: title }).click();
    const drawer = page.getByTestId('meeting-drawer');
    await drawer.getByText(title).first().waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await cal.getByTestId('calendar-day-meeting').filter({ hasText: title }).waitFor();
    await settle(page);
    await snap(page, 'meeting-desktop-calendar');

    await page.setViewportSize(PHONE);
    await cal.getByTestId('calendar-day-meeting').filter({ hasText: title }).waitFor();
    await expect.poll(() => cal.getByTestId('calendar-day-marker').count()).toBeGreaterThan(0);
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, 'meeting-phone-calendar');
    await page.close();
  });

  it('desktop: the action-item tracker highlights overdue items', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, server.url, LI_JUAN);
    await page.goto(`${server.url}/meeting/actions`);
    await page.getByTestId('action-item').first().waitFor();
    await page.getByTestId('action-overdue').first().waitFor();
    await settle(page);
    await snap(page, 'meeting-desktop-tracker');
    await page.close();
  });
});
