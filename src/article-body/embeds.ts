/**
 * Iframes in sanitised CMS content, loaded only when there are some: frames from the hosts listed in
 * `allow-embeds` are shown in a responsive box, first as a placeholder that asks before anything is
 * requested from the provider (unless the provider was granted: src/internal/consent.ts), then as a
 * lazy, titled, sandboxed frame; any other is replaced by a link to what it showed (or removed when
 * it pointed nowhere safe).
 */
import { warnOnce } from '../internal/warn.js';
import { resolveLocale } from '../internal/locale.js';
import { foreignWording, substitute, translate, translationsReady } from '../internal/translate.js';
import { adoptLightStyles } from '../internal/adopt.js';
import { CONSENT_EVENT, consented, covers, rememberEmbeds, revocations } from '../internal/consent.js';
import { pageUrl } from '../text/video-url.js';
import { provider } from './embed-providers.js';
import { styles } from './embeds.styles.js';
import type { Translation } from '../i18n/en.js';

/** What the article body lends its embeds (private there): a signal for each connection. */
interface Body extends HTMLElement {
  consent?: unknown;
  connection?: AbortController;
  whileConnected?: (signal: AbortSignal) => void;
}

interface Embed {
  url: URL;
  title: string;
  /** The allow-embeds host it matched: what consent is given to. */
  host: string;
  /** The element's strings, with `{provider}` filled in. */
  say: (key: keyof Translation) => string;
  remember: boolean;
  /** How many revokes it has followed (consent.ts `revocations`): its state was decided after them. */
  seen: number;
}
/** Each box's embed. */
const embeds = new WeakMap<Element, Embed>();
let count = 0;

/**
 * Hosts from `allow-embeds` ("www.youtube.com player.vimeo.com"; URLs are taken for their host).
 * Never the page's own host (or a domain that holds it): a frame of the page's own origin, allowed
 * scripts and its origin, could reach into the page and lift its own sandbox.
 */
function allowedHosts(element: Element, value: string): string[] {
  const page = location.hostname.toLowerCase();
  return value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
    .flatMap((entry) => {
      const host = entry.replace(/^([a-z]+:)?\/\/|[/:?#].*$/g, '');
      if (!/^[a-z\d-]+(\.[a-z\d-]+)+$/.test(host)) {
        warnOnce(element, 'allow-embeds-value', `allow-embeds: "${entry}" is not a host name; ignored.`);
      } else if (page === host || page.endsWith(`.${host}`)) {
        warnOnce(
          element,
          'allow-embeds-own',
          `allow-embeds: "${entry}" is this page's own site, whose frames could lift their sandbox; ignored.`,
        );
      } else return [host];
      return [];
    });
}

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}) =>
  Object.assign(document.createElement(tag), props);

/** The frame itself: from here on the provider hears of the reader. */
function load(box: Element, embed: Embed, focus = false): void {
  const frame = make('iframe', {
    title: embed.title || embed.url.hostname,
    loading: 'lazy',
    referrerPolicy: 'strict-origin-when-cross-origin',
    allow: 'fullscreen; picture-in-picture; encrypted-media',
    src: embed.url.href,
  });
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-presentation');
  box.replaceChildren(frame);
  if (focus) frame.focus();
}

/** What the box shows until the reader (or the site) lets the provider load. */
function ask(box: Element, embed: Embed): void {
  const { privacy } = provider(embed.url.hostname);
  const group = make('div', { className: 'news-embed-consent' });
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', embed.say('embedContent'));
  const shares = make('p', { textContent: `${embed.say('embedShares')} ` });
  if (privacy) shares.append(make('a', { href: privacy, textContent: embed.say('embedPrivacy') }));
  const buttons = make('p');
  const button = (key: keyof Translation, remember: boolean) => {
    buttons.append(make('button', { type: 'button', textContent: embed.say(key) }), ' ');
    buttons.lastChild!.previousSibling!.addEventListener('click', () => {
      load(box, embed, true);
      // "Always": the provider's other placeholders on the page load too (the consent event).
      if (remember) rememberEmbeds(embed.host);
    });
  };
  button('embedLoad', false);
  if (embed.remember) button('embedAlways', true);
  group.append(
    make('p', { className: 'news-embed-name', textContent: embed.say('embedContent') }),
    shares,
    buttons,
  );
  box.replaceChildren(group);
}

/**
 * On a grant, placeholders load; on a revoke, frames of the provider turn back into placeholders.
 * Each embed follows what changed since its state was decided, whenever it missed a change: made
 * but not yet drawn (the body appends it later), or away from the page.
 */
function listen(element: Body, signal: AbortSignal): void {
  const follow = () => {
    for (const box of element.querySelectorAll('.news-embed')) {
      const embed = embeds.get(box);
      if (!embed) continue;
      const revoked = revocations.slice(embed.seen).flat();
      const loaded = !!box.querySelector('iframe');
      embed.seen = revocations.length;
      // A revoke since taken back by a grant (a consent manager's update) leaves the frame.
      if (loaded && covers(revoked, embed.host) && !consented(embed.host)) ask(box, embed);
      else if (!loaded && consented(embed.host)) load(box, embed);
    }
  };
  follow();
  document.addEventListener(CONSENT_EVENT, follow, { signal });
  element.addEventListener('news-article-body-rendered', follow, { signal });
}

/**
 * Allowed frames get a responsive box (a placeholder until consent, then a lazy, titled frame)
 * between a skip link and a link to the original; others become a link to what they showed.
 */
export async function embedFrames(
  fragment: DocumentFragment,
  element: Body,
  allowEmbeds: string,
): Promise<void> {
  const hosts = allowedHosts(element, allowEmbeds);
  const locale = resolveLocale(element);
  const framed = !!fragment.querySelector('iframe');
  // Placeholders and links alike say "View on YouTube" in the story's language.
  if (framed) await translationsReady(locale);
  if (framed && hosts.length) {
    adoptLightStyles(element, styles);
    if (!element.whileConnected) {
      element.whileConnected = (signal) => listen(element, signal);
      if (element.connection && !element.connection.signal.aborted)
        listen(element, element.connection.signal);
    }
  }
  for (const frame of fragment.querySelectorAll('iframe')) {
    const src = frame.getAttribute('src');
    let url: URL | undefined;
    try {
      if (src) url = new URL(src, document.baseURI);
    } catch {
      // Not an address: nothing to show or link to.
    }
    const host = url?.hostname ?? '';
    const parent = frame.parentElement;
    // WordPress wraps a frame in a paragraph of its own: the box or the link replaces both.
    const replaced =
      parent?.localName === 'p' && !parent.textContent!.trim() && parent.children.length === 1
        ? parent
        : frame;
    const title = frame.title.trim();
    // A player's address is no page to visit: links go to the video's own page.
    const page = url && (pageUrl(url.href) ?? url.href);
    const allowed = hosts.find((allowed) => host === allowed || host.endsWith(`.${allowed}`));
    const { name } = provider(host);
    const say = (key: keyof Translation) => substitute(translate(locale, key), { provider: name });
    if (url?.protocol === 'https:' && allowed) {
      const embed: Embed = {
        url,
        title,
        host: allowed,
        say,
        remember: element.consent === 'remember',
        seen: revocations.length,
      };
      const box = make('div', { className: 'news-embed' });
      embeds.set(box, embed);
      const width = Number(frame.getAttribute('width'));
      const height = Number(frame.getAttribute('height'));
      // CSSOM, not a style attribute: allowed under a strict style-src policy.
      if (width > 0 && height > 0) box.style.aspectRatio = `${width} / ${height}`;
      if (consented(allowed)) load(box, embed);
      else ask(box, embed);
      // Every id of content begins with the sanitiser's `user-content-`, and a heading's made id
      // never holds a "_" (text/heading-ids.ts): none can be this one.
      const id = `news-embed_${++count}`;
      const original = make('a', { id, href: page, textContent: say('embedView') });
      const skip = make('a', { className: 'news-embed-skip', href: `#${id}`, textContent: say('embedSkip') });
      // Focus, not only scroll, and also inside a shadow root, where a fragment link finds nothing.
      skip.addEventListener('click', (event) => {
        event.preventDefault();
        original.focus();
      });
      replaced.replaceWith(skip, box, make('p', { className: 'news-embed-source' }));
      box.nextElementSibling!.append(original);
    } else if (url && /^https?:$/.test(url.protocol)) {
      warnOnce(
        element,
        'allow-embeds',
        `an embed from ${host} is shown as a link; allow-embeds="${host}" shows it.`,
      );
      // Named as the placeholder's link names it: an address read out letter by letter says little.
      const link = make('p');
      const worded = title ? undefined : foreignWording(locale, 'embedView');
      link.append(
        make('a', { href: page, textContent: title || say('embedView'), ...(worded && { lang: worded }) }),
      );
      replaced.replaceWith(link);
    } else replaced.remove();
  }
}
