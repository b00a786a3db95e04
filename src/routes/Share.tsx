import { Page } from '../components/Page.tsx';
import { Placeholder } from '../components/Placeholder.tsx';
import { isolate, registerStrings, t } from '../i18n/index.ts';
import type { RouteProps } from './types.ts';

registerStrings(import.meta.glob('../../locales/*/practice.json', { import: 'default' }));

/** A screen for one practice by its ODS code (placeholder until its issue fills it). */
export function Share({ route }: RouteProps<{ name: 'share'; code: string }>) {
  return (
    <Page title={t('practice:shareTitle')}>
      <p class="practice-code">{t('practice:code', { code: isolate(route.code) })}</p>
      <Placeholder />
    </Page>
  );
}
