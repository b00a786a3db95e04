import { useState } from 'preact/hooks';
import { Page } from '../components/Page.tsx';
import { PostcodeForm } from '../components/PostcodeForm.tsx';
import { PracticeDetails } from '../components/PracticeDetails.tsx';
import { useLoad } from '../components/use-load.ts';
import { loadPractice } from '../directory/directory.ts';
import { requestSearch } from '../directory/last-search.ts';
import { DataError } from '../directory/load.ts';
import { isolate, t } from '../i18n/index.ts';
import { navigate } from '../router/history.ts';
import { useHref } from '../router/links.ts';
import type { RouteProps } from './types.ts';


/** The page a poster's QR code opens: one practice, how to register there, and what to do next. */
export function Practice({ route }: RouteProps<{ name: 'practice'; code: string }>) {
  const [state, retry] = useLoad(() => loadPractice(route.code), route.code);
  if (state.status === 'loading') {
    return (
      <Page title={t('practice:title')}>
        <p class="loading" role="status">
          {t('practice:loading')}
        </p>
      </Page>
    );
  }
  if (state.status === 'failed') {
    const offline = state.error instanceof DataError && state.error.reason === 'offline';
    return (
      <Page title={t('practice:title')}>
        <div class="notice" role="alert">
          <p>{t(offline ? 'practice:offline' : 'practice:failed')}</p>
          <button type="button" class="button" onClick={retry}>
            {t('practice:retry')}
          </button>
        </div>
      </Page>
    );
  }
  if (!state.value) return <PracticeNotFound code={route.code} />;
  return <PracticeDetails practice={state.value.practice} edition={state.value.edition} />;
}

/** An unknown or closed practice code: say so, and offer a search instead of a dead end. */
function PracticeNotFound({ code }: { code: string }) {
  const href = useHref();
  const [text, setText] = useState('');
  return (
    <Page title={t('practice:notFoundTitle')}>
      <p>{t('practice:notFoundBody', { code: isolate(code) })}</p>
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
