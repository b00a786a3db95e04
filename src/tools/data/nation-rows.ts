/**
 * Scotland's and Northern Ireland's practices (read by nations-lists.ts) as the contract's practice rows.
 * Scotland's are placed like England's, on Code-Point Open; Northern Ireland's have no position (BT
 * postcodes are not in Code-Point Open) and carry their health area instead. Neither list has members.
 */
import type { PracticeRow } from '../../directory/data-format.ts';
import type { CodePoint } from './codepoint.ts';
import { PRACTICE_SCALE, scaled } from './encode.ts';
import type { NationList } from './nations-lists.ts';
import { locate, type Approximate } from './practices.ts';
import type { Report } from './report.ts';

const COUNTRY = { E: 'England', W: 'Wales', S: 'Scotland' } as const;

/**
 * Scotland's practices, each on its postcode unit (else its sector's or district's centre, approximate).
 * They keep Scotland's rules even where Code-Point puts a border postcode in England (a warning says so).
 */
export function scotlandRows(
  list: NationList,
  codePoint: CodePoint,
  file: string,
  report: Report,
): { rows: PracticeRow[]; approximate: Approximate[] } {
  const rows: PracticeRow[] = [];
  const approximate: Approximate[] = [];
  for (const p of list.practices) {
    const where = `${file}:${p.line}`;
    const found = locate(p.postcode, codePoint);
    if (found === null) {
      report.reject(
        'scotland',
        'postcode not in Code-Point Open',
        where,
        `postcode "${p.postcode}" of ${p.code} is not in Code-Point Open`,
      );
      continue;
    }
    if (found.nation !== 'S') {
      report.warn(
        'scotland',
        'postcode outside Scotland',
        where,
        `postcode "${p.postcode}" of ${p.code} is in ${COUNTRY[found.nation]} by Code-Point Open; kept as a practice of NHS Scotland`,
      );
    }
    if (found.area !== undefined) approximate.push({ code: p.code, postcode: p.postcode, area: found.area });
    const { lat, lon } = found.position;
    rows.push([
      p.code,
      p.name,
      p.address,
      p.postcode,
      p.phone,
      scaled(lat, PRACTICE_SCALE),
      scaled(lon, PRACTICE_SCALE),
      'S',
      -1,
      found.area === undefined ? 0 : 1,
      '',
    ]);
  }
  return { rows, approximate };
}

/** Northern Ireland's practices: no position, no phone, their Local Commissioning Group as the area. */
export function northernIrelandRows(list: NationList): PracticeRow[] {
  return list.practices.map((p) => [p.code, p.name, p.address, p.postcode, null, null, null, 'N', -1, 0, p.area ?? '']);
}
