import { act, render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { applyParams, defineParams, type ListParams, listHref, param, parseParams, useListParams } from './params';

const SCHEMA = defineParams({
  q: param.text(),
  states: param.listOf(['OPEN', 'CLOSED', 'MERGED']),
  status: param.oneOf(['PENDING', 'APPROVED', 'ALL'], { default: 'PENDING' }),
  kind: param.oneOf(['A', 'B']),
  overdue: param.flag(),
  year: param.int({ min: 1900, max: 2999 }),
  from: param.day(),
  sort: param.sort(['createdAt', 'title']),
  after: param.cursor(),
  open: param.drawer(),
});

const search = (s: string) => new URLSearchParams(s);

describe('list params: parse and serialise', () => {
  it('a link with every value set reproduces the same values', () => {
    const values = {
      q: '路灯 & 井盖',
      states: ['OPEN', 'MERGED'] as ('OPEN' | 'MERGED')[],
      status: 'ALL' as const,
      kind: 'B' as const,
      overdue: true,
      year: 2027,
      from: '2026-05-01',
      sort: { field: 'title' as const, order: 'descend' as const },
      after: 'Y3Vyc29y',
      open: 't1',
    };
    const href = listHref('/things', SCHEMA, values);
    expect(href).toBe(
      '/things?q=%E8%B7%AF%E7%81%AF+%26+%E4%BA%95%E7%9B%96&states=OPEN%2CMERGED&status=ALL&kind=B&overdue=1&year=2027&from=2026-05-01&sort=-title&after=Y3Vyc29y&open=t1',
    );
    expect(parseParams(SCHEMA, new URL(href, 'http://x').searchParams)).toEqual(values);
  });

  it('absent parameters read as defaults, and defaults never reach the URL', () => {
    expect(parseParams(SCHEMA, search(''))).toEqual({
      q: null,
      states: [],
      status: 'PENDING',
      kind: null,
      overdue: false,
      year: null,
      from: null,
      sort: null,
      after: null,
      open: null,
    });
    expect(listHref('/things', SCHEMA, { status: 'PENDING', states: [], overdue: false, q: '' })).toBe('/things');
  });

  it('ignores values it cannot read (the default applies) and unknown list entries', () => {
    const v = parseParams(
      SCHEMA,
      search('states=BOGUS,CLOSED,,open&status=NOPE&kind=C&overdue=yes&year=20x7&from=2026-13-45&sort=-password'),
    );
    expect(v.states).toEqual(['CLOSED']);
    expect(v.status).toBe('PENDING');
    expect(v.kind).toBeNull();
    expect(v.overdue).toBe(false);
    expect(v.year).toBeNull();
    expect(v.from).toBeNull();
    expect(v.sort).toBeNull();
    expect(parseParams(SCHEMA, search('year=1066')).year).toBeNull();
  });

  it('a filter or sort change drops the page cursor; a drawer or page change keeps the rest', () => {
    const cur = search('q=a&after=c1&open=t1&utm=keep');
    expect(applyParams(SCHEMA, cur, { q: 'b' }).toString()).toBe('q=b&open=t1&utm=keep');
    expect(applyParams(SCHEMA, cur, { sort: { field: 'createdAt', order: 'ascend' } }).get('after')).toBeNull();
    expect(applyParams(SCHEMA, cur, { open: null }).toString()).toBe('q=a&after=c1&utm=keep');
    expect(applyParams(SCHEMA, cur, { after: 'c2' }).toString()).toBe('q=a&after=c2&open=t1&utm=keep');
    // Setting a filter to what it already is keeps the page.
    expect(applyParams(SCHEMA, cur, { q: 'a' }).get('after')).toBe('c1');
    // Unknown keys in a patch are ignored.
    expect(applyParams(SCHEMA, cur, { nope: 'x' } as never).toString()).toBe(cur.toString());
  });
});

function Probe({ onList }: { onList(list: ListParams<typeof SCHEMA>): void }) {
  const list = useListParams(SCHEMA);
  onList(list);
  return <output data-testid="search">{useLocation().search}</output>;
}

describe('useListParams', () => {
  it('reads the URL, writes patches to it, and resets filters but keeps an open drawer', () => {
    let list: ListParams<typeof SCHEMA> | undefined;
    render(
      <MemoryRouter initialEntries={['/things?states=OPEN&after=c1&open=t9']}>
        <Probe onList={(l) => (list = l)} />
      </MemoryRouter>,
    );
    expect(list?.values.states).toEqual(['OPEN']);
    expect(list?.values.open).toBe('t9');
    expect(list?.filtered).toBe(true);
    expect(list?.search({ open: 't2' })).toBe('?states=OPEN&after=c1&open=t2');

    act(() => list?.set({ kind: 'A' }));
    expect(screen.getByTestId('search').textContent).toBe('?states=OPEN&open=t9&kind=A');
    expect(list?.values.kind).toBe('A');

    act(() => list?.reset());
    expect(screen.getByTestId('search').textContent).toBe('?open=t9');
    expect(list?.filtered).toBe(false);
    expect(list?.values.states).toEqual([]);
  });
});
