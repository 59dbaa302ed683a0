import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { FileEntity } from './file.entity.js';

@ObjectType({ description: 'An uploaded file (photo or PDF) attached to a record. Download it from `url`.' })
export class FileRef {
  @Field(() => ID, { description: 'Opaque id; upload with `POST /files`, pass the id to a mutation to attach it.' })
  id: string;

  @Field(() => String, {
    description:
      'Content type detected from the bytes: image/jpeg, image/png, image/webp, image/gif or application/pdf.',
  })
  mime: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  size: number;

  @Field(() => String, { description: 'The file name given at upload, sanitised.' })
  originalName: string;

  @Field(() => String, {
    description: 'Path to download the file (`GET /files/{id}`, relative to the API origin; send the bearer token).',
  })
  url: string;
}

export const fileUrl = (id: string) => `/files/${id}`;

export function toFileRef(row: FileEntity): FileRef {
  return { id: row.id, mime: row.mime, size: row.size, originalName: row.originalName, url: fileUrl(row.id) };
}
