import { html, nothing } from 'lit';
import { heading } from '../internal/heading.js';
import { text } from '../internal/values.js';
import { counted } from '../internal/plural.js';
import { remember } from '../text/memo.js';
import type { Post } from './posts.js';

const times = new Map<string, Intl.DateTimeFormat>();
const timeFormat = (lang: string) =>
  remember(times, lang, () => new Intl.DateTimeFormat(lang, { timeStyle: 'short' }));

/**
 * The links to the key posts, each its time and headline: a `<details>` on narrow screens (and on
 * the server), a titled list beside the posts on wide ones. `reveal` shows a post that is not on
 * the pages shown yet (a link inside a shadow root cannot reach it by itself); `href` is where the
 * link goes without script.
 */
export function keyEvents(
  posts: Post[],
  { title, lang, wide, level }: { title: string; lang: string; wide: boolean; level: number },
  href: (post: Post) => string,
  reveal: (id: string) => void,
) {
  const keys = posts.filter((post) => post.item.keyEvent);
  if (!keys.length) return nothing;
  const format = timeFormat(lang);
  const links = html`<ol class="keys">
    ${keys.map(
      (post) =>
        html`<li>
          <a href=${href(post)} @click=${() => reveal(`post-${post.item.id}`)}
            ><time datetime=${post.item.datetime}>${format.format(post.time)}</time>
            ${text(post.item.headline)}</a
          >
        </li>`,
    )}
  </ol>`;
  return wide
    ? html`<nav class="key-events" part="key-events" aria-labelledby="key-title">
        ${heading(Math.max(2, level - 1), 'key-title', title)} ${links}
      </nav>`
    : html`<details class="key-events" part="key-events">
        <summary>${title}</summary>
        ${links}
      </details>`;
}

/** "3 new updates" in `lang`: the "one" string or the other, as `Intl.PluralRules` says. */
export function newUpdates(
  count: number,
  lang: string,
  term: (key: 'liveNewUpdate' | 'liveNewUpdates') => string,
): string {
  return counted(count, lang, term('liveNewUpdate'), term('liveNewUpdates'));
}
