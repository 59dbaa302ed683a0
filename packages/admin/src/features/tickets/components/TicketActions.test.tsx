import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../i18n';
import { type ActionPermissions, TICKET_ACTIONS, TicketActions } from './TicketActions';

const none: ActionPermissions = Object.fromEntries(TICKET_ACTIONS.map((a) => [a, false])) as ActionPermissions;

function renderActions(can: Partial<ActionPermissions>, onAction = vi.fn()) {
  render(
    <I18nProvider locale="zh-CN">
      <TicketActions can={{ ...none, ...can }} onAction={onAction} />
    </I18nProvider>,
  );
  return onAction;
}

const names = () => screen.queryAllByRole('button').map((b) => b.textContent?.replace(/\s/g, ''));

describe('TicketActions', () => {
  it('a new ticket for community staff: accept, reject, merge, note', () => {
    renderActions({ accept: true, reject: true, merge: true, note: true });
    expect(names()).toEqual(['受理', '不予受理', '合并', '备注']);
  });

  it('an accepted ticket: reply, resolve, reassign, escalate, round table, note — no accept', () => {
    renderActions({ reply: true, resolve: true, reassign: true, escalate: true, referToMeeting: true, note: true });
    expect(names()).toEqual(['答复', '完结', '改派', '上报', '提交圆桌会', '备注']);
    expect(screen.queryByRole('button', { name: /受\s*理/ })).toBeNull();
  });

  it('an escalated ticket for the department: only the department answer', () => {
    renderActions({ answerEscalation: true });
    expect(names()).toEqual(['部门答复']);
  });

  it('nothing allowed (a closed ticket, or a role that only reads): no buttons at all', () => {
    renderActions({});
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByTestId('ticket-actions')).toBeNull();
  });

  it('tells the view which action was chosen', () => {
    const onAction = renderActions({ accept: true, reject: true });
    fireEvent.click(screen.getByRole('button', { name: /不予受理/ }));
    expect(onAction).toHaveBeenCalledWith('reject');
  });
});
