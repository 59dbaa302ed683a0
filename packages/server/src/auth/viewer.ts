import { Role, ScopeKind } from './roles.js';

/** One membership of the viewer, with the estates it reaches resolved. */
export interface Grant {
  membershipId: string;
  role: Role;
  scopeKind: ScopeKind;
  scopeId: string | null;
  streetId: string | null;
  communityId: string | null;
  organisationId: string | null;
  /** For property staff: the estates the company serves; for committee members: their estate. */
  estateIds: string[];
  /** Communities of those estates: where the estates sit, readable as tree nodes (not as data). */
  estateCommunityIds: string[];
}

/** The signed-in user of a request and what their memberships grant. */
export class Viewer {
  readonly roles: ReadonlySet<Role>;

  constructor(
    readonly userId: string,
    readonly displayName: string,
    readonly sessionFamilyId: string,
    readonly grants: readonly Grant[],
  ) {
    this.roles = new Set(grants.map((g) => g.role));
  }

  hasRole(...roles: Role[]): boolean {
    return roles.some((r) => this.roles.has(r));
  }

  get isStaff(): boolean {
    return this.grants.some((g) => g.role !== Role.RESIDENT);
  }

  grantsFor(roles: readonly Role[]): Grant[] {
    return this.grants.filter((g) => roles.includes(g.role));
  }
}
