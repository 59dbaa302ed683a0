import type { DataSource } from 'typeorm';
import { byPhone, UserEntity } from '../../modules/identity/user.entity.js';
import { EstateEntity } from '../../modules/org/estate.entity.js';
import {
  VoteBallotEntity,
  VoteBallotRevisionEntity,
  VoteChoiceEntity,
  VoteEntity,
  VoteMatterEntity,
  VoteUnitEntity,
  VoteVoterEntity,
} from '../../modules/vote/vote.entity.js';
import { BallotChannel, Choice, MatterKind, VoteOrganiser, VoteStatus } from '../../modules/vote/vote.enums.js';
import { buildRoll } from '../../modules/vote/vote.rule.js';
import { unitsOfRecord } from '../../modules/vote/vote.service.js';
import { DEMO_ACCOUNTS } from './demo.js';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';

/**
 * Demo owners' vote data of 天钜银河府: every household's registered area (80.00-140.50 m²), the
 * developer's unsold 4幢 (one owner), one buyer of three units in 3幢 (钱先生), and an open vote
 * organised by its committee with 47 ballots in — one owner short of two thirds, so entering one
 * more paper ballot (the developer's) shows the participation threshold being passed.
 * Idempotent: nothing is done once the estate has voting units.
 */
export async function seedVotes(ds: DataSource): Promise<void> {
  const estate = await ds.getRepository(EstateEntity).findOneBy({ name: '天钜银河府' });
  if (!estate || (await ds.getRepository(VoteUnitEntity).existsBy({ estateId: estate.id }))) return;
  const committee = await ds.getRepository(UserEntity).findOneBy(byPhone(DEMO_ACCOUNTS.committeeMember));
  const households: { id: string; building: string; streetId: string; communityId: string; estateId: string }[] =
    await ds.query(
      'SELECT h.id AS id, b.name AS building, h.streetId AS streetId, h.communityId AS communityId, h.estateId AS estateId FROM household h JOIN building b ON b.id = h.buildingId WHERE h.estateId = ? ORDER BY b.name, h.unit, h.room',
      [estate.id],
    );
  await ds.transaction(async (m) => {
    let buyer = 0;
    await m.getRepository(VoteUnitEntity).save(
      households.map((h, i) => {
        const developerHeld = h.building === '4幢';
        const isBuyer = !developerHeld && h.building === '3幢' && buyer++ < 3;
        return m.create(VoteUnitEntity, {
          householdId: h.id,
          streetId: h.streetId,
          communityId: h.communityId,
          estateId: h.estateId,
          areaCentiM2: 8000 + ((i * 3791) % 6051),
          ownerUserId: null,
          ownerRef: isBuyer ? 'DEMO-CERT-001' : null,
          ownerName: developerHeld
            ? '开发商（未售）'
            : isBuyer
              ? '钱先生'
              : `${SURNAMES[i % SURNAMES.length]}${i % 2 ? '女士' : '先生'}`,
          developerHeld,
        });
      }),
      { chunk: 100 },
    );
    const roll = buildRoll(await unitsOfRecord(m, estate.id));
    const now = Date.now();
    const vote = await m.getRepository(VoteEntity).save(
      m.create(VoteEntity, {
        streetId: estate.streetId,
        communityId: estate.communityId,
        estateId: estate.id,
        title: '关于续聘物业服务企业及地面车位改建充电桩的表决',
        organiser: VoteOrganiser.OWNERS_COMMITTEE,
        status: VoteStatus.OPEN,
        opensAt: new Date(now - 2 * 86400_000),
        closesAt: new Date(now + 14 * 86400_000),
        openBallots: false,
        totalArea: roll.reduce((s, o) => s + o.areaCentiM2, 0),
        totalOwners: roll.length,
        openedAt: new Date(now - 2 * 86400_000),
        closedAt: null,
        result: null,
        publishedAt: null,
        createdById: committee?.id ?? 'seed',
        version: 1,
      }),
    );
    const [ordinary, major] = await m.getRepository(VoteMatterEntity).save([
      m.create(VoteMatterEntity, {
        voteId: vote.id,
        position: 0,
        kind: MatterKind.ORDINARY,
        title: '续聘绿城物业服务集团',
        text: '物业服务合同将于明年 3 月到期。是否同意续聘绿城物业服务集团，合同期三年，物业费标准不变？',
        attachmentFileIds: '[]',
      }),
      m.create(VoteMatterEntity, {
        voteId: vote.id,
        position: 1,
        kind: MatterKind.MAJOR,
        title: '地面车位改建充电桩区域',
        text: '改变共有部分用途：将北门地面 20 个车位改建为电动汽车充电桩区域，费用由充电服务商承担。',
        attachmentFileIds: '[]',
      }),
    ]);
    const voters = await m.getRepository(VoteVoterEntity).save(
      roll.map((o, position) =>
        m.create(VoteVoterEntity, {
          voteId: vote.id,
          ownerKey: o.ownerKey,
          userId: o.userId,
          ownerName: o.ownerName,
          developer: o.developer,
          areaCentiM2: o.areaCentiM2,
          unitCount: o.householdIds.length,
          householdIds: JSON.stringify(o.householdIds),
          position,
        }),
      ),
      { chunk: 100 },
    );
    // 47 owners have voted (not the developer, not the demo resident who has an account).
    const voted = voters.filter((v) => !v.developer && !v.userId).slice(0, 47);
    for (const [i, v] of voted.entries()) {
      const c1 = i % 9 === 8 ? Choice.AGAINST : i % 16 === 15 ? Choice.ABSTAIN : Choice.FOR;
      const c2 = i % 4 === 3 ? Choice.AGAINST : Choice.FOR;
      const paper = i % 3 === 0;
      const ballot = await m.getRepository(VoteBallotEntity).save(
        m.create(VoteBallotEntity, {
          voteId: vote.id,
          voterId: v.id,
          channel: paper ? BallotChannel.PAPER : BallotChannel.ONLINE,
          enteredById: paper ? (committee?.id ?? null) : null,
          scanFileId: null,
          revision: 1,
        }),
      );
      const choices = [
        { matterId: ordinary?.id as string, choice: c1 },
        { matterId: major?.id as string, choice: c2 },
      ];
      await m
        .getRepository(VoteChoiceEntity)
        .insert(choices.map((c) => ({ ...c, voteId: vote.id, ballotId: ballot.id, voterId: v.id })));
      await m.getRepository(VoteBallotRevisionEntity).insert({
        voteId: vote.id,
        ballotId: ballot.id,
        voterId: v.id,
        revision: 1,
        choices: JSON.stringify(choices),
        channel: ballot.channel,
        enteredById: ballot.enteredById,
        scanFileId: null,
      });
    }
  });
}
