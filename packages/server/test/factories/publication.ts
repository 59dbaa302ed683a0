/** Factory of the publication module: creates the place it is not given. */
import { PublicationEntity, PublicationRevisionEntity } from '../../src/modules/publication/publication.entity.js';
import type {
  AffairsKind,
  PublicationChannel,
  PublicationStatus,
} from '../../src/modules/publication/publication.enums.js';
import { type FactoryContext, seq } from './context.js';
import { buildCommunity } from './org.js';

/**
 * A publication (published, with its first revision, unless `status` says otherwise). Without an
 * estate it is a community item of `community` (made if not given); with one, an estate item.
 */
export async function buildPublication(
  f: FactoryContext,
  o: {
    community?: { id: string; streetId: string };
    estate?: { id: string; streetId: string; communityId: string };
    channel?: `${PublicationChannel}`;
    kind?: `${AffairsKind}` | null;
    status?: `${PublicationStatus}`;
    title?: string;
    body?: string;
    publisherOrganisationId?: string | null;
    publishedAt?: Date;
  } = {},
): Promise<PublicationEntity> {
  const community = o.estate ? null : (o.community ?? (await buildCommunity(f)));
  const channel = o.channel ?? 'NEWS';
  const status = o.status ?? 'PUBLISHED';
  const at = o.publishedAt ?? new Date();
  const published = status === 'PUBLISHED' || status === 'WITHDRAWN';
  const title = o.title ?? `公开-${seq()}`;
  const body = o.body ?? '<p>社区公告正文</p>';
  const row = await f.db.dataSource.getRepository(PublicationEntity).save({
    channel,
    kind: o.kind ?? (channel === 'COMMUNITY_AFFAIRS' ? 'FINANCE' : null),
    scope: o.estate ? 'ESTATE' : 'COMMUNITY',
    streetId: o.estate?.streetId ?? community?.streetId,
    communityId: o.estate?.communityId ?? community?.id,
    estateId: o.estate?.id ?? null,
    publisherKind: o.publisherOrganisationId ? 'ORGANISATION' : 'COMMUNITY',
    publisherOrganisationId: o.publisherOrganisationId ?? null,
    title,
    body,
    coverFileId: null,
    attachmentFileIds: [],
    pinned: false,
    status,
    publishAt: null,
    publishedAt: published ? at : null,
    sortAt: at,
    revisionNumber: published ? 1 : 0,
    withdrawnAt: status === 'WITHDRAWN' ? at : null,
    withdrawnById: null,
    withdrawalReason: status === 'WITHDRAWN' ? '测试撤回' : null,
    viewCount: 0,
    authorId: null,
    sourceType: null,
    sourceId: null,
    version: 1,
  } as unknown as PublicationEntity);
  if (published) {
    await f.db.dataSource.getRepository(PublicationRevisionEntity).save({
      publicationId: row.id,
      number: 1,
      title,
      body,
      changeNote: null,
      coverFileId: null,
      attachmentFileIds: [],
      publishedById: null,
    } as unknown as PublicationRevisionEntity);
  }
  return row;
}
