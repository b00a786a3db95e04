import type { MembershipSource, Nation, PracticeFile } from './data-format.ts';
import type { Point } from './geo.ts';

/** A GP practice as the app shows it. */
export interface Practice {
  code: string;
  name: string;
  address: string[];
  postcode: string;
  phone: string | null;
  /** Where it is; null in Northern Ireland, whose postcodes have no open coordinates. */
  position: Point | null;
  nation: Nation;
  /** Where we learned it is a Safe Surgery; null for every practice not on the members list. */
  member: MembershipSource | null;
  /** True when the position is the middle of its postcode area, not the practice's own postcode. */
  approximate: boolean;
  /** Northern Ireland's health area (Local Commissioning Group), e.g. "Belfast"; null elsewhere. */
  area: string | null;
}

/** Reads a practices file (all practices, or one practice's record) into Practice objects. */
export function decodePractices(file: PracticeFile): Practice[] {
  return file.practices.map(([code, name, address, postcode, phone, lat, lon, nation, member, approximate, area]) => ({
    code,
    name,
    address,
    postcode,
    phone,
    position: lat === null || lon === null ? null : { lat: lat / file.scale, lon: lon / file.scale },
    nation,
    member: file.members[member] ?? null,
    approximate: approximate === 1,
    area: area === '' ? null : area,
  }));
}

/** The first part of a practice's postcode, its district ("BT7 1NN" → "BT7"). */
export function postcodeDistrict(practice: Pick<Practice, 'postcode'>): string {
  return practice.postcode.split(' ')[0] ?? '';
}
