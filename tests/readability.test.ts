import { describe, expect, it } from 'vitest';
import { readability, syllables } from '../src/tools/readability.ts';

describe('the reading-level measure', () => {
  it.each([
    ['the', 1],
    ['GP', 1],
    ['free', 1],
    ['practice', 2],
    ['address', 2],
    ['register', 3],
    ['hospital', 3],
    ['interpreter', 4],
    ['immigration', 4],
  ])('counts the syllables of "%s" as %i', (word, count) => {
    expect(syllables(word)).toBe(count);
  });

  it('rates short plain sentences as easy and long Latinate ones as hard', () => {
    const plain = readability(['You can see a GP. It is free. You do not need ID.']);
    const hard = readability([
      'Notwithstanding the aforementioned regulatory considerations, registration eligibility determinations necessitate comprehensive documentation verification procedures.',
    ]);
    expect(plain.grade).toBeLessThan(2);
    expect(plain.readingEase).toBeGreaterThan(90);
    expect(hard.grade).toBeGreaterThan(15);
    expect(hard.readingEase).toBeLessThan(0);
  });

  it('counts sentences and words, reading placeholders and numbers as short words', () => {
    const r = readability(['Call {{name}} on 0808 1647 686. Thank you.']);
    expect(r.sentences).toBe(2);
    expect(r.words).toBe(8);
  });
});
