// The qrcode package's encoder core, imported on its own so the app bundles no renderer, canvas or PNG code.
declare module 'qrcode/lib/core/qrcode.js' {
  export { create } from 'qrcode';
}
