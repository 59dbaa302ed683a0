import { type EntityManager, IsNull } from 'typeorm';
import { OrganisationKind } from '../org/org.enums.js';
import { OrganisationEntity } from '../org/organisation.entity.js';
import { PublicationChannel, PublicationScope } from '../publication/publication.enums.js';
import type { PublicationService } from '../publication/publication.service.js';
import { type VoteEntity, VoteMatterEntity } from './vote.entity.js';
import type { TallyResult } from './vote.rule.js';
import type { VoteResultPublisher } from './vote.service.js';

const escapeHtml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The frozen result as the disclosure's HTML: each matter, its outcome and the reason (民法典 278). */
export function resultHtml(matters: readonly VoteMatterEntity[], result: TallyResult): string {
  const title = new Map(matters.map((x) => [x.id, x.title]));
  const items = result.matters.map(
    (x, i) =>
      `<li><strong>${escapeHtml(title.get(x.matterId) ?? `事项 ${i + 1}`)}</strong>：${x.passed ? '通过' : '未通过'}。${escapeHtml(x.reasonZh)}</li>`,
  );
  return `<p>表决结果（${result.matters.length} 项事项）：</p><ol>${items.join('')}</ol>`;
}

/**
 * Publishes a closed vote's frozen result to the COMMITTEE channel (业委会公开) of its estate, in
 * the closing transaction, as its owners' committee when the estate has one (else as the system).
 */
export const committeeResultPublisher = (publications: PublicationService): VoteResultPublisher => ({
  async publish(m: EntityManager, vote: VoteEntity, result: TallyResult, now: Date) {
    const matters = await m.getRepository(VoteMatterEntity).find({
      where: { voteId: vote.id },
      order: { position: 'ASC' },
    });
    const committee = await m.getRepository(OrganisationEntity).findOne({
      where: { kind: OrganisationKind.OWNERS_COMMITTEE, estateId: vote.estateId, archivedAt: IsNull() },
      select: { id: true },
    });
    await publications.publishSystem(
      m,
      {
        channel: PublicationChannel.COMMITTEE,
        scope: PublicationScope.ESTATE,
        placeId: vote.estateId,
        title: `表决结果：${vote.title}`,
        body: resultHtml(matters, result),
        publisherOrganisationId: committee?.id ?? null,
        sourceType: 'OwnerVote',
        sourceId: vote.id,
        authorId: null,
      },
      now,
    );
    return true;
  },
});
