/**
 * The fact sheet (../shared/content/rights-facts.md) in code: every fact the app states, with its sources.
 * Titles stay as their publishers wrote them; every source has a link so anyone can check it.
 */

/** When the content was last checked against its sources. */
export const CONTENT_REVIEWED = '2026-11-21';

/** A published source. */
export interface Source {
  title: string;
  url: string;
}

const NHS_REGISTER: Source = {
  title: 'NHS website: How to register with a GP surgery',
  url: 'https://www.nhs.uk/nhs-services/gps/how-to-register-with-a-gp-surgery/',
};
const HL9241: Source = {
  title: 'NHS England, Patient Registration Standard Operating Principles, as quoted in Parliament (written answer HL9241, 2018)',
  url: 'https://questions-statements.parliament.uk/written-questions/detail/2018-07-04/HL9241',
};
const WESSEX: Source = {
  title: 'Wessex LMCs: Guidance on requirements for registering with a GP',
  url: 'https://www.wessexlmcs.com/guidance/patient-registration-2',
};
const MIGRANT_GUIDE: Source = {
  title: 'GOV.UK: NHS entitlements: migrant health guide',
  url: 'https://www.gov.uk/guidance/nhs-entitlements-migrant-health-guide',
};
const CHARGING_REGULATIONS: Source = {
  title: 'The National Health Service (Charges to Overseas Visitors) Regulations 2015',
  url: 'https://www.legislation.gov.uk/uksi/2015/238/contents',
};
const PROVIDERS_CHARGING: Source = {
  title: 'GOV.UK: Charging overseas visitors in England: guidance for providers of NHS services (updated December 2024)',
  url: 'https://www.gov.uk/government/publications/nhs-cost-recovery-overseas-visitors/charging-overseas-visitors-in-england-guidance-for-providers-of-nhs-services',
};
const SETTLED_PURPOSE: Source = {
  title: 'GOV.UK: Settled purpose tool (help for the NHS to recover costs of care from visitors and migrants)',
  url: 'https://www.gov.uk/government/publications/help-for-nhs-to-recover-costs-of-care-from-visitors-and-migrants/settled-purpose-tool',
};
const POLICY_MANUAL: Source = {
  title:
    'NHS England: Primary Medical Care Policy and Guidance Manual (which now holds the Patient Registration Standard Operating Principles)',
  url: 'https://www.england.nhs.uk/publication/primary-medical-care-policy-and-guidance-manual-pgm/',
};
const NHS_ACCESS: Source = {
  title: 'NHS website: How to access NHS services in England',
  url: 'https://www.nhs.uk/using-the-nhs/nhs-services/visiting-or-moving-to-england/how-to-access-nhs-services-in-england/',
};
const NHS_ENGLAND_COMPLAINTS: Source = {
  title: 'NHS England: Complaining to NHS England',
  url: 'https://www.england.nhs.uk/contact-us/complaint/complaining-to-nhse/',
};
const DOTW_SAFE_SURGERY: Source = {
  title: 'Doctors of the World UK: Inside view from a Safe Surgery',
  url: 'https://www.doctorsoftheworld.org.uk/news/inside-view-from-a-safe-surgery-our-concern-is-more-with-the-patients-we-arent-seeing/',
};

/** Every fact the app uses, by its number on the fact sheet. */
export const FACTS = {
  E1: [NHS_REGISTER],
  E2: [HL9241],
  E3: [HL9241, POLICY_MANUAL, WESSEX],
  E4: [NHS_REGISTER, WESSEX],
  E5: [POLICY_MANUAL, WESSEX],
  E6: [
    {
      title: 'Healthcare Leader: GPs must register patients with no proof of address (NHS England registration guidance)',
      url: 'https://www.healthcareleadernews.com/gps-must-register-patients-with-no-proof-of-address',
    },
  ],
  // The manual holds the registration rules; the migrant health guide gives the 24 hours to 3 months rule.
  E7: [POLICY_MANUAL, MIGRANT_GUIDE],
  E9: [
    {
      title:
        'NHS England: Guidance for commissioners: Interpreting and Translation Services in Primary Care (September 2018, Publications Gateway 07518)',
      url: 'https://www.england.nhs.uk/interpreting/',
    },
  ],
  E10: [CHARGING_REGULATIONS, MIGRANT_GUIDE],
  E11: [CHARGING_REGULATIONS, MIGRANT_GUIDE, SETTLED_PURPOSE],
  E12: [CHARGING_REGULATIONS, PROVIDERS_CHARGING],
  E13: [PROVIDERS_CHARGING],
  E14: [
    {
      title: 'GOV.UK: Information requests from the Home Office to NHS Digital',
      url: 'https://www.gov.uk/government/publications/information-requests-from-the-home-office-to-nhs-digital',
    },
  ],
  E15: [{ title: 'Doctors of the World UK', url: 'https://www.doctorsoftheworld.org.uk/' }, NHS_ENGLAND_COMPLAINTS],
  E16: [
    DOTW_SAFE_SURGERY,
    {
      title: 'Doctors of the World UK: 6 months of Safe Surgeries',
      url: 'https://www.doctorsoftheworld.org.uk/news/6-months-of-safe-surgeries/',
    },
  ],
  E17: [NHS_ACCESS],
  E18: [
    {
      title: 'NHS England: Guidance to support HC2 applications for asylum seekers',
      url: 'https://www.england.nhs.uk/long-read/guidance-to-support-hc2-application-for-asylum-seekers/',
    },
  ],
  E19: [NHS_ACCESS, MIGRANT_GUIDE],
  E20: [HL9241, NHS_REGISTER],
  E21: [
    {
      title: 'House of Commons Library: NHS complaints in England',
      url: 'https://commonslibrary.parliament.uk/nhs-complaints-in-england/',
    },
    NHS_ENGLAND_COMPLAINTS,
  ],
  S1: [{ title: 'NHS inform: Healthcare for refugees and asylum seekers', url: 'https://www.nhsinform.scot/' }],
  W1: [
    {
      title: 'The NHS (Charges to Overseas Visitors) (Amendment) (Wales) Regulations 2009 (SI 2009/1512)',
      url: 'https://www.legislation.gov.uk/wsi/2009/1512/made',
    },
  ],
  N1: [
    { title: 'Business Services Organisation (BSO)', url: 'https://bso.hscni.net/' },
    { title: 'nidirect', url: 'https://www.nidirect.gov.uk/' },
  ],
} satisfies Record<string, Source[]>;

/** A fact's number on the fact sheet. */
export type FactId = keyof typeof FACTS;

/** The sources of some facts, each once, in order. */
export function sourcesOf(facts: readonly FactId[]): Source[] {
  const seen = new Set<string>();
  return facts.flatMap((id) => FACTS[id]).filter((source) => !seen.has(source.url) && seen.add(source.url));
}
