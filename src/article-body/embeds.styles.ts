import { css } from 'lit';

/**
 * The embeds' placeholders, skip links and "View on" links: adopted by the embeds chunk, only on
 * pages that have an allowed embed. What the rules do:
 * - The placeholder fills the embed's box (the frame's own ratio, so nothing moves when the frame
 *   replaces it) and scrolls inside it when the box is too small for its text.
 * - The skip link is seen only while it has focus, over the top of the box.
 * - "Load" is filled in the accent colour, "Always load" outlined; forced colours keep the borders.
 */
export const styles = css`
  :where(news-article-body .news-embed-consent) {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: var(--_space-sm);
    overflow: auto;
    padding: var(--_space-md);
    border: 1px solid var(--_color-border);
    border-radius: inherit;
    font-family: var(--_font-ui);
    font-size: var(--_font-size-sm);
    line-height: var(--_line-height-ui);
  }
  :where(news-article-body .news-embed-consent p) {
    margin: 0;
  }
  :where(news-article-body .news-embed-name) {
    font-weight: 700;
  }
  :where(news-article-body .news-embed-consent button) {
    min-block-size: 2.75rem;
    margin-block: 2px;
    padding-inline: var(--_space-md);
    border: 2px solid var(--_article-body-accent);
    border-radius: var(--_radius-sm);
    background: var(--_color-background);
    color: var(--_color-text);
    font: inherit;
    cursor: pointer;
  }
  :where(news-article-body .news-embed-consent button:first-child) {
    background: var(--_article-body-accent);
    color: var(--_color-on-accent);
  }
  :where(news-article-body .news-embed-consent button:focus-visible) {
    outline: 3px solid var(--_color-focus-ring);
    outline-offset: 2px;
  }
  :where(news-article-body .news-embed-skip:not(:focus)) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :where(news-article-body .news-embed-source) {
    margin-block-start: var(--_space-sm);
    font-family: var(--_font-ui);
    font-size: var(--_font-size-sm);
  }
  @media (forced-colors: active) {
    :where(news-article-body .news-embed-consent button) {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
