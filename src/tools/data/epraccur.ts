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
import { headerColumns, isHeader, LEGACY_COLUMNS, type Columns } from './epraccur-columns.ts';
import { cleanAddress, cleanPhone, odsDate } from './epraccur-fields.ts';
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

const ACTIVE = new Set(['A', 'ACTIVE']);
const INACTIVE = new Set(['C', 'D', 'P', 'CLOSED', 'DORMANT', 'PROPOSED', 'INACTIVE']);
/** Prescribing setting 4 (legacy) or role RO76 (newer releases): a GP practice. */
const GP_PRACTICE = new Set(['4', 'RO76']);

/** What one row is: a practice (with any problem with its phone), or why it is left out. */
type RowOutcome = { code: string } & (
  | { kind: 'practice'; practice: OdsPractice; phoneProblem: string | null }
  | { kind: 'skip'; reason: string; exclude: string }
  | { kind: 'reject'; reason: string; problem: string }
);

/** Reads one row of at least the needed width: filtered (not a GP practice, not active), rejected, or a practice. */
function readRow(fields: string[], line: number, columns: Columns, layout: Epraccur['layout']): RowOutcome {
  const get = (i: number | undefined) => (i === undefined ? '' : (fields[i] ?? '').trim());
  const code = get(columns.code).toUpperCase();
  const role = get(columns.role).toUpperCase();
  if (!GP_PRACTICE.has(role)) {
    const setting = layout === 'legacy' ? 'prescribing setting' : 'role';
    return {
      code,
      kind: 'skip',
      reason: 'not a GP practice (prescribing setting not 4, role not RO76)',
      exclude: `not a GP practice (${setting} "${role}")`,
    };
  }
  const status = get(columns.status).toUpperCase();
  if (INACTIVE.has(status))
    return { code, kind: 'skip', reason: `not active (status ${status})`, exclude: `not active (status ${status})` };
  const reject = (reason: string, problem: string): RowOutcome => ({ code, kind: 'reject', reason, problem });
  if (!ACTIVE.has(status))
    return reject('unknown status', `status "${get(columns.status)}" is not A, C, D, P, ACTIVE or INACTIVE`);
  if (!GP_PRACTICE_CODE.test(code)) {
    return reject('not a practice code', `code "${get(columns.code)}" is not an ODS GP practice code (a letter and five digits)`);
  }
  const rawName = get(columns.name);
  if (rawName === '') return reject('no name', `practice ${code} has no name`);
  const rawPostcode = get(columns.postcode);
  const postcode = parse(rawPostcode);
  if (!postcode.valid) return reject('not a UK postcode', `postcode "${rawPostcode}" is not a UK postcode`);
  const rawPhone = get(columns.phone);
  const phone = cleanPhone(rawPhone);
  const phoneProblem =
    phone !== null
      ? null
      : rawPhone === ''
        ? `practice ${code} has no phone number`
        : `phone "${rawPhone}" is not 10–11 digits starting with 0`;
  const practice = {
    code,
    name: naturalCase(rawName),
    address: cleanAddress(columns.address.map(get), rawName),
    postcode: postcode.postcode,
    phone,
    line,
  };
  return { code, kind: 'practice', practice, phoneProblem };
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
    const outcome = readRow(fields, line, columns, layout);
    const code = outcome.code;
    if (outcome.kind === 'skip' || outcome.kind === 'reject') {
      if (outcome.kind === 'skip') report.skip('epraccur', outcome.reason);
      else report.reject('epraccur', outcome.reason, where, outcome.problem);
      // The first reason a code is left out is the one the members check reports; a kept code has none.
      const why = outcome.kind === 'skip' ? outcome.exclude : `rejected (${where}: ${outcome.problem})`;
      if (code !== '' && !firstLine.has(code) && !excluded.has(code)) excluded.set(code, why);
      continue;
    }
    const earlier = firstLine.get(code);
    if (earlier !== undefined) {
      report.reject('epraccur', 'duplicate code', where, `code ${code} appears again (first on line ${earlier})`);
      continue;
    }
    if (outcome.phoneProblem) report.warn('epraccur', 'phone number left out', where, `${outcome.phoneProblem}; stored as null`);
    firstLine.set(code, line);
    excluded.delete(code);
    practices.push(outcome.practice);
  }
  practices.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { layout, rows, edition: edition || 'unknown', practices, excluded };
}
