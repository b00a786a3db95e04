import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { pdfPages } from './pdf.ts';

const root = join(import.meta.dirname, '..', '..');

test('npm run posters writes one A4 PDF per practice and fails, naming them, on unknown codes', async () => {
  test.setTimeout(120_000);
  const out = mkdtempSync(join(tmpdir(), 'posters-'));
  try {
    const run = promisify(execFile)('npx', ['tsx', 'src/tools/export-posters.ts', '--codes', 'f84003,ZZZ999', '--out', out, '--allow-local'], {
      cwd: root,
    });
    const failure = await run.then(() => null, (error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure?.code).toBe(1);
    expect(`${failure?.stdout}${failure?.stderr}`).toContain('ZZZ999');
    const pdf = join(out, 'F84003.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(existsSync(join(out, 'ZZZ999.pdf'))).toBe(false);
    const pages = pdfPages(readFileSync(pdf));
    expect(pages.count).toBe(1);
    expect(pages.widthMm).toBeCloseTo(210, 0);
    expect(pages.heightMm).toBeCloseTo(297, 0);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
