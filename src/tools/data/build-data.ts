/**
 * `npm run data`: reads Code-Point Open, NHS ODS epraccur.csv and the Safe Surgeries members list in the
 * publishers' own formats and writes the app's compact files (src/directory/data-format.ts) to public/data/.
 *
 *   npm run data -- [--codepoint PATH] [--epraccur PATH] [--members PATH] [--out DIR] [--date YYYY-MM-DD]
 */
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DATA_FORMAT,
  PRACTICE_FIELDS,
  type AreaFile,
  type DataManifest,
  type FileInfo,
  type MembershipSource,
  type PracticeFile,
  type PracticeRow,
} from '../../directory/data-format.ts';
import { readCodePoint } from './codepoint.ts';
import { areaFile, PRACTICE_SCALE } from './encode.ts';
import { readEpraccur } from './epraccur.ts';
import { decodeText, InputError, readInput } from './input.ts';
import { readMembers } from './members.ts';
import { placePractices, type Approximate } from './practices.ts';
import { Report } from './report.ts';
import { hash16, removeStale, stableJson, writeJson, writeText, type Written } from './write.ts';
import { isMain } from '../is-main.ts';

/** The repository's root folder (this file is src/tools/data/build-data.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Where the raw sources live by default: ../shared/data next to the repository. */
export const SHARED_DATA = join(REPO_ROOT, '..', 'shared', 'data');

/** Input and output locations and the build date. */
export interface BuildOptions {
  codepoint: string;
  epraccur: string;
  members: string;
  out: string;
  /** YYYY-MM-DD, written into the manifest as `built`. */
  date: string;
  /** Progress and problems, one line at a time (stderr from the command line). */
  log?: (line: string) => void;
}

/** Everything the build produced, for the summary and for tests. */
export interface BuildResult {
  manifest: DataManifest;
  report: Report;
  /** sectors, districts, practices, the practice records (one entry for all) and the manifest. */
  written: Written[];
  /** Approximate practices with the area whose centroid they took. */
  approximate: Approximate[];
  /** Member practices in the directory. */
  members: number;
  milliseconds: number;
}

/** Default options: ../shared/data in, public/data out. */
export function defaultOptions(date: string): BuildOptions {
  return {
    codepoint: join(SHARED_DATA, 'codepo_gb.zip'),
    epraccur: join(SHARED_DATA, 'epraccur.csv'),
    members: join(SHARED_DATA, 'safe-surgeries-members.csv'),
    out: join(REPO_ROOT, 'public', 'data'),
    date,
  };
}

function isDate(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to March: a round trip catches it.
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

/** The build date: --date if given, else SOURCE_DATE_EPOCH (seconds), else today (UTC). */
export function buildDate(option: string | undefined, sourceDateEpoch: string | undefined, now = new Date()): string {
  if (option !== undefined) {
    if (!isDate(option)) throw new InputError(`--date "${option}" is not a date (YYYY-MM-DD)`);
    return option;
  }
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    if (!/^\d+$/.test(sourceDateEpoch)) throw new InputError(`SOURCE_DATE_EPOCH "${sourceDateEpoch}" is not a number of seconds`);
    return new Date(Number(sourceDateEpoch) * 1000).toISOString().slice(0, 10);
  }
  return now.toISOString().slice(0, 10);
}

/** The attribution lines of ../shared/data/README.md, with Code-Point's copyright year. */
export function attribution(year: string): string[] {
  return [
    `Contains OS data © Crown copyright and database right ${year}. Contains Royal Mail data © Royal Mail copyright and database right ${year}. Contains National Statistics data © Crown copyright and database right ${year}.`,
    'Contains public sector information from NHS England (Organisation Data Service) licensed under the Open Government Licence v3.0.',
  ];
}

const number = (n: number) => n.toLocaleString('en-GB');

// A file that is there but cannot be read as its format (a corrupt zip, a CSV without its header) stops the build too.
function reading<T>(path: string, what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    // Programming errors keep their stack; format errors (CsvError, fflate's, ours) become input errors.
    if (error instanceof InputError || error instanceof TypeError || error instanceof ReferenceError) throw error;
    throw new InputError(`cannot read the ${what} at ${path}: ${(error as Error).message}`);
  }
}

/** Runs the whole pipeline. Throws InputError when an input is missing or unreadable. */
export function buildData(options: BuildOptions): BuildResult {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const report = new Report();
  const epraccurFile = basename(options.epraccur);
  const membersFile = basename(options.members);
  const codepointFile = basename(options.codepoint);
  const zip = readInput(options.codepoint, 'Code-Point Open zip');
  const epraccurText = decodeText(readInput(options.epraccur, 'NHS ODS epraccur.csv'));
  const membersText = decodeText(readInput(options.members, 'Safe Surgeries members list'));

  const list = reading(options.members, 'Safe Surgeries members list', () => readMembers(membersText, membersFile, report));
  log(`Members: ${list.members.length} of ${list.rows} rows valid`);
  const ods = reading(options.epraccur, 'NHS ODS epraccur.csv', () => readEpraccur(epraccurText, epraccurFile, report));
  log(
    `epraccur: ${number(ods.rows)} rows (${ods.layout} layout, edition ${ods.edition}), ${number(ods.practices.length)} active GP practices`,
  );

  const wanted = new Set(ods.practices.map((p) => p.postcode));
  const cp = reading(options.codepoint, 'Code-Point Open zip', () =>
    readCodePoint(zip, {
      file: codepointFile,
      keep: wanted,
      report,
      progress: (done, total, postcodes) => {
        if (done % 10 === 0 || done === total) log(`Code-Point: ${done}/${total} area files, ${number(postcodes)} postcodes`);
      },
    }),
  );

  const sectors: AreaFile = areaFile('sector', cp.edition, cp.sectors);
  const districts: AreaFile = areaFile('district', cp.edition, cp.districts);

  const { rows, members, approximate } = placePractices(
    ods,
    cp,
    list.members,
    { epraccur: epraccurFile, members: membersFile },
    report,
  );
  if (approximate.length > 0) {
    log(`Approximate positions (postcode not in Code-Point Open): ${approximate.length}`);
    for (const a of approximate)
      log(`  ${a.code} ${a.postcode}: centroid of ${a.area.includes(' ') ? 'sector' : 'district'} "${a.area}"`);
  }

  const practiceFile = (practices: PracticeRow[], membership: MembershipSource[]): PracticeFile => ({
    format: DATA_FORMAT,
    edition: ods.edition,
    scale: PRACTICE_SCALE,
    fields: PRACTICE_FIELDS,
    members: membership,
    practices,
  });

  const out = resolve(options.out);
  const written: Written[] = [
    writeJson(out, 'sectors.json', sectors),
    writeJson(out, 'districts.json', districts),
    writeJson(out, 'practices.json', practiceFile(rows, members)),
  ];
  const records: string[] = [];
  const names = new Set<string>();
  let recordGzip = 0;
  for (const row of rows) {
    const membership = row[8] >= 0 ? [members[row[8]]!] : [];
    const text = stableJson(practiceFile([[...row.slice(0, 8), row[8] >= 0 ? 0 : -1, row[9]] as PracticeRow], membership));
    records.push(text);
    names.add(`${row[0]}.json`);
    recordGzip += writeText(out, `practice/${row[0]}.json`, text).gzip;
  }
  const stale = removeStale(join(out, 'practice'), names);
  if (stale.length > 0) log(`Removed ${stale.length} practice files no longer in the data: ${stale.join(', ')}`);
  const recordBytes = records.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  written.push({ path: 'practice/{CODE}.json', bytes: recordBytes, hash: hash16(...records), gzip: recordGzip });

  const info = (w: Written, count: number): FileInfo => ({ path: w.path, rows: count, bytes: w.bytes, hash: w.hash });
  const manifest: DataManifest = {
    format: DATA_FORMAT,
    built: options.date,
    sources: [
      {
        id: 'codepoint',
        title: 'Code-Point Open',
        publisher: 'Ordnance Survey',
        edition: cp.edition,
        licence: 'Open Government Licence v3.0',
        file: codepointFile,
        rows: cp.rows,
        rejected: report.rejected('codepoint'),
      },
      {
        id: 'epraccur',
        title: 'GP practices (epraccur)',
        publisher: 'NHS England Organisation Data Service',
        edition: ods.edition,
        licence: 'Open Government Licence v3.0',
        file: epraccurFile,
        rows: ods.rows,
        rejected: report.rejected('epraccur'),
      },
      {
        id: 'members',
        title: 'Safe Surgeries members',
        publisher: 'Compiled for Safe Surgeries, each entry with its public source',
        // The list has no edition of its own: the newest as_of date of the members it contributed stands for it.
        edition:
          members
            .map((m) => m.asOf)
            .sort()
            .at(-1) ?? 'empty',
        licence: 'Facts with sources',
        file: membersFile,
        rows: list.rows,
        rejected: report.rejected('members'),
      },
    ],
    files: {
      sectors: info(written[0]!, sectors.keys.length),
      districts: info(written[1]!, districts.keys.length),
      practices: info(written[2]!, rows.length),
      practiceRecords: info(written[3]!, rows.length),
    },
    approximate: approximate.map((a) => a.code),
    attribution: attribution(cp.copyrightYear),
  };
  written.push(writeJson(out, 'manifest.json', manifest));
  report.print(log);
  return { manifest, report, written, approximate, members: members.length, milliseconds: performance.now() - started };
}

/** The final summary: counts, rejections, files with their gzipped sizes, and the time taken. */
export function summary(result: BuildResult, out: string): string[] {
  const { manifest, report } = result;
  const lines = ['Summary:'];
  for (const s of manifest.sources)
    lines.push(`  ${s.file}: ${number(s.rows)} rows, ${number(s.rejected)} rejected (edition ${s.edition})`);
  for (const [key, count] of report.skipped) lines.push(`  skipped, ${key}: ${number(count)}`);
  const warnings = report.issues.filter((i) => i.severity === 'warning').length;
  lines.push(`  warnings (rows kept with a change): ${number(warnings)}`);
  lines.push(
    `  sectors ${number(manifest.files.sectors.rows)}, districts ${number(manifest.files.districts.rows)}, practices ${number(manifest.files.practices.rows)}, members ${number(result.members)}, approximate ${manifest.approximate.length}`,
  );
  lines.push(`Files in ${out}:`);
  for (const w of result.written) {
    lines.push(
      `  ${w.path.padEnd(22)} ${number(w.bytes).padStart(11)} B  ${number(w.gzip).padStart(9)} B gzip${w.path.includes('{') ? ` (${number(manifest.files.practiceRecords.rows)} files)` : ''}`,
    );
  }
  lines.push(`Built ${manifest.built} in ${(result.milliseconds / 1000).toFixed(1)} s`);
  return lines;
}

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        codepoint: { type: 'string' },
        epraccur: { type: 'string' },
        members: { type: 'string' },
        out: { type: 'string' },
        date: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`data: ${(error as Error).message}`);
    console.error('usage: npm run data -- [--codepoint PATH] [--epraccur PATH] [--members PATH] [--out DIR] [--date YYYY-MM-DD]');
    return 2;
  }
  try {
    const defaults = defaultOptions(buildDate(values.date, process.env.SOURCE_DATE_EPOCH));
    const options: BuildOptions = {
      codepoint: values.codepoint ?? defaults.codepoint,
      epraccur: values.epraccur ?? defaults.epraccur,
      members: values.members ?? defaults.members,
      out: values.out ?? defaults.out,
      date: defaults.date,
      log: (line) => console.error(line),
    };
    const result = buildData(options);
    console.log(summary(result, options.out).join('\n'));
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`data: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
