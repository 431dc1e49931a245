import { describe, expect, it } from 'vitest';
import { DEFAULT_PUBLIC_SETTINGS } from '../settings/public-settings.ts';
import { CONTACT_METHODS, FEEDBACK_KINDS, type Answers } from './answers.ts';
import { applicableSteps } from './journey.ts';
import { generalJourney } from './general-journey.ts';
import { readability, sentences, syllables } from './readability.ts';
import type { JourneyContext } from './steps.ts';
import { youngPeopleJourney } from './young-people-journey.ts';

const context: JourneyContext = {
  organisationName: 'Testshire County Council',
  settings: DEFAULT_PUBLIC_SETTINGS,
  teams: [],
  timescales: { acknowledge: 5, complaint: 10, complaintMaximum: 20, comment: 10 },
};

/** Every text a young person reads on the journey's pages, whatever they answer. */
function youngPeopleTexts(): string[] {
  const journey = youngPeopleJourney;
  const start = journey.start(context);
  const texts = new Set([
    start.title,
    ...start.paragraphs,
    ...start.sections.flatMap((s) => [s.heading, ...s.paragraphs]),
    start.warning,
    start.button,
    journey.continueText,
    journey.check.title,
    journey.check.button,
  ]);
  for (const kind of FEEDBACK_KINDS) {
    for (const contactBy of CONTACT_METHODS) {
      const answers: Answers = { kind, contactBy, adjustments: 'yes' };
      for (const step of applicableSteps(journey, answers, context)) {
        const page = step.page(answers, context);
        for (const text of [page.title, page.hint, ...(page.paragraphs ?? [])])
          if (text) texts.add(text);
        if (page.template === 'radios')
          for (const o of page.options)
            for (const text of [o.text, o.hint]) if (text) texts.add(text);
        if (page.template === 'address')
          for (const label of Object.values(page.labels)) texts.add(label);
        for (const row of step.summary(answers, context)) texts.add(row.key);
      }
    }
    const confirmation = journey.confirmation(kind, 'CS-2024-0001', context);
    for (const text of [
      confirmation.title,
      confirmation.referenceText,
      ...confirmation.sections.flatMap((s) => [s.heading, ...s.paragraphs]),
    ])
      texts.add(text);
  }
  return [...texts];
}

describe('the syllable counter', () => {
  it.each([
    ['you', 1],
    ['tell', 1],
    ['advocate', 3],
    ['happened', 2],
    ['wanted', 2],
    ['better', 2],
    ['idea', 3],
    ['being', 2],
    ['organisation', 5],
    ['make', 1],
  ])('counts %s as %i', (word, count) => {
    expect(syllables(word)).toBe(count);
  });

  it('splits text into sentences, a heading without a full stop being one', () => {
    expect(sentences('We will read it. Then we reply! What next?')).toHaveLength(3);
    expect(sentences('What happens next')).toEqual(['What happens next']);
  });
});

describe('the young people’s pages', () => {
  const texts = youngPeopleTexts();
  const measure = readability(texts);

  it('use short sentences: at most 12 words on average, none over 20', () => {
    expect(measure.sentences).toBeGreaterThan(40);
    expect(measure.wordsPerSentence).toBeLessThanOrEqual(12);
    expect(measure.longestSentence.split(/\s+/).length).toBeLessThanOrEqual(20);
  });

  it('use short, everyday words, for a reading age of about 9', () => {
    expect(measure.syllablesPerWord).toBeLessThanOrEqual(1.4);
    // Grade 4 in the US is the year a child turns 10.
    expect(measure.grade).toBeLessThanOrEqual(4);
  });

  it('are simpler than the general form, so the measure can tell them apart', () => {
    const general = generalJourney.steps.flatMap((step) => {
      const page = step.page({ kind: 'complaint' }, context);
      return [page.title, ...(page.hint ? [page.hint] : []), ...(page.paragraphs ?? [])];
    });
    expect(readability(general).grade).toBeGreaterThan(measure.grade + 1);
  });

  it('name the advocacy provider and say what an advocate is', () => {
    const all = texts.join(' ');
    expect(all).toContain('An advocate is someone who is on your side');
    expect(all).toContain('NYAS can be your advocate');
    expect(all).toContain('within 10 working days');
  });
});
