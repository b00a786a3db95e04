import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../src/tools/headers-file.ts';

describe('the _headers file', () => {
  it('reads the headers of the /* block only, ignoring comments and other paths', () => {
    const text = '# note\n/assets/*\n  Cache-Control: immutable\n/*\n  X-A: 1\n  # skipped\n  X-B: a: b\n';
    expect(parseHeadersFile(text)).toEqual({ 'X-A': '1', 'X-B': 'a: b' });
  });

  it('gives the app a strict CSP: no inline script or style, nothing from another origin', () => {
    const csp = parseHeadersFile(readFileSync('public/_headers', 'utf8'))['Content-Security-Policy'] ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    for (const name of ['default-src', 'script-src', 'style-src', 'connect-src']) {
      expect(directives.get(name), name).toEqual(["'self'"]);
    }
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});
