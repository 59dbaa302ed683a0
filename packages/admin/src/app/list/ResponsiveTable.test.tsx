import { act, fireEvent, render, screen } from '@testing-library/react';
import { Button } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResponsiveTable } from './ResponsiveTable';

interface Row {
  id: string;
  name: string;
}

const rows: Row[] = [
  { id: 'r1', name: '银塆学府' },
  { id: 'r2', name: '博学路小区' },
];

/** happy-dom evaluates antd's `(min-width: …)` queries against this viewport. */
const viewport = (width: number) =>
  (window as unknown as { happyDOM: { setViewport(v: { width: number; height: number }): void } }).happyDOM.setViewport(
    { width, height: 844 },
  );

function renderList(onEdit = vi.fn(), list: Row[] = rows) {
  render(
    <ResponsiveTable<Row>
      rows={list}
      rowKey="id"
      columns={[
        { title: '名称', key: 'name', render: (_, r) => r.name },
        {
          title: '操作',
          key: 'actions',
          render: (_, r) => <Button onClick={() => onEdit(r)}>编辑 {r.name}</Button>,
        },
      ]}
      renderCard={(r) => (
        <div>
          <strong>{r.name}</strong>
          <Button onClick={() => onEdit(r)}>编辑 {r.name}</Button>
        </div>
      )}
      rowProps={(r, layout) => ({ 'data-testid': `${layout}-${r.id}` })}
      empty="没有数据"
    />,
  );
  return onEdit;
}

afterEach(() => viewport(1024));

describe('ResponsiveTable', () => {
  it('is a table with column headers on a desktop width', () => {
    viewport(1366);
    const onEdit = renderList();
    expect(document.querySelector('.ant-table')).not.toBeNull();
    expect(screen.getByRole('columnheader', { name: '名称' })).toBeTruthy();
    expect(screen.getByTestId('table-r1').textContent).toContain('银塆学府');
    expect(screen.queryByTestId('cards-r1')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /编辑 博学路小区/ }));
    expect(onEdit).toHaveBeenCalledWith(rows[1]);
  });

  it('is a list of cards with the same rows and actions on a phone width', () => {
    viewport(390);
    const onEdit = renderList();
    expect(document.querySelector('.ant-table')).toBeNull();
    expect(screen.queryByRole('columnheader')).toBeNull();
    expect(screen.getByTestId('cards-r1').textContent).toContain('银塆学府');
    expect(screen.getByTestId('cards-r2').classList.contains('ant-card')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /编辑 银塆学府/ }));
    expect(onEdit).toHaveBeenCalledWith(rows[0]);
  });

  it('switches when the window crosses the breakpoint', async () => {
    // (Widening: happy-dom only reports a media query that starts matching, not one that stops.)
    viewport(390);
    renderList();
    expect(screen.getByTestId('cards-r1')).toBeTruthy();
    await act(async () => viewport(1366));
    expect(screen.getByTestId('table-r1')).toBeTruthy();
    expect(screen.queryByTestId('cards-r1')).toBeNull();
  });

  it('takes a forced layout whatever the width', () => {
    viewport(390);
    render(
      <ResponsiveTable<Row>
        rows={rows}
        rowKey="id"
        layout="table"
        columns={[{ title: '名称', key: 'name', render: (_, r) => r.name }]}
        renderCard={(r) => r.name}
      />,
    );
    expect(screen.getByRole('columnheader', { name: '名称' })).toBeTruthy();
  });

  it.each([390, 1366])('says what an empty list says (width %i)', (width) => {
    viewport(width);
    renderList(vi.fn(), []);
    expect(screen.getByText('没有数据')).toBeTruthy();
  });
});
