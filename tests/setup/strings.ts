/** Unit tests read string files from locales/ on disk, where the built app fetches them from its host. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setStringSource } from '../../src/i18n/index.ts';

const LOCALES = join(import.meta.dirname, '..', '..', 'locales');

setStringSource(async (code, namespace) => JSON.parse(readFileSync(join(LOCALES, code, `${namespace}.json`), 'utf8')));
