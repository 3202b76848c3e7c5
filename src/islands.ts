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
import { hydrateAttribute } from './ssr/rules.js';

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
const started = new WeakSet<Element>();

/** Fetches what `element` needs (once) and lets it hydrate. */
function wake(element: Element): void {
  if (started.has(element)) return;
  started.add(element);
  const load = modules[element.localName as NewsTagName];
  void (lit ??= import('./ssr/lit-hydrate.js'))
    .then(load)
    .then(() => element.removeAttribute('defer-hydration'));
}

let seen: IntersectionObserver | undefined;
const interactions = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'touchstart'];
const idle: (run: () => void) => void = (run) =>
  'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200);

/** Schedules every marked element under `root` by its rule (each element at most once). */
export function islands(root: ParentNode = document): void {
  for (const element of root.querySelectorAll(`[${hydrateAttribute}]`)) {
    const rule = element.getAttribute(hydrateAttribute);
    if (rule === 'never' || !Object.hasOwn(modules, element.localName) || started.has(element)) continue;
    if (rule === 'idle') idle(() => wake(element));
    else if (rule === 'interaction') {
      const done = new AbortController();
      const touched = () => {
        done.abort();
        wake(element);
      };
      for (const type of interactions)
        element.addEventListener(type, touched, { signal: done.signal, passive: true });
    } else {
      if (rule !== 'visible')
        console.warn(
          `news-elements: <${element.localName} ${hydrateAttribute}="${rule}"> is not never, visible, interaction or idle; it hydrates when visible.`,
        );
      seen ??= new IntersectionObserver(
        (entries) => {
          for (const { isIntersecting, target } of entries) {
            if (!isIntersecting) continue;
            seen!.unobserve(target);
            wake(target);
          }
        },
        { rootMargin: '200px' },
      );
      seen.observe(element);
    }
  }
}

islands();
