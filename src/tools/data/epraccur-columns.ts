/**
 * Where epraccur.csv keeps each column: the legacy headerless layout's fixed positions, or a header row's
 * names (mapped through HEADER_ALIASES, compared without case, spaces or punctuation).
 */

/** Column positions (0-based) of what the pipeline reads. */
export interface Columns {
  code: number;
  name: number;
  address: number[];
  postcode: number;
  status: number;
  role: number;
  phone: number | undefined;
  dates: number[];
}

/** Column positions of the legacy headerless layout (0-based). */
export const LEGACY_COLUMNS: Readonly<Columns> = {
  code: 0,
  name: 1,
  address: [4, 5, 6, 7, 8],
  postcode: 9,
  status: 12,
  role: 25,
  phone: 17,
  // Open date, close date, join parent date, left parent date.
  dates: [10, 11, 15, 16],
};

/** Header names accepted for each column of the header layout, compared after `headerKey`. */
export const HEADER_ALIASES = {
  code: ['Organisation Code', 'Code', 'ODS Code', 'Practice Code', 'Org Code'],
  name: ['Name', 'Organisation Name', 'Practice Name'],
  status: ['Status', 'Status Code', 'Organisation Status'],
  postcode: ['Postcode', 'Post Code'],
  role: ['Prescribing Setting', 'Primary Role Id', 'Primary Role Code', 'Role Code', 'Role Id', 'Primary Role'],
  phone: ['Contact Telephone Number', 'Telephone', 'Telephone Number', 'Phone'],
  address1: ['Address Line 1', 'Address 1'],
  address2: ['Address Line 2', 'Address 2'],
  address3: ['Address Line 3', 'Address 3'],
  address4: ['Address Line 4', 'Address 4'],
  address5: ['Address Line 5', 'Address 5'],
} as const;

/** A header name reduced to lower-case letters and digits: "Post Code" and "POSTCODE" match. */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The columns a header row names; throws, naming the file and what was looked for, when one is missing. */
export function headerColumns(header: string[], file: string): Columns {
  const keys = header.map(headerKey);
  const find = (aliases: readonly string[]) => {
    const index = keys.findIndex((k) => aliases.some((a) => headerKey(a) === k));
    return index < 0 ? undefined : index;
  };
  const need = (column: 'code' | 'name' | 'status' | 'postcode' | 'role') => {
    const index = find(HEADER_ALIASES[column]);
    if (index === undefined)
      throw new Error(
        `${file}:1: the header row has no ${column} column (looked for ${HEADER_ALIASES[column].map((a) => `"${a}"`).join(', ')})`,
      );
    return index;
  };
  const address = (['address1', 'address2', 'address3', 'address4', 'address5'] as const)
    .map((c) => find(HEADER_ALIASES[c]))
    .filter((i): i is number => i !== undefined);
  const dates = keys.flatMap((k, i) => (k.includes('date') ? [i] : []));
  return {
    code: need('code'),
    name: need('name'),
    status: need('status'),
    postcode: need('postcode'),
    role: need('role'),
    phone: find(HEADER_ALIASES.phone),
    address,
    dates,
  };
}

/** Whether a row is a header: it names both a code and a name column. */
export function isHeader(fields: string[]): boolean {
  const keys = fields.map(headerKey);
  const names = (aliases: readonly string[]) => keys.some((k) => aliases.some((a) => headerKey(a) === k));
  return names(HEADER_ALIASES.code) && names(HEADER_ALIASES.name);
}
