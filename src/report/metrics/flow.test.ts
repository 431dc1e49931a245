import { describe, expect, it } from 'vitest';
import { flowOf, type Span } from './flow.ts';
import { reportYear } from './year.ts';

const year = reportYear(2020); // 2020-04-01 to 2021-03-31

type Membership = 'received' | 'carriedForward' | 'concluded' | 'ongoing';

const cases: { name: string; span: Span; counts: Membership[] }[] = [
  {
    name: 'received and concluded in the year',
    span: { start: '2020-05-01', end: '2020-05-14' },
    counts: ['received', 'concluded'],
  },
  {
    name: 'received on the first day of the year',
    span: { start: '2020-04-01', end: '2020-04-15' },
    counts: ['received', 'concluded'],
  },
  {
    name: 'received on the last day, still open',
    span: { start: '2021-03-31', end: null },
    counts: ['received', 'ongoing'],
  },
  {
    name: 'concluded on the last day of the year',
    span: { start: '2021-03-01', end: '2021-03-31' },
    counts: ['received', 'concluded'],
  },
  {
    name: 'concluded after the year end is ongoing',
    span: { start: '2021-03-25', end: '2021-04-01' },
    counts: ['received', 'ongoing'],
  },
  {
    name: 'carried forward from the previous year and concluded',
    span: { start: '2020-03-20', end: '2020-04-03' },
    counts: ['carriedForward', 'concluded'],
  },
  {
    name: 'carried forward and concluded on the first day',
    span: { start: '2020-03-30', end: '2020-04-01' },
    counts: ['carriedForward', 'concluded'],
  },
  {
    name: 'carried forward and still open',
    span: { start: '2019-11-04', end: null },
    counts: ['carriedForward', 'ongoing'],
  },
  {
    name: 'carried forward right through the year',
    span: { start: '2020-03-20', end: '2021-05-10' },
    counts: ['carriedForward', 'ongoing'],
  },
  {
    name: 'Saturday start before the year, answered in it',
    span: { start: '2020-03-28', end: '2020-04-06' },
    counts: ['carriedForward', 'concluded'],
  },
  {
    name: 'concluded the day before the year: not counted',
    span: { start: '2020-03-02', end: '2020-03-31' },
    counts: [],
  },
  {
    name: 'started the day after the year: not counted',
    span: { start: '2021-04-01', end: null },
    counts: [],
  },
];

describe('flowOf', () => {
  it.each(cases)('$name', ({ span, counts }) => {
    const flow = flowOf([span], year);
    const expected = (membership: Membership) => (counts.includes(membership) ? 1 : 0);
    expect(flow).toEqual({
      received: expected('received'),
      carriedForward: expected('carriedForward'),
      workedOn: expected('received') + expected('carriedForward'),
      concluded: expected('concluded'),
      ongoing: expected('ongoing'),
    });
  });

  it('adds the spans up', () => {
    expect(
      flowOf(
        cases.map(({ span }) => span),
        year,
      ),
    ).toEqual({
      received: 5,
      carriedForward: 5,
      workedOn: 10,
      concluded: 6,
      ongoing: 4,
    });
  });
});
