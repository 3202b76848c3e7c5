import { css } from 'lit';
import { columnMeasure } from '../internal/tokens.styles.js';

// Comments live here rather than in the stylesheet, which ships as written.
//  :host: no wider than a story's text column, as in an article: alone in a wide column of a page,
//    its rules and its pinned post's box would run on far past the end of its lines. The preload
//    rules (src/preload-live-blog.ts) keep the same width.
//  .status: the badge; its dot pulses while the blog is live, and stands still under
//    prefers-reduced-motion and once ended. Forced colours keep the badge's outline. A block, not
//    a box in a line of the blog's text, so that its height is its own: the preload rules
//    (src/preload-live-blog.ts) reserve it before the script runs.
//  .new: a sticky box of no height at the top of the posts, so the "N new updates" button floats
//    over them when it appears and never moves the post the reader is on. A post scrolled to (by a
//    page's script, a link, focus) stops below the room the button takes (its margin, its height,
//    the margin again): --_live-post-scroll-margin, read by src/live-post/live-post.styles.ts. Kept
//    with no button too: one may appear over a post the reader has just gone to.
//  .pinned: its box separates the post, whose rule (src/live-post/live-post.styles.ts) would show
//    as a stray line inside the box's top: transparent, in its room. Forced colours draw the rule,
//    where the box's surface is gone.
//  .key-events: both are drawn; the screen's width shows one, the width at which the preload rules
//    (src/preload-live-blog.ts) switch the room they keep. Narrow: a <details>, its summary at
//    least its line as calculated (WebKit rounds a line of text down to whole pixels). Wide: a
//    row of cards of a set height (a line for the time, two for the headline, cut after the
//    second), scrolling sideways. A word longer than a line breaks anywhere (a German compound, an
//    address): it would otherwise widen its card (a flex item is no narrower than its longest
//    word) and run past the row's end, or past a phone's in the list. The row is taller than its
//    cards by the room of a scroll bar where the system draws one (the bar takes the row's room,
//    not the cards'), and has room above and at its end for a focused card's ring (a scroll box
//    clips what goes past it). The preload rules add up the same lengths: change one, change both.
export const styles = css`
  :host {
    --_live-accent: var(--news-live-accent, var(--_color-accent));
    --_live-on-accent: var(--news-live-on-accent, var(--_color-on-accent));
    --_live-ended: var(--news-live-ended, var(--_color-text-muted));
    --_live-surface: var(--news-live-surface, var(--_color-surface));
    --_live-post-scroll-margin: calc(
      4 * var(--_space-sm) + 2px + var(--_font-size-sm) * var(--_line-height-ui)
    );
    display: block;
    max-inline-size: ${columnMeasure};
    color: var(--_color-text);
    font: var(--_font-size-md) / var(--_line-height-body) var(--_font-body);
  }
  .status {
    display: flex;
    inline-size: fit-content;
    align-items: center;
    gap: var(--_space-xs);
    margin: 0 0 var(--_space-md);
    padding: 0.125rem var(--_space-sm);
    border: 1px solid transparent;
    border-radius: var(--_radius-sm);
    background: var(--_live-accent);
    color: var(--_live-on-accent);
    font: 700 var(--_font-size-sm) / var(--_line-height-ui) var(--_font-ui);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .status.ended {
    background: var(--_live-ended);
  }
  .dot {
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: currentColor;
  }
  .live .dot {
    animation: pulse 1.6s ease-in-out infinite;
  }
  .ended .dot {
    display: none;
  }
  @keyframes pulse {
    50% {
      opacity: 0.25;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .live .dot {
      animation: none;
    }
  }
  .key-events {
    --_keys-line: calc(var(--_font-size-sm) * var(--_line-height-ui));
    margin-block-end: var(--_space-md);
    padding: var(--_space-sm) var(--_space-md);
    background: var(--_live-surface);
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--_font-ui);
  }
  summary {
    min-block-size: var(--_keys-line);
    cursor: pointer;
    font-weight: 700;
  }
  .key-events h2,
  .key-events h3,
  .key-events h4,
  .key-events h5,
  .key-events h6 {
    min-block-size: var(--_keys-line);
    margin: 0;
    font-size: var(--_font-size-sm);
  }
  .keys {
    margin: var(--_space-sm) 0 0;
    padding-inline-start: var(--_space-md);
  }
  .keys li + li {
    margin-block-start: var(--_space-xs);
  }
  .keys a {
    display: inline-block;
    min-block-size: 1.5rem;
    padding-block: 0.125rem;
    color: var(--_color-link);
    overflow-wrap: anywhere;
  }
  .keys time {
    font-weight: 700;
  }
  /* !important inside a shadow root wins over a page's ::part() rules: one form is ever shown. */
  .wide {
    display: none !important;
  }
  @media (min-width: 48rem) {
    .narrow {
      display: none !important;
    }
    .wide {
      display: block !important;
    }
    .wide .keys {
      display: flex;
      gap: var(--_space-md);
      block-size: calc(3 * var(--_keys-line) + 0.75rem);
      padding: 0.375rem 0.375rem 0 0;
      overflow: auto hidden;
      list-style: none;
      scroll-snap-type: x proximity;
      scrollbar-width: thin;
    }
    .wide .keys li {
      flex: 0 0 13rem;
      align-self: start;
      block-size: calc(3 * var(--_keys-line));
      margin: 0;
      padding-inline-start: var(--_space-sm);
      border-inline-start: 2px solid var(--_live-accent);
      scroll-snap-align: start;
    }
    .wide .keys a {
      display: block;
      padding: 0;
    }
    .wide .keys time {
      display: block;
    }
    .key-headline {
      display: -webkit-box;
      overflow: hidden;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
    }
  }
  .new {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    block-size: 0;
    text-align: center;
  }
  .new button,
  .pager {
    padding: var(--_space-sm) var(--_space-md);
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_live-accent);
    color: var(--_live-on-accent);
    font: 700 var(--_font-size-sm) / var(--_line-height-ui) var(--_font-ui);
    cursor: pointer;
  }
  .new button {
    margin-block-start: var(--_space-sm);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.3);
  }
  .pager {
    display: block;
    inline-size: fit-content;
    margin: var(--_space-md) auto;
    text-decoration: none;
  }
  /* A post's HTML as the server's text: set as <news-article-body> sets it, so the swap does not move it. */
  news-live-post > .text {
    color: var(--_color-text);
    font: var(--_font-size-md) / var(--_line-height-body) var(--_font-body);
    overflow-wrap: break-word;
  }
  news-live-post > .text > p {
    margin-block: 0;
  }
  news-live-post > .text > p + p {
    margin-block-start: 1.25em;
  }
  .pinned {
    --_live-post-rule: transparent;
    padding-inline: var(--_space-md);
    background: var(--_live-surface);
  }
  /* A post's text starts where its headline does: the body keeps its measure, not its centring. */
  news-live-post > news-article-body {
    margin-inline-start: 0;
  }
  @media (forced-colors: active) {
    .status,
    .new button,
    .pager {
      border-color: CanvasText;
    }
  }
`;
