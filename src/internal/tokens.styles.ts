import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The global design tokens, read once into private properties on every component's host.
 * Each chain ends in a literal, so an element on a page with no theme file still looks finished;
 * the literals are the light theme (src/themes/light.css carries the same values).
 * Components read `var(--_color-text)` etc., and their own public properties fall back to these.
 * The tokens themselves are documented once, on the Theming page (stories/token-table.ts).
 * Korean is written with spaces between words and must not break inside one (CSS's default breaks
 * between any two Hangul syllables); `word-break` is inherited, so slotted text follows the host,
 * and a part with a Korean locale of its own inside a host in another language follows its `lang`.
 */
export const tokens = css`
  :host {
    --_font-body: var(--news-font-body, Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif);
    --_font-headline: var(--news-font-headline, var(--_font-body));
    --_font-ui: var(
      --news-font-ui,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      Arial,
      sans-serif
    );
    --_font-weight-headline: var(--news-font-weight-headline, 700);

    --_font-size-xs: var(--news-font-size-xs, 0.75rem);
    --_font-size-sm: var(--news-font-size-sm, 0.875rem);
    --_font-size-md: var(--news-font-size-md, 1.0625rem);
    --_font-size-lg: var(--news-font-size-lg, 1.25rem);
    --_font-size-xl: var(--news-font-size-xl, 1.5rem);
    --_font-size-2xl: var(--news-font-size-2xl, 2rem);
    --_font-size-3xl: var(--news-font-size-3xl, 2.625rem);

    --_line-height-body: var(--news-line-height-body, 1.6);
    --_line-height-headline: var(--news-line-height-headline, 1.15);
    --_line-height-ui: var(--news-line-height-ui, 1.4);

    --_color-text: var(--news-color-text, #1a1a1a);
    --_color-text-muted: var(--news-color-text-muted, #595959);
    --_color-background: var(--news-color-background, #ffffff);
    --_color-surface: var(--news-color-surface, #f4f3ef);
    --_color-accent: var(--news-color-accent, #b3261e);
    --_color-on-accent: var(--news-color-on-accent, #ffffff);
    --_color-link: var(--news-color-link, #0b57a4);
    --_color-link-visited: var(--news-color-link-visited, #6b3fa0);
    --_color-border: var(--news-color-border, #d6d3cc);
    --_color-focus-ring: var(--news-color-focus-ring, #0b57a4);
    --_color-placeholder: var(--news-color-placeholder, #e7e5df);

    --_space-xs: var(--news-space-xs, 0.25rem);
    --_space-sm: var(--news-space-sm, 0.5rem);
    --_space-md: var(--news-space-md, 1rem);
    --_space-lg: var(--news-space-lg, 1.5rem);
    --_space-xl: var(--news-space-xl, 2.5rem);

    --_radius-sm: var(--news-radius-sm, 2px);
    --_radius-md: var(--news-radius-md, 6px);
    --_measure: var(--news-measure, 68ch);
  }
  :host(:lang(ko)),
  [lang|='ko'] {
    word-break: keep-all;
  }
`;

/**
 * The same token rule on another selector (our own constant, never content), for what has no
 * shadow root: the article body and the preload sheet. The rule is written once, for `:host`,
 * because the build's template minifier gives up on a rule whose selector is an interpolation;
 * the selector is swapped at the `{` that opens the rule's first block, not searched for in the text,
 * and only that block is taken (the Korean rule after it is for shadow roots).
 */
export const tokenRules = (selector: string): CSSResult =>
  unsafeCSS(
    `${selector}${tokens.cssText.slice(tokens.cssText.indexOf('{'), tokens.cssText.indexOf('}') + 1)}`,
  );

/** Visible focus for every interactive part, kept in forced-colors mode. */
export const focusRing = css`
  :focus-visible {
    outline: 3px solid var(--_color-focus-ring);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * Text that screen readers announce but that is not drawn. In its written case: Chromium reads a
 * text as drawn, and the copy of a word drawn in capitals (`inCapitals`) sits in the capitals' box.
 * Not selectable: a reader copying a dateline got "SEOULSeoul — 14 December", what is drawn and
 * its copy.
 */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    text-transform: none;
    -webkit-user-select: none;
    user-select: none;
  }
  /* The field copyText (copy.ts) selects its text in, to copy it. */
  textarea.visually-hidden {
    -webkit-user-select: text;
    user-select: text;
  }
`;

/**
 * The width of a story's text column: the article's measure, else the body's, so that a live blog
 * or post inside a story, or standing alone, lines up with the story's text. A value, not a token
 * on every host: the Theming page lists the global tokens, and this is read by four elements.
 * A string, not a `css` template: the build's template minifier skips a file holding a bare value.
 */
export const columnMeasure = /* @__PURE__ */ unsafeCSS(
  'var(--news-article-measure, var(--news-article-body-measure, var(--_measure)))',
);
