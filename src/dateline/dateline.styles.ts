import { css } from 'lit';
import { dateStyles } from '../internal/date-view.styles.js';

// The link to the correction (`correction`) keeps the dateline's colour; the underline says it is one.
export const styles = [
  dateStyles,
  css`
    :host {
      --_dateline-place-color: var(--news-dateline-place-color, var(--_color-text));
      display: block;
      color: var(--_dateline-color);
      font-family: var(--_dateline-font);
      font-size: var(--_dateline-size);
      line-height: var(--_line-height-ui);
    }
    :host([hidden]) {
      display: none;
    }
    [part='place'] {
      color: var(--_dateline-place-color);
      font-weight: var(--news-dateline-place-font-weight, 700);
      text-transform: var(--news-dateline-place-transform, uppercase);
    }
    [part~='updated-link'] {
      color: inherit;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    @media (forced-colors: active) {
      :host {
        --_dateline-place-color: CanvasText;
      }
    }
  `,
];
