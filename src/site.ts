/**
 * Settings a deploying charity may change in one place: where the app is published, the helplines it
 * offers, and where Quick exit goes.
 */

declare const __PUBLIC_ORIGIN__: string;

/**
 * The address posters and shared links point to: `PUBLIC_ORIGIN` at build time (e.g.
 * `PUBLIC_ORIGIN=<the public address> npm run build`), else the origin the app is served from.
 */
export function publicOrigin(): string {
  return (__PUBLIC_ORIGIN__ || globalThis.location?.origin || '').replace(/\/+$/, '');
}
export const HELPLINES = {
  /** Doctors of the World UK's free advice line; they call back with an interpreter (fact E15). */
  doctorsOfTheWorld: '0808 1647 686',
  /** NHS England Customer Contact Centre (fact E15). */
  nhsEngland: '0300 311 22 33',
  /** Emergency services, anywhere in the UK, when a life is in danger (fact E19). */
  emergency: '999',
  /** NHS 111, urgent help that is not an emergency, in England (fact E19). */
  nhs111: '111',
} as const;

/** A helpline by name. */
export type HelplineId = keyof typeof HELPLINES;

/**
 * Where Quick exit goes: an ordinary website that gives nothing away, opened in place of the app (GOV.UK's
 * "Exit this page" uses BBC Weather too). About says "a weather website": change its words if you change this.
 */
export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';
