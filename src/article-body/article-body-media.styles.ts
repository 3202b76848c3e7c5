import { css } from 'lit';

/**
 * The article body's figures, images, players, embeds and tables (a part of its stylesheet; see
 * article-body.styles.ts for how it is adopted). What the rules do, as comments stay out of the
 * shipped CSS:
 * - A figure is as wide as the editor made it (`--_article-body-figure-size`, which the element
 *   sets from the figure's or its image's `width`), never wider than the column.
 * - WordPress's `aligncenter` centres; `alignleft` and `alignright` float, at most half the column
 *   wide, on screens at least 36em wide; below that all three take the full width, as a phone has no
 *   room for text beside a picture. Lists and quotes beside a float are set beside it whole, so
 *   that no bullet or rule is drawn under the picture. `alignleft` floats to the start of the line, not to the left:
 *   in a right-to-left story it floats right. WordPress does the same: its right-to-left
 *   stylesheets (the block library's, the default themes') turn alignleft around, so an Arabic
 *   newsroom's editor who chose "align left" saw the image at the start of the line, on the right.
 * - Players fill the column; embeds are a responsive 16:9 box (or the frame's own ratio) holding a
 *   lazy iframe; tables scroll sideways in their own box, never the page.
 */
export const media = css`
  :where(news-article-body) :where(figure) {
    margin-inline: 0;
  }
  :where(news-article-body) :where(img, video, svg, canvas, picture) {
    max-inline-size: 100%;
    block-size: auto;
  }
  :where(news-article-body) :where(figcaption, caption, .wp-caption-text) {
    color: var(--_color-text-muted);
    font-family: var(--_font-ui);
    font-size: var(--_font-size-sm);
    line-height: var(--_line-height-ui);
  }
  :where(news-article-body :is(video, audio)) {
    display: block;
    inline-size: 100%;
  }

  :where(news-article-body .news-embed) {
    position: relative;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border: 1px solid transparent;
    border-radius: var(--_radius-sm);
    background: var(--_color-surface);
  }
  :where(news-article-body .news-embed iframe) {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
  }

  :where(news-article-body hr) {
    inline-size: 6em;
    margin-inline: auto;
    border: 0;
    border-block-start: 1px solid var(--_color-border);
  }

  :where(news-article-body table) {
    display: block;
    inline-size: max-content;
    max-inline-size: 100%;
    overflow-x: auto;
    border-collapse: collapse;
    font-family: var(--_font-ui);
    font-size: var(--_font-size-sm);
    line-height: var(--_line-height-ui);
    font-variant-numeric: tabular-nums;
  }
  :where(news-article-body caption) {
    padding-block-end: var(--_space-sm);
    text-align: start;
    caption-side: top;
  }
  :where(news-article-body) :where(th, td) {
    padding: var(--_space-sm);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }
  :where(news-article-body thead th) {
    border-block-end: 2px solid currentColor;
    background: var(--_color-surface);
  }

  :where(news-article-body)
    :where(news-figure:not([layout='wide'], [layout='full-bleed']), figure, .wp-caption) {
    inline-size: var(--_article-body-figure-size, auto);
    max-inline-size: 100%;
  }
  :where(news-article-body .aligncenter) {
    display: block;
    margin-inline: auto;
  }
  @media (min-width: 36em) {
    :where(news-article-body) :where(.alignleft, .alignright) {
      max-inline-size: 50%;
    }
    :where(news-article-body .alignleft) {
      float: inline-start;
      margin-inline-end: var(--_space-lg);
    }
    :where(news-article-body .alignright) {
      float: inline-end;
      margin-inline-start: var(--_space-lg);
    }
    :where(news-article-body) :where(ul, ol, blockquote) {
      display: flow-root;
    }
  }
  @media (max-width: 35.99em) {
    :where(news-article-body)
      :where(.alignleft, .alignright, .aligncenter, :is(.alignleft, .alignright, .aligncenter) img) {
      inline-size: 100%;
    }
  }
`;
