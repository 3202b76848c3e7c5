import { css } from 'lit';

// The teasers' rules of the preload sheet (src/preload.ts), which gives them the same condition as
// every other element's: `:not(:defined)` there stands for "waiting for a script".

/*
 * A teaser written as markup (`headline`, `excerpt`, `datetime`, `image-src`…), as its first render
 * draws it in the `list` layout, alone or in a list (src/teaser/teaser.styles.ts, and the list's
 * rules and spacing from src/teaser-list/teaser-list.styles.ts), and in the `compact` layout.
 * - The headline is written from `headline` in its own type, so a reader without script reads it;
 *   the excerpt from `excerpt` in the excerpt's. The script cleans an excerpt: plain text is drawn
 *   the same, but one with markup, entities, several paragraphs or more than `excerpt-words` words
 *   is written here as it is, and may take other lines.
 * - Empty room where the kicker and badges (one line), "By" and the author (or the headshot) and
 *   the date will be, in lines of `1lh` of a box in their type: WebKit rounds each line down to
 *   whole pixels, and `1lh` with it.
 * - The picture's box beside the text: the two pseudo-elements are the headline and the excerpt,
 *   so the third box is the first letter of the headline's, an invisible "x" (`/ attr(headline)`:
 *   not read out) floated into the room kept beside the text, sized in percentages of the
 *   headline's box (30% of the teaser's width is 3/7 of that box's width and the gap), in the
 *   picture's ratio (`--news-teaser-image-ratio`, 3/2).
 * - Not reserved: a headline, excerpt, kicker or picture written into slots (shown as written),
 *   related links, a media mark alone on its line, teasers past a list's `limit` (shown until the
 *   script hides them), the `grid` and `hero` layouts and ranked lists (their teasers draw nothing
 *   until the script runs, as before).
 */
export const teaser = css`
  @property --_preload-meta {
    syntax: '<length>';
    inherits: true;
    initial-value: 0px;
  }
  /* The room above a teaser for the rule, on the list's child alone (not on a teaser inside it). */
  @property --_preload-rule {
    syntax: '<length>';
    inherits: false;
    initial-value: 0px;
  }

  /* A list of the teasers written in it: a rule between them, and its spacing (wider where a story
     has a picture). */
  :where(news-teaser-list:not(:defined)) {
    --_preload-list-gap: var(--news-teaser-list-gap, var(--_space-md));
    list-style: none;
  }
  :where(news-teaser-list:not(:defined):has(img, picture, [image-src]:not([image-src='']))) {
    --_preload-list-gap: var(--news-teaser-list-gap, var(--_space-lg));
  }
  :where(news-teaser-list:not(:defined)[layout='compact']) {
    --_preload-list-gap: var(--news-teaser-list-gap, var(--_space-sm));
  }
  :where(news-teaser-list:not(:defined):not([layout]:not([layout='list'], [layout='compact'])))
    > :where(:not(:first-child)) {
    --_preload-rule: var(--_preload-list-gap);
    margin-block-start: var(--_preload-list-gap);
    padding-block-start: var(--_preload-list-gap);
    border-block-start: 1px solid var(--news-teaser-list-divider-color, var(--_color-border));
  }

  /* The headline is inline (Firefox gives a block ::before no ::first-letter), its lines as tall as
     in its own box: the teaser's own line (a strut) is the kicker's, shorter, in the same font. */
  :where(news-teaser:not(:defined)) {
    --_preload-thumb: min(
      var(--news-teaser-image-width, 7.5rem),
      (100% + var(--news-teaser-gap, var(--_space-md))) * 3 / 7
    );
    display: flow-root;
    padding-block-start: calc(var(--_preload-rule, 0px) + var(--_preload-meta, 0px));
    color: var(--news-teaser-headline-color, var(--_color-text));
    font: var(--news-teaser-headline-weight, var(--_font-weight-headline))
      var(--news-teaser-headline-size, var(--_font-size-lg)) /
      calc(var(--_font-size-xs) * var(--_line-height-ui))
      var(--news-teaser-headline-font, var(--_font-headline));
    overflow-wrap: break-word;
    text-wrap: balance;
  }
  :where(news-teaser:not(:defined)) > :where(*) {
    line-height: var(--_line-height-headline);
  }
  :where(news-teaser:not(:defined))::before {
    content: attr(headline);
    line-height: var(--_line-height-headline);
  }
  /* The excerpt, then the room of "By" and the author (their lines in the excerpt's size, the same
     by default; or the headshot's) and the date's: each 1lh (WebKit rounds a line down to whole
     pixels, and 1lh with it). */
  :where(news-teaser:not(:defined))::after {
    content: attr(excerpt);
    display: block;
    padding-block-end: calc(var(--_preload-author, 0px) + var(--_preload-date, 0px));
    color: var(--news-teaser-excerpt-color, var(--_color-text));
    font: 400 var(--news-teaser-excerpt-size, var(--_font-size-sm)) / var(--_line-height-ui) var(--_font-body);
    text-wrap: wrap;
    line-break: strict;
  }
  :where(news-teaser:not(:defined)[excerpt]:not([excerpt='']))::after {
    margin-block-start: var(--_space-xs);
  }
  :where(news-teaser:not(:defined)[datetime]:not([datetime=''])) {
    --_preload-date: calc(2 * var(--_space-xs) + 1lh);
  }
  /* The date goes a gap nearer to the author line. */
  :where(news-teaser:not(:defined)[author]:not([author=''])) {
    --_preload-author: calc(
      2 * var(--_space-xs) + max(var(--_preload-headshot, 0px), 1lh) - var(--_preload-nearer, 0px)
    );
  }
  :where(news-teaser:not(:defined)[author]:not([author=''])[datetime]:not([datetime=''])) {
    --_preload-nearer: var(--_space-xs);
  }
  :where(news-teaser:not(:defined)[headshot]:not([headshot=''])) {
    --_preload-headshot: var(--news-teaser-headshot-size, var(--_preload-opinion, 2.5rem));
  }
  :where(news-teaser:not(:defined)[label-kind='opinion']) {
    --_preload-opinion: 4rem;
    color: var(--news-teaser-headline-color, var(--news-teaser-opinion-color, var(--_color-link)));
  }
  /* The kicker's and badges' line: 1lh of the teaser (as a length: its picture rises by it). */
  :where(
    news-teaser:not(:defined):is(
        [kicker]:not([kicker='']),
        [label]:not([label='']),
        [label-kind]:not([label-kind='']),
        [sponsored]
      )
  ) {
    --_preload-meta: calc(1lh + 0.125rem + var(--_space-xs));
  }

  /* The picture: the first letter of its headline's box, an invisible "x" (not read out), which a
     zero-width space parts from a headline's opening quote, floated into the room kept beside the
     text (a story without a picture keeps none). (Logical paddings do not reach a first letter in
     Chromium: the same each side.) */
  :where(news-teaser:not(:defined)[image-src]:not([image-src=''])) {
    padding-inline-start: calc(
      min(var(--news-teaser-image-width, 7.5rem), 30%) + var(--news-teaser-gap, var(--_space-md))
    );
  }
  :where(news-teaser:not(:defined)[image-src]:not([image-src='']))::before {
    content: 'x\\200b' attr(headline);
    content: 'x\\200b' attr(headline) / attr(headline);
  }
  :where(news-teaser:not(:defined)[image-src]:not([image-src='']))::first-letter {
    float: inline-start;
    margin-block-start: calc(-1 * var(--_preload-meta, 0px));
    margin-inline: calc(-1 * (var(--_preload-thumb) + var(--news-teaser-gap, var(--_space-md))))
      var(--news-teaser-gap, var(--_space-md));
    padding: 0 calc(var(--_preload-thumb) / 2)
      calc(var(--_preload-thumb) / (var(--news-teaser-image-ratio, 3 / 2)));
    border-radius: var(--news-teaser-image-radius, var(--_radius-sm));
    background: var(--news-teaser-placeholder, var(--_color-placeholder));
    color: transparent;
    font-size: 0;
    line-height: 0;
  }

  /* Compact: the headline, smaller, and the date. */
  :where(
    news-teaser:not(:defined):is([layout='compact'], news-teaser-list[layout='compact'] > :not([layout]))
  ) {
    padding-inline-start: 0;
    font-size: var(--news-teaser-headline-size, var(--_font-size-md));
  }
  :where(
    news-teaser:not(:defined):is([layout='compact'], news-teaser-list[layout='compact'] > :not([layout]))
  )::after {
    content: '';
    margin: 0;
    padding-block-end: var(--_preload-date, 0px);
  }
  :where(
    news-teaser:not(:defined):is([layout='compact'], news-teaser-list[layout='compact'] > :not([layout]))
  )::first-letter {
    margin: 0;
    padding: 0;
    background: none;
  }
  /* The grid and hero layouts draw nothing. */
  :where(
    news-teaser:not(:defined):is(
        [layout]:not([layout='list'], [layout='compact']),
        news-teaser-list[layout]:not([layout='list'], [layout='compact']) > :not([layout])
      )
  )::before,
  :where(
    news-teaser:not(:defined):is(
        [layout]:not([layout='list'], [layout='compact']),
        news-teaser-list[layout]:not([layout='list'], [layout='compact']) > :not([layout])
      )
  )::after {
    content: none;
  }
`;
