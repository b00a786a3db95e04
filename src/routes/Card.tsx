import { Page } from '../components/Page.tsx';
import { Placeholder } from '../components/Placeholder.tsx';
import { isolate, registerStrings, t } from '../i18n/index.ts';
import type { RouteProps } from './types.ts';

registerStrings(import.meta.glob('../../locales/*/card.json', { import: 'default' }));

/** `/card` and `/card?p={code}`: the reception card (placeholder until its issue fills it). */
export function Card({ route }: RouteProps<{ name: 'card'; practice: string | null }>) {
  return (
    <Page title={t('card:title')}>
      {route.practice && <p>{t('card:forPractice', { code: isolate(route.practice) })}</p>}
      <Placeholder />
    </Page>
  );
}
