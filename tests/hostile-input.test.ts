/**
 * Hostile input, property-tested: whatever arrives in a URL, a postcode box, a code, a text message, a CSV
 * file or a data file, no exception reaches the person, and each failure says clearly what went wrong.
 * Each property's number of generated cases is in RUNS (the closing note of issue 10 quotes them).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAreas } from '../src/directory/areas.ts';
import { directionsHref, telHref } from '../src/directory/contact.ts';
import { DATA_FORMAT, PRACTICE_FIELDS } from '../src/directory/data-format.ts';
import { indexNorthernIreland } from '../src/directory/northern-ireland.ts';
import { indexPractices } from '../src/directory/nearest.ts';
import { foldPostcodeText, parsePostcodeQuery } from '../src/directory/postcode-query.ts';
import { decodePractices } from '../src/directory/practices.ts';
import { isHttpsUrl, validateAreaFile, validatePracticeFile } from '../src/directory/validate.ts';
import { LANGUAGE_CODES } from '../src/i18n/languages.ts';
import { buildPath, normaliseCode, parseLocation } from '../src/router/routes.ts';
import { shareLink, smsHref } from '../src/share/links.ts';
import { smsSize } from '../src/share/sms.ts';
import { CsvError, csvRecords } from '../src/tools/data/csv.ts';
import { readEpraccur } from '../src/tools/data/epraccur.ts';
import { readMembers } from '../src/tools/data/members.ts';
import { Report } from '../src/tools/data/report.ts';

/** Generated cases per property. */
export const RUNS = {
  router: 5000,
  postcode: 3000,
  longPostcode: 200,
  postcodeNoise: 2000,
  codes: 3000,
  sms: 2000,
  csv: 2000,
  members: 1000,
  epraccur: 500,
  json: 3000,
  mutated: 2000,
};

/** Unicode format characters that text copied from right-to-left scripts carries. */
const FORMAT = [
  '\u200e',
  '\u200f',
  '\u061c',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u200d',
  '\u200c',
  '\ufeff',
];
/** The zero of some scripts' digits: Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Myanmar, full-width. */
const ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xbe6, 0x1040, 0xff10];

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ maxLength: 300 }),
);

describe('URLs: any path and query', () => {
  it('are read without throwing, into a route the app has, and what is built from it reads back the same', () => {
    const segment = fc.oneof(
      fc.constantFrom('p', 'P', 'poster', 'share', 'card', 'find', 'ar', 'zh-Hant', '..', '%2e', '%', '__proto__'),
      fc.string({ maxLength: 20 }),
      fc.webSegment(),
    );
    const path = fc.array(segment, { maxLength: 6 }).map((s) => `/${s.join('/')}`);
    const query = fc.oneof(
      fc.constant(''),
      fc.webQueryParameters().map((q) => `?${q}`),
      fc.string({ maxLength: 600 }).map((q) => `?${q}`),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(path, query).map(([p, q]) => p + q),
          anyText,
          fc.webUrl().map((u) => u.replace(/^[a-z]+:\/\/[^/]*/, '')),
        ),
        (url) => {
          const { lang, route } = parseLocation(url, LANGUAGE_CODES);
          expect(lang === null || LANGUAGE_CODES.includes(lang)).toBe(true);
          if (route.name !== 'notFound') expect(parseLocation(buildPath(route, lang), LANGUAGE_CODES)).toEqual({ lang, route });
        },
      ),
      { numRuns: RUNS.router },
    );
  });
});

describe('the postcode box: any text', () => {
  it('is understood or refused with a reason, never an exception, whatever Unicode arrives', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const query = parsePostcodeQuery(text);
        expect(['empty', 'invalid', 'northernIreland', 'crownDependency', 'postcode']).toContain(query.kind);
        if (query.kind === 'postcode') for (const key of query.keys) expect(key.key).toMatch(/^[A-Z][A-Z0-9]{1,3}( \d)?$/);
      }),
      { numRuns: RUNS.postcode },
    );
  });

  it('copes with 10,000 characters at once', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 9000, maxLength: 10_000 }),
        fc.constantFrom('', ' E5 8BY'),
        (text, tail) => {
          expect(['invalid', 'empty', 'postcode']).toContain(parsePostcodeQuery(text + tail).kind);
        },
      ),
      { numRuns: RUNS.longPostcode },
    );
    expect(parsePostcodeQuery(`${' '.repeat(10_000)}E5 8BY${'\u200f'.repeat(5000)}`)).toMatchObject({
      kind: 'postcode',
      label: 'E5 8BY',
    });
  });

  it('reads a postcode the same with direction marks anywhere and digits of any script', () => {
    const postcodes = ['E5 8BY', 'SW1A 1AA', 'CF10 1EP', 'B33 8TH', 'M1 1AE', 'EC1A 1BB'];
    fc.assert(
      fc.property(
        fc.constantFrom(...postcodes),
        fc.array(fc.constantFrom(...FORMAT), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom(...ZEROS),
        fc.boolean(),
        (postcode, marks, at, zero, lower) => {
          let text = postcode.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));
          if (lower) text = text.toLowerCase();
          marks.forEach((mark, i) => {
            const where = (at[i] ?? 0) % (text.length + 1);
            text = text.slice(0, where) + mark + text.slice(where);
          });
          expect(foldPostcodeText(text).toUpperCase().replace(/\s+/g, ' ').trim()).toBe(postcode);
          expect(parsePostcodeQuery(text)).toMatchObject({ kind: 'postcode', label: postcode, full: true });
        },
      ),
      { numRuns: RUNS.postcodeNoise },
    );
  });
});

describe('codes in URLs', () => {
  it('become an ODS-shaped code or nothing, and a link built from one stays on the app', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const code = normaliseCode(text);
        if (code === null) return;
        expect(code).toMatch(/^[A-Z0-9]{3,10}$/);
        expect(parseLocation(buildPath({ name: 'practice', code }), LANGUAGE_CODES).route).toEqual({ name: 'practice', code });
      }),
      { numRuns: RUNS.codes },
    );
  });
});

describe('text messages', () => {
  it('compose from any practice name without throwing: the link opens Messages with the whole text, and its size is counted', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom(...LANGUAGE_CODES),
        fc.option(fc.stringMatching(/^[A-Z0-9]{3,10}$/)),
        (name, language, code) => {
          const body = `${name} ${shareLink('https://safe.example', language, code)}`;
          const href = smsHref(body);
          expect(href.startsWith('sms:?&body=')).toBe(true);
          const sent = decodeURIComponent(href.slice('sms:?&body='.length));
          expect(sent.endsWith(shareLink('https://safe.example', language, code))).toBe(true);
          expect(sent.length).toBe(body.length);
          const size = smsSize(body);
          expect(size.parts).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: RUNS.sms },
    );
  });
});

describe('the data pipeline reading CSV', () => {
  const cell = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '\r\n', 'é', '1', '\ufeff'), maxLength: 12 }),
    fc.string({ maxLength: 12 }),
  );
  const csv = fc
    .tuple(fc.boolean(), fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'))
    .map(([bom, rows, eol]) => `${bom ? '\ufeff' : ''}${rows.map((r) => r.join(',')).join(eol)}`);

  it('reads malformed quotes, ragged rows, a BOM and any line ends, or fails with the line of the unclosed quote', () => {
    fc.assert(
      fc.property(csv, (text) => {
        try {
          const records = [...csvRecords(text)];
          for (const record of records) expect(record.line).toBeGreaterThanOrEqual(1);
        } catch (error) {
          expect(error).toBeInstanceOf(CsvError);
          expect((error as CsvError).message).toMatch(/^line \d+: a quoted field is never closed$/);
        }
      }),
      { numRuns: RUNS.csv },
    );
  });

  it('keeps only members with a practice code and an https source, and names the file and line of every row it refuses', () => {
    const header = fc.constantFrom(
      'ods_code,name,source_url,evidence,as_of',
      'as_of,evidence,source_url,name,ods_code',
      'ods_code,name,evidence',
    );
    const url = fc.oneof(
      fc.webUrl(),
      fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'JaVaScRiPt:x', ' https://a.example', 'http://a.example/x'),
      fc.string({ maxLength: 20 }),
    );
    const row = fc.tuple(
      fc.oneof(fc.stringMatching(/^[A-Z]\d{5}$/), fc.string({ maxLength: 8 })),
      fc.string({ maxLength: 10 }),
      url,
      fc.string({ maxLength: 10 }),
      fc.oneof(fc.constant('2018'), fc.string({ maxLength: 10 })),
    );
    fc.assert(
      fc.property(header, fc.array(row, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), (head, rows, eol) => {
        const quote = (f: string) => `"${f.replace(/"/g, '""')}"`;
        const text = [head, ...rows.map((r) => r.map(quote).join(','))].join(eol);
        const report = new Report();
        try {
          const { members } = readMembers(text, 'members.csv', report);
          for (const member of members) {
            expect(isHttpsUrl(member.source)).toBe(true);
            expect(member.code).toMatch(/^[A-Z]\d{5}$/);
          }
          for (const issue of report.issues) expect(issue.message).toMatch(/^members\.csv:\d+: \S/);
        } catch (error) {
          // Only a header without the columns is fatal, and it says which.
          expect((error as Error).message).toMatch(/^members\.csv:1: the header row has no \w+ column/);
        }
      }),
      { numRuns: RUNS.members },
    );
  });

  it('reads any epraccur-like rows into practices or file:line reasons, never an unexplained exception', () => {
    const row = fc.array(
      fc.oneof(
        fc.string({ maxLength: 10 }),
        fc.constantFrom('A81001', 'F84003', 'A', 'C', 'D', '4', 'RO76', '20250901', '02089867111', 'E5 8BY', ''),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        const text = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\r\n');
        const report = new Report();
        try {
          const result = readEpraccur(text, 'epraccur.csv', report);
          for (const practice of result.practices) expect(practice.code).toMatch(/^[A-Z0-9]+$/);
          for (const issue of report.issues) expect(issue.message).toMatch(/^epraccur\.csv:\d+: \S/);
        } catch (error) {
          expect((error as Error).message).toMatch(/epraccur\.csv/);
        }
      }),
      { numRuns: RUNS.epraccur },
    );
  });
});

describe('the app reading data files', () => {
  const row = [
    'F84003',
    'Lower Clapton',
    ['34 Linscott Road', 'London'],
    'E5 0RD',
    '020 8986 7111',
    5155210,
    -5210,
    'E',
    0,
    0,
    '',
  ];
  // Northern Ireland's rows have no position: a broken one must not slip through either.
  const northernIrish = ['Z00008', 'Smith Surgery', ['12 Main Street'], 'BT7 1NN', null, null, null, 'N', -1, 0, 'Belfast'];
  const practices = {
    format: DATA_FORMAT,
    editions: { E: '2025-09-01', W: '2025-09-01', S: '2022-10-01', N: '2026-01-01' },
    scale: 100000,
    fields: PRACTICE_FIELDS,
    members: [{ source: 'https://example.org/x', evidence: 'said so', asOf: '2018' }],
    practices: [row, northernIrish],
  };
  const areas = {
    format: DATA_FORMAT,
    kind: 'sector',
    edition: '2025.4.0',
    scale: 100000,
    keys: ['E5 8', 'E5 9'],
    lat: [5155210, 10],
    lon: [-5210, -10],
    nation: 'EE',
  };

  /** Uses a file the way the app does, once the validator has let it through. */
  function use(json: unknown) {
    const file = validatePracticeFile(json);
    if (file) {
      const list = decodePractices(file);
      indexPractices(list);
      indexNorthernIreland(list);
      for (const practice of list) {
        if (practice.member) expect(isHttpsUrl(practice.member.source)).toBe(true);
        const tel = practice.phone ? telHref(practice.phone) : null;
        if (tel) expect(tel).toMatch(/^tel:\+44\d{9,10}$/);
        expect(directionsHref(practice, false)).toMatch(/^geo:/);
      }
    }
    const area = validateAreaFile(json);
    if (area) decodeAreas(area);
  }

  it('refuse any JSON that is not a data file, and never throw on it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => void use(json)),
      { numRuns: RUNS.json },
    );
  });

  it('refuse a real file with any one field made wrong (null, a number, a string, a javascript: link), and never throw', () => {
    const wrong = fc.constantFrom(null, 0, -1, 1.5, '', 'x', 'javascript:alert(1)', [], {}, true, Number.MAX_SAFE_INTEGER + 2);
    fc.assert(
      fc.property(fc.constantFrom('practices', 'areas'), fc.nat(), wrong, (which, seed, value) => {
        const file = structuredClone(which === 'practices' ? practices : areas) as Record<string, unknown>;
        // Replace one leaf, chosen by the seed, anywhere in the file.
        const leaves: [Record<string, unknown> | unknown[], string | number][] = [];
        const walk = (node: unknown) => {
          if (node && typeof node === 'object') {
            for (const [k, v] of Object.entries(node)) {
              leaves.push([node as Record<string, unknown>, Array.isArray(node) ? Number(k) : k]);
              walk(v);
            }
          }
        };
        walk(file);
        const [parent, key] = leaves[seed % leaves.length]!;
        const before = JSON.stringify(file);
        (parent as Record<string | number, unknown>)[key] = value;
        use(file);
        if (JSON.stringify(file) !== before && key !== 'fields') {
          const valid = which === 'practices' ? validatePracticeFile(file) : validateAreaFile(file);
          // Only a change that keeps the shape may pass (a name becoming "x"); never a broken one.
          if (valid && which === 'practices') for (const r of (valid as typeof practices).practices) expect(r).toHaveLength(11);
        }
      }),
      { numRuns: RUNS.mutated },
    );
  });
});
