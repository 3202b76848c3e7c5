import { css } from 'lit';

export const styles = css`
  :host {
    --_dateline-color: var(--news-dateline-color, var(--_color-text-muted));
    --_dateline-place-color: var(--news-dateline-place-color, var(--_color-text));
    display: block;
    color: var(--_dateline-color);
    font-family: var(--news-dateline-font, var(--_font-ui));
    font-size: var(--news-dateline-font-size, var(--_font-size-sm));
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
  @media (forced-colors: active) {
    :host {
      --_dateline-color: CanvasText;
      --_dateline-place-color: CanvasText;
    }
  }
`;
