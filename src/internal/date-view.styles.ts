import { css } from 'lit';

/** The `--news-dateline-*` chains every `DateView` reads, standalone or in a teaser: each element
 * sets its date box's colour and font from these private properties. */
export const dateStyles = css`
  :host {
    --_dateline-color: var(--news-dateline-color, var(--_color-text-muted));
    --_dateline-font: var(--news-dateline-font, var(--_font-ui));
    --_dateline-size: var(--news-dateline-font-size, var(--_font-size-sm));
  }
  @media (forced-colors: active) {
    :host {
      --_dateline-color: CanvasText;
    }
  }
`;
