import { css, type CSSResult } from 'lit';

/** The look of a `DateView` whose box is `box` (`:host` for `<news-dateline>`, a teaser's date
 * row): the `--news-dateline-*` properties theme every date, standalone or in a teaser. */
export const dateStyles = (box: CSSResult) => css`
  ${box} {
    --_dateline-color: var(--news-dateline-color, var(--_color-text-muted));
    --_dateline-place-color: var(--news-dateline-place-color, var(--_color-text));
    color: var(--_dateline-color);
    font-family: var(--news-dateline-font, var(--_font-ui));
    font-size: var(--news-dateline-font-size, var(--_font-size-sm));
    line-height: var(--_line-height-ui);
  }
  [part='place'] {
    color: var(--_dateline-place-color);
    font-weight: var(--news-dateline-place-font-weight, 700);
    text-transform: var(--news-dateline-place-transform, uppercase);
  }
  @media (forced-colors: active) {
    ${box} {
      --_dateline-color: CanvasText;
      --_dateline-place-color: CanvasText;
    }
  }
`;
