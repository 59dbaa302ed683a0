import { type DataSource, IsNull } from 'typeorm';
import { Viewer } from '../../auth/viewer.js';
import type { Actor } from '../../common/actor.js';
import type { Config } from '../../config.js';
import { resolveGrants } from '../../modules/identity/load-viewer.js';
import { MembershipEntity } from '../../modules/identity/membership.entity.js';
import { byPhone, UserEntity } from '../../modules/identity/user.entity.js';
import { CommunityEntity } from '../../modules/org/community.entity.js';
import { EstateEntity } from '../../modules/org/estate.entity.js';
import { OrganisationEntity } from '../../modules/org/organisation.entity.js';
import {
  AffairsKind,
  CommitteePost,
  PublicationChannel,
  PublicationScope,
} from '../../modules/publication/publication.enums.js';
import { createServices } from '../../services.js';
import { DEMO_ACCOUNTS } from './demo.js';

async function seedActor(ds: DataSource, phone: string): Promise<Actor> {
  const user = await ds.getRepository(UserEntity).findOneByOrFail(byPhone(phone));
  const memberships = await ds.getRepository(MembershipEntity).findBy({ userId: user.id, revokedAt: IsNull() });
  const viewer = new Viewer(user.id, user.displayName, 'seed', await resolveGrants(ds, memberships));
  return { viewer, userAgent: 'seed', meta: { actorId: user.id, requestId: 'seed', ip: null } };
}

/**
 * Demo disclosures made through the real services (so revisions and audit entries are genuine):
 * a property notice of 天钜银河府 edited once (two revisions to compare), a finance item and a
 * party-building item of 博学路, a street policy, and a committee resolution published to the
 * COMMITTEE channel. Idempotent: nothing is added once any publication exists.
 */
export async function seedPublications(ds: DataSource, config: Config): Promise<void> {
  if ((await ds.query('SELECT COUNT(*) AS n FROM publication'))[0].n > 0) return;
  const services = createServices(ds, { ...config, jobsEnabled: false });
  const { publications, committee } = services;
  const boxue = await ds.getRepository(CommunityEntity).findOneByOrFail({ name: '博学路社区' });
  const tianju = await ds.getRepository(EstateEntity).findOneByOrFail({ name: '天钜银河府' });
  const tianjuCommittee = await ds.getRepository(OrganisationEntity).findOneByOrFail({ name: '天钜银河府业主委员会' });
  const greentown = await seedActor(ds, DEMO_ACCOUNTS.greentownStaff);
  const staff = await seedActor(ds, DEMO_ACCOUNTS.boxueStaff);
  const street = await seedActor(ds, DEMO_ACCOUNTS.streetAdmin);
  const member = await seedActor(ds, DEMO_ACCOUNTS.committeeMember);

  const publish = async (actor: Actor, input: Parameters<typeof publications.create>[1]) => {
    const draft = await publications.create(actor, input);
    return publications.publish(actor, { id: draft.id });
  };
  const notice = await publish(greentown, {
    channel: PublicationChannel.PROPERTY,
    scope: PublicationScope.ESTATE,
    placeId: tianju.id,
    title: '2026年第四季度电梯维保公示',
    body: '<p>本季度 1-6 幢电梯由杭州某电梯公司完成半月维保 6 次，季度维保 1 次，均合格。</p><p>维保单位联系电话：0571-8888 0000。</p>',
    attachmentFileIds: [],
  });
  await publications.update(greentown, {
    id: notice.id,
    body: '<p>本季度 1-6 幢电梯由杭州某电梯公司完成半月维保 6 次，季度维保 1 次，均合格；3 幢 2 号梯更换曳引钢丝绳。</p><p>维保单位联系电话：0571-8888 0000。</p>',
    changeNote: '补充 3 幢 2 号梯维修情况',
  });
  await publish(staff, {
    channel: PublicationChannel.COMMUNITY_AFFAIRS,
    kind: AffairsKind.FINANCE,
    scope: PublicationScope.COMMUNITY,
    placeId: boxue.id,
    title: '博学路社区 2026 年 11 月财务收支公开',
    body: '<table><thead><tr><th>项目</th><th>金额（元）</th></tr></thead><tbody><tr><td>社区活动经费</td><td>12,000.00</td></tr><tr><td>办公支出</td><td>3,450.00</td></tr></tbody></table>',
    attachmentFileIds: [],
  });
  await publish(staff, {
    channel: PublicationChannel.PARTY_BUILDING,
    scope: PublicationScope.COMMUNITY,
    placeId: boxue.id,
    title: '“红色物业”联席会议召开',
    body: '<p>社区党委联合物业、业委会召开联席会议，商议停车难问题的解决办法。</p>',
    attachmentFileIds: [],
  });
  await publish(street, {
    channel: PublicationChannel.NEWS,
    scope: PublicationScope.STREET,
    placeId: boxue.streetId,
    title: '北干街道关于开展冬季消防安全检查的通知',
    body: '<p>各社区、各物业服务企业：请于 12 月 20 日前完成消防设施月度检查并上报。</p>',
    attachmentFileIds: [],
  });
  await committee.addMember(member, {
    organisationId: tianjuCommittee.id,
    name: '赵主任',
    term: 2,
    post: CommitteePost.DIRECTOR,
    startOn: '2024-03-01',
  });
  const resolution = await committee.recordResolution(member, {
    organisationId: tianjuCommittee.id,
    meetingOn: '2026-11-20',
    subject: '使用公共收益更换 3 幢门禁系统',
    body: '<p>经业主大会授权，同意使用公共收益 48,000 元更换 3 幢门禁系统。</p>',
    votesFor: 6,
    votesAgainst: 1,
    votesAbstain: 0,
    areaFor: 1234500,
    areaAgainst: 18000,
    areaAbstain: 0,
    attachmentFileIds: [],
  });
  await committee.publishResolution(member, { resolutionId: resolution.id });
}
