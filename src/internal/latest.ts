/**
 * Waits for the newest of a piece of work that may be replaced while it is awaited (a newer `html`
 * render, a newer JSON-LD write), so `updateComplete` resolves only when the latest one is done.
 */
export async function latest(current: () => Promise<unknown>): Promise<void> {
  let awaited: Promise<unknown>;
  do {
    awaited = current();
    await awaited;
  } while (awaited !== current());
}
