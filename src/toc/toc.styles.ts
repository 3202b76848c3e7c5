import { css } from 'lit';

// Comments live here rather than in the stylesheet, which ships as written.
//  :state(empty): too few headings, no box at all (not even the page's margins on the element).
//  nav: sticky always, but within the element's own box: in the story's column that box is only as
//    tall as the contents, so they scroll away with the text and never cover it; in a side column
//    as tall as the story, they stay in view. Open on a wide screen, the list scrolls by itself when
//    it is taller than the screen (the mark kept in view by the element, never by scrolling the page).
//  summary: a whole line to tap (at least 24px, WCAG 2.2 target size), the marker in the accent.
//  Links: each on its own line, tall enough to tap, in the text's colour (a list of places, not of
//    blue links); a bar at the start edge waits for the current one, which gets the accent and bold
//    type: a shape and a weight, not a colour alone. Forced colours: the bar in Highlight.
//  Nothing moves or fades, so there is nothing to turn off for reduced motion.
export const styles = css`
  :host {
    --_toc-accent: var(--news-toc-accent, var(--_color-accent));
    --_toc-top: var(--news-toc-sticky-top, 0px);
    display: block;
    color: var(--news-toc-color, var(--_color-text));
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--news-toc-font, var(--_font-ui));
  }
  :host(:state(empty)) {
    display: none;
  }
  nav {
    position: sticky;
    inset-block-start: var(--_toc-top);
  }
  .open {
    max-block-size: calc(100vh - var(--_toc-top));
    max-block-size: calc(100dvh - var(--_toc-top));
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  details {
    border-block: 1px solid var(--_color-border);
  }
  summary {
    padding-block: var(--_space-sm);
    font-weight: 600;
    cursor: pointer;
  }
  summary::marker {
    color: var(--_toc-accent);
  }
  [part='title'] {
    margin: 0 0 var(--_space-xs);
    color: var(--_toc-accent);
    font-size: var(--_font-size-xs);
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  details > ol {
    padding-block-end: var(--_space-sm);
  }
  ol ol {
    padding-inline-start: var(--_space-md);
  }
  a {
    display: block;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-sm) 0;
    border-inline-start: 3px solid transparent;
    color: inherit;
    text-decoration: none;
  }
  a:hover {
    text-decoration: underline;
  }
  a[aria-current] {
    border-inline-start-color: var(--_toc-accent);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    a {
      border-inline-start-color: Canvas;
    }
    a[aria-current] {
      border-inline-start-color: Highlight;
    }
  }
`;
