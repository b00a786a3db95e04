/** CSV as the publishers write it (RFC 4180): quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF or LF. */

/** One record of a CSV file and the line (1-based) it starts on, for file:line messages. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** Thrown when the text cannot be read as CSV: a quoted field that is never closed. */
export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

function endOfField(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); i < text.length && c !== COMMA && c !== LF && c !== CR; c = text.charCodeAt(++i));
  return i;
}

function lineBreaks(chunk: string): number {
  if (chunk.indexOf('\n') < 0 && chunk.indexOf('\r') < 0) return 0;
  return chunk.match(/\r\n?|\n/g)?.length ?? 0;
}

/**
 * The records of a CSV text, one at a time. A leading byte-order mark and blank lines are ignored;
 * characters after a closing quote are kept as they are (as Python's csv module does), so a stray
 * quote costs one odd field rather than the whole file.
 */
export function* csvRecords(text: string): Generator<CsvRecord> {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let quoted = false;
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        quoted = true;
        value = '';
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) throw new CsvError(start, 'a quoted field is never closed');
          const chunk = text.slice(i, q);
          line += lineBreaks(chunk);
          value += chunk;
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        const j = endOfField(text, i);
        value += text.slice(i, j);
        i = j;
      } else {
        const j = endOfField(text, i);
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === CR) {
        i++;
        if (text.charCodeAt(i) === LF) i++;
        line++;
      } else if (c === LF) {
        i++;
        line++;
      }
      break;
    }
    if (quoted || fields.length > 1 || fields[0] !== '') yield { fields, line: start };
  }
}

/** Every record of a CSV text as an array of fields (see csvRecords). */
export function parseCsv(text: string): string[][] {
  return Array.from(csvRecords(text), (record) => record.fields);
}
