/**
 * `npm run readability`: how hard the English is to read, per string file. Prints the Flesch Reading Ease
 * and Flesch–Kincaid grade (reading age is about grade + 5) and fails when a patient-facing file needs
 * more than a reading age of 11 (grade 6). Formulas as published by Flesch (1948) and Kincaid et al. (1975).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMain } from './is-main.ts';

/** The files a patient reads, and the grade each may need at most. */
export const PATIENT_FILES = ['translation.json', 'rights.json', 'card.json', 'find.json', 'practice.json'];
export const MAX_GRADE = 6;

/** Syllables in an English word, by the usual vowel-group heuristic (good to within one in most words). */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

/** Reading measures of some English text. */
export function readability(texts: string[]) {
  // Placeholders, codes and numbers are read as one short word each.
  const clean = texts.map((t) => t.replace(/\{\{\s*\w+\s*\}\}/g, 'it').replace(/£?\d+(?:[,.]\d+)*/g, 'ten'));
  const sentences = clean.flatMap((t) => t.split(/(?<=[.!?:])\s+|\n/)).filter((s) => /[a-z]/i.test(s));
  const words = sentences.flatMap((s) => s.split(/\s+/).filter((w) => /[a-z]/i.test(w)));
  const syllableCount = words.reduce((n, w) => n + syllables(w), 0);
  const wordsPerSentence = words.length / Math.max(1, sentences.length);
  const syllablesPerWord = syllableCount / Math.max(1, words.length);
  return {
    sentences: sentences.length,
    words: words.length,
    wordsPerSentence,
    syllablesPerWord,
    readingEase: 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord,
    grade: 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59,
  };
}

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)));

function main(): number {
  const dir = join(import.meta.dirname, '..', '..', 'locales', 'en');
  let failed = 0;
  console.log('English reading level (Flesch Reading Ease: higher is easier; Flesch–Kincaid grade: US school grade):');
  for (const file of PATIENT_FILES) {
    const r = readability(leaves(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Tree));
    const verdict = r.grade > MAX_GRADE ? `  OVER grade ${MAX_GRADE}` : '';
    console.log(
      `  ${file.padEnd(18)} ${String(r.sentences).padStart(4)} sentences  ${r.wordsPerSentence.toFixed(1).padStart(5)} words/sentence  ` +
        `${r.syllablesPerWord.toFixed(2)} syllables/word  ease ${r.readingEase.toFixed(0).padStart(3)}  grade ${r.grade.toFixed(1)} (reading age ${(r.grade + 5).toFixed(0)})${verdict}`,
    );
    if (r.grade > MAX_GRADE) failed = 1;
  }
  return failed;
}

if (isMain(import.meta.url)) process.exitCode = main();
