/** Reads safe-surgeries-members.csv: practices known to be Safe Surgeries, each with a citable source. */
import { csvRecords } from './csv.ts';
import type { Report } from './report.ts';

/** One member practice and where we learned it. */
export interface Member {
  code: string;
  /** The name the list gives (the directory shows the ODS name). */
  name: string;
  source: string;
  evidence: string;
  asOf: string;
  line: number;
}

/** The columns the members file must have, in any order. */
export const MEMBER_COLUMNS = ['ods_code', 'name', 'source_url', 'evidence', 'as_of'] as const;

/** True for an absolute http: or https: URL with a host. */
export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !/\s/.test(text);
  } catch {
    return false;
  }
}

/** Reads the members file text; rows without a practice code, an http(s) source, evidence or a date are rejected. */
export function readMembers(text: string, file: string, report: Report): { rows: number; members: Member[] } {
  const records = [...csvRecords(text)];
  const header = (records.shift()?.fields ?? []).map((f) => f.trim().toLowerCase());
  const index = Object.fromEntries(
    MEMBER_COLUMNS.map((column) => {
      const i = header.indexOf(column);
      if (i < 0) throw new Error(`${file}:1: the header row has no ${column} column (expected ${MEMBER_COLUMNS.join(',')})`);
      return [column, i];
    }),
  ) as Record<(typeof MEMBER_COLUMNS)[number], number>;

  const members: Member[] = [];
  const firstLine = new Map<string, number>();
  for (const { fields, line } of records) {
    const where = `${file}:${line}`;
    const get = (column: keyof typeof index) => (fields[index[column]] ?? '').trim();
    const code = get('ods_code').toUpperCase();
    const source = get('source_url');
    const evidence = get('evidence');
    const asOf = get('as_of');
    if (!/^[A-Z]\d{5}$/.test(code)) {
      report.reject('members', 'not a practice code', where, `ods_code "${get('ods_code')}" is not an ODS GP practice code`);
    } else if (firstLine.has(code)) {
      report.reject('members', 'duplicate code', where, `${code} is listed again (first on line ${firstLine.get(code)})`);
    } else if (!isWebUrl(source)) {
      report.reject('members', 'no http(s) source', where, `${code}: source_url "${source}" is not an http(s) URL`);
    } else if (evidence === '') {
      report.reject('members', 'no evidence', where, `${code} has no evidence`);
    } else if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(asOf)) {
      report.reject('members', 'no date', where, `${code}: as_of "${asOf}" is not a year or a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    } else {
      firstLine.set(code, line);
      members.push({ code, name: get('name'), source, evidence, asOf, line });
    }
  }
  return { rows: records.length, members };
}
