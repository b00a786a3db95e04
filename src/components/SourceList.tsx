import { sourcesOf, type FactId } from '../content/facts.ts';

/** Links to the published sources of some facts (titles as their publishers wrote them, in English). */
export function SourceList({ facts, opensWebsite }: { facts: readonly FactId[]; opensWebsite: string }) {
  return (
    <ul class="sources">
      {sourcesOf(facts).map((source) => (
        <li key={source.url}>
          <a href={source.url} rel="noreferrer" lang="en">
            {source.title}
          </a>{' '}
          <span class="hint">{opensWebsite}</span>
        </li>
      ))}
    </ul>
  );
}
