/** Unit-test stand-in for vite-plugin-pwa's virtual module: registers nothing. */
export function registerSW(): (reload?: boolean) => Promise<void> {
  return async () => {};
}
