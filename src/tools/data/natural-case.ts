/**
 * Natural case for the ODS file's upper-case names and address lines:
 * "THE NIGHTINGALE PRACTICE" → "The Nightingale Practice", "STOCKTON-ON-TEES" → "Stockton-on-Tees".
 */

/** Words written in capitals although they have vowels (acronyms). */
const ACRONYMS = new Set(['UK', 'NHS', 'SAS', 'UTC', 'CIC', 'APMS', 'RAF', 'YMCA', 'HMYOI', 'YOI', 'IRC', 'OOH']);

/** Fixed spellings that neither rule gets right. */
const SPECIAL: Record<string, string> = { GPS: 'GPs' };

/**
 * Consonant-only abbreviations that read as words ("ST" Street/Saint, "DR" Doctor/Drive, "CTR" Centre).
 * Every other consonant-only word stays in capitals: in the ODS file those are acronyms and initials
 * ("GP", "PCN", "LLP", "MC" Medical Centre, "HC", "PCC", "DR RK KUKAR").
 */
const ABBREVIATIONS = new Set(
  (
    'ST DR DRS MR MRS MS RD CTR CTRS CNTR CNT CTRL HSE HS HLTH HTH HLT LN LNE CL CT CRT CRS CRES PK NR TCE ' +
    'GRN PL FL FLR GDNS SQ NTH STH GRP PRCT PRCTC PTNR PTNRS HPL BLVD WLK WK MKT MRKT BLD BLDG BLDGS SCH ' +
    'SRGY SRG MDCL SPCL GT GRT GDN GRNS CH CHS BRDG HGHTS STN MDDX LTD NG'
  ).split(' '),
);

/** Words written in lower case except at the start: English, French particles of place names ("Ashby de la Zouch"), Welsh "y"/"yr". */
const SMALL = new Set(['of', 'the', 'and', 'on', 'upon', 'in', 'at', 'by', 'for', 'to', 'de', 'la', 'le', 'y', 'yr']);

/** More words in lower case, but only between two hyphens ("Chester-le-Street", "Weston-super-Mare", "Rock-a-Nore"). */
const SMALL_IN_COMPOUND = new Set(['en', 'a', 'an', 'cum', 'sub', 'under', 'super', 'sur', 'with', 'next']);

/** One-letter name particles after which an apostrophe starts a capitalised name (O'Brien, D'Arcy). */
const PARTICLES = new Set(['O', 'D']);

/** Words of two or three letters alone in brackets are acronyms ("(AWC)"), unless they are numbers. */
const NUMBER_WORDS = new Set(['ONE', 'TWO', 'SIX', 'TEN']);

// I to XXXIX: letters like "MIX" or "CD" are far more often words or initials than numbers in this data.
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;
const VOWEL = /[AEIOUY]/;
// "W" is a vowel in Welsh ("CWM", "PWLL"): only a word without any of these counts as consonant-only.
const WELSH_VOWEL = /[AEIOUYW]/;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function caseOfPart(part: string, first: boolean, midCompound: boolean): string {
  if (/[a-z]/.test(part)) return part; // already in mixed case: the publisher knew better
  if (/\d/.test(part)) {
    if (/^\d+(?:ST|ND|RD|TH)$/.test(part)) return part.toLowerCase();
    const letters = /^([A-Z]{3,})(\d+)$/.exec(part);
    return letters && VOWEL.test(letters[1]!) ? capitalise(letters[1]!) + letters[2] : part;
  }
  const special = SPECIAL[part];
  if (special) return special;
  if (ROMAN.test(part)) return part;
  const lower = part.toLowerCase();
  if (!first && (SMALL.has(lower) || (midCompound && SMALL_IN_COMPOUND.has(lower)))) return lower;
  if (part.length === 1 || ACRONYMS.has(part)) return part;
  if (!WELSH_VOWEL.test(part)) return ABBREVIATIONS.has(part) ? capitalise(part) : part;
  if (/^MC[A-Z]/.test(part) && VOWEL.test(part.slice(2))) return 'Mc' + capitalise(part.slice(2));
  return capitalise(part);
}

function caseOfWord(word: string, first: boolean, midCompound: boolean): string {
  const apostrophe = /^([A-Za-z0-9]+)(['’])(.*)$/.exec(word);
  if (!apostrophe) return caseOfPart(word, first, midCompound);
  const [, before, mark, after] = apostrophe as unknown as [string, string, string, string];
  const head = caseOfPart(before, first, midCompound);
  if (/[a-z]/.test(after)) return head + mark + after;
  // Otherwise a possessive (JOHN'S), a Welsh article (TY'R) or an abbreviation (P'SHIP, L'BORO).
  const tail = PARTICLES.has(before) && after.length > 1 ? capitalise(after) : after.toLowerCase();
  return head + mark + tail;
}

/** The natural-case form of an upper-case name or address line; words already in mixed case are kept. */
export function naturalCase(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  let index = 0;
  return collapsed.replace(/[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g, (word, offset: number) => {
    const before = collapsed.charAt(offset - 1);
    const after = collapsed.charAt(offset + word.length);
    const first = index++ === 0 || before === '(' || before === '"';
    if (before === '(' && after === ')' && /^[A-Z]{2,3}$/.test(word) && !NUMBER_WORDS.has(word)) return word;
    return caseOfWord(word, first, before === '-' && after === '-');
  });
}
