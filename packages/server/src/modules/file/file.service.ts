import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import sharp, { type Metadata } from 'sharp';
import { type DataSource, type EntityManager, In, IsNull, LessThan, MoreThan } from 'typeorm';
import { requireViewer } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { badInput, fail, notFound } from '../../common/errors.js';
import { ID_PATTERN, newId } from '../../db/ids.js';
import { sqlDate } from '../../db/sql.js';
import { detectMime, HEAD_BYTES, sanitiseFileName } from './file.content.js';
import { FileEntity } from './file.entity.js';
import { emptyFile, FileReasons as R, tooLarge, tooManyPending, unsupportedType } from './file.errors.js';

/** Decides whether `viewer` may read the record a file is attached to (registered by its module). */
export type FileReadRule = (viewer: Viewer, attachedId: string) => Promise<boolean>;

export interface FileServiceOptions {
  /** Absolute directory files are stored under (UPLOAD_DIR). */
  uploadDir: string;
  /** Largest accepted upload in bytes (FILE_MAX_BYTES). */
  maxBytes: number;
  /** Unattached uploads of the last day one user may have at once (disk-filling guard). */
  maxPendingPerUser?: number;
}

export interface AttachOptions {
  /** The input field the ids came in, for the error (default `photoFileIds`). */
  field?: string;
  /** Most files one record may take (default 9). */
  max?: number;
  /** Accepted mime types (default: every allowed type). */
  accept?: readonly string[];
}

export interface UploadSource {
  /** The client's file name (sanitised here; never used for the path). */
  filename: string | undefined;
  /** The content. */
  stream: Readable;
  /**
   * True when the producer cut the stream at its size limit (busboy's `truncated`): the content
   * is then larger than allowed even though fewer bytes arrived.
   */
  truncated?: () => boolean;
}

const DAY_MS = 24 * 3600_000;

/** Image types whose metadata is stripped (GIF and PDF carry no EXIF position). */
const STRIPPED: Record<string, 'jpeg' | 'png' | 'webp'> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/**
 * Removes EXIF (a phone photo's GPS position is the resident's home), XMP, IPTC and text chunks
 * from a stored image, rewriting the file in place; the orientation tag is applied to the pixels
 * first, so the photo still shows upright. Images without such metadata stay byte for byte (no
 * needless re-encoding). Returns the new bytes, or null when the file was left as it was.
 */
async function stripImageMetadata(path: string, mime: string): Promise<Buffer | null> {
  const format = STRIPPED[mime];
  if (!format) return null;
  let meta: Metadata;
  try {
    meta = await sharp(path).metadata();
  } catch {
    throw unsupportedType();
  }
  const carries =
    meta.exif || meta.xmp || meta.iptc || meta.tifftagPhotoshop || (meta.comments && meta.comments.length > 0);
  if (!carries) return null;
  // Without withMetadata/keepExif sharp writes no metadata; rotate() honours the EXIF orientation.
  const out = await sharp(path, { animated: format === 'webp' })
    .rotate()
    .toFormat(format, format === 'png' ? {} : { quality: 90 })
    .toBuffer()
    .catch(() => {
      throw unsupportedType();
    });
  await writeFile(path, out, { mode: 0o600 });
  return out;
}

/**
 * Uploaded files: storing them (streamed to a temp file while hashing, checked by magic bytes,
 * moved to UPLOAD_DIR/yyyy/mm/<id>), who may read them, and attaching them to records of other
 * modules inside those modules' transactions.
 */
export class FileService {
  private readonly readRules = new Map<string, FileReadRule>();
  private readonly uploadDir: string;
  private readonly maxBytes: number;
  private readonly maxPendingPerUser: number;

  constructor(
    private readonly ds: DataSource,
    options: FileServiceOptions,
  ) {
    this.uploadDir = resolve(options.uploadDir);
    this.maxBytes = options.maxBytes;
    this.maxPendingPerUser = options.maxPendingPerUser ?? 100;
  }

  /**
   * Lets the module owning records of `attachedType` say who besides the uploader may read files
   * attached to them (e.g. the tickets module: staff whose scope covers the ticket).
   */
  registerReadRule(attachedType: string, rule: FileReadRule): void {
    if (this.readRules.has(attachedType)) throw new Error(`file read rule for ${attachedType} registered twice`);
    this.readRules.set(attachedType, rule);
  }

  /** Stores an upload of `viewer`. Throws FileUploadError (413/415/400/429) leaving nothing on disk. */
  async store(viewer: Viewer | null, source: UploadSource): Promise<FileEntity> {
    const v = requireViewer(viewer);
    const pending = await this.ds.getRepository(FileEntity).countBy({
      ownerId: v.userId,
      attachedId: IsNull(),
      // Bound as stored text on SQLite (see sqlDate): a Date would compare wrongly within one day.
      createdAt: MoreThan(sqlDate(this.ds, new Date(Date.now() - DAY_MS)) as Date),
    });
    if (pending >= this.maxPendingPerUser) {
      source.stream.resume();
      throw tooManyPending(this.maxPendingPerUser);
    }

    const id = newId();
    const tmpDir = join(this.uploadDir, '.tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmpPath = join(tmpDir, `${id}.part`);
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let headLength = 0;
    let size = 0;
    let overLimit = false;
    const maxBytes = this.maxBytes;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        // A safety net for producers without a limit of their own: stop writing, keep draining.
        if (size > maxBytes) {
          overLimit = true;
          return done();
        }
        if (headLength < HEAD_BYTES) {
          head.push(chunk.subarray(0, HEAD_BYTES - headLength));
          headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    let finalPath: string | null = null;
    try {
      await pipeline(source.stream, meter, createWriteStream(tmpPath, { flags: 'wx', mode: 0o600 }));
      if (overLimit || source.truncated?.()) throw tooLarge(maxBytes);
      if (size === 0) throw emptyFile();
      const mime = detectMime(Buffer.concat(head));
      if (!mime) throw unsupportedType();
      let digest = hash.digest('hex');
      const stripped = await stripImageMetadata(tmpPath, mime);
      if (stripped) {
        // What is stored is what size and sha256 describe (ETags and integrity checks use them).
        size = stripped.length;
        digest = createHash('sha256').update(stripped).digest('hex');
      }

      const now = new Date();
      const dir = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
      const storageKey = `${dir}/${id}`;
      await mkdir(join(this.uploadDir, dir), { recursive: true });
      finalPath = join(this.uploadDir, storageKey);
      await rename(tmpPath, finalPath);
      const row = this.ds.getRepository(FileEntity).create({
        id,
        ownerId: v.userId,
        originalName: sanitiseFileName(source.filename),
        mime,
        size,
        sha256: digest,
        storageKey,
        attachedType: null,
        attachedId: null,
      });
      return await this.ds.getRepository(FileEntity).save(row);
    } catch (err) {
      if (finalPath) await rm(finalPath, { force: true });
      throw err;
    } finally {
      await rm(tmpPath, { force: true });
    }
  }

  /** A file `viewer` may read, with its absolute path. NOT_FOUND otherwise (existence is not revealed). */
  async getReadable(viewer: Viewer | null, id: string): Promise<{ file: FileEntity; path: string }> {
    const v = requireViewer(viewer);
    if (!ID_PATTERN.test(id)) throw notFound('File');
    const file = await this.ds.getRepository(FileEntity).findOneBy({ id });
    if (!file || !(await this.canRead(v, file))) throw notFound('File');
    return { file, path: this.pathOf(file) };
  }

  async canRead(viewer: Viewer, file: FileEntity): Promise<boolean> {
    if (file.ownerId === viewer.userId) return true;
    if (!file.attachedType || !file.attachedId) return false;
    const rule = this.readRules.get(file.attachedType);
    return rule ? rule(viewer, file.attachedId) : false;
  }

  /**
   * Checks, before a record is created, that `fileIds` may be attached to it by `viewer`: each
   * exists and is theirs (NOT_FOUND otherwise), none is attached yet, no duplicates, at most
   * `max`, of an accepted type (BAD_USER_INPUT on `field`). Returns the files in the given order.
   */
  async assertAttachable(
    viewer: Viewer | null,
    fileIds: readonly string[],
    options: AttachOptions = {},
    manager: EntityManager = this.ds.manager,
  ): Promise<FileEntity[]> {
    const v = requireViewer(viewer);
    const field = options.field ?? 'photoFileIds';
    const max = options.max ?? 9;
    if (fileIds.length === 0) return [];
    if (fileIds.length > max) throw fail(R.FILE_TOO_MANY, `At most ${max} files`, { field, details: { max } });
    if (new Set(fileIds).size !== fileIds.length)
      throw fail(R.FILE_LISTED_TWICE, 'The same file is listed twice', { field });
    if (fileIds.some((id) => !ID_PATTERN.test(id))) throw notFound('File');
    const rows = await manager.getRepository(FileEntity).findBy({ id: In([...fileIds]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const files = fileIds.map((id) => byId.get(id));
    const ordered: FileEntity[] = [];
    for (const f of files) {
      if (!f || f.ownerId !== v.userId) throw notFound('File');
      if (f.attachedId) throw fail(R.FILE_ALREADY_ATTACHED, 'A file is already attached to another record', { field });
      if (options.accept && !options.accept.includes(f.mime)) {
        throw badInput(field, `Files of type ${f.mime} are not accepted here`);
      }
      ordered.push(f);
    }
    return ordered;
  }

  /**
   * Attaches files (checked with assertAttachable first) to a record, inside the caller's
   * transaction. Only still-unattached files are updated; if another request attached one in
   * between, CONFLICT is thrown so the caller's transaction rolls back.
   */
  async attach(
    manager: EntityManager,
    fileIds: readonly string[],
    attachedType: string,
    attachedId: string,
  ): Promise<void> {
    if (fileIds.length === 0) return;
    const result = await manager
      .createQueryBuilder()
      .update(FileEntity)
      .set({ attachedType, attachedId })
      .where({ id: In([...fileIds]), attachedId: IsNull() })
      .execute();
    if (result.affected !== new Set(fileIds).size)
      throw fail(R.FILE_ATTACHED_MEANWHILE, 'A file was attached to another record meanwhile');
  }

  /** Files attached to one record, oldest first. */
  attachedTo(attachedType: string, attachedId: string): Promise<FileEntity[]> {
    return this.ds.getRepository(FileEntity).find({ where: { attachedType, attachedId }, order: { id: 'ASC' } });
  }

  /**
   * Deletes files uploaded before `before` (default: a day ago) that were never attached, rows and
   * bytes, and temp files left by interrupted uploads. Safe to run from several processes at once.
   * Returns how many files were deleted.
   */
  async purgeUnattached(before: Date = new Date(Date.now() - DAY_MS), batch = 500): Promise<number> {
    const repo = this.ds.getRepository(FileEntity);
    let deleted = 0;
    for (;;) {
      const rows = await repo.find({
        where: { attachedId: IsNull(), createdAt: LessThan(sqlDate(this.ds, before) as Date) },
        order: { id: 'ASC' },
        take: batch,
      });
      for (const row of rows) {
        // Conditional delete: a file attached since it was listed stays.
        const r = await repo.delete({ id: row.id, attachedId: IsNull() });
        if (r.affected) {
          await rm(this.pathOf(row), { force: true });
          deleted += 1;
        }
      }
      if (rows.length < batch) break;
    }
    await this.purgeTemp(before);
    return deleted;
  }

  private async purgeTemp(before: Date): Promise<void> {
    const tmpDir = join(this.uploadDir, '.tmp');
    let names: string[];
    try {
      names = await readdir(tmpDir);
    } catch {
      return;
    }
    for (const name of names) {
      const p = join(tmpDir, name);
      const s = await stat(p).catch(() => null);
      if (s && s.mtime < before) await rm(p, { force: true });
    }
  }

  /** Absolute path of a stored file; refuses a key that would leave UPLOAD_DIR. */
  pathOf(file: Pick<FileEntity, 'storageKey'>): string {
    const path = resolve(this.uploadDir, file.storageKey);
    const rel = relative(this.uploadDir, path);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new Error('storage key outside UPLOAD_DIR');
    return path;
  }
}
