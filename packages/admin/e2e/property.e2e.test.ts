import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, snap } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';

const settle = (page: Page) => page.waitForTimeout(500);
const PASSWORD = 'Demo@2026';
const GREENTOWN = '13800000003';
const ZHOU = '13900000001';
/** The seeded elevator of 天钜银河府 whose half-monthly maintenance is 20 days old (overdue). */
const ELEVATOR = '31103301002019001';

/** A minimal valid PDF: the signed maintenance sheet. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

async function signIn(page: Page, url: string, phone: string) {
  await page.goto(url);
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('notification-bell').waitFor();
}

async function token(server: RunningServer, phone: string): Promise<string> {
  const r = await server.gql<{ login: { accessToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { phone, password: PASSWORD } },
  );
  const t = r.data?.login.accessToken;
  if (!t) throw new Error(`login ${phone}: ${JSON.stringify(r.errors)}`);
  return t;
}

describe('物业公开 in the console and through the API', () => {
  let server: RunningServer;
  let browser: Browser;
  let tianju: string;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const estates = await server.gql<{ estates: { edges: { node: { id: string; name: string } }[] } }>(
      '{ estates(first: 100) { edges { node { id name } } } }',
      {},
      await token(server, GREENTOWN),
    );
    tianju = estates.data?.estates.edges.find((e) => e.node.name === '天钜银河府')?.node.id as string;
    if (!tianju) throw new Error(`no 天钜银河府: ${JSON.stringify(estates)}`);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('property staff publish a maintenance record with a PDF at phone width; a resident reads it and the status through the API', async () => {
    const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    await signIn(page, server.url, GREENTOWN);
    await page.goto(`${server.url}/property?estate=${tianju}`);
    const card = page.getByTestId(`equipment-${ELEVATOR}`);
    await card.waitFor();
    expect(await card.locator('[data-status]').first().getAttribute('data-status')).toBe('OVERDUE');
    await settle(page);
    await snap(page, 'property-equipment-phone-before');

    await page.getByTestId(`record-${ELEVATOR}`).click();
    await page.getByTestId('maintenance-form').waitFor();
    await page.getByTestId('contractor').fill('杭州西子电梯维保有限公司');
    await page.getByLabel('发现问题').fill('轿厢照明一盏不亮');
    await page.getByLabel('处理情况').fill('已更换灯管');
    await page
      .getByTestId('sheet-input')
      .setInputFiles({ name: '维保单-1号梯.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByTestId('sheet-count').waitFor();
    await settle(page);
    await snap(page, 'property-maintenance-form-phone');
    await page.getByTestId('save-record').click();
    await page.getByTestId(`equipment-${ELEVATOR}`).waitFor();
    await expect
      .poll(() => card.locator('[data-status]').first().getAttribute('data-status'), { timeout: 10_000 })
      .toBe('OK');
    await settle(page);
    await snap(page, 'property-equipment-phone-after');

    // A resident of 天钜银河府 reads the record, its sheet and the status through the API.
    const rt = await token(server, ZHOU);
    const reg = await server.gql<{
      equipmentRegister: { edges: { node: { id: string; registrationNo: string; maintenanceStatus: string } }[] };
    }>(
      'query($e: ID!) { equipmentRegister(estateId: $e, first: 50) { edges { node { id registrationNo maintenanceStatus } } } }',
      { e: tianju },
      rt,
    );
    const lift = reg.data?.equipmentRegister.edges.find((x) => x.node.registrationNo === ELEVATOR)?.node;
    expect(lift?.maintenanceStatus).toBe('OK');
    const recs = await server.gql<{
      maintenanceRecords: {
        edges: { node: { contractor: string; defects: string; attachments: { url: string; mime: string }[] } }[];
      };
    }>(
      'query($id: ID!) { maintenanceRecords(equipmentId: $id, first: 1) { edges { node { contractor defects attachments { url mime } } } } }',
      { id: lift?.id },
      rt,
    );
    const latest = recs.data?.maintenanceRecords.edges[0]?.node;
    expect(latest).toMatchObject({ contractor: '杭州西子电梯维保有限公司', defects: '轿厢照明一盏不亮' });
    expect(latest?.attachments[0]?.mime).toBe('application/pdf');
    const file = await fetch(`${server.url}${latest?.attachments[0]?.url}`, {
      headers: { authorization: `Bearer ${rt}` },
    });
    expect(file.status).toBe(200);
    // The very sheet the phone uploaded.
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    await page.close();
  }, 120_000);

  it('the ledger with period totals and the contracts at phone and desktop width', async () => {
    const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    await signIn(page, server.url, GREENTOWN);
    await page.goto(`${server.url}/property?estate=${tianju}&tab=ledger`);
    await page.getByTestId('ledger-totals').waitFor();
    await settle(page);
    await snap(page, 'property-ledger-phone');
    await page.setViewportSize(DESKTOP);
    await page.goto(`${server.url}/property?estate=${tianju}&tab=contracts`);
    await page.getByText('天钜银河府前期物业服务合同').waitFor();
    await settle(page);
    await snap(page, 'property-contracts-desktop');
    await page.goto(`${server.url}/property?estate=${tianju}`);
    await page.getByTestId(`equipment-${ELEVATOR}`).waitFor();
    await settle(page);
    await snap(page, 'property-equipment-desktop');
    await page.close();
  }, 120_000);
});
