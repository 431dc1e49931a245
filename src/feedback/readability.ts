// A small readability measure for the young people's pages: sentence length and syllables per
// word, the two inputs of the Flesch–Kincaid grade. The syllable count is the usual heuristic
// (vowel groups, less a silent final e), accurate enough to keep wording short and plain.

/** Syllables in one English word, at least one. */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 1;
  if (w.length <= 3) return 1;
  // Two vowels said apart ("be-ing", "i-de-a") count twice.
  const apart = (/[aeiou]ing$/.test(w) ? 1 : 0) + (/[^aeiou]ea$/.test(w) ? 1 : 0);
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]e|[^td]ed)$/, (ending) => ending[0]!).replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g);
  return Math.max(1, (groups ? groups.length : 0) + apart);
}

/** Sentences end with . ! or ?; a text without one (a heading, a label) is one sentence. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z0-9]/.test(s));
}

export function words(sentence: string): string[] {
  return sentence.match(/[A-Za-z0-9’']+/g) ?? [];
}

export interface Readability {
  sentences: number;
  words: number;
  wordsPerSentence: number;
  syllablesPerWord: number;
  /** Flesch–Kincaid grade: a US school grade; add 5 for a reading age in years. */
  grade: number;
  longestSentence: string;
}

export function readability(texts: string[]): Readability {
  const all = texts.flatMap(sentences);
  const allWords = all.flatMap(words);
  const syllableCount = allWords.reduce(
    (sum, w) => sum + (/^[0-9]+$/.test(w) ? 1 : syllables(w)),
    0,
  );
  const wordsPerSentence = allWords.length / Math.max(1, all.length);
  const syllablesPerWord = syllableCount / Math.max(1, allWords.length);
  const longestSentence = all.reduce((a, b) => (words(b).length > words(a).length ? b : a), '');
  return {
    sentences: all.length,
    words: allWords.length,
    wordsPerSentence,
    syllablesPerWord,
    grade: 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59,
    longestSentence,
  };
}
