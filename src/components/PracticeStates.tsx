import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Page } from './Page.tsx';
import { useLoad } from '../hooks/use-load.ts';
import type { PracticeRecord } from '../directory/directory.ts';
import { requestSearch } from '../directory/last-search.ts';
import { DataError } from '../directory/load.ts';
import { usePracticeRecord } from '../hooks/use-practice-record.ts';
import { currentLanguage, isolate, loadLanguage, t } from '../i18n/index.ts';
import { navigate } from '../router/history.ts';
import { useHref } from '../router/links.ts';

/**
 * A practice that could not be loaded: says whether the phone is offline (and the practice not kept on
 * it) or the loading failed, and offers to try again. The same words on every screen that shows one.
 */
export function PracticeProblem({ error, retry }: { error: unknown; retry: () => void }) {
  const offline = error instanceof DataError && error.reason === 'offline';
  return (
    <div class="notice" role="alert">
      <p>{t(offline ? 'practice:offline' : 'practice:failed')}</p>
      <button type="button" class="button" onClick={retry}>
        {t('practice:retry')}
      </button>
    </div>
  );
}

/**
 * The search offered instead of a missing practice. Its form and strings are fetched only then, so a poster
 * scan that finds its practice never downloads them; if they cannot be fetched, a link to Find stands in.
 */
function SearchInstead() {
  const href = useHref();
  const [text, setText] = useState('');
  const [form] = useLoad(
    () => Promise.all([import('./PostcodeForm.tsx'), loadLanguage(currentLanguage(), ['find'])]).then(([m]) => m.PostcodeForm),
    currentLanguage(),
  );
  if (form.status === 'loading') return null;
  if (form.status === 'failed') return <a href={href({ name: 'find' })}>{t('practice:notFoundSearch')}</a>;
  const PostcodeForm = form.value;
  return (
    <>
      <p>{t('practice:notFoundSearch')}</p>
      <PostcodeForm
        value={text}
        onInput={setText}
        onSearch={(typed) => {
          // Handed over in memory: the postcode never goes into the URL.
          requestSearch(typed);
          navigate(href({ name: 'find' }));
        }}
      />
    </>
  );
}

/** An unknown or closed practice code: say so, and offer a search instead of a dead end. */
export function PracticeNotFound({ code }: { code: string }) {
  return (
    <Page title={t('practice:notFoundTitle')}>
      {/* Marked on purpose for tools (npm run posters), which must not read headings in any language. */}
      <p data-practice-not-found={code}>{t('practice:notFoundBody', { code: isolate(code) })}</p>
      <SearchInstead />
    </Page>
  );
}

interface PracticeGateProps {
  code: string;
  /** The screen's title while the practice loads or cannot be loaded. */
  title: string;
  /** What to say while it loads. */
  loading: string;
  /** The screen, once the practice is there. */
  children: (record: PracticeRecord) => ComponentChildren;
}

/** A screen about one practice (its page, poster, message): loading, not found, or not loadable say the same everywhere. */
export function PracticeGate({ code, title, loading, children }: PracticeGateProps) {
  const [state, retry] = usePracticeRecord(code);
  if (state.status === 'ready' && state.value) return <>{children(state.value)}</>;
  if (state.status === 'ready') return <PracticeNotFound code={code} />;
  return (
    <Page title={title}>
      {state.status === 'failed' ? (
        <PracticeProblem error={state.error} retry={retry} />
      ) : (
        <p class="loading" role="status">
          {loading}
        </p>
      )}
    </Page>
  );
}
