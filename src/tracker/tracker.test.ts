import { describe, expect, it } from 'vitest';
import { groupItems, stageLabel, type TrackerItem } from './tracker.ts';

const item = (
  reference: string,
  team: string | null,
  manager: string | null,
  dueOn: string | null,
): TrackerItem => ({
  id: reference,
  href: `/cases/${reference}`,
  reference,
  what: 'Statutory stage 1',
  deadlineWhat: 'Response',
  receivedOn: '2024-01-01',
  team,
  manager,
  dueOn,
  tag: null,
  suspended: false,
});

describe('grouping the tracker', () => {
  it('groups by team then responding manager, the unallocated last, soonest due first', () => {
    const groups = groupItems([
      item('A', null, null, '2024-02-01'),
      item('B', 'Fostering', 'Pat', '2024-03-01'),
      item('C', 'Adoption', null, null),
      item('D', 'Fostering', 'Pat', '2024-02-15'),
      item('E', 'Fostering', 'Ali', '2024-02-20'),
    ]);
    expect(
      groups.map((g) => [
        g.team,
        g.managers.map((m) => [m.manager, m.items.map((i) => i.reference)]),
      ]),
    ).toEqual([
      ['Adoption', [['No responding manager', ['C']]]],
      [
        'Fostering',
        [
          ['Ali', ['E']],
          ['Pat', ['D', 'B']],
        ],
      ],
      ['No team', [['No responding manager', ['A']]]],
    ]);
  });

  it('names a stage by procedure for complaints and by kind otherwise', () => {
    expect(stageLabel('complaint', 'corporate', 2)).toBe('Corporate stage 2');
    expect(stageLabel('mp_enquiry', 'mp_enquiry', 1)).toBe('MP enquiry');
    expect(stageLabel('ombudsman', 'ombudsman', 1)).toBe('Ombudsman case');
  });
});
