import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n';
import { ServerInfoCard, ServerInfoDocument } from './ServerInfoCard';

describe('ServerInfoCard', () => {
  it('shows the API version in zh-CN', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: ServerInfoDocument },
            result: { data: { serverInfo: { __typename: 'ServerInfo', version: '9.9.9', timeZone: 'Asia/Shanghai' } } },
          },
        ]}
      >
        <I18nProvider locale="zh-CN">
          <ServerInfoCard />
        </I18nProvider>
      </MockedProvider>,
    );
    expect(await screen.findByText(/接口版本: 9\.9\.9/)).toBeTruthy();
    expect(screen.getByText('欢迎使用圆桌汇管理后台')).toBeTruthy();
  });
});
