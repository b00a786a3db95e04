/** locales/languages.json with only what the app uses (src/tools/locales-plugin.ts). */
declare module 'virtual:language-list' {
  const languages: import('./language-list.ts').Language[];
  export default languages;
}
