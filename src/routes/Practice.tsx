import { Page } from '../components/Page.tsx';
import { PracticeDetails } from '../components/PracticeDetails.tsx';
import { PracticeNotFound, PracticeProblem } from '../components/PracticeStates.tsx';
import { useLoad } from '../hooks/use-load.ts';
import { loadPractice } from '../directory/directory.ts';
import { t } from '../i18n/index.ts';
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
  if (state.status === 'failed') return <PracticeProblem title={t('practice:title')} error={state.error} retry={retry} />;
  if (!state.value) return <PracticeNotFound code={route.code} />;
  return <PracticeDetails practice={state.value.practice} edition={state.value.edition} />;
}
