import { html, nothing } from 'lit';
import { safeUrl } from '../internal/safe-url.js';
import { plainClick } from '../internal/plain-click.js';
import type { Translation } from '../i18n/en.js';
import type { ListData } from './list-data.js';

/**
 * The "More stories" control of a list with `more`, and beside it the live region of the page it
 * fetches. On the server (and the render over its DOM) it is the `more-href` link, the site's own
 * next page, which works without JavaScript; it is not drawn without one. In the browser it shows
 * more in place while the list can (stories held back by `limit`, or the feed's next page), a
 * plain click on the link included; a list that cannot (RSS, a list of children) keeps the link
 * until the reader has paged in place, and drops it at the last page. A failed page leaves it as
 * the one way to try again.
 *
 * `empty`: the list says "No stories to show.", and the site's next page of an empty section has
 * none either: only stories the list can still show in place (a next page after one its
 * `dedupe-group` had shown already) are offered.
 */
export function moreControl(
  data: ListData | undefined,
  href: string,
  unknown: boolean,
  empty: boolean,
  term: (key: keyof Translation) => string,
) {
  const url = safeUrl(href, 'link');
  const inPlace = !unknown && !!data?.canMore();
  if (!(inPlace || (url && !empty && (unknown || !data?.more.asked)))) return nothing;
  const click = (event: MouseEvent) => {
    if (!inPlace || !plainClick(event)) return;
    event.preventDefault();
    void data!.showMore();
  };
  const label = html`<slot name="more-label">${term('moreStories')}</slot>`;
  return html`<div class="more">
    ${
      url
        ? html`<a class="button" part="more" href=${url} @click=${click}>${label}</a>`
        : html`<button type="button" part="more" @click=${click}>${label}</button>`
    }
    <div class="status" role="status">${unknown ? nothing : data?.more.statusContent(term)}</div>
  </div>`;
}
