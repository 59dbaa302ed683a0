import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { makeFormatError } from './format-error.js';

/** A driver error as TypeORM wraps it (mysql2 puts the name of the MariaDB error in `code`). */
const driverError = (code: string, message: string) =>
  new QueryFailedError('INSERT INTO x VALUES (?)', ['secret value'], Object.assign(new Error(message), { code }));

const formatWith = (err: Error) => {
  const logged: { level: string; msg: string }[] = [];
  const logger = {
    error: (_: object, msg: string) => logged.push({ level: 'error', msg }),
    warn: (_: object, msg: string) => logged.push({ level: 'warn', msg }),
  };
  // The thrown error itself (Apollo unwraps a resolver's GraphQLError to it before this point).
  return { out: makeFormatError(logger, false)({ message: err.message, path: ['createThing'] }, err), logged };
};

describe('formatError: values the database refuses', () => {
  for (const [code, message] of [
    ['ER_DATA_TOO_LONG', "Data too long for column 'title' at row 1"],
    ['ER_TRUNCATED_WRONG_VALUE', "Incorrect datetime value: '0000-00-00' for column 'startsAt'"],
    ['ER_WARN_DATA_OUT_OF_RANGE', "Out of range value for column 'weekday' at row 1"],
    ['ER_TRUNCATED_WRONG_VALUE_FOR_FIELD', "Incorrect string value: '\\xF0\\x90' for column 'name'"],
  ] as const) {
    it(`${code} answers BAD_USER_INPUT without the SQL or the value, and is logged as a gap`, () => {
      const { out, logged } = formatWith(driverError(code, message));
      expect(out.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(out)).not.toMatch(/secret value|INSERT|column/);
      expect(logged).toEqual([{ level: 'warn', msg: 'a value reached the database that its column refuses' }]);
    });
  }

  it('any other driver error stays INTERNAL_SERVER_ERROR', () => {
    const { out, logged } = formatWith(driverError('ER_NO_SUCH_TABLE', "Table 'x' doesn't exist"));
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(logged.map((l) => l.level)).toEqual(['error']);
  });
});
