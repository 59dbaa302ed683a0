import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../gql/fragment-masking';
import { I18nProvider } from '../../../i18n';
import { AuditRowFields, AuditTable } from './AuditTable';

const row = {
  __typename: 'AuditLogEntry' as const,
  id: 'a1',
  createdAt: '2026-05-01T02:00:00.000Z',
  actorRole: 'COMMUNITY_STAFF',
  operation: 'household.binding.approve',
  targetType: 'HouseholdBinding',
  targetId: 'binding-123456',
  summary: '{"from":"PENDING","to":"APPROVED","reason":null}',
  actor: { __typename: 'User' as const, id: 'u', displayName: '专管员 李娟' },
};
const entry = makeFragmentData(row, AuditRowFields);

describe('AuditTable', () => {
  it('translates known operations and roles (zh-CN)', () => {
    render(
      <I18nProvider locale="zh-CN">
        <AuditTable
          rows={[
            entry,
            makeFragmentData({ ...row, id: 'a2', operation: 'something.new', actorRole: null }, AuditRowFields),
          ]}
          loading={false}
          layout="table"
        />
      </I18nProvider>,
    );
    expect(screen.getByText('认证通过')).toBeTruthy();
    expect(screen.getByText('社区工作人员')).toBeTruthy();
    expect(screen.getAllByText('专管员 李娟')).toHaveLength(2);
    // Unknown operations are shown as written.
    expect(screen.getByText('something.new')).toBeTruthy();
  });

  it('translates in en-US too', () => {
    render(
      <I18nProvider locale="en-US">
        <AuditTable rows={[entry]} loading={false} layout="cards" />
      </I18nProvider>,
    );
    expect(screen.getByText('Verification approved')).toBeTruthy();
  });
});
