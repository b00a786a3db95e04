/**
 * Other websites the app links to. They open only when a person taps the link; the app never
 * requests anything from them itself (tests/e2e/privacy.spec.ts checks that no request leaves the origin).
 */
export const EXTERNAL_LINKS = {
  /** NHS inform, Scotland's health information website (fact S1). */
  nhsInform: 'https://www.nhsinform.scot/',
  /** nidirect, the Northern Ireland government's public services website (fact N1). */
  nidirect: 'https://www.nidirect.gov.uk/',
  /** Business Services Organisation, which checks GP registration from abroad in Northern Ireland (fact N1). */
  bso: 'https://bso.hscni.net/',
  /** Apple Maps: iPhones open it in the Maps app. */
  appleMaps: 'https://maps.apple.com/',
} as const;

/** A link by name. */
export type ExternalLinkId = keyof typeof EXTERNAL_LINKS;
