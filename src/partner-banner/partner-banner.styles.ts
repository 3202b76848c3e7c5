import { css } from 'lit';

// The host transitions --news-color-scheme and color-scheme invisibly and instantly: the
// transitionend event tells the banner that the theme around it changed (dark logo switch).
// On a dark theme, logos drawn for light backgrounds are redrawn for a dark one (lightness
// inverted, hues turned back): no white chip. A plate stays available as a token. Slotted ones
// inside links get both through the inline styles set in fitSlotted().
// Paid content is told apart by more than colour: a framed banner and its label set solid, bold.
// In forced colours the system picks the background, so every logo sits on a plate of the colour
// it was drawn for: white, or black for logo-src-dark.
export const styles = css`
  :host {
    --_partner-banner-logo-max: var(--news-partner-banner-logo-max-height, 3.5rem);
    --_partner-banner-paid: var(--news-partner-banner-paid-background, var(--_color-text));
    display: block;
    transition:
      --news-color-scheme 1ms allow-discrete,
      color-scheme 1ms allow-discrete;
  }
  aside,
  .partners {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-sm) var(--news-partner-banner-gap, var(--_space-md));
  }
  aside {
    padding: var(--news-partner-banner-padding, var(--_space-sm) var(--_space-md));
    border-block: 1px solid var(--news-partner-banner-border-color, var(--_color-border));
    background: var(--news-partner-banner-background, var(--_color-surface));
    color: var(--news-partner-banner-color, var(--_color-text));
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--news-partner-banner-font, var(--_font-ui));
  }
  .paid {
    border: 2px solid var(--_partner-banner-paid);
  }
  .paid [part='label'] {
    padding: var(--_space-xs) var(--_space-sm);
    background: var(--_partner-banner-paid);
    color: var(--news-partner-banner-paid-color, var(--_color-background));
    font-weight: 700;
  }
  [part='label'],
  .about {
    color: var(--news-partner-banner-label-color, var(--_color-text-muted));
  }
  .about {
    margin-inline-start: auto;
  }
  a {
    display: inline-flex;
    color: inherit;
    border-radius: var(--_radius-sm);
  }
  img,
  ::slotted(img) {
    display: block;
    inline-size: auto;
    max-inline-size: 100%;
    max-block-size: var(--_partner-banner-logo-max);
    object-fit: contain;
  }
  .dark {
    --_partner-banner-plate: var(--news-partner-banner-logo-plate, transparent);
    --_partner-banner-redraw: var(--news-partner-banner-logo-dark-filter, invert(1) hue-rotate(180deg));
  }
  img:not(.for-dark),
  ::slotted(img) {
    background: var(--_partner-banner-plate);
    padding: var(--_partner-banner-plate-padding);
    border-radius: var(--_radius-sm);
    filter: var(--_partner-banner-redraw);
  }
  .name {
    font-size: var(--_font-size-md);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    aside {
      --_partner-banner-plate: #fff;
      --_partner-banner-plate-padding: var(--_space-xs);
    }
    aside {
      --_partner-banner-redraw: none;
    }
    .paid [part='label'] {
      outline: 1px solid;
    }
    img,
    ::slotted(img) {
      forced-color-adjust: none;
    }
    .for-dark {
      background: #000;
      padding: var(--_space-xs);
    }
  }
`;
