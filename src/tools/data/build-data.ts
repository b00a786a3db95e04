/**
 * `npm run data`: reads Code-Point Open, NHS ODS epraccur.csv and the Safe Surgeries members list in the
 * publishers' own formats and writes the app's compact files (src/directory/data-format.ts) to public/data/.
 *
 *   npm run data -- [--codepoint PATH] [--epraccur PATH] [--members PATH] [--scotland PATH]
 *                    [--northern-ireland PATH] [--out DIR] [--date YYYY-MM-DD]
 *
 * Scotland's and Northern Ireland's lists default to the newest edition in ../shared/data by file name, so
 * a new PHS or BSO file (same header, new name) is read as it comes.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { AreaFile, DataManifest, PracticeRow } from '../../directory/data-format.ts';
import { areaFile, byCodePoint } from './encode.ts';
import { InputError } from './input.ts';
import { northernIrelandRows, scotlandRows } from './nation-rows.ts';
import { placePractices, type Approximate } from './practices.ts';
import { Report } from './report.ts';
import { manifestFor, writePracticeFiles } from './outputs.ts';
import { newestEdition, number, readSources } from './sources.ts';
import { writeJson, type Written } from './write.ts';

export { attribution } from './outputs.ts';
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
  /** Public Health Scotland's practice list (CSV). */
  scotland: string;
  /** The BSO's GP practice reference file for Northern Ireland (CSV). */
  northernIreland: string;
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
    scotland: newestEdition(SHARED_DATA, /^practice_contactdetails_.*\.csv$/i, 'practice_contactdetails_oct2022-open-data.csv'),
    northernIreland: newestEdition(
      SHARED_DATA,
      /^gp-practice-reference-file.*\.csv$/i,
      'gp-practice-reference-file-january-2026.csv',
    ),
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

/** Runs the whole pipeline. Throws InputError when an input is missing or unreadable. */
export function buildData(options: BuildOptions): BuildResult {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const report = new Report();
  const { list, ods, cp, scotland, northernIreland, files } = readSources(options, report, log);

  const sectors: AreaFile = areaFile('sector', cp.edition, cp.sectors);
  const districts: AreaFile = areaFile('district', cp.edition, cp.districts);

  const placed = placePractices(ods, cp, list.members, { epraccur: files.epraccur, members: files.members }, report);
  const scottish = scotlandRows(scotland, cp, files.scotland, report);
  const rows: PracticeRow[] = [...placed.rows, ...scottish.rows, ...northernIrelandRows(northernIreland)].sort((a, b) =>
    byCodePoint(a[0], b[0]),
  );
  const approximate = [...placed.approximate, ...scottish.approximate].sort((a, b) => byCodePoint(a.code, b.code));
  const members = placed.members;
  if (approximate.length > 0) {
    log(`Approximate positions (postcode not in Code-Point Open): ${approximate.length}`);
    for (const a of approximate)
      log(`  ${a.code} ${a.postcode}: centroid of ${a.area.includes(' ') ? 'sector' : 'district'} "${a.area}"`);
  }

  const out = resolve(options.out);
  const editions = { E: ods.edition, W: ods.edition, S: scotland.edition, N: northernIreland.edition };
  const written: Written[] = [
    writeJson(out, 'sectors.json', sectors),
    writeJson(out, 'districts.json', districts),
    ...writePracticeFiles(out, editions, rows, members, log),
  ];
  const manifest = manifestFor({
    built: options.date,
    codepoint: { file: files.codepoint, edition: cp.edition, rows: cp.rows, copyrightYear: cp.copyrightYear },
    epraccur: { file: files.epraccur, edition: ods.edition, rows: ods.rows },
    members: { file: files.members, rows: list.rows, kept: members },
    scotland: { file: files.scotland, edition: scotland.edition, rows: scotland.rows },
    northernIreland: { file: files.northernIreland, edition: northernIreland.edition, rows: northernIreland.rows },
    report,
    written,
    counts: { sectors: sectors.keys.length, districts: districts.keys.length, practices: rows.length },
    approximate: approximate.map((x) => x.code),
  });
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
        scotland: { type: 'string' },
        'northern-ireland': { type: 'string' },
        out: { type: 'string' },
        date: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`data: ${(error as Error).message}`);
    console.error(
      'usage: npm run data -- [--codepoint PATH] [--epraccur PATH] [--members PATH] [--scotland PATH] [--northern-ireland PATH] [--out DIR] [--date YYYY-MM-DD]',
    );
    return 2;
  }
  try {
    const defaults = defaultOptions(buildDate(values.date, process.env.SOURCE_DATE_EPOCH));
    const options: BuildOptions = {
      codepoint: values.codepoint ?? defaults.codepoint,
      epraccur: values.epraccur ?? defaults.epraccur,
      members: values.members ?? defaults.members,
      scotland: values.scotland ?? defaults.scotland,
      northernIreland: values['northern-ireland'] ?? defaults.northernIreland,
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
