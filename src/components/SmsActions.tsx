import { useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { smsHref } from '../share/links.ts';

interface SmsActionsProps {
  body: string;
  link: string;
  title: string;
  onShowQr: () => void;
}

/** The ways to send a message: Messages, the phone's share sheet, the clipboard, or a QR code on screen. */
export function SmsActions({ body, link, title, onShowQr }: SmsActionsProps) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const canShare = typeof navigator.share === 'function';
  return (
    <>
      <ul class="link-list share-actions" role="list">
        <li>
          <a class="button" href={smsHref(body)}>
            {t('share:openMessages')}
          </a>
        </li>
        {canShare && (
          <li>
            <button
              type="button"
              class="button secondary"
              onClick={() => void navigator.share({ title, text: body }).catch(() => undefined)}
            >
              {t('share:shareButton')}
            </button>
          </li>
        )}
        <li>
          <button
            type="button"
            class="button secondary"
            onClick={() =>
              void navigator.clipboard.writeText(body).then(
                () => setCopy('copied'),
                () => setCopy('failed'),
              )
            }
          >
            {t('share:copy')}
          </button>
        </li>
        <li>
          <button type="button" class="button secondary" onClick={onShowQr} data-link={link}>
            {t('share:showQr')}
          </button>
        </li>
      </ul>
      <p role="status" class="hint">
        {copy === 'copied' && t('share:copied')}
        {copy === 'failed' && t('share:copyFailed')}
      </p>
    </>
  );
}
