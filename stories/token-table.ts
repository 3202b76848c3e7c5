import { html } from 'lit';
import { tokens } from '../src/internal/tokens.styles.js';

export interface Token {
  name: string;
  /** The built-in default (src/themes/light.css writes the same values out). */
  fallback: string;
  /** What the components use it for; undefined until someone writes it here. */
  purpose: string | undefined;
}

// What each global token does, written once: the components' docs tables list only their own
// `--news-<component>-*` properties, each with the token it falls back to.
const purposes: Record<string, string> = {
  '--news-font-body': 'Long-form text: the article body, standfirst and teaser excerpts.',
  '--news-font-headline': 'Headlines, subheadings, pull quotes and the drop cap.',
  '--news-font-ui':
    'Labels and small print: datelines, captions, credits, bylines, kickers, badges, buttons.',
  '--news-font-weight-headline': 'Weight of headlines and subheadings.',
  '--news-font-size-xs': 'Kickers, badges, credits, footnote-size text.',
  '--news-font-size-sm': 'Datelines, captions, bylines, excerpts, labels, messages.',
  '--news-font-size-md': 'Body text; compact teaser headlines, hero excerpts, list headings, partner names.',
  '--news-font-size-lg': 'Teaser headlines, the standfirst, h3.',
  '--news-font-size-xl': 'h2 and pull quotes.',
  '--news-font-size-2xl': 'Hero teaser headlines; the smallest article headline.',
  '--news-font-size-3xl': 'The largest article headline (wide containers).',
  '--news-line-height-body': 'Body text.',
  '--news-line-height-headline': 'Headlines, subheadings and pull quotes.',
  '--news-line-height-ui': 'Datelines, captions, bylines, labels and tables.',
  '--news-color-text': 'Text.',
  '--news-color-text-muted':
    'Secondary text: dates, credits, bylines, the standfirst, labels, attributions, messages.',
  '--news-color-background': 'Controls drawn on the page, such as the teaser list’s Retry button.',
  '--news-color-surface': 'Quiet panels: the partner banner, sponsored marks, code, table headers.',
  '--news-color-accent': 'Kickers, label badges, quote rules, list markers, the drop cap, error marks.',
  '--news-color-on-accent': 'Text on the accent colour (label badges).',
  '--news-color-link': 'Links in the article body.',
  '--news-color-link-visited': 'Visited links in the article body.',
  '--news-color-border': 'Rules and dividers: partner banner, teaser lists, tables, related stories.',
  '--news-color-focus-ring':
    'The focus outline of every link and control (keep it 3:1 against the background).',
  '--news-color-placeholder': 'Boxes reserved for images while they load or when they fail, and skeletons.',
  '--news-space-xs':
    'The smallest gaps: inside teasers, between byline and dateline, around logos on a plate.',
  '--news-space-sm':
    'Small gaps: image to caption, below subheadings, list items, table cells, between badges.',
  '--news-space-md': 'The base gap: thumbnail to text, quote indents, below list headings, banner padding.',
  '--news-space-lg': 'Between teasers, around the lead image.',
  '--news-space-xl': 'Between the parts of a story page, above subheadings, around a zoomed image.',
  '--news-radius-sm': 'Small corners: thumbnails, sponsored marks, code, embeds, focus outlines.',
  '--news-radius-md': 'Larger corners: the zoom button and dialog controls, the Retry button.',
  '--news-measure': 'Line length of the story text (and of the story page’s text column).',
};

/**
 * Every global token, read from the sheet the components adopt (src/internal/tokens.styles.ts), so
 * this list can never drift from what they read. The one list: the Theming page shows it, and the
 * token test checks the components against it.
 */
export const globalTokens: Token[] = [
  ...tokens.cssText.matchAll(/var\(\s*(--news-[a-z0-9-]+),\s*([^;]+)\);/g),
].map(([, name, fallback]) => ({
  name: name!,
  fallback: fallback!.replace(/--_/g, '--news-').replace(/\s+/g, ' ').trim(),
  purpose: purposes[name!],
}));

const sample = (token: Token) => {
  const value = `var(${token.name}, ${token.fallback})`;
  if (token.name.startsWith('--news-color-')) {
    return html`<span class="swatch" style="background: ${value}"></span>`;
  }
  if (token.name.startsWith('--news-font-size-')) return html`<span style="font-size: ${value}">Aa</span>`;
  if (token.name.startsWith('--news-font-'))
    return html`<span style="font-family: ${value}">Seoul 서울</span>`;
  if (token.name.startsWith('--news-space-')) {
    return html`<span class="bar" style="inline-size: ${value}"></span>`;
  }
  return '';
};

/** A table of every global token with a live sample in the active theme. */
export const tokenTable = () => html`
  <style>
    /* The four columns are wider than a phone: the table scrolls in its own box, not the page
       sideways, and the box takes focus so a keyboard can scroll it too (WCAG 2.1.1). */
    .tokens-scroll {
      overflow-x: auto;
    }
    .tokens {
      border-collapse: collapse;
      font:
        0.875rem/1.4 system-ui,
        sans-serif;
      color: var(--news-color-text, #1a1a1a);
    }
    .tokens th,
    .tokens td {
      padding: 0.35rem 0.75rem;
      border-block-end: 1px solid var(--news-color-border, #d6d3cc);
      text-align: start;
      vertical-align: middle;
    }
    .tokens code {
      font-size: 0.8125rem;
    }
    .swatch {
      display: inline-block;
      inline-size: 2.5rem;
      block-size: 1.25rem;
      border: 1px solid var(--news-color-text-muted, #595959);
      border-radius: 3px;
    }
    .bar {
      display: inline-block;
      block-size: 0.75rem;
      background: var(--news-color-accent, #b3261e);
    }
  </style>
  <div class="tokens-scroll" role="region" aria-label="Global design tokens, scrolling" tabindex="0">
    <table class="tokens" aria-label="Global design tokens">
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Built-in default</th>
          <th scope="col">Used for</th>
          <th scope="col">In this theme</th>
        </tr>
      </thead>
      <tbody>
        ${globalTokens.map(
          (token) =>
            html`<tr>
              <td><code>${token.name}</code></td>
              <td><code>${token.fallback}</code></td>
              <td>${token.purpose}</td>
              <td>${sample(token)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>
`;
