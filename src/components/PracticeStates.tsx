import { useState } from 'preact/hooks';
import { Page } from './Page.tsx';
import { PostcodeForm } from './PostcodeForm.tsx';
import { requestSearch } from '../directory/last-search.ts';
import { DataError } from '../directory/load.ts';
import { isolate, t } from '../i18n/index.ts';
import { navigate } from '../router/history.ts';
import { useHref } from '../router/links.ts';

/**
 * A practice that could not be loaded: says whether the phone is offline (and the practice not kept on
 * it) or the loading failed, and offers to try again. Used by every screen that opens one practice.
 */
export function PracticeProblem({ title, error, retry }: { title: string; error: unknown; retry: () => void }) {
  const offline = error instanceof DataError && error.reason === 'offline';
  return (
    <Page title={title}>
      <div class="notice" role="alert">
        <p>{t(offline ? 'practice:offline' : 'practice:failed')}</p>
        <button type="button" class="button" onClick={retry}>
          {t('practice:retry')}
        </button>
      </div>
    </Page>
  );
}

/** An unknown or closed practice code: say so, and offer a search instead of a dead end. */
export function PracticeNotFound({ code }: { code: string }) {
  const href = useHref();
  const [text, setText] = useState('');
  return (
    <Page title={t('practice:notFoundTitle')}>
      {/* Marked on purpose for tools (npm run posters), which must not read headings in any language. */}
      <p data-practice-not-found={code}>{t('practice:notFoundBody', { code: isolate(code) })}</p>
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
    </Page>
  );
}
