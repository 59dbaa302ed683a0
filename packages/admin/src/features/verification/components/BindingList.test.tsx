import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../../gql/fragment-masking';
import { I18nProvider } from '../../../i18n';
import { BindingList, type BindingRow, BindingRowFields } from './BindingList';

const row = (over: Partial<BindingRow> = {}): BindingRow => ({
  id: 'b1',
  status: 'PENDING',
  relation: 'OWNER',
  createdAt: '2026-05-01T02:00:00.000Z',
  reviewedAt: null,
  reason: null,
  user: { id: 'u1', displayName: '居民 郑同学', phone: '139****0003' },
  estate: { id: 'e1', name: '银塆学府' },
  household: { id: 'h1', label: '2幢1单元401' },
  viewerCan: { approve: true, reject: true },
  // The BindingContext fragment's fields (masked out of BindingRow's type).
  ...({ householdOthers: [], requesterOthers: [] } as object),
  ...over,
});

function renderList(rows: BindingRow[], onReject = vi.fn()) {
  render(
    <I18nProvider locale="zh-CN">
      <BindingList
        rows={rows.map((r) => makeFragmentData(r, BindingRowFields))}
        loading={false}
        layout="table"
        busyId={null}
        onApprove={vi.fn()}
        onReject={onReject}
      />
    </I18nProvider>,
  );
  return onReject;
}

describe('BindingList', () => {
  it('shows who is already bound to the household and the requester’s other households', () => {
    renderList([
      row({
        ...({
          householdOthers: [
            {
              id: 'b0',
              status: 'APPROVED',
              relation: 'OWNER',
              user: { id: 'u0', displayName: '业主 王先生', phone: '138****0001' },
            },
          ],
          requesterOthers: [
            {
              id: 'b9',
              status: 'PENDING',
              relation: 'TENANT',
              estate: { id: 'e2', name: '天钜银河府' },
              household: { id: 'h2', label: '1幢101' },
            },
          ],
        } as object),
      }),
    ]);
    expect(screen.getByText('该房屋已绑定：')).toBeTruthy();
    expect(screen.getByText(/业主 王先生 138\*\*\*\*0001/)).toBeTruthy();
    expect(screen.getByText(/天钜银河府 1幢101/)).toBeTruthy();
  });

  it('says so when nobody else is bound and the requester has no other household', () => {
    renderList([row()]);
    expect(screen.getByText('暂无其他住户')).toBeTruthy();
    expect(screen.getByText('无')).toBeTruthy();
  });

  it('shows the resident with a masked phone, the estate, household and relation', () => {
    renderList([row()]);
    expect(screen.getByText('居民 郑同学')).toBeTruthy();
    expect(screen.getByText('139****0003')).toBeTruthy();
    expect(screen.getByText('银塆学府')).toBeTruthy();
    expect(screen.getByText('2幢1单元401')).toBeTruthy();
    expect(screen.getByText('业主')).toBeTruthy();
    expect(screen.getByText('待认证')).toBeTruthy();
  });

  it('shows only the buttons viewerCan allows', () => {
    renderList([row({ viewerCan: { approve: false, reject: true } })]);
    expect(screen.queryByRole('button', { name: /通\s*过/ })).toBeNull();
    expect(screen.getByRole('button', { name: /驳\s*回/ })).toBeTruthy();
  });

  it('hides both buttons when the viewer may do neither, and says so when the queue is empty', () => {
    renderList([row({ viewerCan: { approve: false, reject: false } })]);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks for a reason through onReject', () => {
    const onReject = renderList([row()]);
    fireEvent.click(screen.getByRole('button', { name: /驳\s*回/ }));
    expect(onReject).toHaveBeenCalledWith(expect.objectContaining({ id: 'b1' }));
  });
});
