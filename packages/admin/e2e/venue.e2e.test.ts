import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, snap } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';

/** antd animates drawers, modals and toasts; let them settle before a picture. */
const settle = (page: Page) => page.waitForTimeout(500);

const PASSWORD = 'Demo@2026';
const LI_JUAN = '13800000002';
const ZHOU = '13900000001';

async function token(server: RunningServer, phone: string): Promise<string> {
  const r = await server.gql<{ login: { accessToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { phone, password: PASSWORD } },
  );
  const t = r.data?.login.accessToken;
  if (!t) throw new Error(`login ${phone} failed: ${JSON.stringify(r.errors)}`);
  return t;
}

async function signIn(page: Page, url: string, phone: string) {
  await page.goto(url);
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('notification-bell').waitFor();
}

const startedServer = async (): Promise<RunningServer> => {
  // Other engineers change the server while this runs: one retry after a pause.
  try {
    return await startServer();
  } catch {
    await new Promise((r) => setTimeout(r, 60_000));
    return startServer();
  }
};

describe('venue booking: community staff approve a pending booking and check it in', () => {
  let server: RunningServer;
  let browser: Browser;
  let communityId: string;
  let venueId: string;
  let bookingId: string;
  /** The Shanghai date of the booking: after 23:30 it is tomorrow (and on Sunday night, next week). */
  let bookingDay: string;
  beforeAll(async () => {
    server = await startedServer();
    browser = await launchBrowser();
    const staff = await token(server, LI_JUAN);
    const resident = await token(server, ZHOU);
    const me = await server.gql<{ myHouseholdBindings: { status: string; estate: { community: { id: string } } }[] }>(
      '{ myHouseholdBindings { status estate { community { id } } } }',
      {},
      resident,
    );
    communityId = me.data?.myHouseholdBindings.find((b) => b.status === 'APPROVED')?.estate.community.id ?? '';
    // A hall open all day with 30-minute slots, needing approval, so the test runs at any hour.
    const venue = await server.gql<{ createVenue: { venue: { id: string } } }>(
      'mutation($input: CreateVenueInput!) { createVenue(input: $input) { venue { id } } }',
      {
        input: {
          communityId,
          name: '议事厅（测试）',
          capacity: 30,
          openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: '00:00', close: '24:00' })),
          slotMinutes: 30,
          minMinutes: 30,
          maxMinutes: 120,
          leadMinutes: 0,
          approvalRequired: true,
        },
      },
      staff,
    );
    venueId = venue.data?.createVenue.venue.id ?? '';
    if (!venueId) throw new Error(`createVenue failed: ${JSON.stringify(venue.errors)}`);
    // The next half hour: inside the check-in window (from 30 minutes before the start).
    const step = 30 * 60_000;
    const startsAt = new Date(Math.floor(Date.now() / step) * step + step);
    bookingDay = new Date(startsAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const booked = await server.gql<{ bookVenue: { booking: { id: string; status: string } } }>(
      'mutation($i: BookVenueInput!) { bookVenue(input: $i) { booking { id status } } }',
      {
        i: {
          venueId,
          startsAt,
          endsAt: new Date(startsAt.getTime() + step),
          purpose: '楼道议事会',
          attendees: 12,
          idempotencyKey: `e2e-venue-${Date.now()}`,
        },
      },
      resident,
    );
    bookingId = booked.data?.bookVenue.booking.id ?? '';
    if (booked.data?.bookVenue.booking.status !== 'PENDING') throw new Error(`bookVenue: ${JSON.stringify(booked)}`);
  }, 200_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('desktop: the approval queue → approve → check-in; the week timeline shows it', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await signIn(page, server.url, LI_JUAN);
    await page.getByRole('menuitem', { name: '场地预约' }).click();
    await page.getByTestId('venue-new').waitFor();
    await page.getByText('议事厅（测试）').first().waitFor();
    await settle(page);
    await snap(page, 'venue-desktop-venues');

    await page.goto(`${server.url}/venue?community=${communityId}&tab=queue`);
    const approve = page.getByTestId(`booking-approve-${bookingId}`);
    await approve.waitFor();
    await settle(page);
    await snap(page, 'venue-desktop-queue');
    await approve.click();
    await page.locator('.ant-message').getByText('已通过').waitFor();
    await approve.waitFor({ state: 'detached' });

    await page.goto(`${server.url}/venue?community=${communityId}&tab=checkIn&venue=${venueId}`);
    const checkIn = page.getByTestId(`booking-checkIn-${bookingId}`);
    await checkIn.waitFor();
    await settle(page);
    await snap(page, 'venue-desktop-checkin-before');
    await checkIn.click();
    await page.locator('.ant-message').getByText('已签到').waitFor();
    await page.locator('.ant-tag').filter({ hasText: '已签到' }).first().waitFor();
    await settle(page);
    await snap(page, 'venue-desktop-checkin-done');

    const status = await server.gql<{ venueBooking: { status: string } }>(
      'query($id: ID!) { venueBooking(id: $id) { status } }',
      { id: bookingId },
      await token(server, LI_JUAN),
    );
    expect(status.data?.venueBooking.status).toBe('CHECKED_IN');

    // The week that holds the booking (not "this week": at Sunday 23:30 the next half hour is Monday).
    await page.goto(`${server.url}/venue?community=${communityId}&tab=timeline&week=${bookingDay}`);
    await page.getByTestId('venue-timeline').getByText('楼道议事会').first().waitFor();
    await settle(page);
    await snap(page, 'venue-desktop-timeline');
    await page.close();
  });

  it('phone (390 px): the queue and the usage figures fit', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await signIn(page, server.url, LI_JUAN);
    await page.goto(`${server.url}/venue?community=${communityId}&tab=queue`);
    await page.getByTestId('venue-queue').waitFor();
    await settle(page);
    await snap(page, 'venue-phone-queue');
    await page.goto(`${server.url}/venue?community=${communityId}&tab=usage`);
    await page.getByText('议事厅（测试）').first().waitFor();
    await settle(page);
    await snap(page, 'venue-phone-usage');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.close();
  });
});
