/**
 * Factories of the triage module: a burst of similar tickets submitted through the API (which
 * raises a hot topic, as in the article's 12 December case), each by its own resident.
 */
import { In } from 'typeorm';
import { CommunityEntity } from '../../src/modules/org/community.entity.js';
import { HotTopicEntity, HotTopicTicketEntity } from '../../src/modules/triage/triage.entity.js';
import { HotTopicState } from '../../src/modules/triage/triage.enums.js';
import { type FactoryContext, must, seq } from './context.js';
import { buildResident, type Person } from './identity.js';
import { buildCommunity } from './org.js';
import { buildTicket, deskOf } from './ticket.js';

/** Ten ways residents complained about one crossing (横五路/育才路) on 12 December 2020. */
export const CROSSING_COMPLAINTS: readonly [string, string][] = [
  ['横五路与育才路口早高峰拥堵', '每天早上七点半到八点半，横五路和育才路交叉口车排很长，过一个路口要二十分钟。'],
  ['育才路横五路交叉口天天堵车', '这个路口红绿灯时间太短，车辆和电动车抢行，天天堵。'],
  ['医院右转车道开通后路口堵死了', '医院门口新开的右转车道让横五路口更堵了，早上上班根本走不动。'],
  ['横五路口早上堵车严重', '送孩子上学经过横五路育才路路口，堵了半个小时，希望交警来疏导。'],
  ['育才路口拥堵问题', '育才路和横五路交叉口早晚高峰都堵，车道设置不合理。'],
  ['建议调整横五路红绿灯', '横五路育才路口的红绿灯配时有问题，直行绿灯太短，车排到小区门口。'],
  ['路口堵得走不动', '自从医院右转车道开通，横五路这个路口每天早上都堵死，电动车也过不去。'],
  ['横五路交通拥堵', '横五路靠近育才路的路口天天堵车，救护车都进不去医院。'],
  ['育才路横五路口车辆抢行', '路口没有人指挥，车辆抢行加塞，早高峰堵成一团。'],
  ['早高峰横五路育才路口拥堵', '上班高峰横五路与育才路交汇处拥堵严重，请相关部门调整车道和信号灯。'],
];

export interface BuiltBurst {
  community: CommunityEntity;
  ticketIds: string[];
  residents: Person[];
  /** The hot topic the burst raised (null when it raised none). */
  hotTopicId: string | null;
}

/** Submits `count` (default 5) crossing complaints in a community (the ten wordings in turn), each by a new resident of it. */
export async function buildHotTopic(
  f: FactoryContext,
  o: {
    community?: CommunityEntity;
    count?: number /** One resident raises them all (faster). */;
    oneResident?: boolean;
  } = {},
): Promise<BuiltBurst> {
  const community = o.community ?? (await buildCommunity(f));
  const desk = await deskOf(f, community);
  const ticketIds: string[] = [];
  const residents: Person[] = [];
  for (let i = 0; i < (o.count ?? 5); i++) {
    const [title, body] = CROSSING_COMPLAINTS[i % CROSSING_COMPLAINTS.length] as [string, string];
    const resident = o.oneResident && residents[0] ? residents[0] : await buildResident(f, { community });
    residents.push(resident);
    const r = await must<{ submitTicket: { ticket: { id: string } } }>(
      f,
      'mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id } } }',
      {
        i: {
          categoryId: desk.category.id,
          title,
          body,
          communityId: community.id,
          locationText: '横五路育才路口',
          anonymous: false,
          idempotencyKey: `burst-${seq()}`,
        },
      },
      await resident.token(),
    );
    ticketIds.push(r.submitTicket.ticket.id);
  }
  const link = await f.db.dataSource.getRepository(HotTopicTicketEntity).findOneBy({ ticketId: ticketIds[0] });
  return { community, ticketIds, residents, hotTopicId: link?.hotTopicId ?? null };
}

/**
 * An open hot topic holding `count` (default 2) new SUBMITTED tickets of a community, written
 * directly (the burst itself is tested in test/triage): for rows that act on a hot topic.
 */
export async function buildOpenTopic(
  f: FactoryContext,
  o: { communityId: string; count?: number },
): Promise<{ id: string; ticketIds: string[] }> {
  const ds = f.db.dataSource;
  const community = await ds.getRepository(CommunityEntity).findOneByOrFail({ id: o.communityId });
  const ticketIds: string[] = [];
  for (let i = 0; i < (o.count ?? 2); i++) ticketIds.push((await buildTicket(f, { community })).id);
  await ds.getRepository(HotTopicTicketEntity).delete({ ticketId: In(ticketIds) });
  const topic = await ds.getRepository(HotTopicEntity).save({
    streetId: community.streetId,
    communityId: community.id,
    state: HotTopicState.OPEN,
    title: '横五路与育才路口早高峰拥堵',
    ticketCount: ticketIds.length,
    lastTicketAt: new Date(),
    primaryTicketId: null,
    dismissReason: null,
    closedAt: null,
    closedById: null,
  } as HotTopicEntity);
  for (const ticketId of ticketIds) {
    await ds.getRepository(HotTopicTicketEntity).save({
      hotTopicId: topic.id,
      ticketId,
      communityId: community.id,
    } as HotTopicTicketEntity);
  }
  return { id: topic.id, ticketIds };
}
