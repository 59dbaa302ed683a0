import type { Locale } from '../../common/locale.js';
import type { VoteBallotEntity, VoteEntity, VoteMatterEntity, VoteUnitEntity, VoteVoterEntity } from './vote.entity.js';
import type { Check, TallyResult } from './vote.rule.js';
import type { Ballot, ThresholdCheck, Vote, VoteMatter, VoteTally, VoteUnit, VoteVoter } from './vote.types.js';

export const toVote = (e: VoteEntity): Vote => ({
  id: e.id,
  communityId: e.communityId,
  estateId: e.estateId,
  title: e.title,
  organiser: e.organiser,
  status: e.status,
  opensAt: e.opensAt,
  closesAt: e.closesAt,
  openBallots: e.openBallots,
  openedAt: e.openedAt,
  closedAt: e.closedAt,
  publishedAt: e.publishedAt,
  totalAreaCentiM2: e.totalArea,
  totalOwners: e.totalOwners,
  createdAt: e.createdAt,
  entity: e,
});

export const toMatter = (e: VoteMatterEntity): VoteMatter => ({
  id: e.id,
  position: e.position,
  kind: e.kind,
  title: e.title,
  text: e.text,
  attachmentFileIds: JSON.parse(e.attachmentFileIds) as string[],
});

const toCheck = (c: Check): ThresholdCheck => ({
  areaCentiM2: c.value.area,
  owners: c.value.owners,
  baseAreaCentiM2: c.base.area,
  baseOwners: c.base.owners,
  areaPermille: c.areaPermille,
  ownersPermille: c.ownersPermille,
  areaMet: c.areaOk,
  ownersMet: c.ownersOk,
  met: c.ok,
  bound: c.bound,
});

export const toTally = (t: TallyResult, frozen: boolean, locale: Locale): VoteTally => ({
  frozen,
  participation: toCheck(t.participation),
  matters: t.matters.map((m) => ({
    matterId: m.matterId,
    kind: m.kind,
    for: { areaCentiM2: m.for.area, owners: m.for.owners },
    against: { areaCentiM2: m.against.area, owners: m.against.owners },
    abstain: { areaCentiM2: m.abstain.area, owners: m.abstain.owners },
    agreement: toCheck(m.agreement),
    passed: m.passed,
    reason: locale === 'en-US' ? m.reasonEn : m.reasonZh,
    reasonZh: m.reasonZh,
    reasonEn: m.reasonEn,
  })),
});

/** 张三 → 张*, 欧阳娜娜 → 欧***: the family name stays. */
export const maskName = (name: string | null) =>
  name ? `${[...name][0]}${'*'.repeat(Math.max(1, [...name].length - 1))}` : null;

export const toVoter = (e: VoteVoterEntity, flags: { manage: boolean; readChoices: boolean }): VoteVoter => ({
  id: e.id,
  ownerName: flags.manage ? e.ownerName : maskName(e.ownerName),
  developer: e.developer,
  online: Boolean(e.userId),
  areaCentiM2: e.areaCentiM2,
  unitCount: e.unitCount,
  householdIds: JSON.parse(e.householdIds) as string[],
  voteId: e.voteId,
  ...flags,
});

export const toBallot = (e: VoteBallotEntity, visible: boolean, scanVisible: boolean): Ballot => ({
  id: e.id,
  channel: e.channel,
  revision: e.revision,
  updatedAt: e.updatedAt,
  voterId: e.voterId,
  voteId: e.voteId,
  scanFileId: e.scanFileId,
  visible,
  scanVisible,
});

export const toUnit = (e: VoteUnitEntity): VoteUnit => ({
  id: e.id,
  householdId: e.householdId,
  areaCentiM2: e.areaCentiM2,
  ownerName: e.ownerName,
  ownerRef: e.ownerRef,
  developerHeld: e.developerHeld,
  createdAt: e.createdAt,
  ownerUserId: e.ownerUserId,
});
