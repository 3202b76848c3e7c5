/// <reference types="vite/client" />
import { html } from 'lit';
import tokenSource from '../src/internal/tokens.styles.ts?raw';

export interface Token {
  name: string;
  fallback: string;
}

/**
 * The token list is read from the components' own defaults (src/internal/tokens.styles.ts), so this
 * page can never drift from what the components actually read.
 */
export const tokens: Token[] = [...tokenSource.matchAll(/var\(\s*(--news-[a-z0-9-]+),\s*([^;]+)\);/g)].map(
  ([, name, fallback]) => ({
    name: name!,
    fallback: fallback!.replace(/--_/g, '--news-').replace(/\s+/g, ' ').trim(),
  }),
);

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
  <table class="tokens" aria-label="Global design tokens">
    <thead>
      <tr>
        <th scope="col">Token</th>
        <th scope="col">Built-in default</th>
        <th scope="col">In this theme</th>
      </tr>
    </thead>
    <tbody>
      ${tokens.map(
        (token) =>
          html`<tr>
            <td><code>${token.name}</code></td>
            <td><code>${token.fallback}</code></td>
            <td>${sample(token)}</td>
          </tr>`,
      )}
    </tbody>
  </table>
`;
