import { ExternalLink } from './ExternalLink.tsx';
import { sourcesOf, type FactId } from '../content/facts.ts';

/** Links to the published sources of some facts (titles as their publishers wrote them, in English). */
export function SourceList({ facts }: { facts: readonly FactId[] }) {
  return (
    <ul class="sources">
      {sourcesOf(facts).map((source) => (
        <li key={source.url}>
          <ExternalLink href={source.url} lang="en">
            {source.title}
          </ExternalLink>
        </li>
      ))}
    </ul>
  );
}
