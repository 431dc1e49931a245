import { compareFigures } from './compare.ts';

/**
 * An executive summary sentence in the reports' style, the previous year's figure in brackets:
 * `summarySentence('statutory stage 1 complaints were received', 188, 274)` is
 * "188 (274) statutory stage 1 complaints were received, a 31% decrease".
 * Without a previous figure there is nothing to compare and the sentence stops after the text.
 */
export function summarySentence(text: string, current: number, previous?: number | null): string {
  if (previous === undefined || previous === null) return `${current} ${text}`;
  const figures = `${current} (${previous}) ${text}`;
  const { changePercent, direction } = compareFigures(current, previous);
  if (direction === '↔') return `${figures}, no change`;
  // Only an increase can come from a previous 0, which has no percentage.
  if (changePercent === null) return `${figures}, an increase from none`;
  const change = direction === '↑' ? 'increase' : 'decrease';
  const percent = Math.abs(changePercent);
  if (percent === 0)
    return `${figures}, ${change === 'increase' ? 'an' : 'a'} ${change} of less than 1%`;
  return `${figures}, ${article(percent)} ${percent}% ${change}`;
}

// "an 8%", "an 11%", "an 18%", "an 80%", "an 800%" but "a 1%", "a 100%", "a 1100%": the article
// follows how the number is said, and only eight, eleven and eighteen start with a vowel sound.
function article(percent: number): 'a' | 'an' {
  const digits = String(percent);
  const leadingGroup = digits.slice(0, ((digits.length - 1) % 3) + 1);
  return leadingGroup.startsWith('8') || leadingGroup === '11' || leadingGroup === '18'
    ? 'an'
    : 'a';
}
