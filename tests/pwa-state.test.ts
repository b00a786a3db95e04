import { describe, expect, it, vi } from 'vitest';
import { applyUpdate, getPwaState, setPwaState, setUpdater, subscribePwa } from '../src/pwa/state.ts';

describe('the service-worker state', () => {
  it('has nothing to activate before the worker offers an update', async () => {
    expect(await applyUpdate()).toBe(false);
  });

  it('tells subscribers of each change until they unsubscribe', () => {
    const seen: boolean[] = [];
    const stop = subscribePwa((state) => seen.push(state.offlineReady));
    setPwaState({ offlineReady: true });
    stop();
    setPwaState({ offlineReady: false });
    expect(seen).toEqual([true]);
    expect(getPwaState()).toEqual({ offlineReady: false, needRefresh: false });
  });

  it('activates the waiting version through the registered updater', async () => {
    const update = vi.fn(async () => {});
    setUpdater(update);
    expect(await applyUpdate()).toBe(true);
    expect(update).toHaveBeenCalledOnce();
  });
});
