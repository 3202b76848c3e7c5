import { html, nothing } from 'lit';
import { heading } from '../internal/heading.js';
import { plainClick } from '../internal/plain-click.js';
import { text } from '../internal/values.js';
import { remember } from '../text/memo.js';
import type { Post } from './posts.js';

const times = new Map<string, Intl.DateTimeFormat>();
const timeFormat = (lang: string, timeZone?: string) =>
  remember(
    times,
    `${lang} ${timeZone}`,
    () => new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone }),
  );

/**
 * The links to the key posts, each its time and headline, drawn twice, and the screen's width
 * (CSS) shows one: a closed `<details>` on narrow screens; on wide ones a titled row of cards that
 * scrolls sideways, each card three lines tall (its headline cut after two, whole in its post), so
 * that the row's height does not depend on the headlines and the preload rules can keep its room.
 * Both are in the server's HTML, so hydrating changes nothing. `reveal` shows a post that is not
 * on the pages shown yet (a link inside a shadow root cannot reach it by itself); `href` is where
 * the link goes without script.
 */
export function keyEvents(
  posts: Post[],
  { title, lang, level, plain }: { title: string; lang: string; level: number; plain: boolean },
  href: (post: Post) => string,
  reveal: (id: string) => void,
) {
  const keys = posts.filter((post) => post.item.keyEvent);
  if (!keys.length) return nothing;
  // The server knows no reader's zone: it writes UTC, and the browser its reader's once hydrated
  // (a different text, so it is drawn again; the same zone's would be kept as the server wrote it).
  const format = timeFormat(lang, plain ? 'UTC' : undefined);
  const links = html`<ol class="keys">
    ${keys.map(
      (post) =>
        html`<li>
          <a
            href=${href(post)}
            @click=${(event: MouseEvent) => {
              // A modified click opens the post in another tab, and leaves this one where it is.
              if (plainClick(event)) reveal(`post-${post.item.id}`);
            }}
            ><time datetime=${post.item.datetime}>${format.format(post.time)}</time>
            <span class="key-headline">${text(post.item.headline)}</span></a
          >
        </li>`,
    )}
  </ol>`;
  return html`<details class="key-events narrow" part="key-events key-events-narrow">
      <summary>${title}</summary>
      ${links}
    </details>
    <nav class="key-events wide" part="key-events key-events-wide" aria-labelledby="key-title">
      ${heading(Math.max(2, level - 1), 'key-title', title)} ${links}
    </nav>`;
}
