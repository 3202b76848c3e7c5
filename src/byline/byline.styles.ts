import { css } from 'lit';

// Comments live here rather than in the stylesheet, which ships as written.
//  .avatars: head shots overlap by a quarter, each ringed in the page's background so the edge
//    shows on any picture; the box is fixed, so nothing moves when they load or fail. A circle
//    of initials has the border colour's edge inside (under a picture): in dark, the surface is
//    near the page's colour, and stacked circles of initials merged into one blob.
//  .avatar's text: the initials, sized to the circle, in the muted colour (4.5:1 on the surface).
//  Stacked circles overlap by an eighth, head shots as initials (a head shot that fails to load
//    becomes initials and must not move the names beside it): at a quarter, the next circle covered
//    the end of "TH" (it read "TI"). .initials: centred in the part left showing (less the next
//    circle's 2px ring). Border-box, so that neither this nor the border below grows a circle.
//  forced-colors: the fill, the edge and the ring (box-shadows) are dropped, and the initials
//    floated with no circle and stacked photos ran together: each circle gets a border instead.
//  .name: a name, with the comma or word no space parts from it (byline.ts), is an atomic box: it
//    moves to the next line whole ("Tomás" ended a line and "Herrera" began the next), and wraps
//    inside only when longer than a line, anywhere if it must (a long name never widens the page).
//  The role sits under the name, smaller and muted: "By Jane Doe" / "Seoul correspondent".
//  Links keep the text's colour and show an underline on hover and focus only: a byline is a
//  line of names, not a row of blue links; the focus ring is the shared one.
export const styles = css`
  :host {
    --_byline-avatar: var(--news-byline-avatar-size, 2.5rem);
    display: block;
    color: var(--news-byline-color, var(--_color-text));
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--news-byline-font, var(--_font-ui));
  }
  .byline {
    display: flex;
    align-items: center;
    gap: var(--_space-sm);
  }
  .avatars {
    display: flex;
    flex: none;
  }
  .avatar {
    box-sizing: border-box;
    display: grid;
    place-items: center;
    overflow: hidden;
    inline-size: var(--_byline-avatar);
    block-size: var(--_byline-avatar);
    border-radius: 50%;
    background: var(--news-byline-avatar-background, var(--_color-surface));
    box-shadow: inset 0 0 0 1px var(--_color-border);
    color: var(--news-byline-role-color, var(--_color-text-muted));
    font-size: calc(var(--_byline-avatar) * 0.38);
    font-weight: 600;
    line-height: 1;
  }
  .avatar + .avatar {
    margin-inline-start: calc(var(--_byline-avatar) * -0.125);
    box-shadow:
      inset 0 0 0 1px var(--_color-border),
      0 0 0 2px var(--_color-background);
  }
  .initials:not(:last-child) {
    padding-inline-end: calc(var(--_byline-avatar) * 0.125 + 2px);
  }
  .avatar img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .text {
    min-inline-size: 0;
  }
  [part='byline'] {
    font-weight: 600;
  }
  .name {
    display: inline-block;
    overflow-wrap: anywhere;
  }
  .role {
    display: block;
    color: var(--news-byline-role-color, var(--_color-text-muted));
  }
  a {
    color: inherit;
    text-decoration: none;
  }
  a:hover,
  a:focus-visible {
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    .avatar {
      border: 1px solid CanvasText;
    }
  }
`;
