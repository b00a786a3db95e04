import { describe, expect, it } from 'vitest';
import { readStrings } from '../src/tools/i18n/files.ts';
import { exportRows, importCsv, toCsv } from '../src/tools/i18n/spreadsheet.ts';

const english = readStrings('en');
const notes = { 'rights:*': 'Know your rights.', 'rights:shortStay.p1': 'Not a residence permit.' };

describe('a translator round-trips a language through a spreadsheet', () => {
  // A translator fills in an empty export (each cell marked as theirs, placeholders and numbers kept).
  const filled = exportRows('ar', english, {}, notes).map(([key, en, , note]) => [key ?? '', en ?? '', `ع ${en}`, note ?? '']);
  const csv = toCsv('ar', filled);

  it('opens as UTF-8 with a byte-order mark, a header naming the language, and one row per string form', () => {
    expect(csv.startsWith('\uFEFFkey,English,ar,note for the translator\r\n')).toBe(true);
    const lines = csv.split('\r\n').filter(Boolean);
    const row = lines.find((l) => l.startsWith('rights:shortStay.p1,'));
    expect(row).toContain('Not a residence permit.');
    // Arabic needs six plural forms, each its own row with the English "other" beside it.
    expect(lines.filter((l) => l.startsWith('find:resultsCount_')).map((l) => l.split(',')[0])).toEqual(
      ['few', 'many', 'one', 'other', 'two', 'zero'].map((c) => `find:resultsCount_${c}`),
    );
  });

  it('imports it, passing every gate, and exports the same spreadsheet again', () => {
    const result = importCsv(csv, english);
    expect(result.problems).toEqual([]);
    expect(result.code).toBe('ar');
    expect(Object.keys(result.files ?? {}).sort()).toEqual(Object.keys(english).sort());
    expect(toCsv('ar', exportRows('ar', english, result.files ?? {}, notes))).toBe(csv);
  });

  it('starts from the current translation when there is one', () => {
    const rows = exportRows('ar', english, readStrings('ar'), notes);
    expect(rows.find(([key]) => key === 'translation:app.languageName')?.[2]).toBe('العربية');
  });

  it('reports each wrong row by its number and writes nothing', () => {
    const lines = csv.split('\r\n').filter(Boolean);
    const at = (key: string) => lines.findIndex((l) => l.startsWith(`${key},`));
    const call = at('rights:callNumber');
    const empty = at('about:title');
    lines[call] = 'rights:callNumber,Call {{number}},ع اتصل {{numero}},';
    lines[empty] = 'about:title,About this app,,note';
    lines.push('about:nonsense,x,y,z', 'ghost:key,x,y,z', lines[at('card:thanks')]!);
    const result = importCsv(lines.join('\r\n'), english);
    expect(result.files).toBeNull();
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^row ${call + 1}: rights:callNumber: placeholders`)),
        `row ${empty + 1}: about:title: empty`,
        `row ${lines.length - 2}: about:nonsense: not in English`,
        `row ${lines.length - 1}: "ghost:key" is not a key of this app`,
        expect.stringMatching(/"card:thanks" is given twice/),
      ]),
    );
  });

  it('refuses a file that is not one of its spreadsheets, and a missing row', () => {
    expect(importCsv('name,value\r\na,b\r\n', english).problems[0]).toMatch(/^row 1: the header/);
    const missing = csv
      .split('\r\n')
      .filter((l) => !l.startsWith('pwa:later,'))
      .join('\r\n');
    expect(importCsv(missing, english).problems).toContain('missing row: pwa:later: missing');
  });
});
