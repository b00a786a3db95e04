import { useEffect, useState } from 'preact/hooks';
import { Page } from '../components/Page.tsx';
import { PracticeGate } from '../components/PracticeStates.tsx';
import { POSTER_HEADLINE } from '../content/nation-wording.ts';
import { QrImage } from '../components/QrImage.tsx';
import type { Practice } from '../directory/practices.ts';
import { fixedT, loadLanguage, t, type Namespace } from '../i18n/index.ts';
import { LANGUAGES } from '../i18n/language-list.ts';
import { SOURCE_LANGUAGE, textDirection } from '../i18n/languages.ts';
import { posterUrl } from '../qr/urls.ts';
import { publicOrigin } from '../site.ts';
import { linkStaffStyles } from './staff-styles.ts';
import type { RouteProps } from './types.ts';

linkStaffStyles();

/** How many languages besides English fit on the poster. */
export const MAX_POSTER_LANGUAGES = 8;
const OTHERS = LANGUAGES.filter((l) => l.code !== SOURCE_LANGUAGE);

/**
 * The poster's languages until staff choose: those of the most common nationalities claiming asylum in
 * the UK (Home Office, Immigration system statistics, year ending March 2025: Pakistan first with 11,048
 * claims, Afghanistan 8,069, Syria 6,175, then Iran, Eritrea, Bangladesh, Sudan and Iraq). Urdu; Dari and
 * Pashto; Arabic (Syria, Sudan, Iraq); Persian; Tigrinya; Bengali; Kurdish Sorani (Iraq, Iran). Six are
 * right to left. Those the app does not speak yet are skipped.
 */
export const DEFAULT_POSTER_LANGUAGES = ['ur', 'prs', 'ps', 'ar', 'fa', 'ti', 'bn', 'ckb'];

/** The languages a `?languages=en,ar` query asks for, else the defaults the app speaks, at most eight. */
export function initialLanguages(search: string, spoken: readonly string[]): string[] {
  const asked = new URLSearchParams(search).get('languages')?.split(',') ?? DEFAULT_POSTER_LANGUAGES;
  return [...new Set(asked)].filter((code) => code !== SOURCE_LANGUAGE && spoken.includes(code)).slice(0, MAX_POSTER_LANGUAGES);
}

/** The string files this screen needs beyond translation.json (loaded with it by routes/registry.ts). */
export const STRINGS: Namespace[] = ['poster', 'practice', 'share'];

/**
 * `/poster/{code}`: the reception poster. The rights line in English and the chosen languages, the
 * practice's name, and a QR code of `HTTPS://HOST/P/CODE` (no language: the phone's own decides).
 * Staff choose the languages, then print one A4 page.
 */
export function Poster({ route }: RouteProps<{ name: 'poster'; code: string }>) {
  return (
    <PracticeGate code={route.code} title={t('poster:title')} loading={t('poster:loading')}>
      {({ practice }) => <PosterView place={practice} />}
    </PracticeGate>
  );
}

/** The poster of a practice that has loaded: language choice, then the printable page. */
function PosterView({ place }: { place: Practice }) {
  const [languages, setLanguages] = useState(() =>
    initialLanguages(
      location.search,
      OTHERS.map((l) => l.code),
    ),
  );
  const [loaded, setLoaded] = useState<string[]>([]);
  const [failed, setFailed] = useState<string[]>([]);
  const [qrReady, setQrReady] = useState(false);
  useEffect(() => {
    let live = true;
    void Promise.allSettled(languages.map((code) => loadLanguage(code, ['poster']))).then((results) => {
      if (!live) return;
      // A language whose strings could not be loaded is left out and named, never printed in English under its label.
      setLoaded(languages.filter((_, i) => results[i]?.status === 'fulfilled'));
      setFailed(languages.filter((_, i) => results[i]?.status === 'rejected'));
    });
    return () => void (live = false);
  }, [languages.join()]);

  const origin = publicOrigin();
  const url = posterUrl(origin, place.code);
  // For people who cannot scan: the same address as one types it (a browser adds https itself).
  const typed = `${origin.replace(/^[a-z]+:\/\//, '')}/p/${place.code}`;
  const shown = [SOURCE_LANGUAGE, ...languages.filter((code) => loaded.includes(code))];
  const settled = languages.every((code) => loaded.includes(code) || failed.includes(code));
  const headline = POSTER_HEADLINE[place.nation];
  const toggle = (code: string, on: boolean) =>
    setLanguages(OTHERS.map((l) => l.code).filter((c) => (c === code ? on : languages.includes(c))));

  return (
    <Page title={t('poster:title')}>
      <div class="no-print poster-controls">
        <p>{t('poster:intro')}</p>
        <fieldset>
          <legend>{t('poster:languagesLegend')}</legend>
          <p class="hint">{t('poster:languagesHint')}</p>
          <div class="choices">
            {OTHERS.map((l) => (
              <label key={l.code} class="choice">
                <input
                  type="checkbox"
                  checked={languages.includes(l.code)}
                  disabled={!languages.includes(l.code) && languages.length >= MAX_POSTER_LANGUAGES}
                  onChange={(e) => toggle(l.code, e.currentTarget.checked)}
                />
                <span lang={l.code}>{l.endonym}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {failed.map((code) => (
          <p key={code} class="notice" role="alert">
            <span lang={code}>{OTHERS.find((l) => l.code === code)?.endonym ?? code}</span>: {t('app.languageLoadFailed')}
          </p>
        ))}
        <button type="button" class="button" onClick={() => window.print()} aria-describedby="print-hint">
          {t('poster:print')}
        </button>
        <p id="print-hint" class="hint">
          {t('poster:printHint')}
        </p>
      </div>
      <article
        class="poster"
        data-poster-ready={qrReady && settled ? '' : undefined}
        data-poster-missing={failed.length > 0 ? failed.join(',') : undefined}
        lang="en"
        dir="ltr"
      >
        <p class="poster-headline">{t(headline, { lng: SOURCE_LANGUAGE })}</p>
        {shown.length > 1 && (
          <div class="poster-lines">
            {shown.slice(1).map((code) => (
              <p key={code} class="poster-line" lang={code} dir={textDirection(code)}>
                {fixedT(code)(headline)}
              </p>
            ))}
          </div>
        )}
        <p class="poster-practice">{place.name}</p>
        <figure class="poster-qr">
          <QrImage
            text={url}
            label={url}
            unavailable={t('share:qrUnavailable')}
            class="qr-poster"
            onReady={() => setQrReady(true)}
          />
          <figcaption>
            {shown.map((code) => (
              <span key={code} lang={code} dir={textDirection(code)}>
                {fixedT(code)('poster:scan')}
              </span>
            ))}
          </figcaption>
        </figure>
        <p class="poster-url">
          {t('poster:orType', { lng: SOURCE_LANGUAGE })} <span data-poster-url={url}>{typed}</span>
        </p>
        <p class="poster-staff">{t('poster:staff', { lng: SOURCE_LANGUAGE })}</p>
      </article>
    </Page>
  );
}
