/**
 * Runs after collect.ts on test/csp/hostile.html (served with the policy of a newsroom page that
 * shows CMS content; see test/support/csp-middleware.mjs): `window.__hostile(payloads)` renders each
 * payload as the `html` of its own <news-article-body>, from the sources, and resolves once every
 * report the page could file has been delivered, with whatever a payload managed to run.
 */
import '../../src/article-body/define.js';
import type { NewsArticleBody } from '../../src/article-body/article-body.js';
import { grantEmbeds } from '../../src/internal/consent.js';

// The frames of the one allowed host load at once, as before consent placeholders (the policy
// must allow them, test/csp.test.ts checks).
grantEmbeds('www.youtube.com');

const ran: string[] = [];
const w = window as unknown as Record<string, unknown>;
for (const name of ['alert', 'confirm', 'prompt', 'print', '__xss']) w[name] = () => ran.push(name);

/** A violation of our own making, last: events are delivered in order, so all earlier ones are in. */
export const CONTROL = 'https://control.invalid/after-the-corpus';
async function control(): Promise<void> {
  const seen = new Promise<void>((resolve) => {
    const listener = (event: SecurityPolicyViolationEvent) => {
      if (event.blockedURI !== CONTROL) return;
      document.removeEventListener('securitypolicyviolation', listener);
      resolve();
    };
    document.addEventListener('securitypolicyviolation', listener);
  });
  // connect-src falls back to default-src 'self': a fetch elsewhere is refused and reported.
  fetch(CONTROL).catch(() => {});
  await seen;
}

/** Resolves once every image, frame and media source in `root` has loaded or failed (5 s at most). */
function loaded(root: Element): Promise<unknown> {
  const once = (target: Element, ...types: string[]) =>
    new Promise((resolve) => {
      for (const type of types) target.addEventListener(type, resolve, { once: true });
    });
  const waits = [
    ...[...root.querySelectorAll('img')].map((image) => {
      image.loading = 'eager';
      return image.complete ? undefined : once(image, 'load', 'error');
    }),
    ...[...root.querySelectorAll('iframe')].map((frame) => {
      const done = once(frame, 'load', 'error');
      frame.loading = 'eager';
      return done;
    }),
    // A media element fires on itself when it loads, on each <source> when that one fails.
    ...[...root.querySelectorAll('video, audio')].map((media) => {
      const sources = [...media.querySelectorAll('source')];
      const own = once(media, 'loadedmetadata', 'error');
      return sources.length ? Promise.race([own, Promise.all(sources.map((s) => once(s, 'error')))]) : own;
    }),
  ];
  return Promise.race([Promise.all(waits), new Promise((resolve) => setTimeout(resolve, 5000))]);
}

/**
 * Renders each payload; with `settle`, also waits until what the content asks to load has loaded or
 * been refused (for a few payloads: lazy images far down a long page would never start).
 */
w.__hostile = async (payloads: string[], settle = false): Promise<{ rendered: number; ran: string[] }> => {
  const main = document.querySelector('main')!;
  let rendered = 0;
  for (const payload of payloads) {
    const body = document.createElement('news-article-body') as NewsArticleBody;
    body.setAttribute('allow-embeds', 'www.youtube.com');
    body.setAttribute('html', payload);
    main.append(body);
    await body.updateComplete;
    if (!body.hasAttribute('aria-busy')) rendered++;
  }
  // Images and frames start loading, animations and lazy loading get their frames.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  if (settle) await loaded(main);
  await control();
  return { rendered, ran };
};
