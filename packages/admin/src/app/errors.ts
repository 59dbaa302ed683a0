import { CombinedGraphQLErrors } from '@apollo/client';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { type MessageKey, useI18n } from '../i18n';

/** The first GraphQL error of a failed operation, as the server's error pipeline shapes it. */
export interface ApiError {
  code: string;
  field?: string;
  details?: Record<string, unknown>;
  message: string;
}

export function apiError(error: unknown): ApiError | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as { code?: unknown; field?: unknown; details?: unknown };
    return {
      code: typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR',
      field: typeof ext.field === 'string' ? ext.field : undefined,
      details: typeof ext.details === 'object' && ext.details ? (ext.details as Record<string, unknown>) : undefined,
      message: first?.message ?? '',
    };
  }
  return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error) };
}

/** Error codes the console has a sentence for; anything else reads as a generic server error. */
const KNOWN = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_TRANSITION',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'TOO_MANY_ATTEMPTS',
  'TOKEN_EXPIRED',
  'SESSION_REVOKED',
  'PHONE_TAKEN',
  'INTERNAL_SERVER_ERROR',
]);

/** Turns an operation error into a translated sentence (codes, never the server's English). */
export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  return useCallback(
    (error: unknown) => {
      const e = apiError(error);
      if (!e) return '';
      if (e.code === 'NETWORK') return t('error.network');
      const key = (KNOWN.has(e.code) ? `error.${e.code}` : 'error.INTERNAL_SERVER_ERROR') as MessageKey;
      const seconds = Number(e.details?.retryAfterSeconds ?? 0);
      return t(key, { seconds, minutes: Math.max(1, Math.ceil(seconds / 60)) });
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
