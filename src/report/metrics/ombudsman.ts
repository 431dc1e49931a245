import { sumByKey, type Counts } from './counts.ts';
import type { OmbudsmanOutcome } from './input.ts';

/** The headings the Ombudsman's own annual letters and the reports use for its decisions. */
export type OmbudsmanDecisionGroup =
  | 'referred_back'
  | 'closed_after_initial_enquiries'
  | 'incomplete_invalid'
  | 'not_upheld'
  | 'upheld'
  | 'withdrawn';

const GROUP: Readonly<Record<OmbudsmanOutcome, OmbudsmanDecisionGroup>> = {
  premature: 'referred_back',
  closed_local_remedy: 'closed_after_initial_enquiries',
  closed_court_proceedings: 'closed_after_initial_enquiries',
  closed_no_injustice: 'closed_after_initial_enquiries',
  closed_outside_jurisdiction: 'closed_after_initial_enquiries',
  closed_other: 'closed_after_initial_enquiries',
  incomplete_invalid: 'incomplete_invalid',
  not_upheld: 'not_upheld',
  // The Ombudsman counts any finding of fault as upheld, with or without injustice.
  partially_upheld: 'upheld',
  upheld_no_injustice: 'upheld',
  upheld_injustice: 'upheld',
  withdrawn: 'withdrawn',
};

/** Ombudsman outcomes (as in Metrics.ombudsman.byOutcome) under the decision headings; unknown codes keep their own key. */
export function ombudsmanDecisions(byOutcome: Counts): Counts {
  return sumByKey(
    Object.entries(byOutcome).map(([code, n]) => [
      Object.hasOwn(GROUP, code) ? GROUP[code as OmbudsmanOutcome] : code,
      n,
    ]),
  );
}
