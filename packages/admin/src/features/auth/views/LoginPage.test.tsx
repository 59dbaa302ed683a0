import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../../../app/session';
import { I18nProvider } from '../../../i18n';
import { LoginPage } from './LoginPage';

const input = { phone: '13800000002', password: 'Demo@2026' };

/** The sign-in page posts to /graphql itself (no Apollo before sign-in): the server's answer is stubbed. */
function renderLogin(result: object) {
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body));
    expect(body.operationName).toBe('Login');
    expect(body.variables).toEqual({ input });
    return new Response(JSON.stringify(result), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  render(
    <I18nProvider locale="zh-CN">
      <LoginPage />
    </I18nProvider>,
  );
  fireEvent.change(screen.getByLabelText('手机号'), { target: { value: input.phone } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: input.password } });
  fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
}

describe('LoginPage', () => {
  afterEach(() => {
    session.clear();
    vi.unstubAllGlobals();
  });

  it('shows INVALID_CREDENTIALS as a translated message', async () => {
    renderLogin({
      errors: [{ message: 'Wrong phone number or password', extensions: { code: 'INVALID_CREDENTIALS' } }],
    });
    expect(await screen.findByText('手机号或密码错误')).toBeTruthy();
  });

  it('shows TOO_MANY_ATTEMPTS with the wait from details.retryAfterSeconds', async () => {
    renderLogin({
      errors: [
        { message: 'Too many attempts', extensions: { code: 'TOO_MANY_ATTEMPTS', details: { retryAfterSeconds: 42 } } },
      ],
    });
    expect(await screen.findByText('尝试次数过多，请 42 秒后再试')).toBeTruthy();
  });

  it('keeps both tokens on success', async () => {
    renderLogin({
      data: {
        login: {
          __typename: 'AuthPayload',
          accessToken: 'access-1',
          accessTokenExpiresAt: '2026-05-01T02:15:00.000Z',
          refreshToken: 'refresh-1',
          user: { __typename: 'User', id: 'u1', displayName: '专管员 李娟' },
        },
      },
    });
    await vi.waitFor(() => expect(session.accessToken()).toBe('access-1'));
    expect(session.refreshToken()).toBe('refresh-1');
  });

  it('switches the language with the button named after the other language', async () => {
    render(
      <I18nProvider locale="zh-CN">
        <LoginPage />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('Staff sign-in')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByText('工作人员登录')).toBeTruthy();
  });
});
