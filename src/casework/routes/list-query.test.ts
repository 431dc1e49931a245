import { describe, expect, it } from 'vitest';
import { caseListQuery, listHref, parseListQuery, sortLink } from './list-query.ts';

describe('the case list address', () => {
  it('reads filters, ignoring values it does not know', () => {
    const params = parseListQuery({
      kind: 'complaint',
      procedure: 'nonsense',
      stage: '2',
      deadline: 'overdue',
      q: '  Smith ',
      page: '3',
      sort: 'due',
      order: 'sideways',
    });
    expect(params).toMatchObject({
      kind: 'complaint',
      procedure: undefined,
      stage: '2',
      q: 'Smith',
      page: 3,
      sort: 'due',
      order: 'desc',
    });
    expect(caseListQuery(params, { mine: true, today: '2025-03-03' })).toEqual({
      filters: {
        mine: true,
        search: 'Smith',
        kind: 'complaint',
        procedure: undefined,
        stage: 2,
        status: undefined,
        teamId: undefined,
        managerId: undefined,
        dueThisWeek: false,
        overdue: true,
      },
      sort: 'due',
      order: 'desc',
      today: '2025-03-03',
    });
  });

  it('defaults to the newest first on page 1', () => {
    expect(parseListQuery({})).toMatchObject({ sort: 'received', order: 'desc', page: 1 });
  });

  it('links keep the filters and leave out defaults', () => {
    const params = parseListQuery({ kind: 'complaint', page: '2' });
    expect(listHref('/cases', params, {})).toBe('/cases?kind=complaint');
    expect(listHref('/cases', params, { page: 3 })).toBe('/cases?kind=complaint&page=3');
    expect(listHref('/cases', params, { kind: undefined })).toBe('/cases');
  });

  it('sort links toggle the order of the current column', () => {
    const params = parseListQuery({ sort: 'reference', order: 'asc' });
    expect(sortLink('/cases', params, 'reference')).toEqual({
      href: '/cases?sort=reference&order=desc',
      ariaSort: 'ascending',
    });
    expect(sortLink('/cases', params, 'due')).toEqual({
      href: '/cases?sort=due&order=asc',
      ariaSort: 'none',
    });
  });
});
