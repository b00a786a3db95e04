import type { MembershipSource, PracticeFile } from './data-format.ts';

/** A GP practice as the app shows it. */
export interface Practice {
  code: string;
  name: string;
  address: string[];
  postcode: string;
  phone: string | null;
  lat: number;
  lon: number;
  nation: 'E' | 'W';
  /** Where we learned it is a Safe Surgery; null for every practice not on the members list. */
  member: MembershipSource | null;
  /** True when the position is the middle of its postcode area, not the practice's own postcode. */
  approximate: boolean;
}

/** Reads a practices file (all practices, or one practice's record) into Practice objects. */
export function decodePractices(file: PracticeFile): Practice[] {
  return file.practices.map(([code, name, address, postcode, phone, lat, lon, nation, member, approximate]) => ({
    code,
    name,
    address,
    postcode,
    phone,
    lat: lat / file.scale,
    lon: lon / file.scale,
    nation,
    member: file.members[member] ?? null,
    approximate: approximate === 1,
  }));
}
