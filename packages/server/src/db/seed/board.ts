import type { DataSource } from 'typeorm';
import { BoardSettingEntity, ReplyTemplateEntity } from '../../modules/board/board.entity.js';
import { CommunityEntity } from '../../modules/org/community.entity.js';

/**
 * Demo board settings and reply templates (常用语) of 博学路社区: a few blocked words and templates
 * with placeholders. No daily limit and no auto-close: the demo's own flows (and the browser tests
 * that run on it) raise and rate tickets freely; staff set both in 公示与回访 → 设置.
 * Idempotent: skipped once the community has settings.
 */
export async function seedBoard(ds: DataSource): Promise<void> {
  const boxue = await ds.getRepository(CommunityEntity).findOneBy({ name: '博学路社区' });
  if (!boxue || (await ds.getRepository(BoardSettingEntity).existsBy({ communityId: boxue.id }))) return;
  const place = { streetId: boxue.streetId, communityId: boxue.id };
  await ds.getRepository(BoardSettingEntity).save({
    ...place,
    blockedWords: ['傻瓜', '骗子', '滚蛋'].join('\n'),
    dailyTicketLimit: null,
    autoCloseDays: null,
    version: 1,
  } as BoardSettingEntity);
  await ds.getRepository(ReplyTemplateEntity).save(
    [
      ['已受理', '{居民姓名}您好，您反映的问题（编号 {工单号}）已受理，我们将于 {答复期限} 前给您答复。'],
      ['已转物业', '{居民姓名}您好，您反映的问题已转物业公司处理，物业将尽快联系您。编号 {工单号}。'],
      ['已办结', '{居民姓名}您好，您反映的问题已处理完毕，感谢您对社区工作的支持，欢迎对办理结果进行评价。'],
    ].map(
      ([title, body]) => ({ ...place, categoryId: null, title, body, version: 1 }) as unknown as ReplyTemplateEntity,
    ),
  );
}
