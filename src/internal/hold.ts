import type { ReactiveElement } from 'lit';

/**
 * Holds each update of `host` while `wait()` gives a promise (code or strings its render needs,
 * fetched on demand), so the reader never sees a render made without them: Lit's hook for delaying
 * an update is `scheduleUpdate`, which this wraps (the host's own override, or an earlier hold,
 * runs inside). `wait()` is asked again once its promise settles, as what it waits for may have
 * changed meanwhile.
 */
export function holdUpdates(host: ReactiveElement, wait: () => Promise<unknown> | undefined): void {
  const scheduling = host as unknown as { scheduleUpdate(): void | Promise<unknown> };
  const update = scheduling.scheduleUpdate.bind(host);
  const run = (): void | Promise<unknown> => wait()?.then(run) ?? update();
  scheduling.scheduleUpdate = run;
}
