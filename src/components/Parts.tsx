import type { ComponentChildren } from 'preact';

// U+2063 INVISIBLE SEPARATOR: never in a translation, so it can mark where a placeholder's element goes.
const MARK = '\u2063';

/** Placeholder values that mark their place: pass to t(), then render the result with <Parts>. */
export function placeMarks<K extends string>(...names: K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, `${MARK}${name}${MARK}`])) as Record<K, string>;
}

/**
 * A translated sentence with elements where its placeholders were: for English (a quote, a practice's
 * name) inside another language, isolated and marked `lang="en"` so it is neither reordered nor misread.
 */
export function Parts({ text, parts }: { text: string; parts: Record<string, ComponentChildren> }) {
  const pieces = text.split(new RegExp(`${MARK}(\\w+)${MARK}`));
  return <>{pieces.map((piece, i) => (i % 2 === 1 ? parts[piece] : piece))}</>;
}

/** English words inside a sentence in another language: isolated, and read as English. */
export function EnglishWords({ children }: { children: ComponentChildren }) {
  return (
    <bdi lang="en" dir="ltr">
      {children}
    </bdi>
  );
}
