import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBoard } from '../factories/board.js';
import { buildCommunity, buildStaff } from '../factories/index.js';
import { codeOf, startTestServer, type TestServer } from '../helpers/server.js';

const CREATE =
  'mutation($id: ID!, $name: String!) { createBoard(input: { communityId: $id, name: $name }) { board { id name communityId } } }';
const LIST = 'query($id: ID!) { boards(communityId: $id) { totalCount edges { node { name } } } }';

describe('board module over HTTP', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('community staff create a record in their community and list it; the audit log keeps it', async () => {
    const community = await buildCommunity(s);
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    const token = await staff.token();
    const made = await s.gql<{ createBoard: { board: { name: string; communityId: string } } }>(
      CREATE,
      { id: community.id, name: ' 第一 ' },
      token,
    );
    expect(made.errors).toBeUndefined();
    expect(made.data?.createBoard.board).toMatchObject({ name: '第一', communityId: community.id });
    const list = await s.gql<{ boards: { totalCount: number } }>(LIST, { id: community.id }, token);
    expect(list.data?.boards.totalCount).toBe(1);
    const audit = await s.gql<{ auditLog: { totalCount: number } }>(
      'query($id: ID!) { auditLog(communityId: $id, operation: "board.create") { totalCount } }',
      { id: community.id },
      token,
    );
    expect(audit.data?.auditLog.totalCount).toBe(1);
  });

  it('refuses a blank name with its reason', async () => {
    const community = await buildCommunity(s);
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    const r = await s.gql(CREATE, { id: community.id, name: '   ' }, await staff.token());
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.reason).toBe('BOARD_BLANK_NAME');
  });

  it("hides another community's records and refuses to create there (NOT_FOUND)", async () => {
    const mine = await buildCommunity(s);
    const other = await buildBoard(s);
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: mine });
    const token = await staff.token();
    const list = await s.gql<{ boards: { totalCount: number } }>(LIST, { id: other.communityId }, token);
    expect(list.data?.boards.totalCount).toBe(0);
    expect(codeOf(await s.gql(CREATE, { id: other.communityId, name: 'x' }, token))).toBe('NOT_FOUND');
  });
});
