/** Rows for the statement-count test of the vote module's lists; statements.test.ts collects this file by name. */

import {
  VoteBallotEntity,
  VoteChoiceEntity,
  VoteMatterEntity,
  VoteVoterEntity,
} from '../../src/modules/vote/vote.entity.js';
import { buildBuilding, buildCommunity, buildEstate, buildHousehold, buildStaff } from '../factories/index.js';
import { buildVote, buildVoteUnit } from '../factories/vote.js';
import type { TestServer } from '../helpers/server.js';

interface Data {
  token: string;
  communityId: string;
  estateId: string;
  rollVoteId: string;
}
let data: Promise<Data> | undefined;

/** One estate with 21 units, 21 open votes (ballots on the first), and its community's staff. */
function fixture(s: TestServer): Promise<Data> {
  data ??= (async () => {
    const community = await buildCommunity(s);
    const estate = await buildEstate(s, { community });
    const building = await buildBuilding(s, { estate });
    for (let i = 0; i < 21; i++)
      await buildVoteUnit(s, { household: await buildHousehold(s, { building }), areaCentiM2: 9000 + i });
    const votes = [];
    for (let i = 0; i < 21; i++) votes.push(await buildVote(s, { estate, status: 'OPEN', openBallots: true }));
    const first = votes[0] as { id: string };
    const ds = s.db.dataSource;
    const [matter] = await ds.getRepository(VoteMatterEntity).findBy({ voteId: first.id });
    for (const voter of await ds.getRepository(VoteVoterEntity).findBy({ voteId: first.id })) {
      const b = await ds.getRepository(VoteBallotEntity).save({
        voteId: first.id,
        voterId: voter.id,
        channel: 'ONLINE',
        enteredById: null,
        scanFileId: null,
        revision: 1,
      } as VoteBallotEntity);
      await ds.getRepository(VoteChoiceEntity).save({
        voteId: first.id,
        ballotId: b.id,
        voterId: voter.id,
        matterId: matter?.id,
        choice: 'FOR',
      } as VoteChoiceEntity);
    }
    const staff = await buildStaff(s, { role: 'COMMUNITY_STAFF', scope: community });
    return { token: await staff.token(), communityId: community.id, estateId: estate.id, rollVoteId: first.id };
  })();
  return data;
}

export const LISTS = {
  votes: async (s: TestServer) => {
    const d = await fixture(s);
    return { token: d.token, args: `communityId: "${d.communityId}"` };
  },
  voteRoll: async (s: TestServer) => {
    const d = await fixture(s);
    return { token: d.token, args: `voteId: "${d.rollVoteId}"` };
  },
  voteUnits: async (s: TestServer) => {
    const d = await fixture(s);
    return { token: d.token, args: `estateId: "${d.estateId}"` };
  },
};
