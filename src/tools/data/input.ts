/** Reading the input files, with errors that say which file and why. */
import { readFileSync } from 'node:fs';

/** An input file is missing or unreadable: the build stops with this message. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The bytes of an input file; `what` names it in the error ("Code-Point Open zip"). */
export function readInput(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(error);
    throw new InputError(`cannot read the ${what} at ${path}: ${why}`);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/** Text of a file in UTF-8, or Windows-1252 when it is not valid UTF-8 (as older NHS exports are). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return windows1252.decode(bytes);
  }
}
