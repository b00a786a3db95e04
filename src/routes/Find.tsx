import { Page } from '../components/Page.tsx';
import { Placeholder } from '../components/Placeholder.tsx';
import { registerStrings, t } from '../i18n/index.ts';

registerStrings(import.meta.glob('../../locales/*/find.json', { import: 'default' }));

/** `/find`: placeholder until its issue fills it. */
export function Find() {
  return (
    <Page title={t('find:title')}>
      <Placeholder />
    </Page>
  );
}
