import { describe, expect, it } from 'vitest';
import { setPasswordLink } from '../../users/components/OneTimeCode';
import { deviceOf } from './AccountView';

describe('my account helpers', () => {
  it('names a device by browser and system', () => {
    expect(
      deviceOf(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      ),
    ).toBe('Chrome 131 · Windows');
    expect(
      deviceOf(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47',
      ),
    ).toBe('WeChat 8.0.47 · iOS');
    expect(deviceOf(null)).toBe('');
  });

  it('builds the set-password link of a one-time code', () => {
    expect(setPasswordLink('AB2C-DEF3-GH4J', 'https://console.example')).toBe(
      'https://console.example/?setPasswordCode=AB2C-DEF3-GH4J',
    );
  });
});
