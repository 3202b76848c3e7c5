import { css } from 'lit';
import { columnMeasure } from './internal/tokens.styles.js';

// The live blog's rules of the preload sheet (src/preload.ts), which gives them the same condition
// as every other element's: `:not(:defined)` there stands for "waiting for a script".

/*
 * A live blog written as markup, as its first render will draw it; its code comes on sight, one
 * request after the single file, and the posts' code may come before the blog's.
 * - The blog: the "Live" badge with its dot (still: it pulses once drawn), or "Ended"; under it,
 *   the room of the key events (a closed <details> on a phone, a row of cards on a wide screen:
 *   their height does not depend on the headlines); the pinned post (the first written pinned, the
 *   newest in a blog written newest first), wherever it is written; then the posts in the order
 *   they are written: newest first, as the blog shows them. Every post stays shown, for a reader
 *   without script; once drawn the blog shows 20 and "Older posts", so what is under a longer
 *   blog moves up, far below the first screen.
 * - Each post: its rule (a key event's thicker, in the accent), the line where its time will be,
 *   its headline, its body, "By" and the authors, and the room of its "Copy link" button.
 * The empty lines are as tall as the lines the script draws there (at least their calculated
 * height: WebKit rounds a line of text down to whole pixels).
 * The badge, the author line and "Copy link" are English here; the script draws them in the
 * post's language, in the same room.
 */
export const liveBlog = css`
  :where(news-live-post:not(:defined)) {
    display: block;
    max-inline-size: ${columnMeasure};
    padding-block: var(--_space-md);
    border-block-start: 1px solid var(--news-live-post-border, var(--_color-border));
    color: var(--_color-text);
    font: var(--_font-size-md) / var(--_line-height-body) var(--_font-body);
  }
  :where(news-live-post:not(:defined)[key-event]) {
    border-block-start: 3px solid var(--news-live-post-accent, var(--_color-accent));
  }
  /* The line of its time; with a headline, the headline under the room of that line. */
  :where(news-live-post:not(:defined))::before {
    content: '\\a0';
    display: block;
    min-block-size: calc(var(--_font-size-sm) * var(--_line-height-ui));
    margin-block-end: var(--_space-xs);
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--_font-ui);
  }
  :where(news-live-post:not(:defined)[headline]:not([headline='']))::before {
    content: attr(headline);
    padding-block-start: calc(var(--_font-size-sm) * var(--_line-height-ui) + var(--_space-xs));
    margin-block-end: var(--_space-sm);
    font: var(--_font-weight-headline) var(--news-live-post-headline-size, var(--_font-size-lg)) / 1.25
      var(--news-live-post-headline-font, var(--_font-headline));
  }
  :where(news-live-post:not(:defined)) > :where(*) {
    margin-block: 0 var(--_space-sm);
  }
  /* "Copy link" (a button only once drawn): its room, or "By" and the authors above that room. */
  :where(news-live-post:not(:defined)[post-id]:not([post-id='']))::after {
    content: '\\a0';
    display: block;
    box-sizing: border-box;
    min-block-size: calc(2 * var(--_space-xs) + var(--_font-size-sm) * 1.4);
    margin-block-start: var(--_space-sm);
    padding-block: var(--_space-xs);
    font: var(--_font-size-sm) / 1.4 var(--_font-ui);
  }
  :where(news-live-post:not(:defined)[author]:not([author='']))::after {
    content: 'By ' attr(author);
    display: block;
    min-block-size: 0;
    margin-block-start: var(--_space-sm);
    padding-block: 0;
    color: var(--news-live-post-meta-color, var(--_color-text-muted));
    font: var(--_font-size-sm) / 1.4 var(--_font-ui);
  }
  :where(news-live-post:not(:defined)[author]:not([author=''])[post-id]:not([post-id=''])) {
    padding-block-end: calc(
      var(--_space-md) + var(--_space-sm) + 2 * var(--_space-xs) + var(--_font-size-sm) * 1.4
    );
  }

  /* A column, so that the pinned post goes on top wherever it is written. */
  :where(news-live-blog:not(:defined)) {
    display: flex;
    flex-direction: column;
    max-inline-size: ${columnMeasure};
    color: var(--_color-text);
    font: var(--_font-size-md) / var(--_line-height-body) var(--_font-body);
  }
  :where(news-live-blog:not(:defined))::before {
    content: 'Live';
    order: -2;
    inline-size: fit-content;
    margin: 0 0 var(--_space-md);
    padding: 0.125rem var(--_space-sm);
    padding-inline-start: calc(var(--_space-sm) + 0.5em + var(--_space-xs));
    border: 1px solid transparent;
    border-radius: var(--_radius-sm);
    background:
      radial-gradient(closest-side, var(--news-live-on-accent, var(--_color-on-accent)) 95%, #0000) no-repeat
        var(--_space-sm) 50% / 0.5em 0.5em,
      var(--news-live-accent, var(--_color-accent));
    color: var(--news-live-on-accent, var(--_color-on-accent));
    font: 700 var(--_font-size-sm) / var(--_line-height-ui) var(--_font-ui);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  :where(news-live-blog:not(:defined):dir(rtl))::before {
    background-position-x: right var(--_space-sm);
  }
  :where(news-live-blog:not(:defined)[ended])::before {
    content: 'Ended';
    padding-inline-start: var(--_space-sm);
    background: var(--news-live-ended, var(--_color-text-muted));
  }
  /* The key events' room (src/live-blog/live-blog.styles.ts): a closed <details>, or on a wide screen
     a title over a row of cards three lines tall, with room for a scroll bar and a focus ring. */
  :where(news-live-blog:not(:defined):has(> news-live-post[key-event]))::before {
    margin-block-end: calc(
      2 * var(--_space-md) + 2 * var(--_space-sm) + var(--_font-size-sm) * var(--_line-height-ui)
    );
  }
  @media (min-width: 48rem) {
    :where(news-live-blog:not(:defined):has(> news-live-post[key-event]))::before {
      margin-block-end: calc(
        2 * var(--_space-md) + 3 * var(--_space-sm) + 1.125rem + 4 * var(--_font-size-sm) *
          var(--_line-height-ui)
      );
    }
  }
  /* The pinned post's box: the surface reaches out to the box's edges; the post's rule keeps its room,
     unseen (the box separates the post). */
  :where(news-live-blog:not(:defined)) > :where(news-live-post:nth-child(1 of [pinned])) {
    order: -1;
    border-block-start-color: transparent;
    --_preload-surface: var(--news-live-surface, var(--_color-surface));
    margin-inline: var(--_space-md);
    background: var(--_preload-surface);
    box-shadow:
      calc(-1 * var(--_space-md)) 0 var(--_preload-surface),
      var(--_space-md) 0 var(--_preload-surface);
  }
`;
