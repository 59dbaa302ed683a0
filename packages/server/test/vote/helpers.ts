/** GraphQL documents and small helpers of the vote tests. */

import { newRefreshToken } from '../../src/auth/tokens.js';
import { newId } from '../../src/db/ids.js';
import { SessionEntity } from '../../src/modules/identity/session.entity.js';
import { tinyPdf, upload } from '../file/fixtures.js';
import type { TestServer } from '../helpers/server.js';

export const CREATE = `mutation($i: CreateVoteInput!) { createVote(input: $i) { vote { id status matters { id kind } } } }`;
export const OPEN = `mutation($id: ID!) { openVote(input: { voteId: $id }) { vote { id status totalOwners totalAreaCentiM2 } } }`;
export const CAST = `mutation($id: ID!, $c: [BallotChoiceInput!]!) { castBallot(input: { voteId: $id, choices: $c }) { vote { id } } }`;
export const PAPER = `mutation($id: ID!, $voter: ID!, $c: [BallotChoiceInput!]!, $scan: ID!) {
  enterPaperBallot(input: { voteId: $id, voterId: $voter, choices: $c, scanFileId: $scan }) { vote { id } } }`;
export const TALLY = `query($id: String!) { vote(id: $id) { status closedAt
  tally { frozen participation { areaCentiM2 owners baseAreaCentiM2 baseOwners areaMet ownersMet met areaPermille }
    matters { matterId passed reason reasonZh reasonEn for { areaCentiM2 owners } against { areaCentiM2 owners } abstain { owners } agreement { met } } } } }`;
export const ROLL = `query($id: ID!, $after: String, $filter: VoteRollFilter) { voteRoll(voteId: $id, first: 100, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id ownerName developer online areaCentiM2 unitCount units hasVoted ballot { channel revision choices { matterId choice } scan { id } } } } } }`;

export interface RollNode {
  id: string;
  ownerName: string | null;
  developer: boolean;
  online: boolean;
  areaCentiM2: number;
  unitCount: number;
  units: string[];
  hasVoted: boolean;
  ballot: {
    channel: string;
    revision: number;
    choices: { matterId: string; choice: string }[] | null;
    scan: { id: string } | null;
  } | null;
}

/** Every owner of a roll (pages of 100). */
export async function wholeRoll(s: TestServer, voteId: string, token: string, filter = 'ALL'): Promise<RollNode[]> {
  const out: RollNode[] = [];
  let after: string | null = null;
  for (;;) {
    type Page = { voteRoll: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: RollNode }[] } };
    const r: import('../helpers/server.js').GqlResult<Page> = await s.gql<{
      voteRoll: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: RollNode }[] };
    }>(ROLL, { id: voteId, after, filter }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    out.push(...r.data.voteRoll.edges.map((e) => e.node));
    if (!r.data.voteRoll.pageInfo.hasNextPage) return out;
    after = r.data.voteRoll.pageInfo.endCursor;
  }
}

/** Uploads a scan of a signed ballot as `token`; returns its file id. */
export async function scan(s: TestServer, token: string): Promise<string> {
  const up = await upload(s.url, token, tinyPdf(), 'ballot.pdf', 'application/pdf');
  if (up.status !== 200 && up.status !== 201) throw new Error(`upload ${up.status} ${JSON.stringify(up.body)}`);
  return String(up.body.id);
}

export const inDays = (d: number) => new Date(Date.now() + d * 86400_000).toISOString();

/**
 * An access token for a user without the sign-in round trip (a session row as `login` writes it):
 * password hashing makes 100 sign-ins take a minute, and signing in is not what these tests race.
 */
export async function quickToken(s: TestServer, user: { id: string; tokenVersion: number }): Promise<string> {
  const familyId = newId();
  await s.db.dataSource.getRepository(SessionEntity).save({
    userId: user.id,
    familyId,
    tokenHash: newRefreshToken().hash,
    expiresAt: new Date(Date.now() + 86400_000),
    usedAt: null,
    revokedAt: null,
    userAgent: 'test',
    ip: null,
  } as unknown as SessionEntity);
  return (await s.app.services.tokens.signAccess(user.id, familyId, user.tokenVersion)).token;
}
