import type { ReactiveElement } from 'lit';

/**
 * Holds each update of `host` while `wait()` gives a promise (code or strings its render needs,
 * fetched on demand), so the reader never sees a render made without them: Lit's hook for delaying
 * an update is `scheduleUpdate`, which this wraps (the host's own override, or an earlier hold,
 * runs inside). Once a promise settles, every hold is asked again from the outermost, as what
 * each waits for may have changed meanwhile (a teaser given a video while its strings loaded).
 */
export function holdUpdates(host: ReactiveElement, wait: () => Promise<unknown> | undefined): void {
  const scheduling = host as unknown as { scheduleUpdate(): void | Promise<unknown> };
  const update = scheduling.scheduleUpdate.bind(host);
  scheduling.scheduleUpdate = (): void | Promise<unknown> =>
    wait()?.then(() => scheduling.scheduleUpdate()) ?? update();
}
