import { useEffect, useState } from 'preact/hooks';
import { Page } from '../components/Page.tsx';
import { PracticeGate } from '../components/PracticeStates.tsx';
import { QrOverlay } from '../components/QrOverlay.tsx';
import { SmsActions } from '../components/SmsActions.tsx';
import { SMS_PRACTICE } from '../content/nation-wording.ts';
import type { PracticeRecord } from '../directory/directory.ts';
import { currentLanguage, fixedT, loadLanguage, t, type Namespace } from '../i18n/index.ts';
import { LANGUAGES } from '../i18n/language-list.ts';
import { SOURCE_LANGUAGE, textDirection } from '../i18n/languages.ts';
import { useHref } from '../router/links.ts';
import { shareLink } from '../share/links.ts';
import { smsSize } from '../share/sms.ts';
import { publicOrigin } from '../site.ts';
import { linkStaffStyles } from './staff-styles.ts';
import type { RouteProps } from './types.ts';

linkStaffStyles();

type ShareRoute = { name: 'share'; code: string } | { name: 'shareApp' };

/** The string files this screen needs beyond translation.json (loaded with it by routes/registry.ts). */
export const STRINGS: Namespace[] = ['share', 'practice'];

/**
 * `/share/{code}` and `/share`: compose a text message in the patient's language (with the cost in SMS
 * parts shown), send it through the phone's Messages app, the share sheet or the clinic's own system,
 * or show the link as a QR code for phone-to-phone handover.
 */
export function Share({ route }: RouteProps<ShareRoute>) {
  if (route.name === 'shareApp') return <ShareView record={null} />;
  return (
    <PracticeGate code={route.code} title={t('practice:shareTitle')} loading={t('practice:loading')}>
      {(record) => <ShareView record={record} />}
    </PracticeGate>
  );
}

/** The message composer, for a practice that has loaded or (no record) for the app itself. */
function ShareView({ record }: { record: PracticeRecord | null }) {
  const href = useHref();
  const code = record?.practice.code ?? null;
  const title = record ? t('practice:shareTitle') : t('share:titleApp');
  const [language, setLanguage] = useState(currentLanguage());
  const [ready, setReady] = useState(language);
  const [showQr, setShowQr] = useState(false);
  useEffect(() => {
    // The message's language may differ from the app's: load its strings first.
    let live = true;
    void loadLanguage(language, ['share']).then(
      () => live && setReady(language),
      () => live && setReady(SOURCE_LANGUAGE),
    );
    return () => void (live = false);
  }, [language]);

  const link = shareLink(publicOrigin(), ready, code);
  const fixed = fixedT(ready);
  const name = record?.practice.name ?? '';
  const body = !record ? fixed('share:smsApp', { link }) : fixed(SMS_PRACTICE[record.practice.nation], { practice: name, link });
  const size = smsSize(body);

  return (
    <Page title={title}>
      {record && (
        <p class="share-practice">
          <a href={href({ name: 'practice', code: record.practice.code })}>
            <bdi lang="en">{name}</bdi>
          </a>
        </p>
      )}
      <p>{t('share:intro')}</p>
      <label class="label" for="sms-language">
        {t('share:languageLabel')}
      </label>
      <select id="sms-language" class="input select" value={language} onChange={(e) => setLanguage(e.currentTarget.value)}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.endonym === l.name ? l.endonym : `${l.endonym} (${l.name})`}
          </option>
        ))}
      </select>
      <h2 class="label" id="sms-heading">
        {t('share:messageLabel')}
      </h2>
      <p class="sms-preview" lang={ready} dir={textDirection(ready)} aria-labelledby="sms-heading">
        {body}
      </p>
      <p class="hint" aria-live="polite">
        {t('share:size', {
          characters: t('share:characters', { count: [...body].length }),
          parts: t('share:parts', { count: size.parts }),
        })}
        {size.encoding === 'UCS-2' && <> {t('share:unicode')}</>}
      </p>
      <SmsActions body={body} link={link} title={title} onShowQr={() => setShowQr(true)} />
      {!code && <p class="hint">{t('share:shareAppHint')}</p>}
      {showQr && <QrOverlay link={link} onClose={() => setShowQr(false)} />}
    </Page>
  );
}
