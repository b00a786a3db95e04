import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codePointColumns } from '../../src/tools/data/codepoint.ts';
import { httpsSource, readMembers } from '../../src/tools/data/members.ts';
import { Report } from '../../src/tools/data/report.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'data');

describe('the members list', () => {
  it('keeps rows with a practice code, an http(s) source, evidence and a date, commas and quotes included', () => {
    const report = new Report();
    const { rows, members } = readMembers(readFileSync(join(FIXTURES, 'members.csv'), 'utf8'), 'members.csv', report);
    expect(rows).toBe(6);
    expect(members.map((m) => [m.code, m.asOf, m.line])).toEqual([
      ['F84003', '2017', 2],
      ['C82001', '2019-05', 3],
      ['X99999', '2020', 4],
    ]);
    expect(members[0]!.evidence).toContain(', a GP practice in east London,');
    expect(members[0]!.evidence.endsWith('He said "yes"')).toBe(true);
    expect(report.rejected('members')).toBe(3);
  });

  it('finds its columns by name, in any order', () => {
    const text =
      'as_of,evidence,source_url,name,ods_code\n2018,"Said so",https://example.org/x,"Clapham Park Group Practice",g85109\n';
    const { members } = readMembers(text, 'm.csv', new Report());
    expect(members).toEqual([
      {
        code: 'G85109',
        name: 'Clapham Park Group Practice',
        source: 'https://example.org/x',
        evidence: 'Said so',
        asOf: '2018',
        line: 2,
      },
    ]);
  });

  it('fails clearly when a column is missing', () => {
    expect(() => readMembers('ods_code,name,evidence,as_of\n', 'm.csv', new Report())).toThrow(
      'm.csv:1: the header row has no source_url column',
    );
  });

  it('publishes only https sources: http becomes https, any other scheme is refused', () => {
    expect(httpsSource('https://www.doctorsoftheworld.org.uk/news/')).toBe('https://www.doctorsoftheworld.org.uk/news/');
    expect(httpsSource('http://www.pulsetoday.co.uk/x/20034280.article')).toBe('https://www.pulsetoday.co.uk/x/20034280.article');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'ftp://example.org/file',
      'www.example.org',
      'https://example.org/a b',
      '',
    ]) {
      expect(httpsSource(bad), bad).toBeNull();
    }
  });

  it('rejects a row whose source is a javascript: link, saying which row and why', () => {
    const report = new Report();
    const text = 'ods_code,name,source_url,evidence,as_of\nG85109,Clapham Park,javascript:alert(document.domain),Said so,2018\n';
    expect(readMembers(text, 'm.csv', report).members).toEqual([]);
    expect(JSON.stringify(report)).toMatch(/m\.csv:2.*G85109.*javascript:alert\(document\.domain\).*not a web address/);
  });
});

describe('Code-Point column headers', () => {
  it('are found by short code or long name, wherever they are', () => {
    expect(codePointColumns('PC,PQ,EA,NO,CY\nPostcode,Positional_quality_indicator,Eastings,Northings,Country_code\n')).toEqual({
      postcode: 0,
      quality: 1,
      easting: 2,
      northing: 3,
      country: 4,
    });
    expect(codePointColumns('Country_code,Northings,Eastings,Positional_quality_indicator,Postcode\n')).toEqual({
      postcode: 4,
      quality: 3,
      easting: 2,
      northing: 1,
      country: 0,
    });
  });

  it('default to the documented order when the zip has no headers file', () => {
    expect(codePointColumns(undefined)).toEqual({ postcode: 0, quality: 1, easting: 2, northing: 3, country: 4 });
  });

  it('fail clearly when a column is not named', () => {
    expect(() => codePointColumns('PC,PQ,EA,NO\n')).toThrow('Code-Point column headers name no Country_code column');
  });
});

describe('the report', () => {
  it('prints the first messages of each kind, then totals by reason including skipped rows', () => {
    const report = new Report();
    for (let line = 1; line <= 3; line++) report.reject('codepoint', 'no usable position', `a.csv:${line}`, 'no position');
    report.warn('epraccur', 'phone number left out', 'e.csv:9', 'no phone');
    report.skip('epraccur', 'not active (status C)');
    const lines: string[] = [];
    report.print((l) => lines.push(l), 2);
    expect(lines).toEqual([
      'codepoint, rejected: no usable position (3)',
      '  a.csv:1: no position',
      '  a.csv:2: no position',
      '  … and 1 more',
      'epraccur, warning: phone number left out (1)',
      '  e.csv:9: no phone',
      'Totals by reason:',
      '  codepoint rejected       3  no usable position',
      '  epraccur  warning        1  phone number left out',
      '  epraccur  skipped        1  not active (status C)',
    ]);
  });
});
