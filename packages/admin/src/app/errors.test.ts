import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CombinedGraphQLErrors } from '@apollo/client';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../i18n/catalog';
import { apiError, errorMessageKey } from './errors';

const sdl = readFileSync(createRequire(import.meta.url).resolve('@roundtable/schema/schema.graphql'), 'utf8');
const valuesOf = (name: string) => (buildSchema(sdl).getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

const failure = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Server English', extensions }] });

describe('error sentences: by reason, the code as fallback', () => {
  it('reads the reason and the code of the first GraphQL error', () => {
    expect(
      apiError(failure({ code: 'BAD_USER_INPUT', reason: 'TICKET_MERGE_INTO_ITSELF', field: 'primaryTicketId' })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TICKET_MERGE_INTO_ITSELF', field: 'primaryTicketId' });
    expect(apiError(failure({ code: 'NOT_FOUND' }))?.reason).toBeUndefined();
  });

  it('a known reason wins over its code', () => {
    const key = errorMessageKey({ code: 'FORBIDDEN', reason: 'TICKET_BIND_HOUSEHOLD_FIRST' });
    expect(key).toBe('error.reason.TICKET_BIND_HOUSEHOLD_FIRST');
    expect(catalogs['zh-CN'][key]).toBe('请先绑定并认证本社区的房屋后再提交诉求');
    expect(catalogs['en-US'][key]).toMatch(/household/);
  });

  it('a reason newer than the console falls back to its code, an unknown code to the generic sentence', () => {
    expect(errorMessageKey({ code: 'CONFLICT', reason: 'MEETING_ROOM_TAKEN' })).toBe('error.CONFLICT');
    expect(errorMessageKey({ code: 'NOT_FOUND' })).toBe('error.NOT_FOUND');
    expect(errorMessageKey({ code: 'SOMETHING_NEW' })).toBe('error.INTERNAL_SERVER_ERROR');
    expect(errorMessageKey({ code: 'NETWORK' })).toBe('error.network');
  });

  it('every ErrorReason and ErrorCode of the committed contract has a zh-CN and an en-US sentence', () => {
    const reasons = valuesOf('ErrorReason');
    expect(reasons.length).toBeGreaterThanOrEqual(30);
    const missing = [
      ...reasons.map((r) => `error.reason.${r}`),
      ...valuesOf('ErrorCode').map((c) => `error.${c}`),
    ].filter((k) => !(k in catalogs['zh-CN']) || !(k in catalogs['en-US']));
    expect(missing).toEqual([]);
    for (const r of reasons) expect(errorMessageKey({ code: 'BAD_USER_INPUT', reason: r })).toBe(`error.reason.${r}`);
  });
});
