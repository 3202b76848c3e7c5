import type { html as Html, nothing as Nothing } from 'lit';
import type { warnOnce } from '../internal/warn.js';
import type { quote, text } from '../internal/values.js';
import type { teaserUrl } from './parts.js';
import { numeral } from '../text/numerals.js';

/*
 * What few teasers have: sub-links to related stories under a lead, and a ranked list's number.
 * A chunk of its own, fetched for a teaser with either (see `extrasCode` in parts.ts). It imports
 * nothing: what it needs from the first load is handed to `extras()`. A chunk that imports modules
 * of the first load has them split out into chunks of their own, a few hundred bytes more to fetch.
 */

/** A sub-link under a lead teaser: another story on the same subject. */
export interface RelatedLink {
  headline: string;
  href: string;
}

/** What the chunk is given from the first load. */
export interface Kit {
  html: typeof Html;
  nothing: typeof Nothing;
  warnOnce: typeof warnOnce;
  quote: typeof quote;
  text: typeof text;
  url: typeof teaserUrl;
}

/** A lead teaser carries two to four: more crowd the card and dilute its own link. */
const MOST = 4;

export const extras = ({ html, nothing, warnOnce, quote, text, url }: Kit) => ({
  /**
   * The sub-links to draw: `given` (the `related` property: `[{ headline, href }]`), else the
   * teaser's `<a slot="related" href>` children, or the links of a `<ul slot="related">`, read as
   * text and address, and followed as they are edited. A link whose address is missing or not
   * http(s) or relative is left out, as are those past the fourth, each with one warning.
   */
  relatedLinks(host: Element, given: unknown, anchors: Element[]): RelatedLink[] {
    const written: unknown[] = Array.isArray(given)
      ? given
      : anchors
          .flatMap((child) => (child.localName === 'a' ? [child] : [...child.querySelectorAll('a')]))
          .map((anchor) => ({ headline: anchor.textContent, href: anchor.getAttribute('href') }));
    const links: RelatedLink[] = [];
    written.forEach((link, i) => {
      const { headline, href } = (link ?? {}) as Record<string, unknown>;
      const key = `related[${i}] href`;
      if (!text(headline)) return;
      const safe = url(host, key, text(href), 'link');
      if (safe) links.push({ headline: text(headline).replace(/\s+/g, ' '), href: safe });
      else if (!text(href)) warnOnce(host, key, `<news-teaser> ${key} is missing; the link is left out.`);
    });
    if (links.length > MOST)
      warnOnce(
        host,
        'related',
        `<news-teaser> has ${links.length} related links; the first ${MOST} are shown.`,
      );
    return links.slice(0, MOST);
  },

  /** The sub-links as a list named "Related stories" (`name`, in the teaser's language). */
  relatedList: (links: RelatedLink[], name: string) =>
    /* eslint-disable lit-a11y/no-redundant-role -- without list-style, Safari no longer calls it a list */
    links.length
      ? html`<ul class="related" part="related" role="list" aria-label=${name}>
          ${links.map((link) => html`<li><a href=${link.href}>${link.headline}</a></li>`)}
        </ul>`
      : nothing,
  /* eslint-enable lit-a11y/no-redundant-role */

  /**
   * The teaser's place in a ranked list, large, in `lang`'s digits ("٣" in Arabic): text rather
   * than a CSS counter, whose digits are the counter style's, not the language's. Screen readers
   * hear the list's own numbering instead.
   */
  rankMark(host: Element, given: unknown, lang: string) {
    // A number written as text ("3", from a CMS's JSON) counts, as the list's own counts do.
    const rank = typeof given == 'string' && given.trim() ? Number(given) : given;
    if (rank == null || rank === 0) return nothing;
    if (!(Number.isInteger(rank) && (rank as number) > 0)) {
      warnOnce(
        host,
        'rank',
        `<news-teaser rank=${quote(given)}> is not a positive whole number; it is ignored.`,
      );
      return nothing;
    }
    // Its box is as wide as two eights in its own font and size, as the list's numbers are
    // (widestRank): the written ranks 1 to 99 stand in one column.
    return html`<span class="rank" part="rank" aria-hidden="true" data-widest=${numeral(lang, 88)}
      >${numeral(lang, rank as number)}</span
    >`;
  },
});
