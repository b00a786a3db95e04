import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smsSize } from '../../src/share/sms.ts';

const ARABIC = 'ب';
const EMOJI = '😀'; // U+1F600: two UTF-16 code units

// Fewest parts the unit costs fit in, each part ≤ perPart and no character split: a dynamic programme,
// independent of the greedy fill under test.
function fewestParts(costs: number[], perPart: number): number {
  const best = [0];
  for (let end = 1; end <= costs.length; end++) {
    let min = Infinity;
    let units = 0;
    for (let start = end - 1; start >= 0; start--) {
      units += costs[start] ?? 0;
      if (units > perPart) break;
      min = Math.min(min, (best[start] ?? Infinity) + 1);
    }
    best.push(min);
  }
  return best[costs.length] ?? 0;
}

describe('smsSize in GSM-7', () => {
  it('calls empty text one message with everything left', () => {
    expect(smsSize('')).toEqual({ encoding: 'GSM-7', units: 0, parts: 1, perPart: 160, remaining: 160 });
  });

  it('fits 160 ASCII characters in one message and splits 161 into two of 153', () => {
    expect(smsSize('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, parts: 1, perPart: 160, remaining: 0 });
    expect(smsSize('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, parts: 2, perPart: 153, remaining: 145 });
  });

  it('fits 306 characters in two parts and needs three for 307', () => {
    expect(smsSize('a'.repeat(306))).toMatchObject({ units: 306, parts: 2, remaining: 0 });
    expect(smsSize('a'.repeat(307))).toMatchObject({ units: 307, parts: 3, remaining: 152 });
  });

  it('counts extension characters (€ [ ] { } \\ ^ ~ | and form feed) as two units', () => {
    expect(smsSize('€')).toMatchObject({ encoding: 'GSM-7', units: 2 });
    expect(smsSize('[x]')).toMatchObject({ encoding: 'GSM-7', units: 5 });
    expect(smsSize('{}\\^~|\f')).toMatchObject({ encoding: 'GSM-7', units: 14 });
    expect(smsSize(`${'a'.repeat(158)}€`)).toMatchObject({ units: 160, parts: 1, remaining: 0 });
    expect(smsSize(`${'a'.repeat(159)}€`)).toMatchObject({ units: 161, parts: 2 });
  });

  it('moves an extension character that would straddle a part boundary into the next part', () => {
    // 152 units, then € needs 2: it starts part 2, leaving one unit of part 1 unused.
    const text = `${'a'.repeat(152)}€${'a'.repeat(152)}`;
    expect(smsSize(text)).toEqual({ encoding: 'GSM-7', units: 306, parts: 3, perPart: 153, remaining: 152 });
    // Without the straddle the same units fit in two parts.
    expect(smsSize(`${'a'.repeat(151)}€${'a'.repeat(153)}`)).toMatchObject({ units: 306, parts: 2, remaining: 0 });
  });

  it('keeps newline, £, é, ñ, ü and other basic-set letters at one unit each', () => {
    const text = '£5\né ñ ü à Ä Ö Ñ Ü ß ¿¡';
    expect(text.length).toBe(23);
    expect(smsSize(text)).toEqual({ encoding: 'GSM-7', units: 23, parts: 1, perPart: 160, remaining: 137 });
  });
});

describe('smsSize in UCS-2', () => {
  it('fits 70 Arabic letters in one message and splits 71 into parts of 67', () => {
    expect(smsSize(ARABIC.repeat(70))).toEqual({ encoding: 'UCS-2', units: 70, parts: 1, perPart: 70, remaining: 0 });
    expect(smsSize(ARABIC.repeat(71))).toEqual({ encoding: 'UCS-2', units: 71, parts: 2, perPart: 67, remaining: 63 });
  });

  it('fits 134 Arabic letters in two parts and needs three for 135', () => {
    expect(smsSize(ARABIC.repeat(134))).toMatchObject({ parts: 2, remaining: 0 });
    expect(smsSize(ARABIC.repeat(135))).toMatchObject({ parts: 3, remaining: 66 });
  });

  it('counts an emoji as two units and never splits its surrogate pair', () => {
    expect(smsSize(EMOJI)).toEqual({ encoding: 'UCS-2', units: 2, parts: 1, perPart: 70, remaining: 68 });
    expect(smsSize(EMOJI.repeat(35))).toMatchObject({ units: 70, parts: 1 });
    // 66 units, then a pair that would straddle the boundary: it opens part 2.
    const text = `${ARABIC.repeat(66)}${EMOJI}${ARABIC.repeat(66)}`;
    expect(smsSize(text)).toEqual({ encoding: 'UCS-2', units: 134, parts: 3, perPart: 67, remaining: 66 });
  });

  it('switches the whole message to UCS-2 for one character outside GSM-7', () => {
    const latin = 'Your GP surgery: Safe Surgeries. Bring nothing; ask to register. ';
    expect(smsSize(latin)).toMatchObject({ encoding: 'GSM-7', units: latin.length, parts: 1 });
    expect(smsSize(`${latin}${ARABIC}`)).toEqual({
      encoding: 'UCS-2',
      units: latin.length + 1,
      parts: 1,
      perPart: 70,
      remaining: 70 - latin.length - 1,
    });
    expect(smsSize(`${'a'.repeat(100)}${ARABIC}`)).toMatchObject({ encoding: 'UCS-2', units: 101, parts: 2 });
    // ç is not in the basic set (only Ç is), nor is the curly apostrophe phones like to insert.
    expect(smsSize('ç').encoding).toBe('UCS-2');
    expect(smsSize('don’t').encoding).toBe('UCS-2');
  });
});

describe('smsSize properties', () => {
  const gsmChar = fc.constantFrom(...'aZ0 .£é\n€[]{}^~|\\'.split(''));
  const ucsChar = fc.constantFrom(ARABIC, 'a', '€', EMOJI, '👍🏽', 'é', '中');
  const unitsOf = (char: string, gsm: boolean) => (gsm ? ('€[]{}^~|\\'.includes(char) ? 2 : 1) : char.length);

  for (const [name, char, gsm] of [
    ['GSM-7', gsmChar, true],
    ['UCS-2', ucsChar, false],
  ] as const) {
    it(`${name}: parts hold every unit, no fewer parts would do, and remaining is what the last part has left`, () => {
      fc.assert(
        fc.property(fc.array(char, { maxLength: 450 }), (chars) => {
          const text = chars.join('');
          // Split multi-code-point items (a skin-toned emoji) into code points, the unit the rule is about.
          const costs = Array.from(text).map((c) => unitsOf(c, gsm));
          const size = smsSize(gsm ? text : `${text}${ARABIC}`);
          if (!gsm) costs.push(1);
          const units = costs.reduce((a, b) => a + b, 0);
          expect(size.encoding).toBe(name);
          expect(size.units).toBe(units);
          expect(size.parts * size.perPart).toBeGreaterThanOrEqual(units);
          const single = gsm ? 160 : 70;
          if (units <= single) {
            expect(size).toMatchObject({ parts: 1, perPart: single, remaining: single - units });
          } else {
            expect(size.perPart).toBe(gsm ? 153 : 67);
            expect(size.parts).toBe(fewestParts(costs, size.perPart));
            expect(size.remaining).toBeGreaterThanOrEqual(0);
            expect(size.remaining).toBeLessThan(size.perPart);
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
