import type { Key } from '../i18n/index.ts';
import type { HelplineId } from '../site.ts';
import type { ExternalLinkId } from './external-links.ts';
import type { FactId } from './facts.ts';
import type { Nation } from '../directory/data-format.ts';

/** A string in locales/<lang>/rights.json. */
export type RightsKey = Key<'rights'>;

/** Pictures that help people who read little find a section. */
export type RightsIcon =
  | 'door'
  | 'papers'
  | 'home'
  | 'clock'
  | 'speech'
  | 'heart'
  | 'hospital'
  | 'lock'
  | 'help'
  | 'map'
  | 'doctor'
  | 'child'
  | 'pill'
  | 'phone';

/** One section of Know your rights: a heading and short paragraphs, every claim tied to fact-sheet numbers. */
export interface RightsSection {
  id: string;
  icon: RightsIcon;
  title: RightsKey;
  paragraphs: RightsKey[];
  /** A bulleted list after the paragraphs. */
  list?: RightsKey[];
  /** Phone lines offered as tel: links: [label key, or null for "Call {number}", helpline]. */
  helplines?: [RightsKey | null, HelplineId][];
  /** Links to other websites: [label key, link]. */
  links?: [RightsKey, ExternalLinkId][];
  /** Paragraphs after the phone lines and links. */
  closing?: RightsKey[];
  facts: FactId[];
}

const GP: RightsSection = {
  id: 'gp',
  icon: 'doctor',
  title: 'rights:gp.title',
  paragraphs: ['rights:gp.p1', 'rights:gp.p2', 'rights:gp.p3', 'rights:gp.p4'],
  facts: ['E17'],
};
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
  paragraphs: ['rights:documents.p1', 'rights:documents.p2', 'rights:documents.p3', 'rights:documents.p4', 'rights:documents.p5'],
  facts: ['E2', 'E3', 'E20'],
};
const CHILDREN: RightsSection = {
  id: 'children',
  icon: 'child',
  title: 'rights:children.title',
  paragraphs: ['rights:children.p1', 'rights:children.p2'],
  facts: ['E20'],
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
const MEDICINES: RightsSection = {
  id: 'medicines',
  icon: 'pill',
  title: 'rights:medicines.title',
  paragraphs: ['rights:medicines.p1', 'rights:medicines.p2', 'rights:medicines.p3', 'rights:medicines.p4'],
  facts: ['E18'],
};
const EMERGENCY: RightsSection = {
  id: 'emergency',
  icon: 'phone',
  title: 'rights:emergency.title',
  paragraphs: ['rights:emergency.p1', 'rights:emergency.p2', 'rights:emergency.p3'],
  helplines: [
    [null, 'emergency'],
    [null, 'nhs111'],
  ],
  facts: ['E19'],
};
const HOSPITAL: RightsSection = {
  id: 'hospital',
  icon: 'hospital',
  title: 'rights:hospital.title',
  paragraphs: ['rights:hospital.p1', 'rights:hospital.p2', 'rights:hospital.p3'],
  list: [
    'rights:hospital.surcharge',
    'rights:hospital.refugee',
    'rights:hospital.asylum',
    'rights:hospital.refused',
    'rights:hospital.child',
    'rights:hospital.slavery',
  ],
  closing: ['rights:hospital.urgent', 'rights:hospital.maternity', 'rights:hospital.debt'],
  facts: ['E11', 'E12', 'E13'],
};
const INFORMATION: RightsSection = {
  id: 'information',
  icon: 'lock',
  title: 'rights:information.title',
  paragraphs: ['rights:information.p1', 'rights:information.p2', 'rights:information.p3', 'rights:information.p4'],
  facts: ['E14', 'E13'],
};
const REFUSED: RightsSection = {
  id: 'refused',
  icon: 'help',
  title: 'rights:refused.title',
  paragraphs: [
    'rights:refused.p1',
    'rights:refused.p2',
    'rights:refused.p3',
    'rights:refused.p4',
    'rights:refused.p5',
    'rights:refused.p6',
  ],
  helplines: [
    ['rights:refused.doctorsOfTheWorld', 'doctorsOfTheWorld'],
    ['rights:refused.nhsEngland', 'nhsEngland'],
  ],
  closing: ['rights:refused.complain1', 'rights:refused.complain2', 'rights:refused.complain3'],
  facts: ['E5', 'E6', 'E7', 'E15', 'E21'],
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
  facts: ['W1'],
};
/**
 * What Scotland, Wales and Northern Ireland readers also get, where the fact sheet covers them: E18 says
 * prescriptions are free there, and 999 is the emergency number everywhere in the UK (E19). Nothing
 * else of E18 or E19 (charges, HC2, NHS 111, interpreters) is England's wording to show there.
 */
const ELSEWHERE: RightsSection = {
  id: 'elsewhere',
  icon: 'phone',
  title: 'rights:elsewhere.title',
  paragraphs: ['rights:medicines.otherNations', 'rights:elsewhere.emergency'],
  helplines: [[null, 'emergency']],
  facts: ['E18', 'E19'],
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
  GP,
  REGISTER,
  DOCUMENTS,
  CHILDREN,
  ADDRESS,
  SHORT_STAY,
  INTERPRETER,
  FREE,
  MEDICINES,
  EMERGENCY,
  HOSPITAL,
  INFORMATION,
  REFUSED,
  NATIONS,
];

/** Facts from England's sheet that state something for the whole UK, so other nations may cite them (ELSEWHERE). */
export const UK_WIDE_FACTS: readonly FactId[] = ['E18', 'E19'];

/**
 * The sections for each nation. Where the facts differ, a nation's own section comes first and only
 * checked facts are shown: England's wording is never presented as another nation's rules.
 */
export const SECTIONS_BY_NATION: Record<Nation, readonly RightsSection[]> = {
  E: ENGLAND_SECTIONS,
  S: [SCOTLAND, ELSEWHERE, NATIONS],
  W: [WALES, ELSEWHERE, NATIONS],
  N: [NORTHERN_IRELAND, ELSEWHERE, NATIONS],
};

/** Every section, each once (for the Sources list). */
export const ALL_SECTIONS: readonly RightsSection[] = [...ENGLAND_SECTIONS, SCOTLAND, WALES, NORTHERN_IRELAND, ELSEWHERE];
