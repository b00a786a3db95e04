import type { ParseKeys } from 'i18next';
import type { HelplineId } from '../site.ts';
import type { ExternalLinkId } from './external-links.ts';
import type { FactId } from './facts.ts';

/** A string in locales/<lang>/rights.json. */
export type RightsKey = Extract<ParseKeys<['translation', 'rights']>, `rights:${string}`>;

/** The four nations: the rights differ between them. */
export type Nation = 'E' | 'S' | 'W' | 'N';

/** Pictures that help people who read little find a section. */
export type RightsIcon = 'door' | 'papers' | 'home' | 'clock' | 'speech' | 'heart' | 'hospital' | 'lock' | 'help' | 'map';

/** One section of Know your rights: a heading and short paragraphs, every claim tied to fact-sheet numbers. */
export interface RightsSection {
  id: string;
  icon: RightsIcon;
  title: RightsKey;
  paragraphs: RightsKey[];
  /** A bulleted list after the paragraphs. */
  list?: RightsKey[];
  /** Phone lines offered as tel: links: [label key, helpline]. */
  helplines?: [RightsKey, HelplineId][];
  /** Links to other websites: [label key, link]. */
  links?: [RightsKey, ExternalLinkId][];
  /** Paragraphs after the phone lines and links. */
  closing?: RightsKey[];
  facts: FactId[];
}

const REGISTER: RightsSection = {
  id: 'register',
  icon: 'door',
  title: 'rights:register.title',
  paragraphs: ['rights:register.p1', 'rights:register.p2'],
  facts: ['E1'],
};
const DOCUMENTS: RightsSection = {
  id: 'documents',
  icon: 'papers',
  title: 'rights:documents.title',
  paragraphs: ['rights:documents.p1', 'rights:documents.p2', 'rights:documents.p3', 'rights:documents.p4'],
  facts: ['E2', 'E3'],
};
const ADDRESS: RightsSection = {
  id: 'address',
  icon: 'home',
  title: 'rights:address.title',
  paragraphs: ['rights:address.p1', 'rights:address.p2'],
  facts: ['E4'],
};
const SHORT_STAY: RightsSection = {
  id: 'short-stay',
  icon: 'clock',
  title: 'rights:shortStay.title',
  paragraphs: ['rights:shortStay.p1', 'rights:shortStay.p2'],
  facts: ['E7'],
};
const INTERPRETER: RightsSection = {
  id: 'interpreter',
  icon: 'speech',
  title: 'rights:interpreter.title',
  paragraphs: ['rights:interpreter.p1', 'rights:interpreter.p2', 'rights:interpreter.p3'],
  facts: ['E9'],
};
const FREE: RightsSection = {
  id: 'free',
  icon: 'heart',
  title: 'rights:free.title',
  paragraphs: ['rights:free.p1'],
  list: [
    'rights:free.gp',
    'rights:free.emergency',
    'rights:free.nhs111',
    'rights:free.familyPlanning',
    'rights:free.infections',
    'rights:free.harm',
  ],
  facts: ['E10'],
};
const HOSPITAL: RightsSection = {
  id: 'hospital',
  icon: 'hospital',
  title: 'rights:hospital.title',
  paragraphs: ['rights:hospital.p1', 'rights:hospital.p2', 'rights:hospital.p3', 'rights:hospital.p4', 'rights:hospital.p5'],
  facts: ['E11', 'E12', 'E13'],
};
const INFORMATION: RightsSection = {
  id: 'information',
  icon: 'lock',
  title: 'rights:information.title',
  paragraphs: ['rights:information.p1', 'rights:information.p2'],
  facts: ['E14'],
};
const REFUSED: RightsSection = {
  id: 'refused',
  icon: 'help',
  title: 'rights:refused.title',
  paragraphs: ['rights:refused.p1', 'rights:refused.p2', 'rights:refused.p3', 'rights:refused.p4', 'rights:refused.p5'],
  helplines: [
    ['rights:refused.doctorsOfTheWorld', 'doctorsOfTheWorld'],
    ['rights:refused.nhsEngland', 'nhsEngland'],
  ],
  closing: ['rights:refused.p6'],
  facts: ['E5', 'E6', 'E15'],
};
const NATIONS: RightsSection = {
  id: 'nations',
  icon: 'map',
  title: 'rights:nations.title',
  paragraphs: ['rights:nations.p1'],
  list: ['rights:nations.scotland', 'rights:nations.wales', 'rights:nations.northernIreland'],
  facts: ['S1', 'W1', 'N1'],
};
const SCOTLAND: RightsSection = {
  id: 'scotland',
  icon: 'door',
  title: 'rights:scotland.title',
  paragraphs: ['rights:scotland.p1', 'rights:scotland.p2', 'rights:scotland.p3', 'rights:scotland.p4'],
  links: [['rights:scotland.link', 'nhsInform']],
  facts: ['S1'],
};
const WALES: RightsSection = {
  id: 'wales',
  icon: 'door',
  title: 'rights:wales.title',
  paragraphs: ['rights:wales.p1', 'rights:wales.p2'],
  links: [['rights:wales.link', 'nrpfNetwork']],
  facts: ['W1'],
};
const NORTHERN_IRELAND: RightsSection = {
  id: 'northern-ireland',
  icon: 'door',
  title: 'rights:northernIreland.title',
  paragraphs: ['rights:northernIreland.p1', 'rights:northernIreland.p2', 'rights:northernIreland.p3'],
  links: [
    ['rights:northernIreland.nidirect', 'nidirect'],
    ['rights:northernIreland.bso', 'bso'],
  ],
  facts: ['N1'],
};

/** England's sections: the full page, in the order people need them. */
export const ENGLAND_SECTIONS: readonly RightsSection[] = [
  REGISTER,
  DOCUMENTS,
  ADDRESS,
  SHORT_STAY,
  INTERPRETER,
  FREE,
  HOSPITAL,
  INFORMATION,
  REFUSED,
  NATIONS,
];

/**
 * The sections for each nation. Where the facts differ, a nation's own section comes first and only
 * checked facts are shown: England's wording is never presented as another nation's rules.
 */
export const SECTIONS_BY_NATION: Record<Nation, readonly RightsSection[]> = {
  E: ENGLAND_SECTIONS,
  S: [SCOTLAND, NATIONS],
  W: [WALES, NATIONS],
  N: [NORTHERN_IRELAND, NATIONS],
};

/** Every section, each once (for the Sources list). */
export const ALL_SECTIONS: readonly RightsSection[] = [...ENGLAND_SECTIONS, SCOTLAND, WALES, NORTHERN_IRELAND];
