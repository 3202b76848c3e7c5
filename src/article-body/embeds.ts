/**
 * Iframes in sanitised CMS content, loaded only when there are some: frames from the hosts listed in
 * `allow-embeds` are shown in a responsive, lazy, titled, sandboxed box; any other is replaced by a
 * link to what it showed (or removed when it pointed nowhere safe).
 */
import { warnOnce } from '../internal/warn.js';
import { pageUrl } from '../text/video-url.js';

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

/** Allowed frames get a responsive, lazy, titled box; others become a link to what they showed. */
export function embedFrames(fragment: DocumentFragment, element: Element, allowEmbeds: string): void {
  const hosts = allowedHosts(element, allowEmbeds);
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
    let replacement: HTMLElement | undefined;
    if (
      url?.protocol === 'https:' &&
      hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))
    ) {
      replacement = document.createElement('div');
      replacement.className = 'news-embed';
      const width = Number(frame.getAttribute('width'));
      const height = Number(frame.getAttribute('height'));
      // CSSOM, not a style attribute: allowed under a strict style-src policy.
      if (width > 0 && height > 0) replacement.style.aspectRatio = `${width} / ${height}`;
      const player = replacement.appendChild(
        Object.assign(document.createElement('iframe'), {
          title: title || host,
          loading: 'lazy',
          referrerPolicy: 'strict-origin-when-cross-origin',
          allow: 'fullscreen; picture-in-picture; encrypted-media',
          src: url.href,
        }),
      );
      player.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-presentation');
    } else if (url && /^https?:$/.test(url.protocol)) {
      warnOnce(
        element,
        'allow-embeds',
        `an embed from ${host} is shown as a link; allow-embeds="${host}" shows it.`,
      );
      // A player's address is no page to visit: the link goes to the video's own page.
      const page = pageUrl(url.href) ?? url.href;
      replacement = document.createElement('p');
      Object.assign(replacement.appendChild(document.createElement('a')), {
        href: page,
        textContent: title || page,
      });
    }
    if (replacement) replaced.replaceWith(replacement);
    else replaced.remove();
  }
}
