/**
 * `news-elements/islands` (or `dist/news-elements-islands.js`), for pages rendered by
 * news-elements/ssr with `islands: true`: each element waits, server-drawn, until its `hydrate` rule
 * says it needs its script, then this loader fetches Lit with its hydration support and that
 * element's module alone, once, and lets it take over (Lit's `defer-hydration` comes off).
 * - `visible`: when it comes within 200 px of the viewport;
 * - `interaction`: on the first pointer, focus or key on it;
 * - `idle`: when the browser is idle (at most 2 s after the loader runs);
 * - `never`: nothing is fetched.
 * It holds no Lit itself. Elements inserted later (HTML fetched by the page): call `islands(root)`.
 */
import type { NewsTagName } from './elements.js';
import { HYDRATION_SUPPORT, PENDING_TRANSLATIONS, type PendingTranslations } from './internal/island-keys.js';
import { hydrateAttribute, wakesWith } from './ssr/rules.js';

// One import per element of the list (test/islands.test.ts checks that it is the whole list).
const modules: Record<NewsTagName, () => Promise<unknown>> = {
  'news-article': () => import('./article/define.js'),
  'news-article-body': () => import('./article-body/define.js'),
  'news-byline': () => import('./byline/define.js'),
  'news-dateline': () => import('./dateline/define.js'),
  'news-figure': () => import('./figure/define.js'),
  'news-gallery': () => import('./gallery/define.js'),
  'news-live-blog': () => import('./live-blog/define.js'),
  'news-live-post': () => import('./live-post/define.js'),
  'news-notice': () => import('./notice/define.js'),
  'news-partner-banner': () => import('./partner-banner/define.js'),
  'news-share': () => import('./share/define.js'),
  'news-teaser': () => import('./teaser/define.js'),
  'news-teaser-list': () => import('./teaser-list/define.js'),
  'news-toc': () => import('./toc/define.js'),
};

let lit: Promise<unknown> | undefined;
const woken = new WeakMap<Element, Promise<unknown>>();
/**
 * Elements whose code did not come (a dropped connection), each with the listeners that ask
 * again at the reader's touch: asked for again when the connection is back.
 */
const failed = new Map<Element, AbortController>();
let warned = false;

/** The page's promise of Lit's hydration support, with what settles it (any copy of the loader may). */
type Support = Promise<unknown> & { arrived?: (value: unknown) => void };

/**
 * Lit with its hydration support, fetched once it has come; elements register only once it is
 * here (`defineElement` waits on a promise that never fails, so a module that came before a
 * failed request for Lit still registers when a later one succeeds).
 */
function hydrationSupport(): Promise<unknown> {
  const global = globalThis as { [HYDRATION_SUPPORT]?: Support };
  let arrived: Support['arrived'];
  const support = (global[HYDRATION_SUPPORT] ??= Object.assign(
    new Promise((resolve) => (arrived = resolve)),
    {
      arrived,
    },
  ));
  return (lit ??= import('./ssr/lit-hydrate.js').then(
    (module) => support.arrived?.(module),
    (error: unknown) => {
      lit = undefined;
      throw error;
    },
  ));
}

/**
 * Fetches what `element` needs (once: Lit's hydration support and its module at the same time) and
 * lets it hydrate, after the elements that wake with it: they must hydrate as the server drew them
 * before it changes them (a gallery makes its figures zoomable). Settles when its first render is done.
 */
function wake(element: Element): Promise<unknown> {
  let done = woken.get(element);
  if (!done && element.hasAttribute(hydrateAttribute)) {
    const tag = element.localName as NewsTagName;
    const parts = wakesWith[tag] ? [...element.querySelectorAll(wakesWith[tag])].map(wake) : [];
    done = Promise.all([hydrationSupport(), modules[tag]()])
      .then(() => customElements.whenDefined(tag))
      .then(() => Promise.all(parts))
      .then(() => {
        element.removeAttribute('defer-hydration');
        return (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      });
    woken.set(element, done);
    // It stays as the server drew it, readable, until the reader touches it or the connection
    // comes back; an element that wakes with it fails with it and is asked for again with it.
    done.catch(() => {
      woken.delete(element);
      failed.get(element)?.abort();
      failed.set(element, onInteraction(element));
      if (!warned)
        console.warn(
          `news-elements: could not load the code of <${tag}>; it stays as the server drew it until touched or back online.`,
        );
      warned = true;
    });
  }
  return done ?? Promise.resolve();
}
addEventListener('online', () => {
  for (const [element, touch] of failed) {
    touch.abort();
    // (One the page has taken away meanwhile is let go.)
    if (element.isConnected) void wake(element);
  }
  failed.clear();
});

const interactions = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'touchstart'];
/** Wakes `element` at the reader's first pointer, focus or key on it; aborting the answer stops that. */
function onInteraction(element: Element): AbortController {
  const done = new AbortController();
  const touched = () => {
    done.abort();
    failed.delete(element);
    void wake(element);
  };
  for (const type of interactions)
    element.addEventListener(type, touched, { signal: done.signal, passive: true });
  return done;
}

// An address naming a picture (`#image-<n>`: the page's nth zoomable figure, in the viewer) needs
// every zoomable figure awake: the viewer counts them, and the one named may be far down the page.
const ZOOMABLE = 'news-figure[zoomable], news-gallery';
function wakePictures(root: ParentNode = document): void {
  if (/^#image-\d+$/.test(location.hash))
    for (const picture of root.querySelectorAll(ZOOMABLE)) void wake(picture);
}
addEventListener('hashchange', () => wakePictures());

/**
 * Changes labels, as news-elements' `registerTranslations` does, and fetches nothing: the elements'
 * code takes them when it comes (at once if it has: then what it keeps them in registers them).
 */
export const registerTranslations = (lang: string, strings: Record<string, string>): void =>
  void ((globalThis as { [PENDING_TRANSLATIONS]?: PendingTranslations })[PENDING_TRANSLATIONS] ??= []).push([
    lang,
    strings,
  ]);

export { grantEmbeds, revokeEmbeds } from './internal/consent-switches.js';

let seen: IntersectionObserver | undefined;
const idle: (run: () => void) => void = (run) =>
  'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200);

/** Schedules every marked element under `root` by its rule (each element at most once). */
export function islands(root: ParentNode = document): void {
  wakePictures(root);
  for (const element of root.querySelectorAll(`[${hydrateAttribute}]`)) {
    const rule = element.getAttribute(hydrateAttribute);
    if (rule === 'never' || !Object.hasOwn(modules, element.localName) || woken.has(element)) continue;
    if (rule === 'idle') idle(() => void wake(element));
    else if (rule === 'interaction') onInteraction(element);
    else {
      if (rule !== 'visible')
        console.warn(
          `news-elements: <${element.localName} ${hydrateAttribute}="${rule}"> is not never, visible, interaction or idle; it hydrates when visible.`,
        );
      seen ??= new IntersectionObserver(
        (entries) => {
          for (const { isIntersecting, target } of entries) {
            if (!isIntersecting) continue;
            seen!.unobserve(target);
            void wake(target);
          }
        },
        { rootMargin: '200px' },
      );
      seen.observe(element);
    }
  }
}

islands();
