import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS, sourcesOf, type FactId } from '../src/content/facts.ts';
import { ALL_SECTIONS, ENGLAND_SECTIONS, SECTIONS_BY_NATION, UK_WIDE_FACTS } from '../src/content/rights.ts';

const sheet = readFileSync(join(import.meta.dirname, '..', '..', 'shared', 'content', 'rights-facts.md'), 'utf8');
const english = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'locales', 'en', 'rights.json'), 'utf8'));
const text = (key: string) =>
  key
    .replace(/^rights:/, '')
    .split('.')
    .reduce((node: unknown, part) => (node as Record<string, unknown>)?.[part], english) as string | undefined;

describe('Know your rights is tied to the fact sheet', () => {
  it('gives every section at least one fact, and every fact is on the fact sheet', () => {
    for (const section of ALL_SECTIONS) {
      expect(section.facts.length, section.id).toBeGreaterThan(0);
      for (const fact of section.facts) expect(sheet, `${section.id} cites ${fact}`).toMatch(new RegExp(`\\| ${fact} \\|`));
    }
  });

  it('gives every fact a source, and every source a secure link', () => {
    for (const [fact, sources] of Object.entries(FACTS)) {
      expect(sources.length, fact).toBeGreaterThan(0);
      for (const source of sources) {
        expect(source.title.trim(), fact).not.toBe('');
        expect(new URL(source.url).protocol, `${fact}: ${source.url}`).toBe('https:');
      }
    }
  });

  it('covers the sections the issues list, in England, with the facts they name', () => {
    expect(ENGLAND_SECTIONS.map((s) => s.facts.join('+'))).toEqual([
      'E17',
      'E1',
      'E2+E3+E20',
      'E20',
      'E4',
      'E7',
      'E9',
      'E10',
      'E18',
      'E19',
      'E11+E12+E13',
      'E14+E13',
      'E5+E6+E7+E15+E21',
      'S1+W1+N1',
    ]);
  });

  it('cites every fact on the sheet somewhere', () => {
    const cited = new Set(ALL_SECTIONS.flatMap((s) => s.facts));
    const onSheet = [...sheet.matchAll(/^\| ([ESWN]\d+) \|/gm)].map((m) => m[1]);
    // E8 (forms and online registration) and E16 (Safe Surgeries, shown on About and practice pages) are not rights sections.
    expect(onSheet.filter((f) => !cited.has(f as FactId))).toEqual(['E8', 'E16']);
  });

  it("never presents England's facts as another nation's rules", () => {
    for (const nation of ['S', 'W', 'N'] as const) {
      const cited = SECTIONS_BY_NATION[nation].flatMap((s) => s.facts);
      // Only the parts of England's sheet that speak for the whole UK: prescriptions free there (E18), 999 (E19).
      expect(
        cited.filter((f) => f.startsWith('E') && !UK_WIDE_FACTS.includes(f)),
        nation,
      ).toEqual([]);
      expect(cited, nation).toContain(`${nation}1` as FactId);
    }
  });

  it('has English words for every key a section uses, in short sentences', () => {
    for (const section of ALL_SECTIONS) {
      const keys = [section.title, ...section.paragraphs, ...(section.list ?? []), ...(section.closing ?? [])];
      for (const key of keys) {
        const words = text(key);
        expect(words, key).toBeTypeOf('string');
        // One idea per sentence: no sentence longer than 30 words.
        for (const sentence of words!.split(/(?<=[.!?:])\s+/)) expect(sentence.split(/\s+/).length, key).toBeLessThanOrEqual(30);
      }
    }
  });

  it('gives the helplines from the fact sheet', () => {
    expect(sheet).toContain('0808 1647 686');
    expect(sheet).toContain('0300 311 22 33');
  });

  it('lists each source once when several facts share it', () => {
    const urls = sourcesOf(['E2', 'E3', 'E10', 'E11']).map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
  });
});
