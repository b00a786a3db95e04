import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePostcodeQuery } from '../../src/directory/postcode-query.ts';

const keys = (raw: string) => {
  const query = parsePostcodeQuery(raw);
  return query.kind === 'postcode' ? query.keys.map((k) => `${k.level}:${k.key}`) : query.kind;
};

describe('reading a postcode as people type it', () => {
  it.each([
    ['e58by', ['sector:E5 8', 'district:E5']],
    ['E5 8BY', ['sector:E5 8', 'district:E5']],
    ['  e5   8by ', ['sector:E5 8', 'district:E5']],
    ['E5 8', ['sector:E5 8']],
    ['e5 8b', ['sector:E5 8']],
    ['E5', ['district:E5']],
    ['sw1a 1aa', ['sector:SW1A 1', 'district:SW1A']],
    ['SW1A1', ['sector:SW1A 1']],
    ['EC1A 1BB', ['sector:EC1A 1', 'district:EC1A']],
  ])('understands %j', (raw, expected) => {
    expect(keys(raw)).toEqual(expected);
  });

  it.each([
    ['direction marks from Arabic text', '\u200fE5 8BY\u200e'],
    ['an isolate and a Persian letter mark', '\u2067E5\u061c 8BY\u2069'],
    ['a zero-width joiner and a byte order mark', '\ufeffE5\u200d 8BY'],
    ['Eastern Arabic digits', 'E\u0665 \u0668BY'],
    ['Persian digits', 'E\u06f5 \u06f8BY'],
    ['Devanagari and Bengali digits', 'E\u096b \u09eeBY'],
    ['full-width letters and digits', '\uff25\uff15\u3000\uff18\uff22\uff39'],
    ['a no-break space', 'E5\u00a08BY'],
  ])('reads a postcode with %s', (_, raw) => {
    expect(parsePostcodeQuery(raw)).toMatchObject({ kind: 'postcode', label: 'E5 8BY', full: true });
  });

  it('tries both a district and a sector when the space is missing ("E58" may be either)', () => {
    expect(keys('E58')).toEqual(['district:E58', 'sector:E5 8']);
    expect(keys('sw11')).toEqual(['district:SW11', 'sector:SW1 1']);
  });

  it('labels a full postcode in its standard form', () => {
    expect(parsePostcodeQuery('e58by')).toMatchObject({ kind: 'postcode', full: true, label: 'E5 8BY' });
    expect(parsePostcodeQuery('E5 8')).toMatchObject({ kind: 'postcode', full: false, label: 'E5 8' });
  });

  it.each(['', '   ', '\t'])('calls %j empty', (raw) => {
    expect(parsePostcodeQuery(raw)).toEqual({ kind: 'empty' });
  });

  it.each(['garbage', 'hello world', '12345', 'E5 8BYX', '<script>', 'E5-8BY', '💥', 'E5 8BY; DROP'])(
    'rejects %j as not a postcode',
    (raw) => {
      expect(parsePostcodeQuery(raw)).toEqual({ kind: 'invalid' });
    },
  );

  it('recognises Northern Ireland (BT) postcodes, full or partial', () => {
    expect(parsePostcodeQuery('BT1 1AA')).toMatchObject({ kind: 'northernIreland' });
    expect(parsePostcodeQuery('bt7')).toMatchObject({ kind: 'northernIreland' });
  });

  it('recognises the Isle of Man and the Channel Islands', () => {
    for (const raw of ['IM1 1AA', 'JE2 3AB', 'gy1']) expect(parsePostcodeQuery(raw).kind).toBe('crownDependency');
  });

  it('reads any well-formed postcode the same however it is spaced or cased', () => {
    const letter = fc.constantFrom(...'ABDEFGHJLNPQRSTUWXYZ');
    const postcode = fc
      .tuple(
        fc.constantFrom('E', 'SW', 'M', 'LS', 'CF'),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 9 }),
        letter,
        letter,
      )
      .map(([area, district, sector, a, b]) => `${area}${district} ${sector}${a}${b}`);
    fc.assert(
      fc.property(postcode, fc.boolean(), fc.nat(3), (code, lower, spaces) => {
        const typed = (lower ? code.toLowerCase() : code).replace(' ', ' '.repeat(spaces));
        const query = parsePostcodeQuery(typed);
        expect(query).toMatchObject({ kind: 'postcode', full: true, label: code });
      }),
    );
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (raw) => {
        expect(['empty', 'invalid', 'postcode', 'northernIreland', 'crownDependency']).toContain(parsePostcodeQuery(raw).kind);
      }),
    );
  });
});
