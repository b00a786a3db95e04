/** The pages of a PDF (Chromium's output: uncompressed page objects) and the size of the first, in mm. */
export function pdfPages(pdf: Buffer): { count: number; widthMm: number; heightMm: number } {
  const text = pdf.toString('latin1');
  const count = (text.match(/\/Type\s*\/Page\b/g) ?? []).length;
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  const mm = (points: string | undefined) => (Number(points) * 25.4) / 72;
  return { count, widthMm: mm(box?.[1]), heightMm: mm(box?.[2]) };
}
