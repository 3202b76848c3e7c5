import { html, isServer, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { textParagraphs } from './server-text.js';
import type { Post } from './posts.js';

/**
 * A post's HTML: in a `<news-article-body>` once its code and sanitiser are here (`rich`, which the
 * blog fetches only when a post brings HTML); before, as the server's text, which the browser
 * adopts as it stands and replaces, in the same frame, with the sanitised markup.
 */
const body = (markup: string, rich: boolean) =>
  rich
    ? html`<news-article-body .html=${markup}></news-article-body>`
    : html`<div class="text">${isServer ? textParagraphs(markup) : nothing}</div>`;

/**
 * One post in the blog's shadow root: a slot for a written `<news-live-post>` (assigned by the
 * blog), else a `<news-live-post>` drawn from the item.
 */
export function postView({ item, node }: Post, level: number, locale: string | undefined, rich: boolean) {
  if (node) return html`<slot data-id=${item.id}></slot>`;
  return html`<news-live-post
    data-id=${item.id}
    id="post-${item.id}"
    post-id=${item.id}
    datetime=${item.datetime}
    modified=${item.modified ?? ''}
    headline=${item.headline ?? ''}
    .author=${item.author ?? ''}
    ?key-event=${!!item.keyEvent}
    ?pinned=${!!item.pinned}
    heading-level=${level}
    locale=${ifDefined(locale)}
    >${item.html ? body(item.html, rich) : nothing}</news-live-post
  >`;
}
