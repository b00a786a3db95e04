/** A language's strings as the app has them (locales/), so browser tests follow the translations. */
import { readStrings } from '../../src/tools/i18n/files.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Strings = Record<string, any>;

/** The strings of a language by namespace: `strings('ar').rights.title`. */
export function strings(code: string): Strings {
  return Object.fromEntries(Object.entries(readStrings(code)).map(([file, tree]) => [file.replace(/\.json$/, ''), tree]));
}
