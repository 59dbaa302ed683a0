import type { FastifyInstance } from 'fastify';
import type { CoreServices, RouteKit } from '../../app/module.js';
import { DomainError } from '../../common/errors.js';
import { sendDomainError } from '../../http/rest-error.js';
import type { PrivacyService } from './privacy.service.js';

/**
 * `GET /me/export.html` and `GET /me/export.json` (Authorization: Bearer): the signed-in account's
 * own data (the same as `myDataExport`) as a downloadable page or JSON document, never cached.
 */
export async function registerPrivacyRoutes(
  fastify: FastifyInstance,
  services: CoreServices & { privacy: PrivacyService },
  kit: RouteKit,
): Promise<void> {
  fastify.get<{ Params: { file: string } }>('/me/:file', async (req, reply) => {
    const kind = req.params.file === 'export.html' ? 'html' : req.params.file === 'export.json' ? 'json' : null;
    if (!kind) return reply.code(404).send({ error: 'Not found' });
    try {
      const viewer = await kit.viewerOf(req);
      const out = await services.privacy.exportFor(viewer);
      reply.header('cache-control', 'no-store');
      if (kind === 'html') {
        return reply
          .header('content-type', 'text/html; charset=utf-8')
          .header('content-disposition', 'attachment; filename="my-data.html"')
          .send(out.html);
      }
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="my-data.json"')
        .send(JSON.stringify(out.data, null, 2));
    } catch (err) {
      if (err instanceof DomainError) return sendDomainError(reply, err);
      throw err;
    }
  });
}
