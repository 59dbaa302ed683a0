import { describe, expect, it } from 'vitest';
import { PASSWORD_PATTERN } from './identity.inputs.js';

describe('password pattern', () => {
  it('wants a letter and a digit anywhere', () => {
    for (const ok of ['abcdefg1', '1abcdefg', 'pass word 9', '密码a1', '\n\na\n1'])
      expect(PASSWORD_PATTERN.test(ok), ok).toBe(true);
    for (const bad of ['abcdefgh', '12345678', '密码密码密码密码', '', '❤️❤️❤️❤️'])
      expect(PASSWORD_PATTERN.test(bad), bad).toBe(false);
  });

  it('refuses a 100,000-character password without a digit at once (the unanchored pattern took ~11 s)', () => {
    for (const huge of ['a'.repeat(100_000), '❤️'.repeat(50_000), `${'1'.repeat(99_999)}`]) {
      const t0 = performance.now();
      expect(PASSWORD_PATTERN.test(huge)).toBe(false);
      expect(performance.now() - t0).toBeLessThan(200);
    }
  });
});
