import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, snap, watchCsp } from './helpers/browser';
import { type RunningServer, startServer } from './helpers/server';

/** Replaces the text of one of GraphiQL's CodeMirror editors by typing into it, as a person would. */
async function typeInto(page: Page, editor: string, text: string): Promise<void> {
  await page.locator(`${editor} .CodeMirror`).click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape'); // close an autocompletion popup, if any
}

/** The text of a GraphiQL editor (CodeMirror 5 keeps its instance on the wrapper element). */
const editorValue = (page: Page, editor: string) =>
  page
    .locator(`${editor} .CodeMirror`)
    .evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());

describe('GraphQL explorer (GraphiQL, bundled) at /graphql', () => {
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

  it('runs a query typed in the browser, with a Bearer token from the headers editor, and asks no other host', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'en-US' });
    const origin = new URL(server.url).origin;
    const elsewhere: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.origin !== origin) elsewhere.push(req.url());
    });
    const violations = await watchCsp(page);
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
    });

    await page.goto(`${server.url}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    // The starting query says how to sign in (the headers tab is open under it).
    expect(await editorValue(page, '.graphiql-query-editor')).toContain('"X-Api-Key"');
    await snap(page, 'explorer-open');
    // Introspection is open in development: the schema loads and the docs know the Query type.
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    await page.getByText('serverInfo').first().waitFor();

    await typeInto(page, '.graphiql-query-editor', '{ serverInfo { version timeZone } }');
    expect((await editorValue(page, '.graphiql-query-editor')).replace(/\s+/g, ' ').trim()).toBe(
      '{ serverInfo { version timeZone } }',
    );
    await page.getByRole('button', { name: /execute query/i }).click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.textContent(), { timeout: 15_000 }).toContain('Asia/Shanghai');
    await snap(page, 'explorer-server-info');

    // A signed-in query: the token goes into the headers editor (so would an X-Api-Key).
    const login = await server.gql<{ login: { accessToken: string } }>(
      'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
      { i: { phone: '13800000000', password: 'Demo@2026' } },
    );
    const token = login.data?.login.accessToken as string;
    expect(token).toBeTruthy();
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    const headers = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';
    await typeInto(page, headers, `{ "Authorization": "Bearer ${token}" }`);
    expect(JSON.parse(await editorValue(page, headers))).toEqual({ Authorization: `Bearer ${token}` });
    await typeInto(page, '.graphiql-query-editor', '{ me { displayName } }');
    await page.getByRole('button', { name: /execute query/i }).click();
    await expect.poll(() => response.textContent(), { timeout: 15_000 }).toContain('"displayName"');
    expect(await response.textContent()).not.toContain('UNAUTHENTICATED');
    await snap(page, 'explorer-signed-in');
    expect(problems, 'console errors (a CSP violation would show here)').toEqual([]);

    // The app key travels the same way: an unknown one is refused with its code.
    await typeInto(page, headers, `{ "Authorization": "Bearer ${token}", "X-Api-Key": "ak_not.a-key" }`);
    await page.getByRole('button', { name: /execute query/i }).click();
    await expect.poll(() => response.textContent(), { timeout: 15_000 }).toContain('API_KEY_UNKNOWN');

    expect(elsewhere, 'requests to other hosts').toEqual([]);
    expect(violations, 'CSP violations').toEqual([]);
    await page.close();
  });
});
