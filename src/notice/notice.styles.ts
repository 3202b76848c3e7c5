import { css } from 'lit';
import { columnMeasure } from '../internal/tokens.styles.js';

// Comments live here rather than in the stylesheet, which ships as written.
//  :host: no wider than a story's text column's measure (in its own type), as a live blog is: alone
//    on a wide page its box would run on far past the end of its lines. A page's own width wins;
//    inside an article the notice keeps the column's width (the light styles below), as the story's
//    other furniture does. The preload rules keep both widths.
//  :state(empty): an age notice for a young story takes no room at all. A separate rule, as a
//    browser without custom states drops the whole rule it appears in.
//  .notice: a tinted box with a rule at the start edge (right in Arabic), set apart from the story
//    without shouting; the label bold, the date muted (6:1 on the surface in both themes). A word
//    too long for the box (a pasted URL; Korean, kept whole by the token sheet) still wraps.
//  :target: the dateline's "Corrected" link lands here; the focus colour shows where (no motion).
export const styles = css`
  :host {
    --_notice-background: var(--news-notice-background, var(--_color-surface));
    --_notice-accent: var(--news-notice-accent, var(--_color-accent));
    --_notice-color: var(--news-notice-color, var(--_color-text));
    display: block;
    max-inline-size: ${columnMeasure};
    color: var(--_notice-color);
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--news-notice-font, var(--_font-ui));
  }
  :host([hidden]) {
    display: none;
  }
  :host(:state(empty)) {
    display: none;
  }
  .notice {
    padding: var(--_space-sm) var(--_space-md);
    border-inline-start: 4px solid var(--_notice-accent);
    border-radius: var(--_radius-sm);
    background: var(--_notice-background);
    overflow-wrap: break-word;
  }
  :host(:target) .notice {
    outline: 3px solid var(--_color-focus-ring);
    outline-offset: 2px;
  }
  p {
    margin: 0;
  }
  .heading {
    margin-block-end: var(--_space-xs);
  }
  [part='label'] {
    font-weight: 700;
  }
  [part='time'] {
    color: var(--_color-text-muted);
  }
  @media (forced-colors: active) {
    .notice {
      border-color: CanvasText;
    }
    :host(:target) .notice {
      outline-color: Highlight;
    }
  }
`;

// The notice's text, in the light DOM: its first and last elements' outer margins go, so the box's
// padding is the only space around it. Outer styles beat a shadow root's ::slotted rules (an
// article body's paragraph spacing would stay), so these are adopted by the page, with one
// pseudo-class's weight: more than the body's weightless rules, less than a site's own class.
// And in an article, the notice as wide as its column: the measure in the notice's smaller type
// would leave it narrower than the story's text (weightless: a page's own width wins).
export const lightStyles = css`
  :where(news-article news-notice) {
    max-inline-size: none;
  }
  :where(news-notice) > :first-child {
    margin-block-start: 0;
  }
  :where(news-notice) > :last-child {
    margin-block-end: 0;
  }
`;
