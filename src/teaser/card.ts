import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DateView } from '../internal/date-view.js';
import { heading, headingLevel } from '../internal/heading.js';
import type { LocaleController } from '../internal/locale-controller.js';
import type { SlotController } from '../internal/slots.js';
import { text } from '../internal/values.js';
import { describedBy, indicators, metaLine } from './indicators.js';
import { extrasCode, footer, teaserUrl, thumbnail } from './parts.js';
import type { NewsTeaser, TeaserLayout } from './teaser.js';

/** What the card is drawn from besides the teaser's public properties: what the element keeps private. */
export interface CardState {
  layout: TeaserLayout;
  /** The headline as shown (cut when too long). */
  headline: string;
  excerpt: string;
  /** On the server or hydrating over its HTML: the render must be the server's. */
  server: boolean;
  language: LocaleController;
  slots: SlotController;
  date: DateView;
}

/**
 * A cleaned excerpt's paragraphs (cleanExcerpt parts them with "\n"), each a line of its own, so
 * that neither the eye nor a screen reader runs one into the next; one paragraph is its text alone.
 */
const paragraphs = (excerpt: string) =>
  excerpt.includes('\n')
    ? excerpt.split('\n').map((line) => html`<span class="paragraph">${line}</span>`)
    : excerpt;

/**
 * The excerpt of several paragraphs `root` shows, else "". Hydration adopts the server's nodes only
 * where the first render has their shape, one block for each paragraph: a text the server cleaned,
 * drawn over before the cleaning code is here, is read from them.
 */
export const drawnExcerpt = (root: ParentNode) =>
  [...root.querySelectorAll('.paragraph')].map((block) => block.textContent).join('\n');

/**
 * The teaser's card: rank, thumbnail, meta line, headline link, excerpt, footer and date. Drawing
 * it checks the attributes it shows, so their warnings come from here (the layout's from render).
 */
export function card(host: NewsTeaser, state: CardState) {
  const { layout, headline, excerpt, server, language, slots } = state;
  const level = headingLevel(host, host.headingLevel, 3);
  // The server cannot see slotted headline or excerpt: it shows their slots, in case.
  const hasHeadline = !!headline || server || slots.has('headline');
  const href = hasHeadline ? teaserUrl(host, 'href', text(host.href), 'link') : undefined;
  const src = layout === 'compact' ? undefined : teaserUrl(host, 'image-src', text(host.imageSrc), 'image');
  const hasImage = !!src || slots.has('image');
  const kicker = text(host.kicker);
  const shown = indicators(host, language.lang, language.term.bind(language), host);
  const described = describedBy(shown);
  const sponsored = !!shown.sponsored;

  const content = html`<slot name="headline">${headline}</slot>`;
  // An own locale sets the language and direction (an Arabic teaser on an English page: voice,
  // right to left, line breaking); else the page's hold.
  const { own, dir } = language;
  return html`<article
    class="card ${layout}${sponsored ? ' is-sponsored' : ''}${shown.kind === 'opinion' ? ' opinion' : ''}"
    part="card"
    lang=${ifDefined(own)}
    dir=${ifDefined(own ? dir : undefined)}
  >
    ${extrasCode.module?.rankMark(host, host.rank, language.lang)}
    <div class="media" part="image-box" ?hidden=${!hasImage}>
      <slot name="image">${thumbnail(host, src, layout === 'hero', server)}</slot>
    </div>
    <div class="body">
      ${metaLine(kicker, !!kicker || slots.has('kicker'), shown)}
      ${
        !hasHeadline
          ? html`<span hidden>${content}</span>`
          : heading(
              level,
              'headline',
              href
                ? html`<a
                    class="link"
                    part="link"
                    href=${href}
                    rel=${ifDefined(sponsored ? 'sponsored' : undefined)}
                    aria-describedby=${ifDefined(described || undefined)}
                    >${content}</a
                  >`
                : content,
            )
      }
      <p
        class="excerpt"
        part="excerpt"
        ?hidden=${layout === 'compact' || (!excerpt && !server && !slots.has('excerpt'))}
      >
        <slot name="excerpt">${paragraphs(excerpt)}</slot>
      </p>
      ${
        layout === 'compact'
          ? nothing
          : footer(
              host,
              server ? [] : slots.followed('related'),
              server,
              language.lang,
              language.term('relatedStories'),
            )
      }
      ${
        text(host.datetime)
          ? html`<div class="dateline" part="dateline">${state.date.render()}</div>`
          : nothing
      }
    </div>
  </article>`;
}
