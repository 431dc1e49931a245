import type { Answers, FeedbackKind } from './answers.ts';
import type { JourneyContext, JourneyId, Step } from './steps.ts';

export interface Section {
  heading: string;
  paragraphs: string[];
}

/** A journey: its address, its questions in order, and the words of its other pages. */
export interface Journey {
  id: JourneyId;
  base: string;
  serviceName: string;
  steps: Step[];
  continueText: string;
  start(context: JourneyContext): {
    title: string;
    paragraphs: string[];
    sections: Section[];
    warning: string;
    button: string;
  };
  check: { title: string; button: string };
  confirmation(
    kind: FeedbackKind,
    reference: string,
    context: JourneyContext,
  ): { title: string; referenceText: string; sections: Section[] };
}

export function applicableSteps(journey: Journey, answers: Answers, context: JourneyContext) {
  return journey.steps.filter((step) => step.applies(answers, context));
}

export function firstIncomplete(
  journey: Journey,
  answers: Answers,
  context: JourneyContext,
): Step | undefined {
  return applicableSteps(journey, answers, context).find((s) => !s.complete(answers, context));
}

export const pathOf = (journey: Journey, slug: string) => `${journey.base}/${slug}`;
export const checkPath = (journey: Journey) => pathOf(journey, 'check');

/**
 * Where a question may not be answered yet because an earlier one is missing (someone followed
 * a link or bookmark into the middle), the earlier one; otherwise null.
 */
export function missingBefore(
  journey: Journey,
  step: Step,
  answers: Answers,
  context: JourneyContext,
): string | null {
  for (const earlier of applicableSteps(journey, answers, context)) {
    if (earlier === step) return null;
    if (!earlier.complete(answers, context)) return pathOf(journey, earlier.slug);
  }
  return null;
}

/**
 * The page after a question. Coming from "check your answers", back there unless the new answer
 * opened a question not yet answered; otherwise the next question that applies.
 */
export function nextPath(
  journey: Journey,
  step: Step,
  answers: Answers,
  context: JourneyContext,
  changing: boolean,
): string {
  if (changing) {
    const missing = firstIncomplete(journey, answers, context);
    return missing ? `${pathOf(journey, missing.slug)}?change=1` : checkPath(journey);
  }
  const steps = applicableSteps(journey, answers, context);
  const next = steps[steps.indexOf(step) + 1];
  return next ? pathOf(journey, next.slug) : checkPath(journey);
}

export function backPath(
  journey: Journey,
  step: Step | 'check',
  answers: Answers,
  context: JourneyContext,
  changing: boolean,
): string {
  if (changing) return checkPath(journey);
  const steps = applicableSteps(journey, answers, context);
  const index = step === 'check' ? steps.length : steps.indexOf(step);
  const previous = steps[index - 1];
  return previous ? pathOf(journey, previous.slug) : journey.base;
}
