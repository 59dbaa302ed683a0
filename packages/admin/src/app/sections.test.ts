import { describe, expect, it } from 'vitest';
import { sectionOf } from './sections';

describe('sectionOf: the menu lights the page you are on', () => {
  const sections = [{ path: '/org' }, { path: '/organisations' }, { path: '/tickets' }, { path: '/ticket-settings' }];
  it('does not take /organisations for /org', () => {
    expect(sectionOf(sections, '/organisations')?.path).toBe('/organisations');
    expect(sectionOf(sections, '/organisations/x')?.path).toBe('/organisations');
    expect(sectionOf(sections, '/org')?.path).toBe('/org');
    expect(sectionOf(sections, '/org/community/1')?.path).toBe('/org');
  });
  it('matches whole segments only', () => {
    expect(sectionOf(sections, '/ticket-settings/calendar')?.path).toBe('/ticket-settings');
    expect(sectionOf(sections, '/tickets')?.path).toBe('/tickets');
    expect(sectionOf(sections, '/')).toBeUndefined();
  });
});
