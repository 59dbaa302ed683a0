/**
 * Calendar settings, staff self-service and accounts, the verification queue with context — as the
 * street admin, the community keeper (李娟) and a new staff member, at desktop and phone width.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, snap } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';

const settle = (page: Page) => page.waitForTimeout(450);
const PASSWORD = 'Demo@2026';
const LI_JUAN = '13800000002';
const WANG = '13800000001';

async function signIn(page: Page, url: string, phone: string, password = PASSWORD) {
  await page.goto(url);
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  // Signed in once the sign-in form is gone (on a phone the user's name sits in the menu drawer).
  await page.getByLabel('手机号', { exact: true }).waitFor({ state: 'detached' });
}

async function noOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function choose(page: Page, label: string, option: string) {
  await page.getByTestId('create-staff-form').getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

describe('accounts: calendar, my account, staff accounts, verification context', () => {
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

  it('calendar: the street admin sees the year as twelve months with holidays, make-up days and the coverage sentence', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, `${server.url}/ticket-settings/calendar?year=2026`, WANG);
    await page.getByTestId('calendar-grid').waitFor();
    await expect(page.locator('[data-testid^="calendar-month-"]').count()).resolves.toBe(12);
    await expect(page.locator('[data-date="2026-10-01"]').getAttribute('data-kind')).resolves.toBe('HOLIDAY');
    await expect(page.locator('[data-date="2026-02-14"]').getAttribute('data-kind')).resolves.toBe('WORKDAY');
    await expect(page.getByTestId('calendar-coverage-sentence').textContent()).resolves.toContain('内置的国务院安排');
    // A staff entry shows outlined in the grid.
    await page.getByTestId('calendar-add').getByLabel('日期').click();
    await page.getByTestId('calendar-add').getByLabel('日期').fill('2026-06-01');
    await page.keyboard.press('Enter');
    await page.getByTestId('calendar-add').getByLabel('名称').fill('街道活动日');
    await page
      .getByTestId('calendar-add')
      .getByRole('button', { name: /添\s*加/ })
      .click();
    await page.locator('[data-date="2026-06-01"][data-staff="true"]').waitFor();
    await settle(page);
    await snap(page, 'accounts-calendar-desktop');

    // A year without data asks the admin to enter it.
    await page.goto(`${server.url}/ticket-settings/calendar?year=2027`);
    await expect(page.getByTestId('calendar-coverage-sentence').textContent()).resolves.toContain('请录入');
    await page.close();
  });

  it('calendar (phone): read-only staff are told what the state means, not asked to enter data', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await signIn(page, `${server.url}/ticket-settings/calendar?year=2027`, LI_JUAN);
    await page.getByTestId('calendar-grid').waitFor();
    const sentence = (await page.getByTestId('calendar-coverage-sentence').textContent()) ?? '';
    expect(sentence).toContain('街道或系统管理员录入后恢复正常');
    expect(sentence).not.toContain('请录入');
    const missing = (await page.getByTestId('calendar-missing').textContent()) ?? '';
    expect(missing).not.toContain('请按');
    await expect(page.getByTestId('calendar-add').count()).resolves.toBe(0);
    await settle(page);
    await noOverflow(page);
    await snap(page, 'accounts-calendar-phone-readonly');
    await page.goto(`${server.url}/ticket-settings/calendar?year=2026`);
    await page.locator('[data-date="2026-10-01"][data-kind="HOLIDAY"]').waitFor();
    await settle(page);
    await noOverflow(page);
    await snap(page, 'accounts-calendar-phone-2026');
    await page.close();
  });

  it('my account: name, sessions — another device signed out is refused on its next request', async () => {
    const other = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const otherPage = await other.newPage();
    await signIn(otherPage, server.url, LI_JUAN);

    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, `${server.url}/account`, LI_JUAN);
    await page.getByTestId('profile-form').waitFor();
    await page.getByLabel('显示名称').fill('专管员 李娟（社区）');
    await page.getByRole('button', { name: '保存名称' }).click();
    await page.getByText('名称已保存').waitFor();
    await expect(page.getByTestId('current-user').first().textContent()).resolves.toContain('专管员 李娟（社区）');

    const rows = page.getByTestId('session-row');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    await rows.filter({ hasText: '本机' }).waitFor();
    await settle(page);
    await snap(page, 'accounts-my-account-desktop');

    // End the other device's session: its very next request is refused and it is back at sign-in.
    await rows
      .filter({ hasNotText: '本机' })
      .first()
      .getByRole('button', { name: /退\s*出/ })
      .click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /退\s*出/ })
      .click();
    await page.getByText('该设备已退出登录').waitFor();
    await otherPage.reload();
    await otherPage.getByLabel('手机号').waitFor();
    await snap(otherPage, 'accounts-other-device-signed-out');
    await other.close();

    // Wrong current password: said at the field.
    await page.getByLabel('当前密码').fill('Wrong1234');
    await page.getByLabel('新密码', { exact: true }).fill('Newpass1234');
    await page.getByLabel('再次输入新密码').fill('Newpass1234');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    await page.close();
  });

  it('my account (phone): the three cards fit 390 px', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await signIn(page, `${server.url}/account`, WANG);
    await page.getByTestId('session-row').first().waitFor();
    await settle(page);
    await noOverflow(page);
    await snap(page, 'accounts-my-account-phone');
    await page.close();
  });

  it('staff accounts: the street admin creates one; the person sets a password with the link and signs in; a reset code is shown once', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, `${server.url}/users`, WANG);
    await page.getByTestId('create-staff').click();
    const form = page.getByTestId('create-staff-form');
    await form.waitFor();
    await form.getByLabel('手机号').fill('13700009999');
    await form.getByLabel('姓名').fill('新社工 陈晨');
    await choose(page, '角色', '社区工作人员');
    await choose(page, '范围', '博学路社区');
    await settle(page);
    await snap(page, 'accounts-create-staff-form');
    await page.getByRole('button', { name: '创建账号' }).click();
    const codeBox = page.getByTestId('one-time-code');
    await codeBox.waitFor();
    const code = ((await codeBox.locator('.ant-typography strong').first().textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await snap(page, 'accounts-create-staff-code');
    await page.getByRole('button', { name: '我已记下' }).click();

    // The new staff member opens the link on their own device.
    const theirs = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
    const p2 = await theirs.newPage();
    await p2.goto(`${server.url}/?setPasswordCode=${code}`);
    await p2.getByTestId('set-password-form').waitFor();
    await expect(p2.getByLabel('一次性设置码').inputValue()).resolves.toBe(code);
    await p2.getByLabel('新密码', { exact: true }).fill('Chenchen2026');
    await p2.getByLabel('再次输入新密码').fill('Chenchen2026');
    await settle(p2);
    await snap(p2, 'accounts-set-password-phone');
    await p2.getByRole('button', { name: '设置密码' }).click();
    await p2.getByText('密码已设置，请用手机号和新密码登录').waitFor();
    await p2.getByLabel('手机号').fill('13700009999');
    await p2.getByLabel('密码', { exact: true }).fill('Chenchen2026');
    await p2.getByRole('button', { name: /登\s*录/ }).click();
    await p2.getByLabel('手机号', { exact: true }).waitFor({ state: 'detached' });
    await p2.getByRole('button', { name: '菜单' }).click();
    await expect(p2.getByTestId('current-user').last().textContent()).resolves.toContain('新社工 陈晨');
    // The code was used: a second use is refused.
    const again = await server.gql(
      'mutation($c: String!) { setPasswordWithCode(input: { code: $c, newPassword: "Again12345" }) { ok } }',
      { c: code },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await theirs.close();

    // Reset: the admin opens the person and issues a reset code.
    await page.getByPlaceholder('姓名或完整手机号（按手机号查询会记入审计）').fill('新社工');
    await page.keyboard.press('Enter');
    await page.getByRole('row').filter({ hasText: '新社工 陈晨' }).getByText('新社工 陈晨').click();
    await page.getByRole('button', { name: '重置密码' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '重置密码' }).click();
    await page.getByTestId('one-time-code').waitFor();
    await settle(page);
    await snap(page, 'accounts-reset-code');
    await page.close();
  });

  it('staff accounts (phone): the create form fits 390 px', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await signIn(page, `${server.url}/users`, WANG);
    await page.getByTestId('create-staff').click();
    await page.getByTestId('create-staff-form').waitFor();
    await settle(page);
    await noOverflow(page);
    await snap(page, 'accounts-create-staff-phone');
    await page.close();
  });

  it('verification queue: the household’s bound residents and the requester’s other households are shown', async () => {
    // A second demo resident (already bound elsewhere) asks for 郑同学's household too.
    const login = async (phone: string) =>
      (
        await server.gql<{ login: { accessToken: string } }>(
          'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
          { i: { phone, password: PASSWORD } },
        )
      ).data?.login.accessToken as string;
    const staff = await login(LI_JUAN);
    const queue = await server.gql<{
      householdBindings: {
        edges: {
          node: { user: { displayName: string }; household: { unit: string; room: string; building: { id: string } } };
        }[];
      };
    }>(
      '{ householdBindings(status: PENDING) { edges { node { user { displayName } household { unit room building { id } } } } } }',
      {},
      staff,
    );
    const zheng = queue.data?.householdBindings.edges.find((e) => e.node.user.displayName === '居民 郑同学')?.node;
    expect(zheng).toBeTruthy();
    const asked = await server.gql(
      'mutation($i: RequestHouseholdBindingInput!) { requestHouseholdBinding(input: $i) { binding { id } } }',
      {
        i: {
          buildingId: zheng?.household.building.id,
          unit: zheng?.household.unit,
          room: zheng?.household.room,
          relation: 'FAMILY',
        },
      },
      await login('13900000002'),
    );
    expect(asked.errors).toBeUndefined();

    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, `${server.url}/verification`, LI_JUAN);
    const row = page.getByRole('row', { name: /^居民 郑同学/ });
    await row.waitFor();
    // 吴先生 asked for the same household; he already lives in another household of the community.
    await expect(row.getByTestId('binding-context').textContent()).resolves.toContain('居民 吴先生');
    const other = page.getByRole('row', { name: /^居民 吴先生/ });
    await expect(other.getByTestId('binding-context').textContent()).resolves.toContain('居民 郑同学');
    await settle(page);
    await snap(page, 'accounts-verification-desktop');
    await page.close();

    const phone = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await signIn(phone, `${server.url}/verification`, LI_JUAN);
    await phone.getByTestId('binding-card').first().getByTestId('binding-context').waitFor();
    await settle(phone);
    await noOverflow(phone);
    await snap(phone, 'accounts-verification-phone');
    await phone.close();
  });
});
