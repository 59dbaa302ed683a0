import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CoreServices, RouteKit } from '../../app/module.js';
import { DomainError, ErrorCode, notFound } from '../../common/errors.js';
import { sendDomainError } from '../../http/rest-error.js';
import { contentDisposition } from './file.content.js';
import { FileUploadError } from './file.errors.js';
import type { FileService } from './file.service.js';

const badRequest = (message: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, { field: 'file' });

/**
 * Reads and drops what is left of a request body, up to `limit` bytes (declared or counted) and
 * 30 s. True when the whole body was read, so the connection can stay open for the answer.
 */
function discardBody(req: FastifyRequest, limit: number): Promise<boolean> {
  const raw = req.raw;
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(false);
  return new Promise((resolve) => {
    let seen = 0;
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      raw.off('data', onData);
      raw.off('end', onEnd);
      raw.off('error', onFail);
      raw.off('close', onClose);
      if (!ok) raw.pause();
      resolve(ok);
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > limit) finish(false);
    };
    const onEnd = () => finish(true);
    const onFail = () => finish(false);
    const onClose = () => finish(raw.complete);
    const timer = setTimeout(() => finish(false), 30_000);
    raw.on('data', onData);
    raw.once('end', onEnd);
    raw.once('error', onFail);
    raw.once('close', onClose);
    raw.resume();
  });
}

/** Does an If-None-Match header name this strong ETag (or `*`)? */
function etagMatches(header: string | undefined, sha256: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
    return t === '*' || t === sha256;
  });
}

function addVary(reply: FastifyReply, name: string): void {
  const current = reply.getHeader('vary');
  const list = typeof current === 'string' && current !== '' ? current.split(',').map((s) => s.trim()) : [];
  if (!list.some((v) => v.toLowerCase() === name.toLowerCase())) list.push(name);
  reply.header('vary', list.join(', '));
}

/**
 * `POST /files` (multipart, one field `file`) stores an upload of the signed-in user;
 * `GET /files/:id` serves it to whoever may read it (404 to everyone else). Errors are JSON
 * `{ error, message }` with a stable code, never a stack.
 */
export async function registerFileRoutes(
  fastify: FastifyInstance,
  services: Pick<CoreServices, 'config'> & { files: FileService },
  { viewerOf }: RouteKit,
): Promise<void> {
  const maxBytes = services.config.fileMaxBytes;
  await fastify.register(async (app) => {
    await app.register(fastifyMultipart, {
      // Busboy cuts the file at the limit and marks it truncated; the service turns that into 413
      // after reading the rest of the request, so the client always gets the answer.
      throwFileSizeLimit: false,
      limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 11, fieldSize: 1024, headerPairs: 20 },
    });

    app.setErrorHandler(async (err: FastifyError, req, reply) => {
      // Answering before the client finished sending its body (401 before reading an upload):
      // read and discard the rest within the size limit, so a client sending in several writes
      // gets the answer instead of a broken pipe; beyond the limit, close the connection.
      if (!req.raw.complete && !(await discardBody(req, maxBytes + 64 * 1024))) reply.header('connection', 'close');
      if (err instanceof FileUploadError) {
        return reply.code(err.status).send({ error: err.code, message: err.message });
      }
      if (err instanceof DomainError) return sendDomainError(reply, err);
      const status = err.statusCode ?? 500;
      if (status === 413) return reply.code(413).send({ error: 'FILE_TOO_LARGE', message: 'The request is too large' });
      if (status >= 400 && status < 500) {
        return reply.code(status).send({ error: 'BAD_REQUEST', message: err.message });
      }
      req.log.error({ err }, 'file route failed');
      return reply.code(500).send({ error: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' });
    });

    app.post('/files', async (req, reply) => {
      const viewer = await viewerOf(req);
      if (!req.isMultipart()) throw badRequest('Send multipart/form-data with one file field named "file"');
      const part = await req.file();
      if (!part) throw badRequest('No file: send one file field named "file"');
      if (part.fieldname !== 'file') {
        part.file.resume();
        throw badRequest('The file field must be named "file"');
      }
      const row = await services.files.store(viewer, {
        filename: part.filename,
        stream: part.file,
        truncated: () => part.file.truncated,
      });
      return reply.code(201).send({
        id: row.id,
        mime: row.mime,
        size: row.size,
        sha256: row.sha256,
        originalName: row.originalName,
      });
    });

    app.get<{ Params: { id: string } }>('/files/:id', async (req, reply) => {
      reply.header('x-content-type-options', 'nosniff');
      const viewer = await viewerOf(req);
      const { file, path } = await services.files.getReadable(viewer, req.params.id);
      reply
        .header('etag', `"${file.sha256}"`)
        .header('cache-control', 'private, max-age=3600')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('content-disposition', contentDisposition(file.mime, file.originalName));
      // Another user of the same browser must not get this user's cached copy.
      addVary(reply, 'Authorization');
      if (etagMatches(req.headers['if-none-match'], file.sha256)) return reply.code(304).send();
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) {
        req.log.error({ fileId: file.id }, 'stored file is missing from UPLOAD_DIR');
        throw notFound('File');
      }
      return reply.header('content-type', file.mime).header('content-length', info.size).send(createReadStream(path));
    });
  });
}
