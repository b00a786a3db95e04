/** Joins the ODS practices, Code-Point positions and the members list into the contract's practice rows. */
import { toSector } from 'postcode';
import type { GreatBritainNation, MembershipSource, PracticeRow } from '../../directory/data-format.ts';
import type { CodePoint } from './codepoint.ts';
import { centroid, majorityNation, PRACTICE_SCALE, scaled } from './encode.ts';
import type { Epraccur } from './epraccur.ts';
import type { Member } from './members.ts';
import { gridToWgs84, type LatLon } from './projection.ts';
import type { Report } from './report.ts';

/** A practice positioned at a sector (or district) centroid because Code-Point lacks its postcode. */
export interface Approximate {
  code: string;
  postcode: string;
  /** The sector ("E5 8") or district ("E5") whose centroid it took. */
  area: string;
}

/** The practice rows (sorted by code), the membership list their member indexes point into, and the approximate ones. */
export interface Placed {
  rows: PracticeRow[];
  members: MembershipSource[];
  approximate: Approximate[];
}

const areasOf = (postcode: string) => ({ sector: toSector(postcode)!, outcode: postcode.split(' ')[0]! });

/** Where a postcode is: its unit, else its sector's or district's centroid (approximate, naming that area); null if none. */
export function locate(
  postcode: string,
  codePoint: CodePoint,
): { position: LatLon; nation: GreatBritainNation; area: string | undefined } | null {
  const unit = codePoint.units.get(postcode);
  if (unit) return { position: gridToWgs84(unit.easting, unit.northing), nation: unit.nation, area: undefined };
  const { sector, outcode } = areasOf(postcode);
  const area = codePoint.sectors.has(sector) ? sector : codePoint.districts.has(outcode) ? outcode : undefined;
  const sum = area === undefined ? undefined : (codePoint.sectors.get(area) ?? codePoint.districts.get(area));
  if (area === undefined || sum === undefined) return null;
  return { position: centroid(sum), nation: majorityNation(sum), area };
}

/**
 * Positions each practice on its postcode unit, else its sector or district centroid (approximate),
 * rejects practices outside England and Wales or with no position at all, links members, and rejects
 * members that are not an active practice in the directory.
 */
export function placePractices(
  ods: Epraccur,
  codePoint: CodePoint,
  list: Member[],
  files: { epraccur: string; members: string },
  report: Report,
): Placed {
  const memberOf = new Map(list.map((m) => [m.code, m]));
  const placed: Placed = { rows: [], members: [], approximate: [] };
  const kept = new Set<string>();
  for (const p of ods.practices) {
    const where = `${files.epraccur}:${p.line}`;
    const found = locate(p.postcode, codePoint);
    if (found === null) {
      const { sector, outcode } = areasOf(p.postcode);
      report.reject(
        'epraccur',
        'postcode not in Code-Point Open',
        where,
        `postcode "${p.postcode}" of ${p.code} is not in Code-Point Open, nor is its sector "${sector}" or district "${outcode}"`,
      );
      ods.excluded.set(p.code, `rejected (postcode "${p.postcode}" not in Code-Point Open)`);
      continue;
    }
    const { position, nation, area } = found;
    if (nation !== 'E' && nation !== 'W') {
      const country = nation === 'S' ? 'Scotland' : nation;
      report.reject(
        'epraccur',
        'not in England or Wales',
        where,
        `postcode "${p.postcode}" of ${p.code} is in ${country}, not England or Wales`,
      );
      ods.excluded.set(p.code, `rejected (postcode "${p.postcode}" is in ${country})`);
      continue;
    }
    if (area !== undefined) placed.approximate.push({ code: p.code, postcode: p.postcode, area });
    const member = memberOf.get(p.code);
    if (member) {
      placed.members.push({ source: member.source, evidence: member.evidence, asOf: member.asOf });
      if (member.name.toLowerCase() !== p.name.toLowerCase()) {
        report.warn(
          'members',
          'name differs from ODS',
          `${files.members}:${member.line}`,
          `${p.code} is "${p.name}" in ${files.epraccur}, "${member.name}" here`,
        );
      }
    }
    kept.add(p.code);
    placed.rows.push([
      p.code,
      p.name,
      p.address,
      p.postcode,
      p.phone,
      scaled(position.lat, PRACTICE_SCALE),
      scaled(position.lon, PRACTICE_SCALE),
      nation,
      member ? placed.members.length - 1 : -1,
      area === undefined ? 0 : 1,
      '',
    ]);
  }
  for (const m of list) {
    if (kept.has(m.code)) continue;
    const why = ods.excluded.get(m.code) ?? `no practice has this code in ${files.epraccur}`;
    report.reject(
      'members',
      'not an active practice',
      `${files.members}:${m.line}`,
      `${m.code} (${m.name}) is not an active GP practice: ${why}`,
    );
  }
  return placed;
}
