import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeQr } from '../../src/qr/encode.ts';
import { QUIET_ZONE, qrPath, qrSvg } from '../../src/qr/svg.ts';

const qr = encodeQr('HTTPS://SAFE-SURGERIES.EXAMPLE/P/F84003');
const RUN = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/gy;

// The module grid a path draws, read back from its runs.
function gridOf(d: string, size: number, quietZone: number): boolean[] {
  const grid = new Array<boolean>(size * size).fill(false);
  let consumed = 0;
  for (const match of d.matchAll(RUN)) {
    const [, x, y, run, back] = match.map(Number) as [number, number, number, number, number];
    expect(run).toBe(back);
    expect(run).toBeGreaterThan(0);
    for (let i = 0; i < run; i++) {
      const index = (y - quietZone) * size + (x - quietZone + i);
      expect(grid[index]).toBe(false);
      grid[index] = true;
    }
    consumed += match[0].length;
  }
  expect(consumed).toBe(d.length);
  return grid;
}

describe('qrPath', () => {
  it('draws exactly the dark modules, in horizontal runs, inside a quiet zone of 4', () => {
    const { viewBox, d } = qrPath(qr);
    expect(QUIET_ZONE).toBe(4);
    expect(viewBox).toBe(qr.size + 8);
    const runs = [...d.matchAll(RUN)].reduce((sum, m) => sum + Number(m[3]), 0);
    expect(runs).toBe(qr.modules.filter(Boolean).length);
    expect(gridOf(d, qr.size, QUIET_ZONE)).toEqual(qr.modules);
  });

  it('merges neighbours: no run ends where the next one on the row starts', () => {
    const { d } = qrPath(qr);
    const ends = new Set([...d.matchAll(RUN)].map((m) => `${Number(m[1]) + Number(m[3])},${m[2]}`));
    const starts = [...d.matchAll(RUN)].map((m) => `${m[1]},${m[2]}`);
    expect(starts.filter((s) => ends.has(s))).toEqual([]);
  });

  it('takes another quiet zone', () => {
    const { viewBox, d } = qrPath(qr, 0);
    expect(viewBox).toBe(qr.size);
    expect(gridOf(d, qr.size, 0)).toEqual(qr.modules);
    // The top-left finder pattern's first row is a run of 7 from the corner.
    expect(d.startsWith('M0 0h7v1h-7z')).toBe(true);
  });
});

describe('qrSvg', () => {
  it('is a standalone SVG document: namespace, background, one black path, crisp edges, 10 px per module', () => {
    const svg = qrSvg(qr);
    const side = (qr.size + 8) * 10;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    expect(svg).toContain(`viewBox="0 0 ${qr.size + 8} ${qr.size + 8}"`);
    expect(svg).toContain(`width="${side}" height="${side}"`);
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect(svg).toContain(`<rect width="${qr.size + 8}" height="${qr.size + 8}" fill="#fff"/>`);
    expect(svg).toContain(`<path d="${qrPath(qr).d}" fill="#000"/>`);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).not.toContain('<title>');
  });

  it('has no style attribute or element, for a strict CSP', () => {
    expect(qrSvg(qr, { title: 'style' })).not.toMatch(/\sstyle=|<style/);
  });

  it('sizes by pixelsPerModule and quietZone', () => {
    const svg = qrSvg(qr, { pixelsPerModule: 3, quietZone: 2 });
    expect(svg).toContain(`viewBox="0 0 ${qr.size + 4} ${qr.size + 4}"`);
    expect(svg).toContain(`width="${(qr.size + 4) * 3}" height="${(qr.size + 4) * 3}"`);
  });

  it('escapes the title', () => {
    const svg = qrSvg(qr, { title: `Scan <me> & "go" to 'P'` });
    expect(svg).toContain('<title>Scan &#60;me&#62; &#38; &#34;go&#34; to &#39;P&#39;</title>');
  });
});

describe('src/qr', () => {
  it('imports nothing of qrcode but its core encoder (no renderer, canvas or PNG code)', () => {
    const dir = join(import.meta.dirname, '..', '..', 'src', 'qr');
    const imports = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/from '([^.'][^']*)'/g)].map((m) => m[1]));
    expect([...new Set(imports)]).toEqual(['qrcode/lib/core/qrcode.js']);
  });
});
