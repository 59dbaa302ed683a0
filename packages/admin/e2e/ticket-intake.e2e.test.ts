import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, DESKTOP, launchBrowser, PHONE, snap } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';

const settle = (page: Page) => page.waitForTimeout(500);
const PASSWORD = 'Demo@2026';
const LI_JUAN = '13800000002';

async function signIn(page: Page, url: string, phone: string) {
  await page.goto(url);
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('notification-bell').waitFor();
}

/** Picks an option of an antd Select by its visible text. */
async function choose(page: Page, select: Locator, option: string) {
  await select.click();
  await select.fill(option);
  await page.keyboard.press('Enter');
}

const startedServer = async (): Promise<RunningServer> => {
  try {
    return await startServer();
  } catch {
    await new Promise((r) => setTimeout(r, 60_000));
    return startServer();
  }
};

describe('ticket desk: a phone call taken on behalf, bulk work, the printed work order', () => {
  let server: RunningServer;
  let browser: Browser;
  let staffToken: string;
  let category: { id: string; nameZh: string };
  let communityId: string;
  beforeAll(async () => {
    server = await startedServer();
    browser = await launchBrowser();
    const login = await server.gql<{ login: { accessToken: string } }>(
      'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
      { i: { phone: LI_JUAN, password: PASSWORD } },
    );
    staffToken = login.data?.login.accessToken as string;
    const c = await server.gql<{ communities: { edges: { node: { id: string; name: string } }[] } }>(
      '{ communities(first: 10) { edges { node { id name } } } }',
      {},
      staffToken,
    );
    communityId = c.data?.communities.edges.find((e) => e.node.name === '博学路社区')?.node.id as string;
    const cats = await server.gql<{ ticketCategories: { id: string; code: string; nameZh: string }[] }>(
      'query($c: ID!) { ticketCategories(communityId: $c) { id code nameZh } }',
      { c: communityId },
      staffToken,
    );
    category = cats.data?.ticketCategories.find((x) => x.code === 'SAFETY_HAZARD') as { id: string; nameZh: string };
  }, 200_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('phone: staff take a call (代为登记) for an unregistered number; the ticket opens, from 电话, phone masked', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'zh-CN' });
    await signIn(page, `${server.url}/tickets`, LI_JUAN);
    await page.getByTestId('intake-button').click();
    const modal = page.locator('.ant-modal').filter({ has: page.getByTestId('intake-form') });
    await modal.waitFor();
    const title = `电梯困人求助 ${Date.now() % 100000}`;
    await modal.getByLabel('联系人姓名').fill('王阿姨');
    await modal.getByLabel('联系人手机号').fill('13712345678');
    await choose(page, modal.getByLabel('分类'), category.nameZh);
    await modal.getByLabel('标题').fill(title);
    await modal.getByLabel('内容').fill('5号楼电梯停在两层之间，里面有一位老人，物业电话打不通。');
    await modal.getByLabel('地点').fill('天钜银河府5号楼');
    await expect(modal.innerText()).resolves.toContain(category.nameZh);
    await settle(page);
    await snap(page, 'ticket-intake-phone-intake-form');
    await modal.locator('.ant-modal-footer .ant-btn-primary').click();
    const drawer = page.getByTestId('ticket-drawer');
    await drawer.getByText(title).first().waitFor();
    await modal.waitFor({ state: 'hidden' });
    await settle(page);
    await snap(page, 'ticket-intake-phone-intake-drawer');
    // The list shows where it came from; the URL keeps the source filter.
    await page.goto(`${server.url}/tickets?sources=PHONE`);
    const card = page.getByTestId('ticket-card').filter({ hasText: title });
    await card.waitFor();
    await expect(card.getByTestId('source-tag').textContent()).resolves.toBe('电话');
    await expect(card.textContent()).resolves.not.toContain('13712345678');
    await settle(page);
    await snap(page, 'ticket-intake-phone-source-filter');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  it('desktop: two counter tickets rejected in one go, each reported', async () => {
    const stamp = Date.now() % 100000;
    for (const n of [1, 2]) {
      const r = await server.gql(
        'mutation($i: RaiseTicketOnBehalfInput!) { raiseTicketOnBehalf(input: $i) { ticket { id } } }',
        {
          i: {
            categoryId: category.id,
            communityId,
            title: `窗口登记重复 ${stamp}-${n}`,
            body: '窗口登记的重复诉求，用于批量处理。',
            source: 'COUNTER',
            contactName: '刘先生',
            contactPhone: `1361234${String(stamp).padStart(5, '0').slice(-4)}`,
            idempotencyKey: `e2e-desk-${stamp}-${n}`,
          },
        },
        staffToken,
      );
      expect(r.errors).toBeUndefined();
    }
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, `${server.url}/tickets?sources=COUNTER&states=SUBMITTED&q=${stamp}`, LI_JUAN);
    const rows = page.getByTestId('ticket-row');
    await rows.nth(1).waitFor();
    await rows.nth(0).getByTestId('ticket-select').click();
    await rows.nth(1).getByTestId('ticket-select').click();
    await page.getByTestId('bulk-bar').getByText('已选 2 件').waitFor();
    await settle(page);
    await snap(page, 'ticket-intake-bulk-selection');
    await page.getByTestId('bulk-bar').getByRole('button', { name: '批量不予受理' }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '批量不予受理' });
    await modal.getByLabel('不予受理理由').fill('重复登记，已并入原诉求处理');
    await modal.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByText('成功 2 件，失败 0 件').waitFor();
    await settle(page);
    await snap(page, 'ticket-intake-bulk-result');
    await page.close();
  });

  it('desktop: the work order prints on A4 with its number, QR code, text, timeline and signatures', async () => {
    const r = await server.gql<{ raiseTicketOnBehalf: { ticket: { id: string } } }>(
      'mutation($i: RaiseTicketOnBehalfInput!) { raiseTicketOnBehalf(input: $i) { ticket { id } } }',
      {
        i: {
          categoryId: category.id,
          communityId,
          title: '燃气味道很重',
          body: '白马御府12幢楼道里闻到很重的燃气味，请尽快派人检查。',
          locationText: '白马御府12幢',
          source: 'HOTLINE_12345',
          externalRef: 'XS12345-2026-0815',
          contactName: '赵女士',
          contactPhone: '13787654321',
          idempotencyKey: `e2e-desk-print-${Date.now()}`,
        },
      },
      staffToken,
    );
    const id = r.data?.raiseTicketOnBehalf.ticket.id as string;
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await signIn(page, `${server.url}/tickets?ticket=${id}`, LI_JUAN);
    await page.getByTestId('print-work-order').click();
    const order = page.getByTestId('work-order');
    await order.waitFor();
    await order.getByTestId('work-order-qr').waitFor();
    await settle(page);
    await snap(page, 'ticket-intake-work-order');
    const text = await order.innerText();
    for (const s of [
      '工单处理单',
      id,
      '燃气味道很重',
      '白马御府12幢',
      '12345 转办 XS12345-2026-0815',
      '承办人签字',
      '居民提交',
    ]) {
      expect(text).toContain(s);
    }
    await page.emulateMedia({ media: 'print' });
    const pdfPath = resolve(ARTIFACTS, 'ticket-desk-work-order.pdf');
    writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
    expect(statSync(pdfPath).size).toBeGreaterThan(5_000);
    // The PDF's text layer, when poppler's pdftotext is on the machine; otherwise the page text above.
    if (existsSync('/usr/bin/pdftotext')) {
      const pdfText = execFileSync('/usr/bin/pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      for (const s of ['工单处理单', id, '燃气味道很重', 'XS12345-2026-0815', '承办人签字'])
        expect(pdfText).toContain(s);
      // Only the work order is printed: the console's menu is not.
      expect(pdfText).not.toContain('我要说事');
    }
    await page.close();
  });
});
