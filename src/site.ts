/**
 * Settings a deploying charity may change in one place: the helplines the app offers.
 * (The public origin for posters and links arrives with the poster issue.)
 */
export const HELPLINES = {
  /** Doctors of the World UK's free advice line; they call back with an interpreter (fact E15). */
  doctorsOfTheWorld: '0808 1647 686',
  /** NHS England Customer Contact Centre (fact E15). */
  nhsEngland: '0300 311 22 33',
} as const;

/** A helpline by name. */
export type HelplineId = keyof typeof HELPLINES;
