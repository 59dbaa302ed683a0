import type { ErrorCode, ErrorReason } from '@roundtable/schema';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { type MessageKey, useI18n } from '../i18n';
import { catalogs } from '../i18n/catalog';

/** The first GraphQL error of a failed operation, as the server's error pipeline shapes it. */
export interface ApiError {
  code: string;
  /** The module's reason (`extensions.reason`, an `ErrorReason` of the contract), when it sent one. */
  reason?: string;
  field?: string;
  details?: Record<string, unknown>;
  message: string;
}

/**
 * The GraphQL errors of a failed operation: Apollo's CombinedGraphQLErrors, or the sign-in page's
 * GraphQLRequestError (app/request.ts). Read by shape, so this module (used on the sign-in page) does
 * not pull Apollo Client into the first chunk.
 */
function graphQLErrorsOf(error: unknown): readonly { message?: string; extensions?: unknown }[] | null {
  if (!(error instanceof Error)) return null;
  if (error.name !== 'CombinedGraphQLErrors' && error.name !== 'GraphQLRequestError') return null;
  const errors = (error as { errors?: unknown }).errors;
  return Array.isArray(errors) ? errors : null;
}

export function apiError(error: unknown): ApiError | null {
  if (!error) return null;
  const errors = graphQLErrorsOf(error);
  if (errors) {
    const first = errors[0];
    const ext = (first?.extensions ?? {}) as { code?: unknown; reason?: unknown; field?: unknown; details?: unknown };
    return {
      code: typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR',
      reason: typeof ext.reason === 'string' ? ext.reason : undefined,
      field: typeof ext.field === 'string' ? ext.field : undefined,
      details: typeof ext.details === 'object' && ext.details ? (ext.details as Record<string, unknown>) : undefined,
      message: first?.message ?? '',
    };
  }
  return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error) };
}

// Every code and every reason of the contract has a sentence in the catalogs: a new one on the
// server is a type error here after `pnpm codegen` until its zh-CN and en-US texts are written.
type CodeKey = `error.${ErrorCode}`;
type ReasonKey = `error.reason.${ErrorReason}`;
export const EVERY_CODE_HAS_A_SENTENCE: CodeKey extends MessageKey ? true : never = true;
export const EVERY_REASON_HAS_A_SENTENCE: ReasonKey extends MessageKey ? true : never = true;

const known = (key: string): key is MessageKey => key in catalogs['zh-CN'];

/**
 * Which sentence tells of an error: its reason's (`error.reason.<REASON>`) first, then its code's
 * (`error.<CODE>`), then the generic server error (a code or reason newer than the console).
 */
export function errorMessageKey(e: Pick<ApiError, 'code' | 'reason'>): MessageKey {
  if (e.code === 'NETWORK') return 'error.network';
  const byReason = e.reason ? `error.reason.${e.reason}` : '';
  if (byReason && known(byReason)) return byReason;
  const byCode = `error.${e.code}`;
  return known(byCode) ? byCode : 'error.INTERNAL_SERVER_ERROR';
}

/** Turns an operation error into a translated sentence (reasons and codes, never the server's English). */
export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  return useCallback(
    (error: unknown) => {
      const e = apiError(error);
      if (!e) return '';
      const seconds = Number(e.details?.retryAfterSeconds ?? 0);
      return t(errorMessageKey(e), { seconds, minutes: Math.max(1, Math.ceil(seconds / 60)) });
    },
    [t],
  );
}

/**
 * Puts a server field error (`extensions.field`) beside that form field. Returns true when it
 * did, so the caller can skip the toast.
 */
export function applyFieldError(form: FormInstance, error: unknown, text: string): boolean {
  const e = apiError(error);
  if (!e?.field) return false;
  const name = e.field;
  const known = Object.keys(form.getFieldsValue(true) ?? {});
  if (!known.includes(name)) return false;
  form.setFields([{ name, errors: [text] }]);
  return true;
}
