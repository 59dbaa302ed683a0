import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE, snap } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';
import { signInWithSms, storedToken, ui } from './helpers/ui';

const RESIDENT = '13900000001'; // the demo resident: a verified home in 博学路社区 (demo seed)

let server: RunningServer;
let browser: Browser;
let page: Page;
let token: string;
let staff: string;
const STAFF = '13800000002'; // 李娟, 博学路社区 community office (demo seed)

/** The page fits the phone: nothing wider than 390 px (no sideways scrolling). */
async function fitsThePhone() {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await server.gql<T>(query, variables, token);
  if (r.errors?.length || !r.data) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** 'YYYY-MM-DD' on the Shanghai clock, `days` from today. */
const shanghai = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('resident app: community services (H5 at /m/, 390 × 844)', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await (await browser.newContext(PHONE)).newPage();
    await signInWithSms(page, server, RESIDENT);
    token = await storedToken(page);
    const login = await server.gql<{ login: { accessToken: string } }>(
      'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
      { i: { phone: STAFF, password: 'Demo@2026' } },
    );
    staff = login.data?.login.accessToken as string;
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail' && page) await snap(page, `failed-${ctx.task.name.slice(0, 40)}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('books a venue on a free slot of its grid, sees it with its check-in code, and cancels it', async () => {
    const { current, button, chip, field } = ui(page);
    await current().getByTestId('service-venues').click();
    const pingpong = current().getByTestId('venue').filter({ hasText: '乒乓球室' });
    await pingpong.waitFor();
    await expect.poll(() => current().getByTestId('loaded-at').first().textContent()).toMatch(/^更新于 /);
    await pingpong.click();

    // Tomorrow: the seed's 18:00 game holds a slot, the others from 07:00 are free.
    const tomorrow = shanghai(1);
    await chip(`${tomorrow.slice(5, 7)}/${tomorrow.slice(8, 10)}`).click();
    // The grid of the chosen day (the page keeps the day it showed before while the new one loads).
    await current().locator(`.rt-slot[data-day="${tomorrow}"]`).first().waitFor();
    // Only the room's opening hours, 07:00-22:00, one-hour slots.
    const shown = await current().locator('.rt-slot > :first-child').allTextContents();
    expect(shown).toEqual(Array.from({ length: 15 }, (_, i) => `${String(7 + i).padStart(2, '0')}:00`));
    const taken = current().locator('.rt-slot', { hasText: '18:00' });
    expect(await taken.textContent()).toContain('已约满');
    expect(await taken.getAttribute('data-testid')).toBe('slot-off');
    await current().locator('.rt-slot', { hasText: '10:00' }).click();
    await chip('120 分钟').click();
    await field('如 老年合唱排练').fill('楼栋乒乓球友谊赛');
    await field('1 到 8 人').fill('4');
    expect(await current().locator('.rt-slot-on').count()).toBe(2);
    await fitsThePhone();
    await snap(page, 'resident-11-venue-pick-slot');
    await button('确认预约').click();

    // Back on the venues page: my booking, approved at once (no approval for this room), with its code.
    const mine = current().getByTestId('booking').filter({ hasText: '楼栋乒乓球友谊赛' });
    await mine.waitFor();
    expect(await mine.locator('.rt-tag').textContent()).toBe('已通过');
    expect(await mine.getByTestId('check-in-code').textContent()).toMatch(/^\d{6}$/);
    await fitsThePhone();
    await snap(page, 'resident-12-venue-booked');
    const booked = await api<{
      myBookings: {
        edges: {
          node: { id: string; status: string; startsAt: string; endsAt: string; attendees: number; purpose: string };
        }[];
      };
    }>('{ myBookings(first: 50) { edges { node { id status startsAt endsAt attendees purpose } } } }');
    const made = booked.myBookings.edges.map((e) => e.node).filter((b) => b.purpose === '楼栋乒乓球友谊赛');
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      status: 'APPROVED',
      attendees: 4,
      startsAt: new Date(`${tomorrow}T10:00:00+08:00`).toISOString(),
      endsAt: new Date(`${tomorrow}T12:00:00+08:00`).toISOString(),
    });
    // The slots are now taken for everyone.
    const slots = await api<{ venueAvailability: { startsAt: string; taken: boolean }[] }>(
      'query($v: ID!, $f: DateTimeISO!, $t: DateTimeISO!) { venueAvailability(venueId: $v, from: $f, to: $t) { startsAt taken } }',
      {
        v: (
          await api<{ venueBooking: { venueId: string } }>('query($id: ID!) { venueBooking(id: $id) { venueId } }', {
            id: made[0]?.id,
          })
        ).venueBooking.venueId,
        f: new Date(`${tomorrow}T10:00:00+08:00`).toISOString(),
        t: new Date(`${tomorrow}T12:00:00+08:00`).toISOString(),
      },
    );
    expect(slots.venueAvailability.map((s) => s.taken)).toEqual([true, true]);

    // Cancel it (before the start the requester may).
    await mine.locator('taro-button-core', { hasText: '取消预约' }).click();
    await page.locator('.taro-model__confirm').click();
    await expect.poll(() => mine.locator('.rt-tag').textContent(), { timeout: 10_000 }).toBe('已取消');
    const after = await api<{ venueBooking: { status: string } }>(
      'query($id: ID!) { venueBooking(id: $id) { status } }',
      {
        id: made[0]?.id,
      },
    );
    expect(after.venueBooking.status).toBe('CANCELLED');
    await snap(page, 'resident-13-venue-cancelled');
  });

  /** Opens a service from the home page's list. */
  async function openService(key: string) {
    await page.goto(`${server.url}/m/#/pages/index/index`);
    await ui(page).current().getByTestId(`service-${key}`).click();
  }

  it("follows and says 'me too' on the community's public board", async () => {
    const { current } = ui(page);
    const board = await api<{
      me: { id: string };
      myHouseholdBindings: { estate: { community: { id: string } } }[];
    }>('{ me { id } myHouseholdBindings { estate { community { id } } } }');
    const communityId = board.myHouseholdBindings[0]?.estate.community.id;
    const listed = await api<{
      ticketBoard: {
        edges: {
          node: {
            id: string;
            number: string;
            isPublicView: boolean;
            viewerMeToo: boolean;
            viewerFollows: boolean;
            meTooCount: number;
          };
        }[];
      };
    }>(
      'query($c: ID!) { ticketBoard(communityId: $c, first: 20) { edges { node { id number isPublicView viewerMeToo viewerFollows meTooCount } } } }',
      { c: communityId },
    );
    // Someone else's matter (the public form), not yet followed nor 'me too'.
    const other = listed.ticketBoard.edges
      .map((e) => e.node)
      .find((n) => n.isPublicView && !n.viewerMeToo && !n.viewerFollows);
    if (!other) throw new Error('the demo board has no matter of another resident');
    await openService('board');
    const item = current().getByTestId('board-item').filter({ hasText: other.number });
    await item.waitFor();
    await item.getByTestId('me-too').click();
    await expect.poll(() => item.getByTestId('me-too').textContent()).toBe(`已点我也遇到 ${other.meTooCount + 1}`);
    await item.getByTestId('follow').click();
    await expect.poll(() => item.getByTestId('follow').textContent()).toBe('取消关注');
    const after = await api<{ ticket: { meTooCount: number; viewerMeToo: boolean; viewerFollows: boolean } }>(
      'query($id: ID!) { ticket(id: $id) { meTooCount viewerMeToo viewerFollows } }',
      { id: other.id },
    );
    expect(after.ticket).toEqual({ meTooCount: other.meTooCount + 1, viewerMeToo: true, viewerFollows: true });
    await fitsThePhone();
    await snap(page, 'resident-14-board');
  });

  it('lists my notifications (a booking approved by staff) and marks them read', async () => {
    const { current } = ui(page);
    const pending = await api<{ myBookings: { edges: { node: { id: string; purpose: string } }[] } }>(
      '{ myBookings(first: 50, statuses: [PENDING]) { edges { node { id purpose } } } }',
    );
    const choir = pending.myBookings.edges.find((e) => e.node.purpose === '合唱团排练');
    if (!choir) throw new Error('the demo pending booking is missing');
    const approved = await server.gql(
      'mutation($i: ApproveBookingInput!) { approveBooking(input: $i) { booking { id status } } }',
      { i: { id: choir.node.id } },
      staff,
    );
    expect(approved.errors).toBeUndefined();
    await openService('notifications');
    const unread = current().getByTestId('notification-unread').first();
    await unread.waitFor();
    expect(await current().getByTestId('notification-unread').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('多功能厅')]),
    );
    await fitsThePhone();
    await snap(page, 'resident-15-notifications');
    await current().getByTestId('mark-all-read').click();
    await current().getByTestId('notification-read').first().waitFor();
    await expect.poll(() => current().getByTestId('notification-unread').count()).toBe(0);
    const left = await api<{ unreadNotificationCount: number }>('{ unreadNotificationCount }');
    expect(left.unreadNotificationCount).toBe(0);
  });

  it("reads the publications of my street, community and estate, and my estate's public-revenue ledger", async () => {
    const { current, chip } = ui(page);
    await openService('publications');
    const first = current().getByTestId('publication').first();
    await first.waitFor();
    const titles = await current().getByTestId('publication').allTextContents();
    expect(titles.join('|')).toContain('北干街道关于开展冬季消防安全检查的通知'); // street-wide
    expect(titles.join('|')).toContain('博学路社区 2026 年 11 月财务收支公开'); // community
    await current().getByText('北干街道关于开展冬季消防安全检查的通知').click();
    await current().getByTestId('publication-body').waitFor();
    await chip('三务公开').click();
    await expect
      .poll(async () =>
        (await current().getByTestId('publication').allTextContents()).every((x) => x.includes('三务公开')),
      )
      .toBe(true);
    await fitsThePhone();
    await snap(page, 'resident-16-publications');

    await openService('ledger');
    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    await current().getByTestId('ledger-income').waitFor();
    const home = await api<{ myHouseholdBindings: { estate: { id: string } }[] }>(
      '{ myHouseholdBindings { estate { id } } }',
    );
    const ledger = await api<{ revenueLedger: { incomeFen: number; balanceFen: number; entryCount: number } }>(
      'query($e: ID!, $p: String!) { revenueLedger(estateId: $e, period: $p) { incomeFen balanceFen entryCount } }',
      { e: home.myHouseholdBindings[0]?.estate.id, p: month },
    );
    const yuan = (fen: number) =>
      `¥${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`;
    expect(await current().getByTestId('ledger-income').textContent()).toContain(yuan(ledger.revenueLedger.incomeFen));
    expect(await current().getByTestId('ledger-entry').count()).toBe(ledger.revenueLedger.entryCount);
    expect(ledger.revenueLedger.entryCount).toBeGreaterThan(0);
    await fitsThePhone();
    await snap(page, 'resident-17-ledger');
  });

  it('registers for an open meeting and signs up for a volunteer activity', async () => {
    const { current } = ui(page);
    await openService('meetings');
    const meeting = current().getByTestId('meeting').filter({ hasText: '十二月圆桌会（示例）' });
    await meeting.waitFor();
    expect(await meeting.textContent()).toContain('已报名 0/20');
    await meeting.locator('taro-button-core', { hasText: '报名参加' }).click();
    await expect.poll(() => meeting.textContent()).toContain('已报名 1/20');
    await meeting.locator('.rt-tag', { hasText: /^已报名$/ }).waitFor();
    expect(await meeting.locator('taro-button-core').count()).toBe(0);
    await fitsThePhone();
    await snap(page, 'resident-18-meeting-registered');

    await openService('volunteer');
    const activity = current().getByTestId('activity').filter({ hasText: '垃圾分类宣传志愿服务' });
    await activity.waitFor();
    await current().getByTestId('my-hours').waitFor();
    await activity.locator('taro-button-core', { hasText: '我要报名' }).click();
    const signup = current().getByTestId('signup').filter({ hasText: '垃圾分类宣传志愿服务' });
    await signup.waitFor();
    expect(await signup.locator('.rt-tag').textContent()).toBe('已报名');
    const mine = await api<{ mySignups: { edges: { node: { activityTitle: string; status: string } }[] } }>(
      '{ mySignups(first: 20) { edges { node { activityTitle status } } } }',
    );
    expect(mine.mySignups.edges.map((e) => e.node)).toContainEqual({
      activityTitle: '垃圾分类宣传志愿服务',
      status: 'SIGNED_UP',
    });
    await fitsThePhone();
    await snap(page, 'resident-19-volunteer');
  });

  it('shows my points, the leaderboard and the rewards', async () => {
    const { current, chip } = ui(page);
    const home = await api<{ myHouseholdBindings: { estate: { community: { id: string } } }[] }>(
      '{ myHouseholdBindings { estate { community { id } } } }',
    );
    const communityId = home.myHouseholdBindings[0]?.estate.community.id;
    const balance = await api<{ myPointsBalance: number }>('query($c: ID!) { myPointsBalance(communityId: $c) }', {
      c: communityId,
    });
    await openService('points');
    await current().getByTestId('points-balance').waitFor();
    expect(await current().getByTestId('points-balance').textContent()).toBe(String(balance.myPointsBalance));
    await chip('排行榜').click();
    await chip('总榜').click();
    const rows = await api<{ pointsLeaderboard: { edges: unknown[] } }>(
      'query($c: ID!) { pointsLeaderboard(communityId: $c, period: ALL_TIME, first: 20) { edges { node { rank } } } }',
      { c: communityId },
    );
    await expect.poll(() => current().getByTestId('leaderboard-row').count()).toBe(rows.pointsLeaderboard.edges.length);
    await chip('兑换礼品').click();
    const bag = current().getByTestId('reward').filter({ hasText: '环保购物袋' });
    await bag.waitFor();
    // 20 points: redeemable only with enough points.
    const off = (await bag.locator('taro-button-core').getAttribute('class'))?.includes('rt-btn-off');
    expect(off).toBe(balance.myPointsBalance < 20);
    await fitsThePhone();
    await snap(page, 'resident-20-points-rewards');
  });

  it("casts my ballot in the owners' vote", async () => {
    const { current, button } = ui(page);
    await openService('votes');
    const vote = current().getByTestId('vote').filter({ hasText: '关于续聘物业服务企业及地面车位改建充电桩的表决' });
    await vote.waitFor();
    expect(await vote.textContent()).toContain('还没有投票');
    await vote.getByText('关于续聘物业服务企业及地面车位改建充电桩的表决').click();
    const matters = vote.locator('.rt-event');
    await matters.first().waitFor();
    const n = await matters.count();
    for (let i = 0; i < n; i++) await matters.nth(i).locator('.rt-chip', { hasText: '同意' }).click();
    await snap(page, 'resident-21-vote-ballot');
    await button('提交选票').click();
    await expect.poll(() => vote.textContent()).toContain('已投票');
    const cast = await api<{
      votes: { edges: { node: { title: string; myBallot: { choices: { choice: string }[] } | null } }[] };
    }>(
      'query($c: ID!) { votes(communityId: $c, first: 20) { edges { node { title myBallot { choices { choice } } } } } }',
      {
        c: (
          await api<{ myHouseholdBindings: { estate: { community: { id: string } } }[] }>(
            '{ myHouseholdBindings { estate { community { id } } } }',
          )
        ).myHouseholdBindings[0]?.estate.community.id,
      },
    );
    const mine = cast.votes.edges.find((e) => e.node.title.startsWith('关于续聘物业'))?.node.myBallot;
    expect(mine?.choices.map((c) => c.choice)).toEqual(Array(n).fill('FOR'));
    await fitsThePhone();
  });

  it('exports my data as a page and asks for erasure', async () => {
    const { current, button } = ui(page);
    await page.goto(`${server.url}/m/#/pages/settings/settings`);
    await current().getByTestId('my-data').click();
    const [download] = await Promise.all([page.waitForEvent('download'), button('导出').click()]);
    const file = await download.path();
    const html = (await import('node:fs')).readFileSync(file as string, 'utf8');
    expect(html).toContain('周女士');
    expect(download.suggestedFilename()).toMatch(/^roundtable-my-data-\d{4}-\d{2}-\d{2}\.html$/);
    await current().getByTestId('exported').waitFor();
    await button('申请注销').click();
    await page.locator('.taro-model__confirm').click();
    await current().getByTestId('erasure').waitFor();
    expect(await current().getByTestId('erasure').textContent()).toContain('处理中');
    const asked = await api<{ myErasureRequest: { status: string } | null }>('{ myErasureRequest { status } }');
    expect(asked.myErasureRequest?.status).toBe('PENDING');
    await fitsThePhone();
    await snap(page, 'resident-22-my-data');
  });

  it('shows the new pages in English, large text and high contrast', async () => {
    const { current, chip } = ui(page);
    await page.goto(`${server.url}/m/#/pages/settings/settings`);
    await current().getByText('大字模式').waitFor();
    const size = () =>
      current()
        .locator('.rt-page')
        .evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
    const normal = await size();
    await current().getByTestId('large-text').click();
    await current().getByTestId('high-contrast').click();
    await chip('English').click();
    await current().getByText('Large text').waitFor();
    await page.goto(`${server.url}/m/#/pages/index/index`);
    await current().getByTestId('service-venues').click();
    await current().getByText('My bookings').waitFor();
    expect(await size()).toBeGreaterThan(normal * 1.2);
    expect(
      await current()
        .locator('.rt-header')
        .evaluate((e) => getComputedStyle(e).backgroundColor),
    ).toBe('rgb(0, 0, 0)');
    await current().getByTestId('venue').filter({ hasText: '乒乓球室' }).click();
    const tomorrow = shanghai(1);
    await chip(`${tomorrow.slice(5, 7)}/${tomorrow.slice(8, 10)}`).click();
    // The grid of the chosen day (the page keeps the day it showed before while the new one loads).
    await current().locator(`.rt-slot[data-day="${tomorrow}"]`).first().waitFor();
    expect(await current().locator('.rt-slot', { hasText: '18:00' }).textContent()).toContain('Taken');
    await fitsThePhone();
    await snap(page, 'resident-23-venue-en-large-contrast');
  });
});
