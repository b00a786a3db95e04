/**
 * Checks that JSON read from the network or the cache has the shape of a data file (data-format.ts)
 * before anything uses it. A copy that fails is dropped and fetched again: a damaged or tampered file
 * must never break search for good.
 */
import {
  DATA_FORMAT,
  ODS_CODE,
  type AreaFile,
  type MembershipSource,
  type Nation,
  type PracticeEditions,
  type PracticeFile,
} from './data-format.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isInteger = (value: unknown): value is number => Number.isSafeInteger(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isScale = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/** The only scheme a link from data may use: a member's source opens as a web page, never as script. */
export function isHttpsUrl(text: unknown): text is string {
  if (typeof text !== 'string' || /\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A sectors or districts file, or null when any part of it is not what the app wrote. */
export function validateAreaFile(json: unknown): AreaFile | null {
  if (!isObject(json) || json.format !== DATA_FORMAT || (json.kind !== 'sector' && json.kind !== 'district')) return null;
  const { keys, lat, lon, nation, scale, edition } = json;
  if (!isScale(scale) || !isString(edition) || !Array.isArray(keys) || !Array.isArray(lat) || !Array.isArray(lon)) return null;
  if (!isString(nation) || lat.length !== keys.length || lon.length !== keys.length || nation.length !== keys.length) return null;
  if (!/^[EWS]*$/.test(nation) || !keys.every(isString) || !lat.every(isInteger) || !lon.every(isInteger)) return null;
  return json as unknown as AreaFile;
}

const isNation = (value: unknown): value is Nation => value === 'E' || value === 'W' || value === 'S' || value === 'N';

function isEditions(value: unknown): value is PracticeEditions {
  return isObject(value) && ['E', 'W', 'S', 'N'].every((nation) => isString(value[nation]));
}

function isMember(value: unknown): value is MembershipSource {
  return isObject(value) && isHttpsUrl(value.source) && isString(value.evidence) && isString(value.asOf);
}

function isRow(row: unknown, members: number): boolean {
  if (!Array.isArray(row) || row.length !== 11) return false;
  const [code, name, address, postcode, phone, lat, lon, nation, member, approximate, area] = row as unknown[];
  // Only Northern Ireland's practices are without a position (and only they name an area); every other has one.
  const placed =
    nation === 'N' ? lat === null && lon === null && isString(area) : isInteger(lat) && isInteger(lon) && area === '';
  return (
    isString(code) &&
    ODS_CODE.test(code) &&
    isString(name) &&
    Array.isArray(address) &&
    address.every(isString) &&
    isString(postcode) &&
    (phone === null || isString(phone)) &&
    isNation(nation) &&
    placed &&
    isInteger(member) &&
    member >= -1 &&
    member < members &&
    (approximate === 0 || approximate === 1)
  );
}

/** practices.json or one practice's record, or null when any part of it is not what the app wrote. */
export function validatePracticeFile(json: unknown): PracticeFile | null {
  if (!isObject(json) || json.format !== DATA_FORMAT) return null;
  const { editions, scale, members, practices } = json;
  if (!isEditions(editions) || !isScale(scale) || !Array.isArray(members) || !Array.isArray(practices)) return null;
  if (!members.every(isMember) || !practices.every((row) => isRow(row, members.length))) return null;
  return json as unknown as PracticeFile;
}
