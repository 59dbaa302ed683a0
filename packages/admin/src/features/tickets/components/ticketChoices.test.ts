import { describe, expect, it } from 'vitest';
import { type CandidateTicket, type HandlerOrganisation, handlerOrganisations, mergeCandidates } from './ticketChoices';

const C1 = { id: 'c1' };
const C2 = { id: 'c2' };
const t = (id: string, over: Partial<CandidateTicket> = {}): CandidateTicket => ({
  id,
  title: `ticket ${id}`,
  state: 'ACCEPTED',
  createdAt: '2026-12-01T02:00:00Z',
  community: C1,
  ...over,
});

describe('mergeCandidates: only open tickets of the same community, similar ones first', () => {
  const me = { id: 'me', community: C1 };

  it('drops the ticket itself, other communities and closed tickets', () => {
    const found = [
      t('me'),
      t('other-community', { community: C2 }),
      t('rejected', { state: 'REJECTED' }),
      t('merged', { state: 'MERGED' }),
      t('withdrawn', { state: 'WITHDRAWN' }),
      t('resolved', { state: 'RESOLVED' }),
      t('submitted', { state: 'SUBMITTED' }),
      t('replied', { state: 'REPLIED' }),
      t('escalated', { state: 'ESCALATED' }),
      t('meeting', { state: 'IN_MEETING' }),
    ];
    expect(mergeCandidates(me, found).map((c) => c.id)).toEqual(['submitted', 'replied', 'escalated', 'meeting']);
  });

  it('puts similar tickets first in similarity order, each ticket once', () => {
    const found = [t('a'), t('b'), t('c')];
    const similar = [t('c'), t('x', { community: C2 }), t('b')];
    const out = mergeCandidates(me, found, similar);
    expect(out.map((c) => [c.id, c.similar])).toEqual([
      ['c', true],
      ['b', true],
      ['a', false],
    ]);
  });

  it('offers nothing when nothing fits', () => {
    expect(mergeCandidates(me, [t('me'), t('z', { state: 'RESOLVED' })])).toEqual([]);
  });
});

describe('handlerOrganisations: only organisations that can handle the place', () => {
  const org = (id: string, over: Partial<HandlerOrganisation>): HandlerOrganisation => ({
    id,
    name: id,
    kind: 'PROPERTY_COMPANY',
    servedEstates: [],
    ...over,
  });
  const orgs = [
    org('office', { kind: 'COMMUNITY_OFFICE', community: C1 }),
    org('office-c2', { kind: 'COMMUNITY_OFFICE', community: C2 }),
    org('committee-e1', { kind: 'OWNERS_COMMITTEE', community: C1, estate: { id: 'e1' } }),
    org('committee-e2', { kind: 'OWNERS_COMMITTEE', community: C1, estate: { id: 'e2' } }),
    org('greentown', { servedEstates: [{ id: 'e1', community: C1 }] }),
    org('vanke', { servedEstates: [{ id: 'e2', community: C1 }] }),
    org('elsewhere', { servedEstates: [{ id: 'e9', community: C2 }] }),
    org('archived', { servedEstates: [{ id: 'e1', community: C1 }], archivedAt: '2026-01-01T00:00:00Z' }),
    org('dept', { kind: 'DEPARTMENT' }),
    org('branch', { kind: 'PARTY_BRANCH', community: C1 }),
  ];

  it('a ticket in estate e1: its office, its committee and the companies serving e1', () => {
    const ids = handlerOrganisations({ community: C1, estate: { id: 'e1' } }, orgs).map((o) => o.id);
    expect(ids).toEqual(['office', 'committee-e1', 'greentown']);
  });

  it('a ticket without an estate: the office, the community’s committees and companies serving it', () => {
    const ids = handlerOrganisations({ community: C1, estate: null }, orgs).map((o) => o.id);
    expect(ids).toEqual(['office', 'committee-e1', 'committee-e2', 'greentown', 'vanke']);
  });

  it('never another community’s office or company, a department or an archived organisation', () => {
    const ids = handlerOrganisations({ community: C2, estate: { id: 'e9' } }, orgs).map((o) => o.id);
    expect(ids).toEqual(['office-c2', 'elsewhere']);
  });
});
