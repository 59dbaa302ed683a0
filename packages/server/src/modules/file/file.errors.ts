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
