/**
 * What `npm run data` writes besides the postcode tables: practices.json, one record per practice, and
 * manifest.json (the sources, their editions and licences, each file's hash and the attribution).
 */
import { join } from 'node:path';
import {
  DATA_FORMAT,
  PRACTICE_FIELDS,
  type DataManifest,
  type FileInfo,
  type MembershipSource,
  type PracticeEditions,
  type PracticeFile,
  type PracticeRow,
} from '../../directory/data-format.ts';
import { PRACTICE_SCALE } from './encode.ts';
import type { Report } from './report.ts';
import { hash16, removeStale, stableJson, writeJson, writeText, type Written } from './write.ts';

/** The attribution lines of ../shared/data/README.md, with Code-Point's copyright year. */
export function attribution(year: string): string[] {
  return [
    `Contains OS data © Crown copyright and database right ${year}. Contains Royal Mail data © Royal Mail copyright and database right ${year}. Contains National Statistics data © Crown copyright and database right ${year}.`,
    'Contains public sector information from NHS England (Organisation Data Service) licensed under the Open Government Licence v3.0.',
    'Contains public sector information from Public Health Scotland licensed under the Open Government Licence v3.0.',
    'Contains public sector information from the HSC Business Services Organisation (Northern Ireland) licensed under the Open Government Licence v3.0.',
  ];
}

/** A practices file (the whole list, or one practice's record), with each nation's list edition. */
function practiceFile(editions: PracticeEditions, practices: PracticeRow[], members: MembershipSource[]): PracticeFile {
  return { format: DATA_FORMAT, editions, scale: PRACTICE_SCALE, fields: PRACTICE_FIELDS, members, practices };
}

/**
 * Writes practices.json and practice/{CODE}.json (each record names only its own member source, as
 * member 0), removes records of practices no longer in the data, and returns what was written: the list,
 * then all records as one entry (their hash covers them all).
 */
export function writePracticeFiles(
  out: string,
  editions: PracticeEditions,
  rows: PracticeRow[],
  members: MembershipSource[],
  log: (line: string) => void,
): Written[] {
  const list = writeJson(out, 'practices.json', practiceFile(editions, rows, members));
  const records: string[] = [];
  const names = new Set<string>();
  let gzip = 0;
  for (const row of rows) {
    const membership = row[8] >= 0 ? [members[row[8]]!] : [];
    const own: PracticeRow = [...row];
    own[8] = row[8] >= 0 ? 0 : -1;
    const text = stableJson(practiceFile(editions, [own], membership));
    records.push(text);
    names.add(`${row[0]}.json`);
    gzip += writeText(out, `practice/${row[0]}.json`, text).gzip;
  }
  const stale = removeStale(join(out, 'practice'), names);
  if (stale.length > 0) log(`Removed ${stale.length} practice files no longer in the data: ${stale.join(', ')}`);
  const bytes = records.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  return [list, { path: 'practice/{CODE}.json', bytes, hash: hash16(...records), gzip }];
}

/** What manifest.json says, from what the build read and wrote. */
export interface ManifestInput {
  built: string;
  codepoint: { file: string; edition: string; rows: number; copyrightYear: string };
  epraccur: { file: string; edition: string; rows: number };
  members: { file: string; rows: number; kept: MembershipSource[] };
  scotland: { file: string; edition: string; rows: number };
  northernIreland: { file: string; edition: string; rows: number };
  report: Report;
  /** sectors, districts, practices, the practice records, in that order. */
  written: Written[];
  counts: { sectors: number; districts: number; practices: number };
  approximate: string[];
}

/** manifest.json: the sources, their editions and licences, each file's rows, bytes and hash, and the attribution. */
export function manifestFor(input: ManifestInput): DataManifest {
  const { codepoint, epraccur, members, scotland, northernIreland, report, written, counts } = input;
  const info = (w: Written | undefined, rows: number): FileInfo => ({
    path: w?.path ?? '',
    rows,
    bytes: w?.bytes ?? 0,
    hash: w?.hash ?? '',
  });
  return {
    format: DATA_FORMAT,
    built: input.built,
    sources: [
      {
        id: 'codepoint',
        title: 'Code-Point Open',
        publisher: 'Ordnance Survey',
        edition: codepoint.edition,
        licence: 'Open Government Licence v3.0',
        file: codepoint.file,
        rows: codepoint.rows,
        rejected: report.rejected('codepoint'),
      },
      {
        id: 'epraccur',
        title: 'GP practices (epraccur)',
        publisher: 'NHS England Organisation Data Service',
        edition: epraccur.edition,
        licence: 'Open Government Licence v3.0',
        file: epraccur.file,
        rows: epraccur.rows,
        rejected: report.rejected('epraccur'),
      },
      {
        id: 'members',
        title: 'Safe Surgeries members',
        publisher: 'Compiled for Safe Surgeries, each entry with its public source',
        // The list has no edition of its own: the newest as_of date of the members it contributed stands for it.
        edition:
          members.kept
            .map((m) => m.asOf)
            .sort()
            .at(-1) ?? 'empty',
        licence: 'Facts with sources',
        file: members.file,
        rows: members.rows,
        rejected: report.rejected('members'),
      },
      {
        id: 'scotland',
        title: 'GP Practice Contact Details and List Sizes',
        publisher: 'Public Health Scotland',
        edition: scotland.edition,
        licence: 'Open Government Licence v3.0',
        file: scotland.file,
        rows: scotland.rows,
        rejected: report.rejected('scotland'),
      },
      {
        id: 'northernIreland',
        title: 'GP practice reference file',
        publisher: 'HSC Business Services Organisation (Northern Ireland)',
        edition: northernIreland.edition,
        licence: 'Open Government Licence v3.0',
        file: northernIreland.file,
        rows: northernIreland.rows,
        rejected: report.rejected('northernIreland'),
      },
    ],
    files: {
      sectors: info(written[0], counts.sectors),
      districts: info(written[1], counts.districts),
      practices: info(written[2], counts.practices),
      practiceRecords: info(written[3], counts.practices),
    },
    approximate: input.approximate,
    attribution: attribution(codepoint.copyrightYear),
  };
}
