/**
 * Reads the GP practice lists of Scotland (Public Health Scotland's contact details, one header row) and
 * Northern Ireland (the BSO's practice reference file), validated row by row into file:line reasons, in
 * natural case, with the national codes the NHS uses: S + the PHS code (S10002), Z + the BSO number in
 * five digits (Z00001). nation-rows.ts turns them into the published rows.
 */
import { parse } from 'postcode';
import { csvRecords } from './csv.ts';
import { headerKey } from './epraccur-columns.ts';
import { cleanAddress, cleanPhone } from './epraccur-fields.ts';
import { naturalCase } from './natural-case.ts';
import type { Report } from './report.ts';

/** A practice of Scotland or Northern Ireland, cleaned. */
export interface NationPractice {
  code: string;
  name: string;
  address: string[];
  /** Normalised ("G51 2QT"). */
  postcode: string;
  /** Scotland only, when the list gives a usable number; Northern Ireland's file has none. */
  phone: string | null;
  /** Northern Ireland's Local Commissioning Group (an area of the BSO), else null. */
  area: string | null;
  line: number;
}

/** What the pipeline keeps from one nation's list. */
export interface NationList {
  rows: number;
  /** The list's edition, YYYY-MM-DD, from its file name ("…_oct2022…", "…january-2026…"), else "unknown". */
  edition: string;
  practices: NationPractice[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The edition a publisher puts in the file name: "practice_contactdetails_oct2022" → "2022-10-01". */
export function editionFromName(file: string): string {
  const match = /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-_ ]?(20\d\d)/i.exec(file);
  if (!match?.[1] || !match[2]) return 'unknown';
  return `${match[2]}-${String(MONTHS.indexOf(match[1].toLowerCase()) + 1).padStart(2, '0')}-01`;
}

/** The rows of a CSV file with a header, each as a lookup by column name; throws, naming the file, when a column is missing. */
function rowsByName(text: string, file: string, columns: readonly string[]) {
  const records = csvRecords(text);
  const header = (records.next().value?.fields ?? []).map(headerKey);
  const index = new Map(columns.map((name) => [name, header.indexOf(headerKey(name))]));
  const missing = columns.filter((name) => (index.get(name) ?? -1) < 0);
  if (missing.length > 0) throw new Error(`${file}:1: the header row has no ${missing.join(', ')} column`);
  return (function* () {
    for (const { fields, line } of records) {
      // "NULL" in a cell (the BSO's file) means empty.
      const get = (name: string) => {
        const value = (fields[index.get(name) ?? -1] ?? '').trim();
        return value.toUpperCase() === 'NULL' ? '' : value;
      };
      yield { get, line, where: `${file}:${line}` };
    }
  })();
}

/** Reads Public Health Scotland's practice list: codes S + five digits, Scottish postcodes, phones where usable. */
export function readScotland(text: string, file: string, report: Report): NationList {
  const columns = [
    'PracticeCode',
    'GPPracticeName',
    'AddressLine1',
    'AddressLine2',
    'AddressLine3',
    'AddressLine4',
    'Postcode',
    'TelephoneNumber',
  ];
  const practices: NationPractice[] = [];
  const seen = new Map<string, number>();
  let rows = 0;
  for (const { get, line, where } of rowsByName(text, file, columns)) {
    rows++;
    const number = get('PracticeCode');
    const name = get('GPPracticeName');
    const postcode = parse(get('Postcode'));
    if (!/^\d{5}$/.test(number))
      report.reject('scotland', 'not a practice code', where, `PracticeCode "${number}" is not 5 digits`);
    else if (seen.has(number))
      report.reject('scotland', 'duplicate code', where, `code ${number} appears again (first on line ${seen.get(number)})`);
    else if (name === '') report.reject('scotland', 'no name', where, `practice ${number} has no name`);
    else if (!postcode.valid || postcode.area === 'BT')
      report.reject(
        'scotland',
        'not a Scottish postcode',
        where,
        `postcode "${get('Postcode')}" is not a postcode in Great Britain`,
      );
    else {
      const phone = cleanPhone(get('TelephoneNumber'));
      if (phone === null)
        report.warn(
          'scotland',
          'phone number left out',
          where,
          `practice ${number}: phone "${get('TelephoneNumber')}" is not 10–11 digits starting with 0; stored as null`,
        );
      seen.set(number, line);
      const address = cleanAddress(['AddressLine1', 'AddressLine2', 'AddressLine3', 'AddressLine4'].map(get), name);
      practices.push({
        code: `S${number}`,
        name: naturalCase(name),
        address,
        postcode: postcode.postcode ?? '',
        phone,
        area: null,
        line,
      });
    }
  }
  return { rows, edition: editionFromName(file), practices };
}

/** Reads the BSO's practice reference file: codes Z + five digits, the surgery's own name (Address1), BT postcodes, no phones. */
export function readNorthernIreland(text: string, file: string, report: Report): NationList {
  const columns = ['PracNo', 'PracticeName', 'Address1', 'Address2', 'Address3', 'Postcode', 'LCG'];
  const practices: NationPractice[] = [];
  const seen = new Map<string, number>();
  let rows = 0;
  for (const { get, line, where } of rowsByName(text, file, columns)) {
    rows++;
    const number = get('PracNo');
    const code = /^\d{1,5}$/.test(number) ? `Z${number.padStart(5, '0')}` : null;
    // The list names the lead GP ("Dr. HOEY & PARTNERS"); the surgery's own name is usually the first address line.
    const name = get('Address1') || get('PracticeName');
    const postcode = parse(get('Postcode'));
    if (code === null)
      report.reject('northernIreland', 'not a practice number', where, `PracNo "${number}" is not a number of up to 5 digits`);
    else if (seen.has(code))
      report.reject(
        'northernIreland',
        'duplicate code',
        where,
        `practice ${number} appears again (first on line ${seen.get(code)})`,
      );
    else if (name === '') report.reject('northernIreland', 'no name', where, `practice ${number} has no name`);
    else if (!postcode.valid || postcode.area !== 'BT')
      report.reject(
        'northernIreland',
        'not a Northern Ireland postcode',
        where,
        `postcode "${get('Postcode')}" is not a BT postcode`,
      );
    else {
      seen.set(code, line);
      const address = cleanAddress([get('Address2'), get('Address3')], name);
      practices.push({
        code,
        name: naturalCase(name),
        address,
        postcode: postcode.postcode ?? '',
        phone: null,
        area: get('LCG') || null,
        line,
      });
    }
  }
  return { rows, edition: editionFromName(file), practices };
}
