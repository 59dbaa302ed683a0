import { AuditResolver } from './audit/audit.resolver.js';
import { AccountResolver, PublicAuthResolver } from './identity/auth.resolver.js';
import {
  BindingFieldsResolver,
  MembershipFieldsResolver,
  StaffIdentityResolver,
  UserFieldsResolver,
} from './identity/staff.resolver.js';
import {
  BuildingFieldsResolver,
  CommunityFieldsResolver,
  EstateFieldsResolver,
  HouseholdFieldsResolver,
  OrganisationFieldsResolver,
  OrgResolver,
  StreetFieldsResolver,
} from './org/org.resolver.js';
import { SystemResolver } from './system/system.resolver.js';

/** Every resolver class of every module. */
export const resolvers = [
  SystemResolver,
  PublicAuthResolver,
  AccountResolver,
  StaffIdentityResolver,
  UserFieldsResolver,
  MembershipFieldsResolver,
  BindingFieldsResolver,
  OrgResolver,
  StreetFieldsResolver,
  CommunityFieldsResolver,
  EstateFieldsResolver,
  BuildingFieldsResolver,
  HouseholdFieldsResolver,
  OrganisationFieldsResolver,
  AuditResolver,
] as const;
