// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lastSearch, rememberSearch, requestSearch, takeRequestedSearch } from '../src/directory/last-search.ts';
import { quickExit, shiftThreeTimes } from '../src/quick-exit.ts';
import { QUICK_EXIT_URL } from '../src/site.ts';

const key = (k: string, repeat = false) => ({ key: k, repeat }) as KeyboardEvent;

describe('Shift three times', () => {
  it('leaves on the third press of Shift in a row', () => {
    const exit = vi.fn();
    let time = 0;
    const onKey = shiftThreeTimes(exit, () => time);
    onKey(key('Shift'));
    time += 400;
    onKey(key('Shift'));
    expect(exit).not.toHaveBeenCalled();
    time += 400;
    onKey(key('Shift'));
    expect(exit).toHaveBeenCalledTimes(1);
  });

  it('does not leave while someone types capitals (Shift then a letter) or holds Shift down', () => {
    const exit = vi.fn();
    const onKey = shiftThreeTimes(exit, () => 0);
    // "E5 8BY": Shift+E, 5, space, 8, Shift+B, Shift+Y
    for (const k of ['Shift', 'E', '5', ' ', '8', 'Shift', 'B', 'Shift', 'Y']) onKey(key(k));
    onKey(key('Shift'));
    for (let i = 0; i < 20; i++) onKey(key('Shift', true));
    expect(exit).not.toHaveBeenCalled();
  });

  it('does not count presses spread over more than 5 seconds', () => {
    const exit = vi.fn();
    let time = 0;
    const onKey = shiftThreeTimes(exit, () => time);
    for (let i = 0; i < 5; i++) {
      onKey(key('Shift'));
      time += 3000;
    }
    expect(exit).not.toHaveBeenCalled();
  });

  it('never leaves unless the last three keys were Shift presses within 5 s (any key sequence)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ k: fc.constantFrom('Shift', 'a', 'Enter', 'Control'), repeat: fc.boolean(), gap: fc.nat(3000) }), {
          maxLength: 40,
        }),
        (keys) => {
          let time = 0;
          const exits: number[] = [];
          const onKey = shiftThreeTimes(
            () => exits.push(time),
            () => time,
          );
          let run: number[] = [];
          let expected = 0;
          for (const { k, repeat, gap } of keys) {
            time += gap;
            onKey(key(k, repeat));
            // The model: count fresh Shift presses in a row; other keys start over; only the last 5 s count.
            if (k !== 'Shift') run = [];
            else if (!repeat) {
              run = [...run.filter((t) => time - t < 5000), time];
              if (run.length >= 3) {
                expected++;
                run = [];
              }
            }
          }
          expect(exits.length).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('Quick exit', () => {
  afterEach(() => vi.restoreAllMocks());

  it('forgets the search, blanks the page and replaces it (so Back cannot return) with the neutral site', () => {
    const replace = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, replace } as Location);
    rememberSearch({ text: 'E5 8BY', safeOnly: true, place: { kind: 'empty' } });
    requestSearch('N1 9GU');
    quickExit();
    expect(replace).toHaveBeenCalledWith(QUICK_EXIT_URL);
    expect(lastSearch()).toEqual({ text: '', safeOnly: false, place: null });
    expect(takeRequestedSearch()).toBeNull();
    expect(document.body.hidden).toBe(true);
    expect(new URL(QUICK_EXIT_URL).protocol).toBe('https:');
  });
});
