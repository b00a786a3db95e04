import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanAddress, cleanPhone, odsDate } from '../../src/tools/data/epraccur-fields.ts';
import { readEpraccur } from '../../src/tools/data/epraccur.ts';
import { Report } from '../../src/tools/data/report.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'data');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function read(name: string) {
  const report = new Report();
  const result = readEpraccur(fixture(name), name, report);
  const messages = (severity: string) => report.issues.filter((i) => i.severity === severity).map((i) => i.message);
  return {
    report,
    result,
    rejected: messages('rejected'),
    warnings: messages('warning'),
    codes: result.practices.map((p) => p.code),
  };
}

describe('epraccur.csv in the legacy layout (no header, 27 columns)', () => {
  const { report, result, rejected, warnings, codes } = read('epraccur-legacy.csv');

  it('is recognised as the legacy layout and counts every row', () => {
    expect(result.layout).toBe('legacy');
    expect(result.rows).toBe(12);
  });

  it('keeps active GP practices whether spelled A/4 or ACTIVE/RO76, sorted by code', () => {
    expect(codes).toEqual(['A81001', 'A81002', 'A81003', 'F84003', 'F84018', 'S12345', 'W97001']);
  });

  it('skips closed, inactive and non-GP rows as skipped, not as errors', () => {
    expect(Object.fromEntries(report.skipped)).toEqual({
      'epraccur: not active (status C)': 1,
      'epraccur: not active (status INACTIVE)': 1,
      'epraccur: not a GP practice (prescribing setting not 4, role not RO76)': 1,
    });
    expect(result.excluded.get('C82001')).toBe('not active (status C)');
    expect(result.excluded.get('FA0001')).toBe('not a GP practice (prescribing setting "0")');
  });

  it('rejects a bad postcode and a repeated code with file:line messages', () => {
    expect(rejected).toEqual([
      'epraccur-legacy.csv:7: postcode "XX" is not a UK postcode',
      'epraccur-legacy.csv:12: code F84018 appears again (first on line 1)',
    ]);
    expect(result.excluded.get('B82001')).toMatch(/^rejected \(epraccur-legacy\.csv:7: postcode "XX"/);
  });

  it('keeps a practice with a bad or missing phone but stores null and says so', () => {
    expect(result.practices.find((p) => p.code === 'A81001')?.phone).toBeNull();
    expect(result.practices.find((p) => p.code === 'A81002')?.phone).toBeNull();
    expect(warnings).toEqual([
      'epraccur-legacy.csv:8: phone "12345" is not 10–11 digits starting with 0; stored as null',
      'epraccur-legacy.csv:9: practice A81002 has no phone number; stored as null',
    ]);
  });

  it('writes names and addresses in natural case, without a line repeating the name', () => {
    expect(result.practices.find((p) => p.code === 'F84018')).toEqual({
      code: 'F84018',
      name: 'The Nightingale Practice',
      address: ['10 Kenninghall Road', 'Clapton', 'London'],
      postcode: 'E5 8BY',
      phone: '020 89858388',
      line: 1,
    });
  });

  it('normalises postcodes and collapses spaces in phone numbers', () => {
    const welsh = result.practices.find((p) => p.code === 'W97001')!;
    expect(welsh.postcode).toBe('CF10 1AA');
    expect(welsh.phone).toBe('029 2000 0000');
    expect(welsh.name).toBe('Canolfan Iechyd Pen-y-Cae');
    expect(welsh.address).toEqual(['1 Heol y Frenhines', 'Caerdydd']);
  });

  it('takes its edition from the latest date in the date columns', () => {
    expect(result.edition).toBe('2025-09-01');
  });
});

describe('epraccur.csv with a header row (the assumed newer layout)', () => {
  const { report, result, rejected, codes } = read('epraccur-header.csv');

  it('maps columns by header name, in any order, with CRLF line ends', () => {
    expect(result.layout).toBe('header');
    expect(result.rows).toBe(6);
    expect(codes).toEqual(['F84003', 'F84018', 'W97001']);
    expect(result.practices.find((p) => p.code === 'F84018')).toMatchObject({
      name: 'The Nightingale Practice',
      address: ['10 Kenninghall Road', 'Clapton', 'London'],
      postcode: 'E5 8BY',
      phone: '020 8985 8388',
      line: 2,
    });
  });

  it('accepts ACTIVE in any case, RO76, and the legacy A/4 spelling too', () => {
    expect(result.practices.find((p) => p.code === 'F84003')).toBeDefined();
    expect(result.practices.find((p) => p.code === 'W97001')).toBeDefined();
  });

  it('skips INACTIVE practices and other roles', () => {
    expect(Object.fromEntries(report.skipped)).toEqual({
      'epraccur: not active (status INACTIVE)': 1,
      'epraccur: not a GP practice (prescribing setting not 4, role not RO76)': 1,
    });
    expect(result.excluded.get('FA001')).toBe('not a GP practice (role "RO182")');
  });

  it('rejects a bad postcode with the file:line message', () => {
    expect(rejected).toEqual(['epraccur-header.csv:6: postcode "NOT A POSTCODE" is not a UK postcode']);
  });

  it('takes its edition from any date column, ISO dates included', () => {
    expect(result.edition).toBe('2025-10-15');
  });

  it('fails clearly when a needed column is missing from the header', () => {
    const text = '"Organisation Code","Name","Status","Post Code"\n"F84018","X","ACTIVE","E5 8BY"\n';
    expect(() => readEpraccur(text, 'new.csv', new Report())).toThrow(/new\.csv:1: the header row has no role column/);
  });
});

describe('epraccur field cleaning', () => {
  it('reads YYYYMMDD and ISO dates, and nothing else', () => {
    expect(odsDate('20250901')).toBe('2025-09-01');
    expect(odsDate('2025-10-15')).toBe('2025-10-15');
    expect(odsDate('2025-10-15T00:00:00Z')).toBe('2025-10-15');
    expect(odsDate('20251301')).toBeUndefined();
    expect(odsDate('')).toBeUndefined();
    expect(odsDate('A3A8R')).toBeUndefined();
  });

  it('keeps phone numbers of 10 or 11 digits starting with 0, spaces collapsed', () => {
    expect(cleanPhone(' 020  8985 8388 ')).toBe('020 8985 8388');
    expect(cleanPhone('01642 672351')).toBe('01642 672351');
    expect(cleanPhone('0800 123456')).toBe('0800 123456');
    expect(cleanPhone('12345')).toBeNull();
    // Public Health Scotland's list has a stray hyphen in two numbers.
    expect(cleanPhone('0141 531 -6650')).toBe('0141 531 6650');
    expect(cleanPhone('0141-800-7320')).toBe('0141 800 7320');
    expect(cleanPhone('-0141 800 7320')).toBeNull();
    expect(cleanPhone('+44 20 8985 8388')).toBeNull();
    expect(cleanPhone('020 8985 8388 ext 2')).toBeNull();
    expect(cleanPhone('')).toBeNull();
  });

  it('drops empty address lines, repeats and lines that only repeat the name', () => {
    expect(cleanAddress(["ST. MARY'S SURGERY", '', 'HIGH STREET', 'high street', 'LONDON'], "ST.MARY'S SURGERY")).toEqual([
      'High Street',
      'London',
    ]);
  });
});
