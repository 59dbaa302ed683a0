import { type Deps, defineModule } from '../../app/module.js';
import { Role } from '../../auth/roles.js';
import type { AuditService } from '../audit/audit.service.js';
import type { FileService } from '../file/file.service.js';
import type { NotificationService } from '../notification/notification.service.js';
import type { PublicationService } from '../publication/publication.service.js';
import { committeeResultPublisher } from './vote.disclosure.js';
import {
  VoteBallotEntity,
  VoteBallotRevisionEntity,
  VoteChoiceEntity,
  VoteEntity,
  VoteMatterEntity,
  VoteUnitEntity,
  VoteVoterEntity,
} from './vote.entity.js';
import { BallotChannel, Choice, MatterKind, VoteOrganiser, VoteStatus } from './vote.enums.js';
import { VoteReasons } from './vote.errors.js';
import { VoteUnitFileFormat } from './vote.inputs.js';
import {
  ballotByVoterLoader,
  choicesByBallotLoader,
  householdPlaceLoader,
  mattersByVoteLoader,
  revisionsByBallotLoader,
  tallyLoader,
  voterByUserLoader,
} from './vote.loaders.js';
import { VOTE_NOTICES } from './vote.notices.js';
import { VoteResolver } from './vote.resolver.js';
import { VoteService } from './vote.service.js';
import { RollFilterEnum } from './vote.types.js';
import { VoteBallotService } from './vote-ballot.service.js';
import {
  BallotFieldsResolver,
  VoteFieldsResolver,
  VoteMatterFieldsResolver,
  VoteUnitFieldsResolver,
  VoteVoterFieldsResolver,
} from './vote-fields.resolver.js';
import { VoteUnitService } from './vote-unit.service.js';

const { SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, COMMITTEE_MEMBER, RESIDENT } = Role;

/** Owners' votes (业主表决): voting units, votes, ballots, the statutory tally (民法典 278). */
export const voteModule = defineModule({
  name: 'vote',
  entities: [
    VoteUnitEntity,
    VoteEntity,
    VoteMatterEntity,
    VoteVoterEntity,
    VoteBallotEntity,
    VoteChoiceEntity,
    VoteBallotRevisionEntity,
  ],
  errors: VoteReasons,
  resolvers: [
    VoteResolver,
    VoteFieldsResolver,
    VoteMatterFieldsResolver,
    VoteVoterFieldsResolver,
    BallotFieldsResolver,
    VoteUnitFieldsResolver,
  ],
  loaders: (ds) => {
    const voteMatters = mattersByVoteLoader(ds);
    return {
      voteMatters,
      // Live tallies take the matters from the same loader as the `matters` field.
      voteTally: tallyLoader(ds, voteMatters),
      voteVoterByUser: voterByUserLoader(ds),
      voteBallotByVoter: ballotByVoterLoader(ds),
      voteChoicesByBallot: choicesByBallotLoader(ds),
      voteRevisionsByBallot: revisionsByBallotLoader(ds),
      householdPlace: householdPlaceLoader(ds),
    };
  },
  permissions: {
    /** Read an estate's votes, their rolls and who voted, and its voting units. */
    'vote.read': [SYSTEM_ADMIN, STREET_ADMIN, COMMUNITY_STAFF, COMMITTEE_MEMBER],
    /** Organise votes (create, edit, open, enter paper ballots, remind) and register voting units. */
    'vote.manage': [SYSTEM_ADMIN, COMMUNITY_STAFF, COMMITTEE_MEMBER],
    /** Organise a first assembly (首次业主大会), before there is a committee. */
    'vote.organiseFirstAssembly': [SYSTEM_ADMIN, COMMUNITY_STAFF],
    /** Vote online as an owner of record on a vote's roll. */
    'vote.cast': [RESIDENT],
  },
  enums: [
    {
      enum: MatterKind,
      name: 'VoteMatterKind',
      description: 'Which majority a matter needs (民法典 278).',
      valuesConfig: {
        ORDINARY: { description: '普通事项 — more than half of the participating area and owners.' },
        MAJOR: {
          description:
            '重大事项 (raising the maintenance fund, rebuilding, changing the use of common parts) — three quarters of the participating area and owners.',
        },
      },
    },
    {
      enum: Choice,
      name: 'BallotChoiceValue',
      description: 'A choice on a matter.',
      valuesConfig: {
        FOR: { description: '同意.' },
        AGAINST: { description: '反对.' },
        ABSTAIN: { description: '弃权 (participates, does not agree).' },
      },
    },
    {
      enum: VoteOrganiser,
      name: 'VoteOrganiser',
      description: 'Who organises a vote.',
      valuesConfig: {
        OWNERS_COMMITTEE: { description: '业主委员会.' },
        COMMUNITY: { description: '社区 — for a first assembly (首次业主大会).' },
      },
    },
    {
      enum: VoteStatus,
      name: 'VoteStatus',
      description: 'Where a vote is.',
      valuesConfig: {
        DRAFT: { description: 'Being prepared; editable.' },
        OPEN: { description: 'Roll frozen; ballots accepted between opensAt and closesAt.' },
        CLOSED: { description: 'Result frozen.' },
      },
    },
    {
      enum: BallotChannel,
      name: 'BallotChannel',
      description: 'How a ballot arrived.',
      valuesConfig: {
        ONLINE: { description: 'Online by the owner.' },
        PAPER: { description: 'Entered by staff from a signed paper ballot.' },
      },
    },
    {
      enum: VoteUnitFileFormat,
      name: 'VoteUnitFileFormat',
      description: 'Spreadsheet formats of an area import.',
      valuesConfig: { CSV: { description: 'CSV, UTF-8.' }, XLSX: { description: 'Excel workbook (first sheet).' } },
    },
    {
      enum: RollFilterEnum,
      name: 'VoteRollFilter',
      description: 'Which owners of a roll to list.',
      valuesConfig: {
        ALL: { description: 'Everyone.' },
        VOTED: { description: 'Those with a ballot.' },
        NOT_VOTED: { description: 'Those without.' },
      },
    },
  ],
  auditOperations: [
    'vote.create',
    'vote.update',
    'vote.open',
    'vote.remind',
    'vote.ballot.enter',
    'vote.unit.set',
    'vote.unit.import',
  ],
  notificationKinds: VOTE_NOTICES,
  fileReadRules: ({ voteBallots }) => ({
    Vote: (viewer, voteId) => voteBallots.canReadFile(viewer, voteId, false),
    VoteBallotScan: (viewer, voteId) => voteBallots.canReadFile(viewer, voteId, true),
  }),
  jobs: [{ name: 'vote.close-due', run: ({ voteBallots }) => voteBallots.closeDue() }],
  services: ({
    dataSource,
    audit,
    files,
    notifications,
    publications,
  }: Deps<{
    audit: AuditService;
    files: FileService;
    notifications: NotificationService;
    publications: PublicationService;
  }>) => ({
    votes: new VoteService(dataSource, audit, files, notifications),
    voteBallots: new VoteBallotService(dataSource, audit, files, notifications, committeeResultPublisher(publications)),
    voteUnits: new VoteUnitService(dataSource, audit),
  }),
});
