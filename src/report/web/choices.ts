import { formatDate } from '../../records/format.ts';
import { LEARNING_CATEGORY_LABELS, LEARNING_STATUS_LABELS } from '../../learning/codes.ts';
import { labelFor } from '../document/format.ts';
import { saidOf } from '../document/other-sections.ts';
import type { FeaturedCompliment, FeaturedImprovement } from '../featured.ts';

/** A box on a "choose what to feature" page. */
export interface ChoiceItem {
  value: string;
  text: string;
  hint: string;
}

export function complimentItems(compliments: readonly FeaturedCompliment[]): ChoiceItem[] {
  return compliments.map((compliment) => ({
    value: compliment.id,
    text: `${saidOf(compliment)} (received ${formatDate(compliment.receivedOn)})`,
    hint: compliment.text,
  }));
}

export function improvementItems(improvements: readonly FeaturedImprovement[]): ChoiceItem[] {
  return improvements.map((improvement) => ({
    value: improvement.id,
    text: `You said: ${improvement.learning}`,
    hint: `We did: ${improvement.action} (${labelFor(LEARNING_CATEGORY_LABELS, improvement.category)}; ${labelFor(LEARNING_STATUS_LABELS, improvement.status).toLowerCase()}${improvement.team ? `; ${improvement.team}` : ''})`,
  }));
}
