import { PracticeDetails } from '../components/PracticeDetails.tsx';
import { PracticeGate } from '../components/PracticeStates.tsx';
import { t, type Namespace } from '../i18n/index.ts';
import type { RouteProps } from './types.ts';

/** The string files this screen needs beyond translation.json (loaded with it by routes/registry.ts). */
export const STRINGS: Namespace[] = ['practice'];

/** The page a poster's QR code opens: one practice, how to register there, and what to do next. */
export function Practice({ route }: RouteProps<{ name: 'practice'; code: string }>) {
  return (
    <PracticeGate code={route.code} title={t('practice:title')} loading={t('practice:loading')}>
      {({ practice, edition }) => <PracticeDetails practice={practice} edition={edition} />}
    </PracticeGate>
  );
}
