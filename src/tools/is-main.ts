import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A path with its symbolic links resolved, or the path itself when it does not exist. */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Whether the module at `moduleUrl` (its `import.meta.url`) is the script Node was asked to run. Paths are
 * compared as files, links resolved, so a folder whose name has a space (`file:///a%20b/…` against
 * `/a b/…`) or a linked checkout still runs the check rather than exiting 0 having checked nothing.
 */
export function isMain(moduleUrl: string, script: string | undefined = process.argv[1]): boolean {
  if (!script) return false;
  return real(fileURLToPath(moduleUrl)) === real(resolve(script));
}
