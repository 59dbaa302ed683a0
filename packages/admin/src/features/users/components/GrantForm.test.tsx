import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RoleDefinition } from '../../../app/roles';
import { I18nProvider } from '../../../i18n';
import { GrantForm, type GrantValues } from './GrantForm';

/** What `roleDefinitions` answers (the server's ROLE_SCOPE and PERMISSIONS), trimmed to the fields read. */
const DEFINITIONS: RoleDefinition[] = [
  { role: 'RESIDENT', scopeKinds: ['COMMUNITY'], organisationKind: null, staff: false, permissions: [] },
  { role: 'COMMUNITY_STAFF', scopeKinds: ['COMMUNITY'], organisationKind: null, staff: true, permissions: [] },
  {
    role: 'PROPERTY_STAFF',
    scopeKinds: ['ORGANISATION'],
    organisationKind: 'PROPERTY_COMPANY',
    staff: true,
    permissions: [],
  },
  { role: 'STREET_ADMIN', scopeKinds: ['STREET'], organisationKind: null, staff: true, permissions: [] },
];

const SCOPES = {
  STREET: [{ value: 's1', label: '浦沿街道' }],
  COMMUNITY: [{ value: 'c1', label: '博学社区' }],
  ESTATE: [],
  ORGANISATION: [
    { value: 'o1', label: '绿城物业', kind: 'PROPERTY_COMPANY' as const },
    { value: 'o2', label: '天钜业委会', kind: 'OWNERS_COMMITTEE' as const },
  ],
};

/** Opens the antd Select labelled `label` and returns the texts of its options. */
async function open(label: string): Promise<HTMLElement> {
  const field = screen.getByLabelText(label);
  fireEvent.mouseDown(field.closest('.ant-select') ?? field);
  return (await waitFor(() => {
    const lists = document.querySelectorAll<HTMLElement>('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    const last = lists[lists.length - 1];
    if (!last) throw new Error('no dropdown');
    return last;
  })) as HTMLElement;
}
const optionTexts = (dropdown: HTMLElement) =>
  [...dropdown.querySelectorAll('.ant-select-item-option-content')].map((o) => o.textContent);

describe('GrantForm: roles and scope kinds from the server’s roleDefinitions', () => {
  it('offers the staff roles, sets the role’s scope kind, lists only organisations of its kind, submits', async () => {
    const onSubmit = vi.fn(async (_: GrantValues) => true);
    render(
      <I18nProvider locale="zh-CN">
        <GrantForm definitions={DEFINITIONS} scopes={SCOPES} loading={false} onSubmit={onSubmit} />
      </I18nProvider>,
    );
    const roles = await open('角色');
    expect(optionTexts(roles)).toEqual(['社区工作人员', '物业人员', '街道管理员']); // no RESIDENT: not staff
    await act(async () => fireEvent.click(screen.getByText('物业人员')));

    // The scope kind follows the role (ORGANISATION), and only property companies are offered.
    await waitFor(() => expect(document.body.textContent).toContain('组织'));
    const orgs = await open('范围');
    expect(optionTexts(orgs)).toEqual(['绿城物业']);
    await act(async () => fireEvent.click(screen.getByText('绿城物业')));

    await act(async () => fireEvent.click(screen.getByRole('button', { name: /授予角色/ })));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ role: 'PROPERTY_STAFF', scopeKind: 'ORGANISATION', scopeId: 'o1' }),
    );
  });
});
