import { css, unsafeCSS } from 'lit';
import type { NewsTagName } from './elements.js';
import { styles as bodyStyles } from './article-body/article-body.styles.js';
import { columnMeasure, tokenRules } from './internal/tokens.styles.js';
import { hydrateAttribute } from './ssr/rules.js';
import { article } from './preload-article.js';
import { figure } from './preload-figure.js';
import { gallery } from './preload-gallery.js';
import { liveBlog } from './preload-live-blog.js';
import { share } from './share/share.preload.js';
import { teaser } from './preload-teaser.js';

/**
 * The elements as a reader sees them before their script has run. The build writes it to
 * `themes/preload.css` and appends it to every theme file that does not import another one
 * (`auto.css` gets it through `light.css`), so a page with a theme does not shift. Each rule repeats
 * what the element's first render draws, so that the upgrade moves nothing. Components never import
 * this; it is not in the bundle.
 *
 * - Every selector sits in `:where()`: a site's own rules win.
 * - Only elements that are not defined and were not rendered by news-elements/ssr: a
 *   server-rendered element is undefined until its script runs (an island may never run one), but
 *   its shadow root is already drawn. The server marks each element it renders with `hydrate`;
 *   once the Declarative Shadow DOM is parsed no `<template>` is left to select it by.
 * - The figure's image box comes from `width` and `height` (or `aspect-ratio="16/9"`; the `4:3`
 *   form is not read here) through typed `attr()`; engines without it reserve the common 3:2 photo
 *   shape. Its caption and credit come
 *   from the attributes as generated text (one size: the credit's smaller type is not reproduced),
 *   or from the `caption` and `credit` slots as written.
 * - A video from `src` without `width` and `height` is reserved at 16:9, as it is drawn; an audio
 *   player as its one row (`--news-figure-audio-size`).
 * - The dateline prints its fallback text, led by the place; the "Updated" part is formatted by the
 *   script and appears with it.
 * - A gallery lays its pictures out as its grid (or its carousel's first slide under the row of its
 *   buttons), each cropped to the gallery's shape, with its caption under a rule. The crop reaches
 *   a figure that has upgraded while the gallery's code, which comes on sight, is still on its way
 *   (`--_figure-crop`). A gallery's `aspect-ratio` is read where typed `attr()` is (not the `4:3`
 *   form); elsewhere its cells are reserved at 4:3, its default.
 * - The partner banner draws its label (English, or the `label` attribute), a box of the logo's size
 *   or the partner's name, and "About this content" (beside a name, only its room).
 * - The teaser list draws its heading and reserves `--news-teaser-list-min-block-size`. Teasers
 *   written as markup, alone or in a `list` or `compact` list, draw their headline and excerpt
 *   beside the room of their picture, with that of their kicker's line, author and date, under the
 *   list's rules (src/preload-teaser.ts); a `grid`, `hero` or ranked list's teasers reserve nothing.
 * - The byline sets its written text in its own type and, when it names authors, their weight (not
 *   its head shots' row); each author written as an element is one box that goes to the next line
 *   whole, as drawn (a comma after it cannot go with it); sharing reserves the
 *   rows of its buttons (src/share/share.preload.ts); a notice draws its box, no wider than the
 *   text column's measure outside an article, with an empty line where its label and date will be
 *   (an age notice may draw nothing at all, so it reserves nothing). Their code comes on sight, one
 *   request after the single file.
 * - A live blog written as markup draws its badge, and its posts with their rules, headlines,
 *   bodies and authors, each with the room of what its script adds (src/preload-live-blog.ts).
 * - The contents (`<news-toc>`) reserve nothing: how tall they are depends on the story's headings
 *   and the screen; they belong in a side column, or under a reserved height of the site's own.
 * - The article shell lays out its children as its first render will (src/preload-article.ts).
 * - The article body's typography is not scoped to the upgrade at all: it is the same sheet the
 *   element adopts.
 */
// The tags this sheet draws before their upgrade.
const hosts: NewsTagName[] = [
  'news-article',
  'news-byline',
  'news-dateline',
  'news-figure',
  'news-gallery',
  'news-live-blog',
  'news-live-post',
  'news-notice',
  'news-partner-banner',
  'news-share',
  'news-teaser-list',
  'news-teaser',
];

// Waiting for a script that will draw it: not defined, and not drawn by the server. The rules below
// say `:not(:defined)` (a template expression inside a selector would defeat the build's CSS
// minifier) and are given this condition in its place.
const pending = `:not(:defined, [${hydrateAttribute}])`;

const written = css`
  :where(
    news-byline:not(:defined),
    news-dateline:not(:defined),
    news-figure:not(:defined),
    news-notice:not(:defined),
    news-partner-banner:not(:defined),
    news-share:not(:defined),
    news-teaser-list:not(:defined),
    news-teaser:not(:defined)
  ) {
    display: block;
  }

  /* The article's byline row: inherited by its children, so any element's own font rules below win. */
  :where(news-article:not(:defined)) > :where([slot='byline'], [slot='dateline']) {
    color: var(--_color-text-muted);
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--_font-ui);
  }

  :where(news-dateline:not(:defined)) {
    color: var(--news-dateline-color, var(--_color-text-muted));
    font-family: var(--news-dateline-font, var(--_font-ui));
    font-size: var(--news-dateline-font-size, var(--_font-size-sm));
    line-height: var(--_line-height-ui);
  }
  :where(news-dateline:not(:defined)[place]:not([place='']))::before {
    content: attr(place) ' — ';
    color: var(--news-dateline-place-color, var(--_color-text));
    font-weight: var(--news-dateline-place-font-weight, 700);
    text-transform: var(--news-dateline-place-transform, uppercase);
  }

  ${figure}

  :where(news-partner-banner:not(:defined)) {
    --_preload-logo: calc(
      min(attr(logo-height type(<number>)) * 1px, var(--news-partner-banner-logo-max-height, 3.5rem)) *
        attr(logo-width type(<number>)) / attr(logo-height type(<number>))
    );
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-sm) var(--news-partner-banner-gap, var(--_space-md));
    padding: var(--news-partner-banner-padding, var(--_space-sm) var(--_space-md));
    border-block: 1px solid var(--news-partner-banner-border-color, var(--_color-border));
    background: var(--news-partner-banner-background, var(--_color-surface));
    color: var(--news-partner-banner-label-color, var(--_color-text-muted));
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--news-partner-banner-font, var(--_font-ui));
  }
  :where(news-partner-banner:not(:defined))::before {
    content: 'In partnership with';
  }
  :where(
    news-partner-banner:not(:defined):is(
        [variant='sponsored'],
        :not([variant='partner'], [variant='paid'], [variant=''])[variant]
      )
  )::before {
    content: 'Sponsored by';
  }
  /* Paid content's frame and its label's box (its solid band comes with the upgrade). */
  :where(news-partner-banner:not(:defined)[variant='paid']) {
    border: 2px solid var(--news-partner-banner-paid-background, var(--_color-text));
  }
  :where(news-partner-banner:not(:defined)[variant='paid'])::before {
    content: 'Paid content by';
    box-sizing: border-box;
    padding: var(--_space-xs) var(--_space-sm);
    font-weight: 700;
  }
  :where(news-partner-banner:not(:defined)[label]:not([label='']))::before {
    content: attr(label);
  }
  :where(news-partner-banner:not(:defined)[logo-src][logo-width][logo-height])::before {
    display: flex;
    align-items: center;
    min-block-size: min(
      attr(logo-height type(<number>)) * 1px,
      var(--news-partner-banner-logo-max-height, 3.5rem)
    );
    margin-inline-end: calc(var(--news-partner-banner-gap, var(--_space-md)) + var(--_preload-logo));
  }
  :where(news-partner-banner:not(:defined)[about-href]:not([about-href='']))::after {
    content: 'About this content';
    margin-inline-start: auto;
  }
  /* A partner named without a logo: its name, in its own type, before any slotted partners. The
     "About this content" link then keeps only its room after the name (about 8.3em of the label's
     type), so the row wraps where the upgraded banner's does, give or take a font; a name too long
     to share a phone's row with it wraps a line sooner than the upgraded banner's. */
  :where(news-partner-banner:not(:defined))::before {
    order: -2;
  }
  :where(news-partner-banner:not(:defined)[name]:not([name='']):not([logo-src]:not([logo-src=''])))::after {
    content: attr(name);
    order: -1;
    margin-inline-start: 0;
    color: var(--news-partner-banner-color, var(--_color-text));
    font-size: var(--_font-size-md);
    font-weight: 700;
  }
  :where(
    news-partner-banner:not(:defined)[name]:not([name='']):not([logo-src]:not([logo-src='']))[about-href]:not(
        [about-href='']
      )
  )::after {
    margin-inline-end: calc(var(--news-partner-banner-gap, var(--_space-md)) + 8.3 * var(--_font-size-sm));
  }

  :where(news-teaser-list) {
    min-block-size: var(--news-teaser-list-min-block-size, auto);
  }
  :where(news-teaser-list:not(:defined)) {
    color: var(--_color-text);
    font-family: var(--_font-ui);
  }
  :where(news-teaser-list:not(:defined)[heading]:not([heading='']))::before {
    content: attr(heading);
    display: block;
    margin: 0 0 var(--_space-md);
    padding-block-start: var(--_space-sm);
    border-block-start: 3px solid var(--news-teaser-list-rule-color, var(--_color-text));
    color: var(--news-teaser-list-heading-color, var(--_color-text));
    font-family: var(--news-teaser-list-heading-font, var(--_font-ui));
    font-size: var(--news-teaser-list-heading-size, var(--_font-size-md));
    font-weight: 800;
    line-height: var(--_line-height-ui);
    letter-spacing: 0.03em;
    text-transform: uppercase;
  }

  :where(news-byline:not(:defined)) {
    color: var(--news-byline-color, var(--_color-text));
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--news-byline-font, var(--_font-ui));
  }
  :where(news-byline:not(:defined):is([authors], :has(> *))) {
    font-weight: 600;
  }
  :where(news-byline:not(:defined)) > :where(:not(template, script, style, noscript, [hidden])) {
    display: inline-block;
    overflow-wrap: anywhere;
  }

  ${share}

  :where(news-notice:not(:defined)) {
    box-sizing: border-box;
    max-inline-size: ${columnMeasure};
  }
  :where(news-article news-notice:not(:defined)) {
    max-inline-size: none;
  }
  :where(news-notice:not(:defined):not([type='age'])) {
    padding: var(--_space-sm) var(--_space-md);
    border-inline-start: 4px solid var(--news-notice-accent, var(--_color-accent));
    border-radius: var(--_radius-sm);
    background: var(--news-notice-background, var(--_color-surface));
    color: var(--news-notice-color, var(--_color-text));
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--news-notice-font, var(--_font-ui));
  }
  :where(news-notice:not(:defined):not([type='age']))::before {
    content: '\\a0';
    display: block;
    margin-block-end: var(--_space-xs);
  }
  :where(news-notice:not(:defined)) > :first-child {
    margin-block-start: 0;
  }
  :where(news-notice:not(:defined)) > :last-child {
    margin-block-end: 0;
  }
  ${gallery}
  ${teaser}
  ${liveBlog}
  ${article}
`;

const elements = unsafeCSS(written.cssText.replaceAll(':not(:defined)', pending));

/** The tokens each element reads, on the elements not yet upgraded. */
const preloadTokens = tokenRules(`:where(${hosts.map((tag) => `${tag}${pending}`).join(', ')})`);

export const preload = [preloadTokens, elements, bodyStyles];

const preloadText = () => preload.map((sheet) => sheet.cssText).join('\n');

/**
 * A theme file as the build ships it: the theme, then the preload rules, so that the page that
 * links a theme does not shift. A theme that imports another gets them through that import.
 */
export function themeFile(theme: string): string {
  if (/@import\b/.test(theme)) return theme;
  return `${theme.trimEnd()}\n\n/* Each element's box before its script runs (news-elements' preload rules). */\n${preloadText()}\n`;
}

/** `themes/preload.css`, for pages that load no theme. */
export const preloadFile = (): string => `${preloadText()}\n`;
