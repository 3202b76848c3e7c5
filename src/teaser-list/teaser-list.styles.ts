import { css } from 'lit';

// (Comments stay out of the CSS so they are not shipped.)
// - The list says role=list: WebKit stops announcing a list whose markers are none otherwise
//   (and it holds blocks of stories, not <li>s).
// - min-block-size: a list from data or a feed cannot know its height before its stories arrive;
//   the page may reserve room for them (the same property holds the box before the upgrade).
// - content-visibility: long lists style and lay out only the teasers near the screen, from the
//   21st story on: a short list (a story page's related column) is drawn whole, so its height
//   never changes under a reader scrolling through it (a guessed 7rem did, by about 20px). A list
//   from data skips whole blocks (one box per block of stories, not per story: the browser checks
//   every such box at each frame), each as tall as its count of stories (about 10rem each, rule
//   and gap included) until first drawn. Only the height is held: a width held with it (the
//   two-value contain-intrinsic-size) made a skipped block of five 800px wide at least, and a
//   page's grid or flex column grew to it, past a phone's screen. Grids place each story
//   themselves, so there the blocks are display: contents and each story skips. Only a block
//   that carries its count (a style the script sets, which a server's HTML lacks) is skipped: one
//   with no size to hold would collapse. A skipped box clips what it paints to its edge (paint
//   containment): overflow-clip-margin leaves room for a teaser's focus ring (3px, 3px off its
//   card), which was cut to a bar under the first story. Paint only: no layout, no page width.
//   WebKit has no overflow-clip-margin: there a box that holds focus is not skipped (it is on
//   screen anyway), so nothing clips the ring and nothing moves. Room made with padding at the
//   sides (pulled back by a negative margin) would widen the rule between blocks and, at a
//   screen's edge, the page.
// - A single column is a flex column, not a grid: appending a block of stories to a flex column
//   leaves the stories already laid out alone, while a grid places every item again each time.
// - Under a hero the stories keep their thumbnails beside the text: they need wider columns. One
//   or two stories under the lead share its width (under-1, under-2: the script counts them, as
//   the lead spans every column and auto-fit cannot drop an empty one).
// - A story without a picture keeps no empty column for one, even among pictured stories: its
//   headline starts at its row's edge (an empty third of a phone's width read as a missing image).
// - A list of headlines and excerpts without pictures needs less air than rows of thumbnails: in
//   `list` its rows sit --_space-md apart (each side of the rule), between `compact` and pictures.
// - The ranks stand in a column of one width (two digits), so that a rank from 10 does not push
//   its headline out of line; each at its story's top, and its row as tall as it. (Set beside the
//   headline's first line by anchor positioning, a number taller than a one-line headline ran
//   past its row, Arabic digits into the rule.) That width is the widest two digits' (data-widest,
//   drawn hidden and flat above the number) in the font and size the number has: a width in em
//   guessed the digits' shape, and a page's larger number or wider font ran into its headline.

export const styles = css`
  :host {
    --_teaser-list-gap: var(--news-teaser-list-gap, var(--_space-lg));
    --_teaser-list-divider: var(--news-teaser-list-divider-color, var(--_color-border));
    --_teaser-list-column: var(--news-teaser-list-column-width, 16rem);
    --_teaser-list-heading-color: var(--news-teaser-list-heading-color, var(--_color-text));
    --_teaser-list-rule: var(--news-teaser-list-rule-color, var(--_color-text));
    display: block;
    min-block-size: var(--news-teaser-list-min-block-size, auto);
    color: var(--_color-text);
    font-family: var(--_font-ui);
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /* Carries the list's own lang and dir; lays nothing out. */
  .root {
    display: contents;
  }

  #heading {
    margin: 0 0 var(--_space-md);
    padding-block-start: var(--_space-sm);
    border-block-start: 3px solid var(--_teaser-list-rule);
    color: var(--_teaser-list-heading-color);
    font-family: var(--news-teaser-list-heading-font, var(--_font-ui));
    font-size: var(--news-teaser-list-heading-size, var(--_font-size-md));
    font-weight: 800;
    line-height: var(--_line-height-ui);
    letter-spacing: 0.03em;
    text-transform: uppercase;
  }

  .items,
  .list > .block,
  .compact > .block,
  .ranked > .block {
    display: flex;
    flex-direction: column;
    gap: var(--_teaser-list-gap);
  }
  /* Stories none of which has a picture sit closer. */
  .list.unpictured {
    --_teaser-list-gap: var(--news-teaser-list-gap, var(--_space-md));
  }
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .block {
    display: contents;
  }
  .list > [style],
  .compact > [style],
  .ranked > [style] {
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(var(--_teaser-list-count) * 10rem);
    overflow-clip-margin: 6px;
  }
  .items > li,
  .grid li,
  .hero li,
  ::slotted(*) {
    min-inline-size: 0;
  }
  .items > li:nth-child(n + 21),
  .grid li:nth-child(n + 21),
  .hero li:nth-child(n + 21),
  ::slotted(:nth-child(n + 21)) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 7rem;
    overflow-clip-margin: 6px;
  }
  @supports not (overflow-clip-margin: 0px) {
    :is(.list, .compact, .ranked) > [style]:focus-within,
    :is(.items > li, .grid li, .hero li):focus-within,
    ::slotted(:focus-within) {
      content-visibility: visible;
    }
  }
  .compact,
  .ranked {
    --_teaser-list-gap: var(--news-teaser-list-gap, var(--_space-sm));
  }
  /* Written teasers draw their own rank: in the list's colour when it has one. */
  .ranked ::slotted(*) {
    --news-teaser-rank-color: var(--news-teaser-list-rank-color);
  }
  .list li + li,
  .compact li + li,
  .ranked li + li,
  .list > * + *,
  .compact > * + *,
  .ranked > * + *,
  .list ::slotted(:not(:first-child)),
  .compact ::slotted(:not(:first-child)),
  .ranked ::slotted(:not(:first-child)) {
    padding-block-start: var(--_teaser-list-gap);
    border-block-start: 1px solid var(--_teaser-list-divider);
  }
  .grid li {
    display: grid;
  }
  .grid,
  .hero {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_teaser-list-column)), 1fr));
  }
  .hero {
    --_teaser-list-column: var(--news-teaser-list-column-width, 22rem);
  }
  .hero.under-2 {
    --_teaser-list-column: max(
      var(--news-teaser-list-column-width, 22rem),
      (100% - var(--_teaser-list-gap)) / 2
    );
  }
  .hero.under-1 {
    --_teaser-list-column: 100%;
  }
  .hero li,
  .hero ::slotted(:not(:first-child)) {
    padding-block-start: var(--_space-md);
    border-block-start: 1px solid var(--_teaser-list-divider);
  }
  .hero > li:first-child,
  .hero > .block:first-child > :first-child,
  .hero ::slotted(:first-child) {
    grid-column: 1 / -1;
    padding-block-start: 0;
    border-block-start: 0;
  }

  .ranked li {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-md);
  }
  .ranked news-teaser {
    flex: 1;
    min-inline-size: 0;
  }
  .rank {
    flex: none;
    color: var(--news-teaser-list-rank-color, var(--_color-accent));
    font-family: var(--_font-headline);
    font-size: 2.25rem;
    font-weight: 800;
    line-height: 1;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .rank::before {
    content: attr(data-widest);
    display: block;
    block-size: 0;
    visibility: hidden;
  }
  .updated {
    margin: calc(-1 * var(--_space-sm)) 0 var(--_space-md);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-sm);
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-sm) var(--_space-md);
    font-size: var(--_font-size-sm);
  }
  .failed {
    margin-block-end: var(--_space-md);
  }
  .error {
    margin: 0;
    padding-inline-start: var(--_space-sm);
    border-inline-start: 3px solid var(--_color-accent);
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-sm) var(--_space-md);
    margin-block-start: var(--_space-md);
  }
  .button {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    text-decoration: none;
  }
  button,
  .button {
    min-block-size: 2.25rem;
    padding: 0.25rem 0.875rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius-md);
    background: var(--_color-background);
    color: var(--_color-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button:hover,
  .button:hover {
    background: var(--_color-surface);
  }
  .empty {
    padding-block: var(--_space-md);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-sm);
  }

  @media (forced-colors: active) {
    button,
    .button {
      border-color: ButtonText;
    }
  }
`;
