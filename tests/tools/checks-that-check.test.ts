import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main as checkData, underCI } from '../../src/tools/data/check-data.ts';
import { isMain } from '../../src/tools/is-main.ts';

const root = join(import.meta.dirname, '..', '..');
// The project seen from a folder whose name has a space.
const spaced = mkdtempSync(join(tmpdir(), 'safe surgeries '));
symlinkSync(root, join(spaced, 'the app'));
afterAll(() => rmSync(spaced, { recursive: true, force: true }));

const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('a tool knows it is the script being run', () => {
  it('from a folder whose name has a space, and through a link', () => {
    const file = join(root, 'src', 'tools', 'readability.ts');
    expect(isMain(pathToFileURL(file).href, file)).toBe(true);
    expect(isMain(pathToFileURL(file).href, join(spaced, 'the app', 'src', 'tools', 'readability.ts'))).toBe(true);
    expect(isMain(pathToFileURL(file).href, join(root, 'src', 'tools', 'check-budget.ts'))).toBe(false);
    expect(isMain(pathToFileURL(file).href, undefined)).toBe(false);
  });

  it('so readability and the budget check run (and fail when they should) from such a folder', { timeout: 60_000 }, () => {
    const readability = run('npx', ['tsx', join(spaced, 'the app', 'src', 'tools', 'readability.ts')]);
    expect(readability.status).toBe(0);
    expect(readability.stdout).toMatch(/rights\.json .* grade \d/);
    const budget = run('npx', ['tsx', join(spaced, 'the app', 'src', 'tools', 'check-budget.ts'), join(spaced, 'no build here')]);
    expect(budget.status).not.toBe(0);
    expect(budget.stderr).toMatch(/manifest\.json/);
  });
});

describe('data:check', () => {
  it('fails under CI when the source data is missing, and only says so elsewhere', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(checkData(join(spaced, 'no shared data'), true)).toBe(1);
    expect(error.mock.calls.flat().join(' ')).toMatch(/cannot run under CI/);
    expect(checkData(join(spaced, 'no shared data'), false)).toBe(0);
    expect(log.mock.calls.flat().join(' ')).toMatch(/skipped/);
    expect([underCI({ CI: 'true' }), underCI({ CI: '1' }), underCI({ CI: 'false' }), underCI({})]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    vi.restoreAllMocks();
  });
});

describe('the benchmark report', () => {
  const report = (benchmarks: { name: string; median: number }[]) => {
    const file = join(spaced, `bench-${benchmarks.length}-${benchmarks[0]?.median ?? 0}.json`);
    writeFileSync(
      file,
      JSON.stringify({ files: [{ groups: [{ benchmarks: benchmarks.map((b) => ({ ...b, sampleCount: 10 })) }] }] }),
    );
    return run('node', [join(root, 'tests', 'bench', 'report.mjs'), file]);
  };

  it('fails when a search is over the 1 ms target, or when nothing was measured', () => {
    expect(
      report([
        { name: 'nearest 10 practices', median: 0.1 },
        { name: 'decode the directory', median: 30 },
      ]).status,
    ).toBe(0);
    const over = report([{ name: 'nearest 10 practices', median: 1.5 }]);
    expect(over.status).toBe(1);
    expect(over.stdout).toMatch(/OVER the 1 ms target/);
    expect(report([]).status).toBe(1);
  });
});
