import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE, snap } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';
import { signInWithSms, ui } from './helpers/ui';

let server: RunningServer;
let browser: Browser;
let page: Page;

/**
 * The app sends only registered documents (their sha256): with TRUSTED_DOCUMENTS=strict the server
 * refuses any other text, so this proves the new operations are in packages/schema/persisted-operations.json.
 */
describe('resident app under TRUSTED_DOCUMENTS=strict', () => {
  beforeAll(async () => {
    server = await startServer({ TRUSTED_DOCUMENTS: 'strict' });
    browser = await launchBrowser();
    page = await (await browser.newContext(PHONE)).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('refuses a document that is not registered', async () => {
    const r = await server.gql('{ serverInfo { __typename } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect(r.data ?? null).toBeNull();
  });

  it('signs in, books a venue and reads the board with registered documents only', async () => {
    const { current, chip, field, button } = ui(page);
    await signInWithSms(page, server, '13900000001');
    await current().getByTestId('service-venues').click();
    await current().getByTestId('venue').filter({ hasText: '乒乓球室' }).click();
    const tomorrow = new Date(Date.now() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
    await chip(`${tomorrow.slice(5, 7)}/${tomorrow.slice(8, 10)}`).click();
    await current().locator('.rt-slot', { hasText: '13:00' }).click();
    await field('如 老年合唱排练').fill('严格模式下的预约');
    await field('1 到 8 人').fill('2');
    await button('确认预约').click();
    const mine = current().getByTestId('booking').filter({ hasText: '严格模式下的预约' });
    await mine.waitFor();
    expect(await mine.locator('.rt-tag').textContent()).toBe('已通过');
    await page.goto(`${server.url}/m/#/pages/board/board`);
    await current().getByTestId('board-item').first().waitFor();
    await snap(page, 'resident-24-strict-board');
  });
});
