import type { Locator, Page } from 'playwright-core';
import type { RunningServer } from './server';

/** Locators on the page on screen (Taro keeps earlier pages of the stack in the DOM, hidden). */
export function ui(page: Page) {
  const current = (): Locator => page.locator('.taro_page >> visible=true');
  return {
    current,
    button: (name: string | RegExp) => current().locator('taro-button-core', { hasText: name }),
    chip: (name: string | RegExp) => current().locator('.rt-chip', { hasText: name }),
    /** A text field by its placeholder (the native input inside Taro's taro-input-core). */
    field: (placeholder: string) => current().locator(`input[placeholder="${placeholder}"]`),
  };
}

/** Signs an existing account in through the login page with the SMS code of the development transport. */
export async function signInWithSms(page: Page, server: RunningServer, phone: string): Promise<void> {
  const { button, field } = ui(page);
  await page.goto(`${server.url}/m/`);
  await field('手机号').fill(phone);
  const since = server.logLength();
  await button('获取验证码').click();
  await field('验证码').fill(await server.smsCode(phone, since));
  await button(/^登录$/).click();
  await page.locator('.taro_page >> visible=true').getByText('您好').waitFor();
}

/** The signed-in resident's access token, as the app keeps it (Taro's storage in localStorage). */
export async function storedToken(page: Page): Promise<string> {
  const raw = await page.evaluate(() => localStorage.getItem('rt.session'));
  let v: unknown = raw ? JSON.parse(raw) : null;
  if (v && typeof v === 'object' && 'data' in v) v = (v as { data: unknown }).data;
  if (typeof v === 'string') v = JSON.parse(v);
  const token = (v as { accessToken?: string } | null)?.accessToken;
  if (!token) throw new Error(`no session in storage: ${raw}`);
  return token;
}
