import { describe, expect, it } from 'vitest';
import { summarySentence } from './summary.ts';

describe('summarySentence', () => {
  it.each([
    {
      name: 'a decrease, as in the brief',
      text: 'statutory stage 1 complaints were received',
      current: 188,
      previous: 274,
      sentence: '188 (274) statutory stage 1 complaints were received, a 31% decrease',
    },
    {
      name: 'an increase',
      text: 'corporate stage 1 complaints were received',
      current: 179,
      previous: 127,
      sentence: '179 (127) corporate stage 1 complaints were received, a 41% increase',
    },
    {
      name: '"an" before eight (report A: "an 8% decrease")',
      text: 'stage 1 complaints were received',
      current: 367,
      previous: 401,
      sentence: '367 (401) stage 1 complaints were received, an 8% decrease',
    },
    {
      name: '"an" before eleven (report A: "an 11% decrease")',
      text: 'Ombudsman enquiries were worked on',
      current: 16,
      previous: 18,
      sentence: '16 (18) Ombudsman enquiries were worked on, an 11% decrease',
    },
    {
      name: '"an" before eighteen and eighty',
      text: 'compliments were received',
      current: 118,
      previous: 100,
      sentence: '118 (100) compliments were received, an 18% increase',
    },
    {
      name: '"an" before eight hundred',
      text: 'enquiries were received',
      current: 90,
      previous: 10,
      sentence: '90 (10) enquiries were received, an 800% increase',
    },
    {
      name: '"a" before one thousand one hundred',
      text: 'enquiries were received',
      current: 12,
      previous: 1,
      sentence: '12 (1) enquiries were received, a 1100% increase',
    },
    {
      name: 'no change',
      text: 'statutory stage 2 complaints were worked on',
      current: 8,
      previous: 8,
      sentence: '8 (8) statutory stage 2 complaints were worked on, no change',
    },
    {
      name: 'up from none',
      text: 'stage 3 panels were held',
      current: 2,
      previous: 0,
      sentence: '2 (0) stage 3 panels were held, an increase from none',
    },
    {
      name: 'a change too small to show as a percentage',
      text: 'contacts were received',
      current: 999,
      previous: 1000,
      sentence: '999 (1000) contacts were received, a decrease of less than 1%',
    },
    {
      name: 'a rise too small to show as a percentage',
      text: 'contacts were received',
      current: 1001,
      previous: 1000,
      sentence: '1001 (1000) contacts were received, an increase of less than 1%',
    },
    {
      name: 'no previous year',
      text: 'compliments were received',
      current: 242,
      previous: null,
      sentence: '242 compliments were received',
    },
  ])('$name', ({ text, current, previous, sentence }) => {
    expect(summarySentence(text, current, previous)).toBe(sentence);
  });

  it('with no previous figure given at all', () => {
    expect(summarySentence('compliments were received', 242)).toBe('242 compliments were received');
  });
});
