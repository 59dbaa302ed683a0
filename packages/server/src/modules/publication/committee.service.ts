import type { DataSource } from 'typeorm';
import { authorize } from '../../auth/abilities.js';
import { actingGrant } from '../../auth/policy.js';
import { scoped, unscoped } from '../../auth/scoped.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import { fail, notFound } from '../../common/errors.js';
import type { Connection } from '../../graphql/pagination.js';
import { paginate } from '../../graphql/pagination.js';
import type { AuditService } from '../audit/audit.service.js';
import type { FileService } from '../file/file.service.js';
import { OrganisationKind } from '../org/org.enums.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { CommitteeMemberEntity, CommitteeResolutionEntity } from './committee.entity.js';
import {
  committeeMemberRead,
  committeePolicy,
  committeeResolutionRead,
  placeOfCommitteeRecord,
} from './committee.policy.js';
import { PublicationChannel, PublicationScope } from './publication.enums.js';
import { PublicationReasons as R } from './publication.errors.js';
import type * as I from './publication.inputs.js';
import type { PublicationService } from './publication.service.js';
import { sanitizeBody } from './publication.text.js';

const validDay = (d: string) => {
  const t = Date.parse(`${d}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === d;
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const area = (centi: number) => (centi / 100).toFixed(2);

/** Owners' committee records (业委会): members by term, meeting resolutions with their vote. */
export class CommitteeService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly files: FileService,
    private readonly publications: PublicationService,
  ) {}

  members(actor: Actor, args: I.CommitteeListArgs): Promise<Connection<CommitteeMemberEntity>> {
    const qb = scoped(this.ds, actor.viewer)
      .query(committeeMemberRead, 'cm')
      .andWhere('cm.organisationId = :o', { o: args.organisationId });
    return paginate(qb, args, (r) => r);
  }

  resolutions(actor: Actor, args: I.CommitteeListArgs): Promise<Connection<CommitteeResolutionEntity>> {
    const qb = scoped(this.ds, actor.viewer)
      .query(committeeResolutionRead, 'cr')
      .andWhere('cr.organisationId = :o', { o: args.organisationId });
    return paginate(qb, args, (r) => r);
  }

  async addMember(actor: Actor, input: I.AddCommitteeMemberInput): Promise<CommitteeMemberEntity> {
    const { org, viewer } = await this.committee(actor, input.organisationId);
    const name = input.name.trim();
    if (!name) throw fail(R.PUBLICATION_COMMITTEE_BLANK_TEXT, 'The name is blank', { field: 'name' });
    if (!validDay(input.startOn)) throw fail(R.PUBLICATION_COMMITTEE_BAD_DATE, 'Not a day', { field: 'startOn' });
    if (input.endOn && (!validDay(input.endOn) || input.endOn < input.startOn))
      throw fail(R.PUBLICATION_COMMITTEE_BAD_DATE, 'Not a day, or before the start', { field: 'endOn' });
    return this.ds.transaction(async (m) => {
      const row = await m.getRepository(CommitteeMemberEntity).save(
        m.create(CommitteeMemberEntity, {
          ...this.placeOf(org),
          name,
          term: input.term,
          post: input.post,
          startOn: input.startOn,
          endOn: input.endOn ?? null,
        }),
      );
      await this.record(actor, viewer, m, 'committee.member.add', 'CommitteeMember', row.id, org, {
        name,
        term: input.term,
        post: input.post,
      });
      return row;
    });
  }

  async recordResolution(actor: Actor, input: I.RecordCommitteeResolutionInput): Promise<CommitteeResolutionEntity> {
    const { org, viewer } = await this.committee(actor, input.organisationId);
    const subject = input.subject.trim();
    if (!subject) throw fail(R.PUBLICATION_COMMITTEE_BLANK_TEXT, 'The subject is blank', { field: 'subject' });
    if (!validDay(input.meetingOn)) throw fail(R.PUBLICATION_COMMITTEE_BAD_DATE, 'Not a day', { field: 'meetingOn' });
    return this.ds.transaction(async (m) => {
      await this.files.assertAttachable(viewer, input.attachmentFileIds, { field: 'attachmentFileIds' }, m);
      const row = await m.getRepository(CommitteeResolutionEntity).save(
        m.create(CommitteeResolutionEntity, {
          ...this.placeOf(org),
          meetingOn: input.meetingOn,
          subject,
          body: sanitizeBody(input.body),
          votesFor: input.votesFor,
          votesAgainst: input.votesAgainst,
          votesAbstain: input.votesAbstain,
          areaFor: input.areaFor,
          areaAgainst: input.areaAgainst,
          areaAbstain: input.areaAbstain,
          attachmentFileIds: input.attachmentFileIds,
          publicationId: null,
          createdById: viewer.userId,
        }),
      );
      await this.files.attach(m, input.attachmentFileIds, 'CommitteeResolution', row.id);
      await this.record(actor, viewer, m, 'committee.resolution.record', 'CommitteeResolution', row.id, org, {
        subject,
        meetingOn: input.meetingOn,
      });
      return row;
    });
  }

  /** Publishes a resolution to the COMMITTEE channel of its estate through `publishSystem`. */
  async publishResolution(actor: Actor, input: I.PublishCommitteeResolutionInput): Promise<CommitteeResolutionEntity> {
    const found = await scoped(this.ds, actor.viewer).get(committeeResolutionRead, input.resolutionId);
    const viewer = authorize(actor.viewer, committeePolicy, 'manage', found);
    return this.ds.transaction(async (m) => {
      const r = await m.getRepository(CommitteeResolutionEntity).findOneByOrFail({ id: found.id });
      if (r.publicationId)
        throw fail(R.PUBLICATION_COMMITTEE_ALREADY_PUBLISHED, 'Already published', {
          details: { publicationId: r.publicationId },
        });
      const p = await this.publications.publishSystem(m, {
        channel: PublicationChannel.COMMITTEE,
        scope: PublicationScope.ESTATE,
        placeId: r.estateId,
        title: `业委会决议：${r.subject}`,
        body: this.resolutionHtml(r),
        publisherOrganisationId: r.organisationId,
        attachmentFileIds: r.attachmentFileIds,
        sourceType: 'CommitteeResolution',
        sourceId: r.id,
        authorId: viewer.userId,
      });
      const claimed = await m
        .getRepository(CommitteeResolutionEntity)
        .createQueryBuilder()
        .update()
        .set({ publicationId: p.id })
        .where('id = :id AND publicationId IS NULL', { id: r.id })
        .execute();
      if (!claimed.affected) throw fail(R.PUBLICATION_COMMITTEE_ALREADY_PUBLISHED, 'Already published');
      r.publicationId = p.id;
      const org = await m.getRepository(OrganisationEntity).findOneByOrFail({ id: r.organisationId });
      await this.record(actor, viewer, m, 'committee.resolution.publish', 'CommitteeResolution', r.id, org, {
        publicationId: p.id,
      });
      return r;
    });
  }

  /** The published text: the resolution and its vote by headcount and by floor area. */
  private resolutionHtml(r: CommitteeResolutionEntity): string {
    const heads = r.votesFor + r.votesAgainst + r.votesAbstain;
    const areas = r.areaFor + r.areaAgainst + r.areaAbstain;
    return [
      `<p>会议日期：${esc(r.meetingOn)}</p>`,
      r.body,
      '<table><thead><tr><th>表决</th><th>人数</th><th>面积（m²）</th></tr></thead><tbody>',
      `<tr><td>同意</td><td>${r.votesFor}</td><td>${area(r.areaFor)}</td></tr>`,
      `<tr><td>反对</td><td>${r.votesAgainst}</td><td>${area(r.areaAgainst)}</td></tr>`,
      `<tr><td>弃权</td><td>${r.votesAbstain}</td><td>${area(r.areaAbstain)}</td></tr>`,
      `<tr><td>合计</td><td>${heads}</td><td>${area(areas)}</td></tr>`,
      '</tbody></table>',
    ].join('');
  }

  private placeOf(org: OrganisationEntity) {
    return {
      organisationId: org.id,
      streetId: org.streetId,
      communityId: org.communityId as string,
      estateId: org.estateId as string,
    };
  }

  /** The committee organisation, and the viewer if they may keep its records. */
  private async committee(actor: Actor, organisationId: string) {
    const org = await unscoped(this.ds, 'the committee named, judged by the policy next')
      .repo(OrganisationEntity)
      .findOneBy({ id: organisationId });
    if (!org || org.archivedAt) throw notFound('Organisation');
    if (org.kind !== OrganisationKind.OWNERS_COMMITTEE || !org.estateId || !org.communityId)
      throw fail(R.PUBLICATION_COMMITTEE_NOT_A_COMMITTEE, "Not an owners' committee", { field: 'organisationId' });
    const viewer = authorize(actor.viewer, committeePolicy, 'manage', this.placeOf(org));
    return { org, viewer };
  }

  private record(
    actor: Actor,
    viewer: Viewer,
    m: import('typeorm').EntityManager,
    operation: string,
    targetType: string,
    targetId: string,
    org: OrganisationEntity,
    summary: Record<string, unknown>,
  ) {
    const place = placeOfCommitteeRecord(this.placeOf(org));
    return this.audit.record(
      actor.meta,
      {
        operation,
        targetType,
        targetId,
        grant: actingGrant(viewer, 'committee.manage', place),
        streetId: org.streetId,
        communityId: org.communityId,
        summary,
      },
      m,
    );
  }
}
