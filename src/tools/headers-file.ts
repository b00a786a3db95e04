/** One block of a Netlify/Cloudflare `_headers` file: a path pattern and the headers sent for it. */
export interface HeaderRule {
  /** `/*`, `/assets/*`, `/sw.js`: a `*` matches any rest of the path. */
  path: string;
  headers: Record<string, string>;
}

/** Reads every block of a `_headers` file, in order. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** Reads the response headers for every path (`/*`) from a `_headers` file. */
export function parseHeadersFile(text: string): Record<string, string> {
  return Object.assign(
    {},
    ...parseHeaderRules(text)
      .filter((rule) => rule.path === '/*')
      .map((rule) => rule.headers),
  );
}

/** Whether a rule's path pattern matches a request path. */
export function pathMatches(pattern: string, path: string): boolean {
  if (!pattern.endsWith('*')) return pattern === path;
  return path.startsWith(pattern.slice(0, -1));
}

/** The headers a host sends for one path: every matching rule's, in order (the file gives no header twice). */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => pathMatches(rule.path, path)).map((rule) => rule.headers));
}
