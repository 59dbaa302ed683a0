import { defineReasons, ErrorCode } from '../../common/errors.js';

/** Reasons of the file module's GraphQL errors (`extensions.reason`): attaching uploads to a record. */
export const FileReasons = defineReasons({
  FILE_TOO_MANY: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'More files are listed than the record accepts (`details.max`).',
  },
  FILE_LISTED_TWICE: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'The same file is listed twice.',
  },
  FILE_ALREADY_ATTACHED: {
    code: ErrorCode.BAD_USER_INPUT,
    description: 'A file listed is already attached to another record: upload it again.',
  },
  FILE_ATTACHED_MEANWHILE: {
    code: ErrorCode.CONFLICT,
    description: 'A file listed was attached to another record by a concurrent request.',
  },
});

/** Reasons any mutation that attaches uploaded files can raise. */
export const FILE_ATTACH_REASONS = [
  FileReasons.FILE_TOO_MANY,
  FileReasons.FILE_LISTED_TWICE,
  FileReasons.FILE_ALREADY_ATTACHED,
  FileReasons.FILE_ATTACHED_MEANWHILE,
] as const;

/**
 * Errors of the upload route that have no GraphQL counterpart: they are HTTP statuses with a
 * stable `error` code. Everything else the file module throws is a DomainError.
 */
export const FileErrorCode = {
  UNSUPPORTED_FILE_TYPE: 'UNSUPPORTED_FILE_TYPE',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  EMPTY_FILE: 'EMPTY_FILE',
  TOO_MANY_PENDING_FILES: 'TOO_MANY_PENDING_FILES',
} as const;
export type FileErrorCode = (typeof FileErrorCode)[keyof typeof FileErrorCode];

export class FileUploadError extends Error {
  constructor(
    readonly code: FileErrorCode,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'FileUploadError';
  }
}

export const unsupportedType = () =>
  new FileUploadError(
    FileErrorCode.UNSUPPORTED_FILE_TYPE,
    415,
    'Only JPEG, PNG, WebP, GIF and PDF files are accepted (judged by content)',
  );
export const tooLarge = (maxBytes: number) =>
  new FileUploadError(FileErrorCode.FILE_TOO_LARGE, 413, `The file is larger than ${maxBytes} bytes`);
export const emptyFile = () => new FileUploadError(FileErrorCode.EMPTY_FILE, 400, 'The file is empty');
export const tooManyPending = (max: number) =>
  new FileUploadError(
    FileErrorCode.TOO_MANY_PENDING_FILES,
    429,
    `At most ${max} uploaded files may wait to be attached; attach or wait a day`,
  );
