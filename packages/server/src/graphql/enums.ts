import { registerEnumType } from 'type-graphql';
import { CalendarDayKind, CalendarSource } from '../modules/calendar/calendar.enums.js';
import { BindingStatus, HouseholdRelation, Role, ScopeKind } from '../modules/identity/identity.enums.js';
import { OrganisationKind } from '../modules/org/org.enums.js';

/** Every enum of the contract, registered once with a description for each value. */
registerEnumType(Role, {
  name: 'Role',
  description: 'A role a membership grants.',
  valuesConfig: {
    RESIDENT: { description: '居民 — a verified resident of a community.' },
    COMMUNITY_STAFF: { description: '社工 — staff of a community office, incl. the back-office keeper (专管员).' },
    PROPERTY_STAFF: { description: '物业 — staff of a property company, for the estates it serves.' },
    COMMITTEE_MEMBER: { description: "业委会 — member of an estate's owners' committee." },
    STREET_ADMIN: { description: '街道 — street staff: sees every community of the street.' },
    SYSTEM_ADMIN: { description: 'Operator of the whole platform.' },
  },
});
registerEnumType(ScopeKind, {
  name: 'ScopeKind',
  description: 'The kind of node a membership is scoped to.',
  valuesConfig: {
    SYSTEM: { description: 'The whole platform (system administrators).' },
    STREET: { description: 'A street (街道).' },
    COMMUNITY: { description: 'A community (社区).' },
    ESTATE: { description: 'An estate (小区).' },
    ORGANISATION: { description: 'An organisation (property company, owners’ committee …).' },
  },
});
registerEnumType(HouseholdRelation, {
  name: 'HouseholdRelation',
  description: 'How a resident relates to a household.',
  valuesConfig: {
    OWNER: { description: '业主 — owner.' },
    TENANT: { description: '租户 — tenant.' },
    FAMILY: { description: '家庭成员 — family member of the owner or tenant.' },
  },
});
registerEnumType(BindingStatus, {
  name: 'BindingStatus',
  description: "State of a resident's request to be bound to a household.",
  valuesConfig: {
    PENDING: { description: 'Waiting for verification by community staff.' },
    APPROVED: { description: 'Verified: the resident belongs to the household.' },
    REJECTED: { description: 'Refused by community staff, with a reason.' },
    REVOKED: { description: 'Ended after approval (moved out, ended tenancy).' },
  },
});
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'Kinds of organisation.',
  valuesConfig: {
    COMMUNITY_OFFICE: { description: '社区居委会 — the community office (community level).' },
    PROPERTY_COMPANY: { description: '物业公司 — serves one or more estates.' },
    OWNERS_COMMITTEE: { description: "业主委员会 — an estate's owners' committee." },
    PARTY_BRANCH: { description: '党组织 — a party branch of the community.' },
    DEPARTMENT: { description: '街道部门 — a street-level department (safety office, traffic police …).' },
    SOCIAL_ORGANISATION: { description: '社会组织 — a social organisation of the community.' },
  },
});
registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  description: 'What a date staff entered in the working-day calendar is.',
  valuesConfig: {
    HOLIDAY: { description: '法定节假日 — a statutory holiday: no work, even on a weekday.' },
    WORKDAY: { description: '调休上班 — a make-up working day: work, even on a weekend.' },
  },
});
registerEnumType(CalendarSource, {
  name: 'CalendarSource',
  description: "Where a year's holidays and make-up working days come from.",
  valuesConfig: {
    PACKAGE: { description: 'The built-in State Council schedule (2004-2026).' },
    STAFF: { description: 'Entered by staff and declared complete.' },
    NONE: { description: 'No schedule: weekends off, weekdays working; deadlines are flagged.' },
  },
});
