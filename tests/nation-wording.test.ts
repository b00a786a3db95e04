import { describe, expect, it } from 'vitest';
import { DATA_NOTE, HOW_TO_REGISTER, POSTER_HEADLINE, SMS_PRACTICE } from '../src/content/nation-wording.ts';
import type { Nation } from '../src/directory/data-format.ts';
import { readLanguages, readStrings } from '../src/tools/i18n/files.ts';

const NATIONS: Nation[] = ['E', 'W', 'S', 'N'];
const english = readStrings('en');
/** A string of a language by its `namespace:key`. */
const text = (strings: ReturnType<typeof readStrings>, id: string): string => {
  const [ns, path] = id.split(':') as [string, string];
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], strings[`${ns}.json`]) as string;
};
const wording = (nation: Nation) =>
  [POSTER_HEADLINE[nation], SMS_PRACTICE[nation], ...HOW_TO_REGISTER[nation], DATA_NOTE[nation]]
    .map((id) => text(english, id))
    .join(' ');

describe('each nation’s own words on practice pages, posters and messages (facts E2, W1, S1, N1)', () => {
  it('gives England’s "no proof of address, ID or immigration status" to England alone', () => {
    expect(wording('E')).toMatch(/proof of address, ID or immigration status/);
    for (const nation of ['W', 'S', 'N'] as const) expect(wording(nation)).not.toMatch(/proof of address|immigration status/);
  });

  it('tells Scotland that no documents are needed, and never tells Northern Ireland or Wales so', () => {
    expect(wording('S')).toMatch(/In Scotland, you do not need documents/);
    expect(wording('N')).not.toMatch(/do not need|no documents/i);
    expect(wording('W')).not.toMatch(/do not need|no documents/i);
    expect(wording('N')).toMatch(/may ask for documents/);
  });

  it('credits each nation’s own list', () => {
    expect(text(english, DATA_NOTE.S)).toMatch(/Public Health Scotland/);
    expect(text(english, DATA_NOTE.N)).toMatch(/Business Services Organisation/);
    expect(text(english, DATA_NOTE.E)).toMatch(/Organisation Data Service/);
  });

  it('has every nation’s words in every language the app ships', () => {
    for (const { code } of readLanguages()) {
      const strings = readStrings(code);
      for (const nation of NATIONS) {
        for (const id of [POSTER_HEADLINE[nation], SMS_PRACTICE[nation], ...HOW_TO_REGISTER[nation], DATA_NOTE[nation]]) {
          expect(typeof text(strings, id), `${code} ${id}`).toBe('string');
        }
      }
      // Northern Ireland's rule is its own string, never the Scottish or English one under another name.
      expect(text(strings, HOW_TO_REGISTER.N[1])).not.toBe(text(strings, HOW_TO_REGISTER.S[1]));
      expect(text(strings, HOW_TO_REGISTER.N[1])).not.toBe(text(strings, HOW_TO_REGISTER.E[1]));
    }
  });
});
