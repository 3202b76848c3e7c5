import { css } from 'lit';

// Comments live here rather than in the stylesheet, which ships as written.
//  :host keeps one row's height from the start: the links may come from the server, but the
//    button only once the browser has said which one it is, at the end of the row. Until then
//    (on the server, and while hydrating) a box of the button's rules and labels holds its place
//    (span[part]), unseen: hydration moves nothing, and there is no control that does nothing.
//  Links and button are outlined pills, as tall as --news-share-size (2.75rem = 44px: over
//    WCAG 2.2's 24px target size), outlined in the muted text colour (3:1 and more against the
//    background, so the control is seen as one); the button filled, as the one action.
//  The button's labels share one grid cell: the one it says, and "Share" and "Copy link" hidden,
//    so that it is as wide whichever the browser allows; the preload rules reserve that width.
//  No transitions: nothing moves, so reduced motion has nothing to turn off.
//  Forced colours: links in LinkText, the button in ButtonText on ButtonFace, borders kept.
export const styles = css`
  :host {
    --_share-size: var(--news-share-size, 2.75rem);
    --_share-border: var(--news-share-border-color, var(--_color-text-muted));
    display: block;
    min-block-size: var(--_share-size);
    color: var(--news-share-color, var(--_color-text));
    font: 600 var(--_font-size-sm) / var(--_line-height-ui) var(--news-share-font, var(--_font-ui));
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-sm);
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
    text-decoration: none;
    white-space: nowrap;
    cursor: pointer;
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
