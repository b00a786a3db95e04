import { useEffect } from 'preact/hooks';
import { useLoad } from '../hooks/use-load.ts';

interface QrImageProps {
  text: string;
  /** What the code opens, for screen readers. */
  label: string;
  /** Shown if the QR module cannot be loaded (offline before it was ever used). */
  unavailable: string;
  class?: string;
  /** Called once the code is drawn (the poster marks itself ready for printing). */
  onReady?: () => void;
}

// The encoder is its own lazy chunk: Home never loads it, and a poster scan never downloads it.
async function encode(text: string) {
  const { encodeQr, qrPath } = await import('../qr/index.ts');
  const qr = encodeQr(text);
  return { qr, path: qrPath(qr) };
}

/** A QR code as an SVG image, black on white with its quiet zone, scaled by CSS. */
export function QrImage({ text, label, unavailable, class: className, onReady }: QrImageProps) {
  const [state] = useLoad(() => encode(text), text);
  useEffect(() => {
    if (state.status === 'ready') onReady?.();
  }, [state.status]);
  if (state.status === 'failed') return <p class="notice">{unavailable}</p>;
  if (state.status === 'loading') return <div class={`qr qr-loading ${className ?? ''}`} />;
  const { qr, path } = state.value;
  return (
    <svg
      class={`qr ${className ?? ''}`}
      viewBox={`0 0 ${path.viewBox} ${path.viewBox}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
      data-qr-version={qr.version}
      data-qr-mode={qr.mode}
    >
      <rect width={path.viewBox} height={path.viewBox} fill="#ffffff" />
      <path d={path.d} fill="#000000" />
    </svg>
  );
}
