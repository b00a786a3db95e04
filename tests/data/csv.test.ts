import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, csvRecords, parseCsv } from '../../src/tools/data/csv.ts';

describe('the CSV parser', () => {
  it('splits plain fields on commas and records on line feeds', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    expect(parseCsv('"a, b","say ""hi""","two\nlines"\n')).toEqual([['a, b', 'say "hi"', 'two\nlines']]);
  });

  it('accepts CRLF, CR and LF line ends, and a last record without one', () => {
    expect(parseCsv('a,b\r\nc,d\re,f\ng,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('keeps empty fields, quoted or not, including a trailing one', () => {
    expect(parseCsv('"",,x,\n')).toEqual([['', '', 'x', '']]);
  });

  it('keeps a record of one quoted empty field but skips blank lines', () => {
    expect(parseCsv('a\n\n""\r\n\r\nb\n')).toEqual([['a'], [''], ['b']]);
  });

  it('ignores a byte-order mark', () => {
    expect(parseCsv('\uFEFFods_code,name\n')).toEqual([['ods_code', 'name']]);
  });

  it('numbers each record by the line it starts on, counting line breaks inside quotes', () => {
    const lines = [...csvRecords('a\n"b\r\nstill b",c\nd\n')].map((r) => [r.fields[0], r.line]);
    expect(lines).toEqual([
      ['a', 1],
      ['b\r\nstill b', 2],
      ['d', 4],
    ]);
  });

  it('keeps characters after a closing quote, as Python’s csv module does', () => {
    expect(parseCsv('"ab"cd,e\n')).toEqual([['abcd', 'e']]);
  });

  it('keeps a quote in the middle of an unquoted field as it is', () => {
    expect(parseCsv('O"Brien,x\n')).toEqual([['O"Brien', 'x']]);
  });

  it('reports a quoted field that is never closed, with its line', () => {
    expect(() => parseCsv('ok\n"never closed,\n')).toThrow(CsvError);
    expect(() => parseCsv('ok\n"never closed,\n')).toThrow(/line 2/);
  });

  it('reads back any table it is given, quoted the RFC 4180 way', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', 'é', '1') });
    const table = fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        const text = rows.map((row) => row.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join(eol) + eol;
        expect(parseCsv(text)).toEqual(rows);
      }),
    );
  });
});
