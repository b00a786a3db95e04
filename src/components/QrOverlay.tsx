import { useEffect, useRef } from 'preact/hooks';
import { QrImage } from './QrImage.tsx';
import { isolate, t } from '../i18n/index.ts';

/** A full-screen QR code of a link, for another phone's camera; Escape or "Close" returns focus. */
export function QrOverlay({ link, onClose }: { link: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    // A modal <dialog> traps focus and closes on Escape by itself.
    element?.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} class="qr-overlay" aria-labelledby="qr-title" onClose={onClose}>
      <h2 id="qr-title">{t('share:qrTitle')}</h2>
      {/* Upper case fits QR alphanumeric mode (bigger dots); the app matches URLs case-insensitively. */}
      <QrImage
        text={link.toUpperCase()}
        label={t('share:qrLink', { link: isolate(link) })}
        unavailable={t('share:qrUnavailable')}
        class="qr-large"
      />
      <p class="qr-link" dir="ltr">
        {link}
      </p>
      <button type="button" class="button" onClick={() => dialog.current?.close()}>
        {t('share:close')}
      </button>
    </dialog>
  );
}
