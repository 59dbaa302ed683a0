import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

/** The name of the constraint in class-validator's metadata (read by the string-limits test). */
export const CODE_POINT_LENGTH = 'codePointLength';

/** Length in Unicode code points: how MySQL/MariaDB count the characters of a utf8mb4 `varchar(n)`. */
export const codePointLength = (s: string): number => [...s].length;

/**
 * A string of `min` to `max` characters, counted in code points. Use it for every length limit of
 * an input instead of class-validator's `Length`/`MaxLength`/`MinLength`: those count like
 * validator.js, which takes an emoji with its variation selector ("❤️", U+2764 U+FE0F) for one
 * character while the database stores two, so a value at its documented maximum overflowed its
 * `varchar` on MariaDB ("Data too long", answered as a 500). Column sizes are in the same unit.
 */
export function CodePointLength(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: CODE_POINT_LENGTH,
      constraints: [min, max],
      validator: {
        validate: (value): boolean => {
          if (typeof value !== 'string') return false;
          const n = codePointLength(value);
          return n >= min && n <= max;
        },
        defaultMessage: buildMessage((each) => `${each}$property must be ${min} to ${max} characters long`, options),
      },
    },
    options,
  );
}
