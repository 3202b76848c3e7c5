import { css } from 'lit';
import { dateStyles } from '../internal/date-view.styles.js';

// (Comments stay out of the CSS so they are not shipped.)
// - .link::after stretches the one link over the whole card: one tab stop, one announcement,
//   a big target; a link slotted into the kicker is lifted above it.
// - The hero puts picture and text side by side when there is room and stacks them when not,
//   with flex-wrap rather than a container query, so a thousand teasers lay out in one pass.
// - The meta line is drawn in capitals, but what is only heard in it keeps its case: Chromium
//   speaks text as transformed ("VIDEO, 3 MINUTES").

export const styles = css`
  ${dateStyles}
  :host {
    --_teaser-headline-color: var(--news-teaser-headline-color, var(--_color-text));
    --_teaser-headline-font: var(--news-teaser-headline-font, var(--_font-headline));
    --_teaser-headline-size: var(--news-teaser-headline-size, var(--_font-size-lg));
    --_teaser-headline-weight: var(--news-teaser-headline-weight, var(--_font-weight-headline));
    --_teaser-excerpt-color: var(--news-teaser-excerpt-color, var(--_color-text));
    --_teaser-excerpt-size: var(--news-teaser-excerpt-size, var(--_font-size-sm));
    --_teaser-kicker-color: var(--news-teaser-kicker-color, var(--_color-accent));
    --_teaser-badge-background: var(--news-teaser-badge-background, var(--_color-accent));
    --_teaser-badge-color: var(--news-teaser-badge-color, var(--_color-on-accent));
    --_teaser-sponsored-background: var(--news-teaser-sponsored-background, var(--_color-surface));
    --_teaser-sponsored-color: var(--news-teaser-sponsored-color, var(--_color-text));
    --_teaser-image-ratio: var(--news-teaser-image-ratio, 3 / 2);
    --_teaser-image-width: var(--news-teaser-image-width, 7.5rem);
    --_teaser-image-radius: var(--news-teaser-image-radius, var(--_radius-sm));
    --_teaser-gap: var(--news-teaser-gap, var(--_space-md));
    --_teaser-placeholder: var(--news-teaser-placeholder, var(--_color-placeholder));
    display: block;
    color: var(--_color-text);
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  .card {
    position: relative;
    display: flex;
    gap: var(--_teaser-gap);
    align-items: flex-start;
  }
  .grid {
    flex-direction: column;
    align-items: stretch;
    block-size: 100%;
  }
  .grid .body {
    padding-block-end: var(--_space-md);
  }
  .grid .dateline,
  .grid .author {
    margin-block-start: auto;
  }
  .grid .author + .dateline {
    margin-block-start: 0;
  }
  .grid .media[hidden] + .body {
    --_teaser-headline-size: var(--news-teaser-headline-size, var(--_font-size-xl));
    padding-block-start: var(--_space-sm);
    padding-inline: var(--_space-md);
    border-block-start: 3px solid var(--_teaser-kicker-color);
    background: var(--_color-surface);
  }
  .hero {
    flex-wrap: wrap;
    align-items: center;
  }
  .hero .media {
    flex: 3 1 22rem;
  }
  .hero .body {
    flex: 2 1 16rem;
  }
  .hero {
    --_teaser-image-ratio: var(--news-teaser-image-ratio, 16 / 9);
    --_teaser-headline-size: var(--news-teaser-headline-size, var(--_font-size-2xl));
    --_teaser-excerpt-size: var(--news-teaser-excerpt-size, var(--_font-size-md));
  }
  .compact {
    --_teaser-headline-size: var(--news-teaser-headline-size, var(--_font-size-md));
  }

  .media {
    flex: none;
    inline-size: min(var(--_teaser-image-width), 30%);
    aspect-ratio: var(--_teaser-image-ratio);
    overflow: hidden;
    border-radius: var(--_teaser-image-radius);
    background: var(--_teaser-placeholder);
  }
  .grid .media {
    inline-size: 100%;
  }
  .compact .media {
    display: none;
  }
  img,
  ::slotted(img) {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    object-position: var(--_teaser-focus, 50% 50%);
  }

  .body {
    flex: 1;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }

  /* A kicker too long to share its line with a badge keeps its words together: the badge goes to
     the next line ("PARTNER CONTENT" above "SPONSORED", not "PARTNER" above "CONTENT"). */
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-xs) var(--_space-sm);
    margin: 0;
    font-family: var(--_font-ui);
    font-size: var(--_font-size-xs);
    font-weight: 700;
    line-height: var(--_line-height-ui);
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .meta .visually-hidden {
    text-transform: none;
  }
  .kicker {
    color: var(--_teaser-kicker-color);
  }
  .kicker,
  .badge,
  .sponsored {
    padding-block: 0.0625rem;
  }
  ::slotted(a) {
    position: relative;
    z-index: 1;
  }
  .badge,
  .sponsored {
    flex: none;
    padding-inline: 0.375rem;
    border-radius: var(--_radius-sm);
    white-space: nowrap;
  }
  .badge {
    background: var(--_teaser-badge-background);
    color: var(--_teaser-badge-color);
  }
  .sponsored {
    background: var(--_teaser-sponsored-background);
    color: var(--_teaser-sponsored-color);
    box-shadow: inset 0 0 0 1px var(--_color-border);
  }

  #headline {
    margin: 0;
    color: var(--_teaser-headline-color);
    font-family: var(--_teaser-headline-font);
    font-size: var(--_teaser-headline-size);
    font-weight: var(--_teaser-headline-weight);
    line-height: var(--_line-height-headline);
    overflow-wrap: break-word;
    /* Lines of even length: no word left alone on a headline's last line. (pretty did that only
       where supported, and Chromium skipped it in a list's first layout.) */
    text-wrap: balance;
  }
  .link {
    color: inherit;
    text-decoration: none;
  }
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius-sm);
  }
  .card:hover .link {
    text-decoration: underline;
    text-decoration-thickness: from-font;
    text-underline-offset: 0.12em;
  }
  .link:focus-visible {
    outline: none;
  }
  .link:focus-visible::after {
    outline: 3px solid var(--_color-focus-ring);
    outline-offset: 3px;
  }

  .excerpt {
    margin: 0;
    color: var(--_teaser-excerpt-color);
    font-family: var(--_font-body);
    font-size: var(--_teaser-excerpt-size);
    line-height: var(--_line-height-ui);
    overflow-wrap: break-word;
    /* Chinese and Japanese: no closing punctuation or small kana at the start of a line (only CJK
       text is affected). Korean breaks between words everywhere (the token sheet). */
    line-break: strict;
  }
  .paragraph {
    display: block;
  }
  .paragraph + .paragraph {
    margin-block-start: var(--_space-xs);
  }
  .author {
    margin: var(--_space-xs) 0 0;
    color: var(--_dateline-color);
    font-family: var(--_dateline-font);
    font-size: var(--_dateline-size);
    line-height: var(--_line-height-ui);
  }
  .author + .dateline {
    margin-block-start: 0;
  }
  /* A name breaks before or after itself, with the comma after it, never inside. */
  .author bdi {
    white-space: nowrap;
  }
  .dateline {
    margin-block-start: var(--_space-xs);
    color: var(--_dateline-color);
    font-family: var(--_dateline-font);
    font-size: var(--_dateline-size);
    line-height: var(--_line-height-ui);
  }

  .bone {
    display: block;
    block-size: 0.875rem;
    border-radius: var(--_radius-sm);
    background: var(--_teaser-placeholder);
  }
  .kicker-bone {
    inline-size: 5rem;
    block-size: 0.75rem;
  }
  .headline-bone {
    block-size: var(--_teaser-headline-size);
  }
  .short {
    inline-size: 60%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton .bone,
    .skeleton .media {
      animation: pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (forced-colors: active) {
    .link:focus-visible::after {
      outline-color: Highlight;
    }
    .badge,
    .sponsored,
    .bone,
    .media {
      border: 1px solid CanvasText;
    }
  }
`;
