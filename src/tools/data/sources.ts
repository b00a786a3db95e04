/**
 * Reads the build's five sources in their publishers' formats: the members list, epraccur.csv, Scotland's
 * and Northern Ireland's practice lists, then Code-Point Open (only the postcodes practices need).
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BuildOptions } from './build-data.ts';
import { readCodePoint } from './codepoint.ts';
import { readEpraccur } from './epraccur.ts';
import { byCodePoint } from './encode.ts';
import { decodeText, InputError, readInput } from './input.ts';
import { readMembers } from './members.ts';
import { editionFromName, readNorthernIreland, readScotland } from './nations-lists.ts';
import type { Report } from './report.ts';

/** A count as the build's log prints it ("1,745,849"). */
export const number = (n: number) => n.toLocaleString('en-GB');

/**
 * The file in `dir` matching `pattern` whose name says the newest edition ("…_oct2022…" < "…january-2026…"),
 * so a publisher's next file is read as it comes; `fallback` (in `dir`) when none matches.
 */
export function newestEdition(dir: string, pattern: RegExp, fallback: string): string {
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => pattern.test(name)) : [];
  // A name without a month and year ("unknown") ranks below every dated one.
  const edition = (name: string) => (editionFromName(name) === 'unknown' ? '' : editionFromName(name));
  const newest = names.sort((a, b) => byCodePoint(edition(a), edition(b))).at(-1);
  return join(dir, newest ?? fallback);
}

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

/** Reads every source, logging what each held; throws InputError when one is missing or unreadable. */
export function readSources(options: BuildOptions, report: Report, log: (line: string) => void) {
  const files = {
    epraccur: basename(options.epraccur),
    members: basename(options.members),
    codepoint: basename(options.codepoint),
    scotland: basename(options.scotland),
    northernIreland: basename(options.northernIreland),
  };
  const zip = readInput(options.codepoint, 'Code-Point Open zip');
  const epraccurText = decodeText(readInput(options.epraccur, 'NHS ODS epraccur.csv'));
  const membersText = decodeText(readInput(options.members, 'Safe Surgeries members list'));
  const scotlandText = decodeText(readInput(options.scotland, "Public Health Scotland's practice list"));
  const northernIrelandText = decodeText(readInput(options.northernIreland, "the BSO's practice reference file"));

  const list = reading(options.members, 'Safe Surgeries members list', () => readMembers(membersText, files.members, report));
  log(`Members: ${list.members.length} of ${list.rows} rows valid`);
  const ods = reading(options.epraccur, 'NHS ODS epraccur.csv', () => readEpraccur(epraccurText, files.epraccur, report));
  log(
    `epraccur: ${number(ods.rows)} rows (${ods.layout} layout, edition ${ods.edition}), ${number(ods.practices.length)} active GP practices`,
  );
  const scotland = reading(options.scotland, "Public Health Scotland's practice list", () =>
    readScotland(scotlandText, files.scotland, report),
  );
  log(`Scotland: ${number(scotland.rows)} rows (edition ${scotland.edition}), ${number(scotland.practices.length)} practices`);
  const northernIreland = reading(options.northernIreland, "the BSO's practice reference file", () =>
    readNorthernIreland(northernIrelandText, files.northernIreland, report),
  );
  log(
    `Northern Ireland: ${number(northernIreland.rows)} rows (edition ${northernIreland.edition}), ${number(northernIreland.practices.length)} practices`,
  );

  const wanted = new Set([...ods.practices, ...scotland.practices].map((p) => p.postcode));
  const cp = reading(options.codepoint, 'Code-Point Open zip', () =>
    readCodePoint(zip, {
      file: files.codepoint,
      keep: wanted,
      report,
      progress: (done, total, postcodes) => {
        if (done % 10 === 0 || done === total) log(`Code-Point: ${done}/${total} area files, ${number(postcodes)} postcodes`);
      },
    }),
  );
  return { list, ods, cp, scotland, northernIreland, files };
}
