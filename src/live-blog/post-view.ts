import { html, isServer, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Post } from './posts.js';

/**
 * One post in the blog's shadow root: a slot for a written `<news-live-post>` (assigned by the
 * blog), else a `<news-live-post>` drawn from the item, its `html` in a `<news-article-body>`,
 * whose sanitiser is fetched only when a post brings HTML.
 */
export function postView({ item, node }: Post, level: number, locale: string | undefined) {
  if (node) return html`<slot data-id=${item.id}></slot>`;
  if (item.html && !isServer && !customElements.get('news-article-body'))
    void import('../article-body/define.js');
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
    >${item.html ? html`<news-article-body .html=${item.html}></news-article-body>` : nothing}</news-live-post
  >`;
}
