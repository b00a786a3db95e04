import { describe, expect, it } from 'vitest';
import { naturalCase } from '../../src/tools/data/natural-case.ts';

const TABLE: [upper: string, natural: string, why: string][] = [
  ['LOWER CLAPTON GENERAL PRACTICE', 'Lower Clapton General Practice', 'each word capitalised'],
  ['THE NIGHTINGALE PRACTICE', 'The Nightingale Practice', 'a small word starting the name is capitalised'],
  ['SURGERY AT THE GREEN', 'Surgery at the Green', 'small words are lower case inside a name'],
  ['CITY OF COVENTRY H.C.', 'City of Coventry H.C.', '"of"; single letters stay capitals'],
  ['NEWCASTLE UPON TYNE', 'Newcastle upon Tyne', '"upon"'],
  ['STOCKTON ON TEES', 'Stockton on Tees', '"on" between spaces'],
  ['HENLEY IN ARDEN AND BY THE SEA', 'Henley in Arden and by the Sea', '"in", "and", "by", "the"'],
  ['PARKVIEW CTR FOR H&W', 'Parkview Ctr for H&W', '"for"; "&" and initials around it kept'],
  ['STOCKTON-ON-TEES', 'Stockton-on-Tees', 'hyphenated place name'],
  ['SALTBURN-BY-THE-SEA', 'Saltburn-by-the-Sea', 'several small words between hyphens'],
  ['CHESTER-LE-STREET', 'Chester-le-Street', 'French particle between hyphens'],
  ['ASHBY DE LA ZOUCH', 'Ashby de la Zouch', 'French particles between spaces'],
  ['DE MONTFORT SURGERY', 'De Montfort Surgery', 'a particle starting the name is capitalised'],
  ['LARC CLINIC (LA)', 'Larc Clinic (LA)', 'a short word alone in brackets stays in capitals'],
  ['WESTON-SUPER-MARE', 'Weston-super-Mare', 'Latin particle between hyphens'],
  ['CHORLTON-CUM-HARDY', 'Chorlton-cum-Hardy', '"cum" between hyphens'],
  ['PEN-Y-CAE SURGERY', 'Pen-y-Cae Surgery', 'Welsh "y" between hyphens'],
  ['GLAN YR AFON SURGERY', 'Glan yr Afon Surgery', 'Welsh "yr"'],
  ['TY ELLI GROUP PRACTICE', 'Ty Elli Group Practice', 'Welsh "y" is a vowel'],
  ['CWM TAF HEALTH BOARD', 'Cwm Taf Health Board', 'Welsh "w" is a vowel'],
  ['THE OVER-WYRE MED.CTR.', 'The Over-Wyre Med.Ctr.', 'the first part of a compound keeps its capital'],
  ['WALK-IN CENTRE', 'Walk-in Centre', '"in" after a hyphen'],
  ['AL-WAQAS MEDICAL CENTRE', 'Al-Waqas Medical Centre', 'each part of a hyphenated name'],
  ["ST JOHN'S SURGERY", "St John's Surgery", 'possessive "s" stays lower case; "St"'],
  ["ST.MARY'S SURGERY", "St.Mary's Surgery", 'abbreviation point without a space'],
  ["JAMES O'RIORDAN MEDICAL CENTRE", "James O'Riordan Medical Centre", "Irish O'"],
  ["DR O'BRIEN & PARTNERS", "Dr O'Brien & Partners", '"Dr", O\' and "&"'],
  ["D'ARCY HOUSE", "D'Arcy House", "D' particle"],
  ["BROOKLANDS P'SHIP", "Brooklands P'ship", 'an apostrophe abbreviation stays lower case'],
  ["TY'R FELIN", "Ty'r Felin", 'Welsh article after an apostrophe'],
  ['MCKENZIE HOUSE SURGERY', 'McKenzie House Surgery', '"Mc" prefix'],
  ['DR MCDONALD', 'Dr McDonald', '"Mc" prefix after "Dr"'],
  ['QUEENS PARK MC', 'Queens Park MC', '"MC" alone is Medical Centre'],
  ['CHELMSLEY WOOD PCC', 'Chelmsley Wood PCC', 'consonant-only acronym'],
  ['THE HEALTH CENTRE NHS GP PRACTICE', 'The Health Centre NHS GP Practice', '"NHS" and "GP"'],
  ['NORTH WEST PCN', 'North West PCN', '"PCN"'],
  ['ONE MEDICARE LLP', 'One Medicare LLP', '"LLP"'],
  ['UK MEDICAL CENTRE', 'UK Medical Centre', '"UK" has a vowel but is an acronym'],
  ['WEST4 GPS', 'West4 GPs', 'letters and digits; plural "GPs"'],
  ['BRIDGE ST MC,2 ALL SAINTS', 'Bridge St MC,2 All Saints', 'a comma without a space'],
  ['DRS LAMBERT & NG', 'Drs Lambert & Ng', '"Drs"; the surname "Ng"'],
  ['CITY HEALTH PRACTICE LTD', 'City Health Practice Ltd', '"Ltd"'],
  ['DR RK KUKAR', 'Dr RK Kukar', 'consonant-only initials stay capitals'],
  ['MODALITY PARTNERSHIP (AWC)', 'Modality Partnership (AWC)', 'a short word alone in brackets is an acronym'],
  ['MAIN SURGERY (TWO)', 'Main Surgery (Two)', 'but not a number word'],
  ['TRAMWAYS MEDICAL CENTRE (THE ANNEXE)', 'Tramways Medical Centre (The Annexe)', 'a bracket starts a phrase'],
  ['KING GEORGE V SURGERY', 'King George V Surgery', 'roman numeral V'],
  ['HENRY VIII HOUSE', 'Henry VIII House', 'roman numeral VIII'],
  ['POPE JOHN XXIII CENTRE', 'Pope John XXIII Centre', 'roman numeral XXIII'],
  ['CIVIC CENTRE', 'Civic Centre', 'a word of roman-numeral letters is still a word'],
  ['1ST FLOOR, 2ND AVENUE', '1st Floor, 2nd Avenue', 'ordinals'],
  ['UNIT 2A, 19B CHURCH RD', 'Unit 2A, 19B Church Rd', 'house numbers with letters'],
  ['PR2 FFORESTFACH', 'PR2 Fforestfach', 'a code with digits stays as it is'],
  ['LONDON E5 8BY', 'London E5 8BY', 'postcodes stay upper case'],
  ['  THE   PORTICO  ', 'The Portico', 'whitespace collapsed and trimmed'],
  ['McKenzie House', 'McKenzie House', 'mixed-case words are kept as the publisher wrote them'],
  ['', '', 'empty stays empty'],
];

describe('natural case', () => {
  it.each(TABLE)('%s → %s (%s)', (upper, natural) => {
    expect(naturalCase(upper)).toBe(natural);
  });

  it('is idempotent on its own output', () => {
    for (const [, natural] of TABLE) expect(naturalCase(natural)).toBe(natural);
  });
});
