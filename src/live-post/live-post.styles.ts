import { css } from 'lit';
import { columnMeasure } from '../internal/tokens.styles.js';

// Comments live here rather than in the stylesheet, which ships as written.
//  A post is no wider than a story's text column, as its blog is (src/live-blog/live-blog.styles.ts):
//    alone on a wide page its rule would run far past its lines. The preload rules keep the width.
//  Each post opens with a rule; a key event's rule is thicker and in the accent colour, so key
//  posts stand out in a long scroll (and in forced colours, where the rule keeps its width).
//  --_live-post-rule (inherited, never set here): the rule's colour where the blog sets it, which
//    its pinned box does (transparent: the box separates the post; the room stays as the preload
//    rules reserve it).
//  --_live-post-scroll-margin (inherited, never set here): room its blog keeps above a post scrolled
//    to, under the blog's floating "N new updates" button (src/live-blog/live-blog.styles.ts).
//  The time is the permalink: muted, underlined on hover and focus only.
//  The "Copy link" button is quiet text, not a filled button: there is one per post. A block
//    (a button stays as wide as its text), so that the post's height does not hang on the fonts'
//    ascent in a line of body text: the preload rules reserve it before the script runs.
//  The time's line and the button are at least the height of their line as calculated (which is
//    what the preload rules reserve): WebKit rounds a line of text down to whole pixels.
export const styles = css`
  :host {
    --_live-post-border: var(--news-live-post-border, var(--_color-border));
    --_live-post-accent: var(--news-live-post-accent, var(--_color-accent));
    --_live-post-meta: var(--news-live-post-meta-color, var(--_color-text-muted));
    display: block;
    max-inline-size: ${columnMeasure};
    color: var(--_color-text);
    font: var(--_font-size-md) / var(--_line-height-body, 1.6) var(--_font-body);
  }
  :host,
  article {
    scroll-margin-block-start: var(--_live-post-scroll-margin, 0px);
  }
  article {
    border-block-start: 1px solid var(--_live-post-rule, var(--_live-post-border));
    padding-block: var(--_space-md);
  }
  article.key {
    border-block-start: 3px solid var(--_live-post-rule, var(--_live-post-accent));
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-sm);
    min-block-size: calc(var(--_font-size-sm) * var(--_line-height-ui, 1.4));
    margin: 0 0 var(--_space-xs);
    color: var(--_live-post-meta);
    font: var(--_font-size-sm) / var(--_line-height-ui, 1.4) var(--_font-ui);
  }
  .flag {
    color: var(--_live-post-accent);
    font-weight: 700;
  }
  .permalink {
    color: inherit;
    text-decoration: none;
  }
  a.permalink:hover,
  a.permalink:focus-visible {
    text-decoration: underline;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 var(--_space-sm);
    font: var(--_font-weight-headline) var(--news-live-post-headline-size, var(--_font-size-lg)) / 1.25
      var(--news-live-post-headline-font, var(--_font-headline));
  }
  .body ::slotted(*) {
    margin-block: 0 var(--_space-sm);
  }
  .author {
    margin: var(--_space-sm) 0 0;
    color: var(--_live-post-meta);
    font: var(--_font-size-sm) / 1.4 var(--_font-ui);
  }
  /* A name breaks before or after itself, with the comma after it, never inside. */
  .author bdi {
    white-space: nowrap;
  }
  .copy {
    display: block;
    min-block-size: calc(2 * var(--_space-xs) + var(--_font-size-sm) * 1.4);
    margin-block-start: var(--_space-sm);
    padding: var(--_space-xs) 0;
    border: 0;
    background: none;
    color: var(--_color-link);
    font: var(--_font-size-sm) / 1.4 var(--_font-ui);
    cursor: pointer;
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    .copy {
      color: LinkText;
    }
  }
`;
