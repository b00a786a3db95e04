import { describe, expect, it } from 'vitest';
import { decodeAreas } from '../../src/directory/areas.ts';
import { directionsHref, isAppleDevice, telHref } from '../../src/directory/contact.ts';
import { DATA_FORMAT, PRACTICE_FIELDS, type PracticeFile } from '../../src/directory/data-format.ts';
import { decodePractices } from '../../src/directory/practices.ts';

const file: PracticeFile = {
  format: DATA_FORMAT,
  editions: { E: '2025-09-01', W: '2025-09-01', S: '2022-10-01', N: '2026-01-01' },
  scale: 100000,
  fields: PRACTICE_FIELDS,
  members: [{ source: 'https://example.org/news', evidence: 'became a Safe Surgery', asOf: '2018' }],
  practices: [
    [
      'F84003',
      'Lower Clapton General Practice',
      ['The Portico', '34 Linscott Road', 'London'],
      'E5 0RD',
      '020 89867111',
      5155210,
      -5210,
      'E',
      0,
      0,
      '',
    ],
    ['W95010', 'Example Surgery', ['1 High Street', 'Cardiff'], 'CF10 1AA', null, 5148160, -317910, 'W', -1, 1, ''],
    ['Z00008', 'Smith Surgery', ['12 Main Street'], 'BT7 1NN', null, null, null, 'N', -1, 0, 'Belfast'],
  ],
};

describe('reading the data files', () => {
  it('undoes the delta coding of sector centroids', () => {
    const areas = decodeAreas({
      format: DATA_FORMAT,
      kind: 'sector',
      edition: '2025.4.0',
      scale: 10000,
      keys: ['E5 0', 'E5 8', 'EH1 1'],
      lat: [515521, 52, 43948],
      lon: [-521, -35, -31339],
      nation: 'EES',
    });
    expect(areas.get('E5 8')).toEqual({ lat: 51.5573, lon: -0.0556, nation: 'E' });
    expect(areas.get('EH1 1')).toEqual({ lat: 55.9521, lon: -3.1895, nation: 'S' });
  });

  it('turns practice rows into practices, members with their source and non-members with none', () => {
    const [member, other, northernIrish] = decodePractices(file);
    expect(member).toMatchObject({ code: 'F84003', position: { lat: 51.5521, lon: -0.0521 }, nation: 'E', approximate: false });
    expect(member?.area).toBeNull();
    expect(northernIrish).toMatchObject({ code: 'Z00008', position: null, nation: 'N', area: 'Belfast', phone: null });
    expect(member?.member?.source).toBe('https://example.org/news');
    expect(other).toMatchObject({ code: 'W95010', member: null, phone: null, approximate: true, nation: 'W' });
  });
});

describe('contact links', () => {
  it('dials UK numbers in international form', () => {
    expect(telHref('020 89867111')).toBe('tel:+442089867111');
    expect(telHref('01642 672351')).toBe('tel:+441642672351');
    expect(telHref('+44 (0)20 8986 7111')).toBeNull();
    expect(telHref('+44 20 8986 7111')).toBe('tel:+442089867111');
    expect(telHref('(020) 8986-7111')).toBe('tel:+442089867111');
  });

  it('makes no tel: link from a field that is not a UK phone number', () => {
    for (const stray of [
      '67',
      'ext 67',
      '0',
      '00',
      '+44',
      '020 8986 7111 ext 2',
      '07',
      'call 020 8986 7111',
      '0800 1111',
      '+1 212 555 0100',
      '020 8986 71111 1',
    ]) {
      expect(telHref(stray), stray).toBeNull();
    }
  });

  it('opens the map app at the practice, and nothing else about the person', () => {
    const [practice, approximate, northernIrish] = decodePractices(file);
    expect(directionsHref(practice!, false)).toBe(
      'geo:51.55210,-0.05210?q=51.55210,-0.05210(Lower%20Clapton%20General%20Practice)',
    );
    const apple = new URL(directionsHref(practice!, true));
    expect(apple.hostname).toBe('maps.apple.com');
    expect(apple.searchParams.get('daddr')).toBe('51.55210,-0.05210');
    // Without an exact position, the map app is given the address to find.
    expect(directionsHref(approximate!, false)).toBe(`geo:0,0?q=${encodeURIComponent('1 High Street, Cardiff, CF10 1AA')}`);
    // Northern Ireland's practices have no position at all: the address, on Apple devices too.
    expect(directionsHref(northernIrish!, false)).toBe(`geo:0,0?q=${encodeURIComponent('12 Main Street, BT7 1NN')}`);
    const appleNi = new URL(directionsHref(northernIrish!, true));
    expect(appleNi.searchParams.get('daddr')).toBe('12 Main Street, BT7 1NN');
    expect(appleNi.searchParams.has('q')).toBe(false);
  });

  it('tells Apple devices from others', () => {
    expect(isAppleDevice({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)' })).toBe(true);
    expect(isAppleDevice({ userAgent: 'Mozilla/5.0 (Linux; Android 13; SM-A135F)' })).toBe(false);
  });
});

describe("dates and distances in the reader's language", async () => {
  const { formatDate } = await import('../../src/i18n/format.ts');
  it('writes an ISO date out in British English, and leaves anything else alone', () => {
    expect(formatDate('2025-09-01', 'en')).toBe('1 September 2025');
    expect(formatDate('2025.4.0', 'en')).toBe('2025.4.0');
  });
});
