import { css } from 'lit';

/** A label as the row's one word: each space in it a quarter-em space held to the next word by a word joiner. */
export const oneWord = (label: string) => label.replaceAll(' ', '\u2005\u2060');

/**
 * The button's room, the same in the element and in the theme files (share.preload.ts): the
 * longer of its labels "Share" and "Copy link", as one word.
 */
export const buttonRoom = (share: string, copyLink: string) =>
  oneWord(share.length > copyLink.length ? share : copyLink);

// Comments live here rather than in the stylesheet, which ships as written.
//  :host keeps one row's height from the start: the links may come from the server, but the
//    button only once the browser has said which one it is, at the end of the row. Until then
//    (on the server, and while hydrating) a box of the button's rules and labels holds its place
//    (span[part]), unseen: hydration moves nothing, and there is no control that does nothing.
//  The row is set as text, its pills words on lines as tall as a pill and the gap under it, each
//    space between them widened to the gap (word-spacing less the space's usual 0.26em), as the
//    theme files set it before the upgrade (share.preload.ts): the space's own width, which
//    differs by font and engine, is then in both, and both wrap at the same widths. With flex's
//    gap, which has no space in it, the reserved rows were one more or one fewer than the drawn
//    ones at some widths (WebKit's rounded spaces, the tabloid theme's font). Aligned to the start
//    as flex aligned it, whatever the text around it.
//  Links and button are outlined pills, as tall as --news-share-size (2.75rem = 44px: over
//    WCAG 2.2's 24px target size), outlined in the muted text colour (3:1 and more against the
//    background, so the control is seen as one); the button filled, as the one action. X's is
//    the least a pill is, a circle, in any font: the theme files reserve it as that.
//  The button's labels share one grid cell: the one it says, and the longer of "Share" and "Copy
//    link" hidden (buttonRoom), so that it is as wide whichever the browser allows; the preload
//    rules reserve that width, worded as they word it. The one it says, while it is one of those
//    two, sizes nothing: its space may be a hair wider than a quarter em, and the shorter label
//    may be drawn a little wider (Persian's "Share"), within the pill's padding.
//  No transitions: nothing moves, so reduced motion has nothing to turn off.
//  Forced colours: links in LinkText, the button in ButtonText on ButtonFace, borders kept.
export const styles = css`
  :host {
    --_share-size: var(--news-share-size, 2.75rem);
    --_share-border: var(--news-share-border-color, var(--_color-text-muted));
    display: flow-root;
    min-block-size: var(--_share-size);
    color: var(--news-share-color, var(--_color-text));
    font: 600 var(--_font-size-sm) / var(--_line-height-ui) var(--news-share-font, var(--_font-ui));
  }
  .share {
    margin-block-end: calc(-1 * var(--_space-sm));
    line-height: calc(var(--_share-size) + var(--_space-sm));
    text-align: start;
    word-spacing: calc(var(--_space-sm) - 0.26em);
  }
  a,
  button,
  span[part] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-block-size: var(--_share-size);
    min-inline-size: var(--_share-size);
    margin: 0;
    padding-block: 0;
    padding-inline: var(--_space-md);
    border: 1px solid var(--_share-border);
    border-radius: var(--news-share-radius, 999px);
    background: var(--news-share-background, transparent);
    color: inherit;
    font: inherit;
    line-height: var(--_line-height-ui);
    vertical-align: top;
    text-decoration: none;
    white-space: nowrap;
    word-spacing: normal;
    cursor: pointer;
  }
  [part~='link-x'] {
    padding-inline: 0;
  }
  button,
  span[part] {
    display: inline-grid;
    place-items: center;
    background: var(--news-share-button-background, var(--_color-surface));
  }
  [part] > span {
    grid-area: 1 / 1;
  }
  .said {
    contain: inline-size;
    justify-self: stretch;
  }
  .room,
  span[part] {
    visibility: hidden;
  }
  a:hover,
  button:hover {
    border-color: currentColor;
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    a,
    button {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
    button {
      color: ButtonText;
      background: ButtonFace;
    }
  }
`;
