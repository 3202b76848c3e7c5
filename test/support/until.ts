import { expect } from '@open-wc/testing';

/** One animation frame (not faked by sinon's timers, so tests that fake setTimeout can wait on it). */
export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Frames until `ok`, for up to 8 real seconds, then asserts it (`what` names the wait): a first
 * render may compile an on-demand module, which is slow on a loaded machine.
 */
export async function until(ok: () => unknown, what: string): Promise<void> {
  const deadline = performance.now() + 8000;
  while (!ok() && performance.now() < deadline) await frame();
  expect(ok(), what).to.be.ok;
}
