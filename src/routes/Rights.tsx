import { Page } from '../components/Page.tsx';
import { Placeholder } from '../components/Placeholder.tsx';
import { registerStrings, t } from '../i18n/index.ts';

registerStrings(import.meta.glob('../../locales/*/rights.json', { import: 'default' }));

/** `/rights`: placeholder until its issue fills it. */
export function Rights() {
  return (
    <Page title={t('rights:title')}>
      <Placeholder />
    </Page>
  );
}
