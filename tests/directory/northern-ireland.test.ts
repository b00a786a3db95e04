import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEW_IN_DISTRICT, indexNorthernIreland, practicesInDistrict } from '../../src/directory/northern-ireland.ts';
import type { Practice } from '../../src/directory/practices.ts';

function practice(code: string, postcode: string, area: string | null, nation: Practice['nation'] = 'N'): Practice {
  return {
    code,
    name: `Surgery ${code}`,
    address: [],
    postcode,
    phone: null,
    position: nation === 'N' ? null : { lat: 55.9, lon: -4.3 },
    nation,
    member: null,
    approximate: false,
    area,
  };
}

// BT7 has five practices; BT6 two, in Belfast; BT25 one in each of two areas; BT60 one in Southern.
const practices = [
  ...['1NN', '2EB', '3GG', '1HH', '3GR'].map((inward, i) => practice(`Z0070${i}`, `BT7 ${inward}`, 'Belfast')),
  practice('Z00601', 'BT6 9AA', 'Belfast'),
  practice('Z00602', 'BT6 0BB', 'Belfast'),
  practice('Z02501', 'BT25 1AA', 'South Eastern'),
  practice('Z02502', 'BT25 2BB', 'Southern'),
  practice('Z06001', 'BT60 1AA', 'Southern'),
  practice('Z09901', 'BT99 1AA', null),
  practice('S52005', 'G51 1SL', null, 'S'),
];
const index = indexNorthernIreland(practices);
const codes = (list: readonly Practice[]) => list.map((p) => p.code);

describe('searching Northern Ireland by postcode district', () => {
  it('lists every practice of a district that has enough, in postcode order, and nothing more', () => {
    const results = practicesInDistrict(index, ['BT7']);
    expect(results.district).toBe('BT7');
    expect(results.inDistrict.map((p) => p.postcode)).toEqual(['BT7 1HH', 'BT7 1NN', 'BT7 2EB', 'BT7 3GG', 'BT7 3GR']);
    expect(results.sameArea).toEqual([]);
    expect(results.allAreas).toEqual([]);
  });

  it('adds the rest of the area when a district has fewer than five', () => {
    const results = practicesInDistrict(index, ['BT6']);
    expect(codes(results.inDistrict)).toEqual(['Z00602', 'Z00601']);
    expect(results.sameArea.map((g) => g.area)).toEqual(['Belfast']);
    expect(codes(results.sameArea[0]!.practices)).toEqual(['Z00703', 'Z00700', 'Z00701', 'Z00702', 'Z00704']);
  });

  it('adds each area of a district that lies in two', () => {
    const results = practicesInDistrict(index, ['BT25']);
    expect(codes(results.inDistrict)).toEqual(['Z02501', 'Z02502']);
    // South Eastern has no other practice here, so only Southern's group is shown.
    expect(results.sameArea.map((g) => [g.area, codes(g.practices)])).toEqual([['Southern', ['Z06001']]]);
  });

  it('offers every area, one group each, when no practice is in the district', () => {
    const results = practicesInDistrict(index, ['BT3']);
    expect(results.inDistrict).toEqual([]);
    expect(results.sameArea).toEqual([]);
    expect(results.allAreas.map((g) => [g.area, g.practices.length])).toEqual([
      ['Belfast', 7],
      ['South Eastern', 1],
      ['Southern', 2],
    ]);
  });

  it('keeps a practice the list gives no area in its district, and out of every area', () => {
    expect(codes(practicesInDistrict(index, ['BT99']).inDistrict)).toEqual(['Z09901']);
    expect(practicesInDistrict(index, ['BT3']).allAreas.flatMap((g) => codes(g.practices))).not.toContain('Z09901');
  });

  it('takes the first district that has practices ("BT71" may mean BT7 1), else the first', () => {
    expect(practicesInDistrict(index, ['BT71', 'BT7']).district).toBe('BT7');
    expect(practicesInDistrict(index, ['BT72', 'BT3']).district).toBe('BT72');
  });

  it('never lists a practice outside Northern Ireland', () => {
    const everything = [...index.byDistrict.values()].flat();
    expect(everything.every((p) => p.nation === 'N')).toBe(true);
  });

  it('lists each practice once, the district’s first, and enough of them whenever the area has enough', () => {
    const district = fc.constantFrom('BT6', 'BT7', 'BT25', 'BT60', 'BT99', 'BT3');
    fc.assert(
      fc.property(district, (d) => {
        const { inDistrict, sameArea, allAreas } = practicesInDistrict(index, [d]);
        const listed = [...inDistrict, ...sameArea.flatMap((g) => g.practices), ...allAreas.flatMap((g) => g.practices)];
        expect(new Set(codes(listed)).size).toBe(listed.length);
        expect(inDistrict.every((p) => p.postcode.startsWith(`${d} `))).toBe(true);
        if (inDistrict.length >= FEW_IN_DISTRICT) expect(sameArea).toEqual([]);
      }),
    );
  });
});
