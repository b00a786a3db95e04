import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { pdfPages } from './pdf.ts';

const root = join(import.meta.dirname, '..', '..');

/** Runs `npm run posters` for some codes into a fresh folder: its exit code, output and the files written. */
async function posters(codes: string) {
  const out = mkdtempSync(join(tmpdir(), 'posters-'));
  try {
    const result = await promisify(execFile)(
      'npx',
      ['tsx', 'src/tools/export-posters.ts', '--codes', codes, '--out', out, '--allow-local'],
      { cwd: root },
    ).then(
      ({ stdout, stderr }) => ({ code: 0, output: `${stdout}${stderr}` }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: `${error.stdout}${error.stderr}`,
      }),
    );
    const files = Object.fromEntries(readdirSync(out).map((file) => [file, readFileSync(join(out, file))]));
    return { ...result, files };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

test('npm run posters writes one A4 PDF per practice', async () => {
  test.setTimeout(120_000);
  const { code, files } = await posters('f84003');
  expect(code).toBe(0);
  expect(Object.keys(files)).toEqual(['F84003.pdf']);
  const pages = pdfPages(files['F84003.pdf']!);
  expect(pages.count).toBe(1);
  expect(pages.widthMm).toBeCloseTo(210, 0);
  expect(pages.heightMm).toBeCloseTo(297, 0);
});

test("npm run posters fails on an unknown code, naming it as not found (from the page's mark, not a timeout)", async () => {
  test.setTimeout(120_000);
  const started = Date.now();
  const { code, output, files } = await posters('ZZZ999,F84003');
  expect(code).toBe(1);
  expect(output).toContain('ZZZ999: no such practice in this build, skipped');
  expect(output).not.toMatch(/showed neither/);
  expect(Object.keys(files)).toEqual(['F84003.pdf']);
  // Well under the 30 s a page is given to show either mark.
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(existsSync(join(root, 'ZZZ999.pdf'))).toBe(false);
});
