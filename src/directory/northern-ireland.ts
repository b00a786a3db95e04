/**
 * Northern Ireland's practices, found by postcode district. BT postcodes have no open coordinates, so no
 * distance can be measured there: a search lists the practices whose postcode is in the district typed
 * ("BT7 1NN" → BT7). When fewer than FEW_IN_DISTRICT are, it adds the practices of the same health area
 * (Local Commissioning Group), the only neighbourhood the data can honestly show, in postcode order.
 */
import { postcodeDistrict, type Practice } from './practices.ts';

/** Fewer practices than this in a district, and the rest of its area is listed too. */
export const FEW_IN_DISTRICT = 5;

/** Northern Ireland's practices by postcode district and by area, each in postcode order. */
export interface NorthernIrelandIndex {
  byDistrict: ReadonlyMap<string, readonly Practice[]>;
  byArea: ReadonlyMap<string, readonly Practice[]>;
}

/** Practices of one area, beyond the district's own. */
export interface AreaGroup {
  area: string;
  practices: readonly Practice[];
}

/** What a search by a Northern Ireland postcode finds. */
export interface DistrictResults {
  /** The district searched ("BT7"). */
  district: string;
  /** Practices whose postcode is in the district. */
  inDistrict: readonly Practice[];
  /** When the district has fewer than FEW_IN_DISTRICT: the other practices of its area (or areas). */
  sameArea: readonly AreaGroup[];
  /** When no practice is in the district, its area is unknown: every area's practices, one group each. */
  allAreas: readonly AreaGroup[];
}

const byPostcode = (a: Practice, b: Practice) =>
  a.postcode < b.postcode ? -1 : a.postcode > b.postcode ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

function grouped(practices: readonly Practice[], key: (p: Practice) => string): Map<string, Practice[]> {
  const groups = new Map<string, Practice[]>();
  for (const p of [...practices].sort(byPostcode)) {
    const k = key(p);
    const group = groups.get(k);
    if (group) group.push(p);
    else groups.set(k, [p]);
  }
  return groups;
}

/** Indexes the practices of Northern Ireland (others are ignored). */
export function indexNorthernIreland(practices: readonly Practice[]): NorthernIrelandIndex {
  const ni = practices.filter((p) => p.nation === 'N');
  // A practice whose area the list leaves empty is still found by its district.
  const areas = grouped(
    ni.filter((p) => p.area !== null),
    (p) => p.area ?? '',
  );
  return {
    byDistrict: grouped(ni, postcodeDistrict),
    byArea: new Map([...areas].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

/**
 * The practices for a Northern Ireland postcode, given the districts it may mean, best first ("BT71" may be
 * district BT71 or sector BT7 1): the first district that has practices, else the first one.
 */
export function practicesInDistrict(index: NorthernIrelandIndex, districts: readonly string[]): DistrictResults {
  const district = districts.find((d) => index.byDistrict.has(d)) ?? districts[0] ?? '';
  const inDistrict = index.byDistrict.get(district) ?? [];
  if (inDistrict.length === 0) {
    const allAreas = [...index.byArea].map(([area, practices]) => ({ area, practices }));
    return { district, inDistrict, sameArea: [], allAreas };
  }
  if (inDistrict.length >= FEW_IN_DISTRICT) return { district, inDistrict, sameArea: [], allAreas: [] };
  const areas = [...new Set(inDistrict.flatMap((p) => (p.area === null ? [] : [p.area])))].sort();
  const sameArea = areas.map((area) => ({
    area,
    practices: (index.byArea.get(area) ?? []).filter((p) => !inDistrict.includes(p)),
  }));
  return { district, inDistrict, sameArea: sameArea.filter((g) => g.practices.length > 0), allAreas: [] };
}
