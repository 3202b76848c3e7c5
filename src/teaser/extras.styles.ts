import { css } from 'lit';

// (Comments stay out of the CSS so they are not shipped.)
// - Related links sit above the card's stretched link (z-index), each its own target; over a
//   server's HTML the slotted links as written look the same.
// - The headshot's box is its final size from the first frame (no shift when it arrives).
// - An opinion's headline takes the opinion colour, its headshot larger at the line's inline end,
//   cut square at one corner, as opinion pages draw their columnists.
// - The rank mirrors the list's own numbers (.rank in teaser-list.styles.ts).

export const extraStyles = css`
  .related {
    display: grid;
    gap: var(--_space-xs);
    margin: var(--_space-xs) 0 0;
    padding: 0;
    list-style: none;
  }
  .related li,
  [name='related']::slotted(a) {
    position: relative;
    z-index: 1;
    padding-inline-start: var(--_space-sm);
    border-inline-start: 2px solid var(--_teaser-kicker-color);
    font: 600 var(--_font-size-sm) / var(--_line-height-ui) var(--_font-ui);
  }
  .related a,
  [name='related']::slotted(a) {
    color: var(--_color-text);
  }
  .author {
    display: flex;
    align-items: center;
    gap: var(--_space-sm);
  }
  .headshot {
    flex: none;
    inline-size: var(--news-teaser-headshot-size, 2.5rem);
    block-size: auto;
    aspect-ratio: 1;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_teaser-placeholder);
  }
  .opinion {
    --_teaser-headline-color: var(--news-teaser-headline-color, var(--_teaser-opinion-color));
  }
  .opinion .headshot {
    order: 1;
    inline-size: var(--news-teaser-headshot-size, 4rem);
    margin-inline-start: auto;
    border-end-end-radius: 0;
  }
  .rank {
    color: var(--news-teaser-rank-color, var(--_color-accent));
    font: 800 2.25rem/1 var(--_font-headline);
    text-align: end;
  }
  .rank::before {
    content: attr(data-widest);
    display: block;
    block-size: 0;
    visibility: hidden;
  }
  @media (forced-colors: active) {
    .headshot {
      border: 1px solid;
    }
  }
`;
