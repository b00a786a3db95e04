import type { Nation } from '../directory/data-format.ts';

let chosen: Nation | null = null;

/** Remembers, in memory only, which nation's rules the person is reading about (from a search or their choice). */
export function chooseNation(nation: Nation): void {
  chosen = nation;
}

/** The nation chosen during this visit, or null (England's rules are then shown, with a switch). */
export function chosenNation(): Nation | null {
  return chosen;
}
