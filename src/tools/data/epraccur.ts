/**
 * Reads NHS ODS epraccur.csv: the active GP practices, validated and in natural case.
 *
 * Two layouts are accepted. The legacy one (the shared file) has 27 quoted columns and no header.
 * Newer ODS releases spell the status ACTIVE/INACTIVE and identify GP practices by role code RO76
 * rather than prescribing setting 4; we have no sample of them, so we assume they keep either the
 * legacy column positions or add a header row naming the columns (mapped through HEADER_ALIASES,
 * compared without case, spaces or punctuation). A header row is recognised by naming both a code
 * and a name column. Both assumptions are covered by fixtures in tests/fixtures/data/.
 */
import { parse } from 'postcode';
import { csvRecords } from './csv.ts';
import { naturalCase } from './natural-case.ts';
import type { Report } from './report.ts';
import { GP_PRACTICE_CODE } from '../../directory/data-format.ts';

/** One active GP practice as the ODS file gives it, cleaned. */
export interface OdsPractice {
  code: string;
  name: string;
  address: string[];
  /** Normalised ("E5 8BY"). */
  postcode: string;
  phone: string | null;
  /** Line of the file the practice starts on, for messages. */
  line: number;
}

/** What the pipeline keeps from epraccur.csv. */
export interface Epraccur {
  layout: 'legacy' | 'header';
  rows: number;
  /** Latest date in the file's date columns, YYYY-MM-DD ("unknown" when it has none). */
  edition: string;
  practices: OdsPractice[];
  /** Why a code is not among the practices (closed, not a GP practice, rejected): for the members check. */
  excluded: Map<string, string>;
}

interface Columns {
  code: number;
  name: number;
  address: number[];
  postcode: number;
  status: number;
  role: number;
  phone: number | undefined;
  dates: number[];
}

/** Column positions of the legacy headerless layout (0-based). */
export const LEGACY_COLUMNS: Readonly<Columns> = {
  code: 0,
  name: 1,
  address: [4, 5, 6, 7, 8],
  postcode: 9,
  status: 12,
  role: 25,
  phone: 17,
  // Open date, close date, join parent date, left parent date.
  dates: [10, 11, 15, 16],
};

/** Header names accepted for each column of the header layout, compared after `headerKey`. */
export const HEADER_ALIASES = {
  code: ['Organisation Code', 'Code', 'ODS Code', 'Practice Code', 'Org Code'],
  name: ['Name', 'Organisation Name', 'Practice Name'],
  status: ['Status', 'Status Code', 'Organisation Status'],
  postcode: ['Postcode', 'Post Code'],
  role: ['Prescribing Setting', 'Primary Role Id', 'Primary Role Code', 'Role Code', 'Role Id', 'Primary Role'],
  phone: ['Contact Telephone Number', 'Telephone', 'Telephone Number', 'Phone'],
  address1: ['Address Line 1', 'Address 1'],
  address2: ['Address Line 2', 'Address 2'],
  address3: ['Address Line 3', 'Address 3'],
  address4: ['Address Line 4', 'Address 4'],
  address5: ['Address Line 5', 'Address 5'],
} as const;

const ACTIVE = new Set(['A', 'ACTIVE']);
const INACTIVE = new Set(['C', 'D', 'P', 'CLOSED', 'DORMANT', 'PROPOSED', 'INACTIVE']);
/** Prescribing setting 4 (legacy) or role RO76 (newer releases): a GP practice. */
const GP_PRACTICE = new Set(['4', 'RO76']);

/** A header name reduced to lower-case letters and digits: "Post Code" and "POSTCODE" match. */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function headerColumns(header: string[], file: string): Columns {
  const keys = header.map(headerKey);
  const find = (aliases: readonly string[]) => {
    const index = keys.findIndex((k) => aliases.some((a) => headerKey(a) === k));
    return index < 0 ? undefined : index;
  };
  const need = (column: 'code' | 'name' | 'status' | 'postcode' | 'role') => {
    const index = find(HEADER_ALIASES[column]);
    if (index === undefined)
      throw new Error(
        `${file}:1: the header row has no ${column} column (looked for ${HEADER_ALIASES[column].map((a) => `"${a}"`).join(', ')})`,
      );
    return index;
  };
  const address = (['address1', 'address2', 'address3', 'address4', 'address5'] as const)
    .map((c) => find(HEADER_ALIASES[c]))
    .filter((i): i is number => i !== undefined);
  const dates = keys.flatMap((k, i) => (k.includes('date') ? [i] : []));
  return {
    code: need('code'),
    name: need('name'),
    status: need('status'),
    postcode: need('postcode'),
    role: need('role'),
    phone: find(HEADER_ALIASES.phone),
    address,
    dates,
  };
}

function isHeader(fields: string[]): boolean {
  const keys = fields.map(headerKey);
  const names = (aliases: readonly string[]) => keys.some((k) => aliases.some((a) => headerKey(a) === k));
  return names(HEADER_ALIASES.code) && names(HEADER_ALIASES.name);
}

/** A date field as YYYY-MM-DD (from YYYYMMDD or an ISO date), or undefined. */
export function odsDate(field: string): string | undefined {
  const m = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(field);
  if (!m) return undefined;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  return Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31 ? `${y}-${mo}-${d}` : undefined;
}

/** A phone number with its spaces collapsed, or null when it is not 10–11 digits starting with 0. */
export function cleanPhone(raw: string): string | null {
  const display = raw.replace(/\s+/g, ' ').trim();
  return /^0\d{9,10}$/.test(display.replace(/ /g, '')) ? display : null;
}

/** Address lines in natural case, without empty lines, repeats, or a line that merely repeats the name. */
export function cleanAddress(lines: string[], name: string): string[] {
  // "NIGHTINGALE PRACTICE" repeats "THE NIGHTINGALE PRACTICE"; "ST.MARY'S SURGERY" repeats "ST. MARY'S SURGERY".
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/^\s*the\s+/, '')
      .replace(/[^a-z0-9]/g, '');
  const seen = new Set([key(name)]);
  const kept: string[] = [];
  for (const line of lines) {
    const k = key(line);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    kept.push(naturalCase(line));
  }
  return kept;
}

/** Reads epraccur.csv text: active GP practices kept, others counted as skipped, invalid rows rejected into the report. */
export function readEpraccur(text: string, file: string, report: Report): Epraccur {
  const records = csvRecords(text);
  const first = records.next();
  let layout: Epraccur['layout'] = 'legacy';
  let columns: Columns = LEGACY_COLUMNS;
  const pending = [] as { fields: string[]; line: number }[];
  if (!first.done) {
    if (isHeader(first.value.fields)) {
      layout = 'header';
      columns = headerColumns(first.value.fields, file);
    } else pending.push(first.value);
  }
  const width = Math.max(columns.code, columns.name, columns.postcode, columns.status, columns.role) + 1;

  const practices: OdsPractice[] = [];
  const excluded = new Map<string, string>();
  const firstLine = new Map<string, number>();
  let rows = 0;
  let edition = '';
  const all = (function* () {
    yield* pending;
    yield* records;
  })();
  for (const { fields, line } of all) {
    rows++;
    const where = `${file}:${line}`;
    for (const i of columns.dates) {
      const date = odsDate(fields[i] ?? '');
      if (date && date > edition) edition = date;
    }
    if (fields.length < width) {
      report.reject('epraccur', 'too few columns', where, `${fields.length} columns, expected at least ${width}`);
      continue;
    }
    const get = (i: number | undefined) => (i === undefined ? '' : (fields[i] ?? '').trim());
    const code = get(columns.code).toUpperCase();
    // The first reason a code is left out is the one the members check reports; a kept code has none.
    const exclude = (why: string) => {
      if (code !== '' && !firstLine.has(code) && !excluded.has(code)) excluded.set(code, why);
    };
    const role = get(columns.role).toUpperCase();
    if (!GP_PRACTICE.has(role)) {
      report.skip('epraccur', 'not a GP practice (prescribing setting not 4, role not RO76)');
      exclude(`not a GP practice (${layout === 'legacy' ? 'prescribing setting' : 'role'} "${role}")`);
      continue;
    }
    const status = get(columns.status).toUpperCase();
    if (INACTIVE.has(status)) {
      report.skip('epraccur', `not active (status ${status})`);
      exclude(`not active (status ${status})`);
      continue;
    }
    const reject = (reason: string, problem: string) => {
      report.reject('epraccur', reason, where, problem);
      exclude(`rejected (${where}: ${problem})`);
    };
    if (!ACTIVE.has(status)) {
      reject('unknown status', `status "${get(columns.status)}" is not A, C, D, P, ACTIVE or INACTIVE`);
      continue;
    }
    if (!GP_PRACTICE_CODE.test(code)) {
      reject('not a practice code', `code "${get(columns.code)}" is not an ODS GP practice code (a letter and five digits)`);
      continue;
    }
    const earlier = firstLine.get(code);
    if (earlier !== undefined) {
      report.reject('epraccur', 'duplicate code', where, `code ${code} appears again (first on line ${earlier})`);
      continue;
    }
    const rawName = get(columns.name);
    if (rawName === '') {
      reject('no name', `practice ${code} has no name`);
      continue;
    }
    const rawPostcode = get(columns.postcode);
    const postcode = parse(rawPostcode);
    if (!postcode.valid) {
      reject('not a UK postcode', `postcode "${rawPostcode}" is not a UK postcode`);
      continue;
    }
    const rawPhone = get(columns.phone);
    const phone = cleanPhone(rawPhone);
    if (phone === null) {
      const problem =
        rawPhone === '' ? `practice ${code} has no phone number` : `phone "${rawPhone}" is not 10–11 digits starting with 0`;
      report.warn('epraccur', 'phone number left out', where, `${problem}; stored as null`);
    }
    firstLine.set(code, line);
    excluded.delete(code);
    practices.push({
      code,
      name: naturalCase(rawName),
      address: cleanAddress(columns.address.map(get), rawName),
      postcode: postcode.postcode,
      phone,
      line,
    });
  }
  practices.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { layout, rows, edition: edition || 'unknown', practices, excluded };
}
