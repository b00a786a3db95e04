/** Reads safe-surgeries-members.csv: practices known to be Safe Surgeries, each with a citable source. */
import { csvRecords } from './csv.ts';
import type { Report } from './report.ts';
import { GP_PRACTICE_CODE } from '../../directory/data-format.ts';

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

/**
 * The source as the app may link it: an absolute https: URL with a host. An http: URL becomes the same
 * address over https: (the app links nothing else: no mixed content, and never a `javascript:` or
 * `data:` link). Anything else is null, and its row is rejected.
 */
export function httpsSource(text: string): string | null {
  if (/\s/.test(text)) return null;
  try {
    const url = new URL(text);
    if (url.hostname === '' || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
    url.protocol = 'https:';
    return url.href;
  } catch {
    return null;
  }
}

/** Reads the members file text; rows without a practice code, a web (https) source, evidence or a date are rejected. */
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
    const source = httpsSource(get('source_url'));
    const evidence = get('evidence');
    const asOf = get('as_of');
    if (!GP_PRACTICE_CODE.test(code)) {
      report.reject('members', 'not a practice code', where, `ods_code "${get('ods_code')}" is not an ODS GP practice code`);
    } else if (firstLine.has(code)) {
      report.reject('members', 'duplicate code', where, `${code} is listed again (first on line ${firstLine.get(code)})`);
    } else if (source === null) {
      report.reject(
        'members',
        'no https source',
        where,
        `${code}: source_url "${get('source_url')}" is not a web address (https://…); only web links are published`,
      );
    } else if (evidence === '') {
      report.reject('members', 'no evidence', where, `${code} has no evidence`);
    } else if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(asOf)) {
      report.reject(
        'members',
        'no date',
        where,
        `${code}: as_of "${asOf}" is not a year or a date (YYYY, YYYY-MM or YYYY-MM-DD)`,
      );
    } else {
      if (source !== get('source_url'))
        report.warn(
          'members',
          'source moved to https',
          where,
          `${code}: source_url "${get('source_url')}" is published as ${source}`,
        );
      firstLine.set(code, line);
      members.push({ code, name: get('name'), source, evidence, asOf, line });
    }
  }
  return { rows: records.length, members };
}
