import { html, nothing } from 'lit';
import type { TeaserLayout } from './teaser.js';

/**
 * A teaser's placeholder while its list loads: the card at its final size, with bars where the
 * kicker, headline and excerpt will be, so that nothing moves when the stories arrive. Hidden
 * from screen readers: the list announces that it is loading.
 */
export const skeleton = (layout: TeaserLayout) =>
  html`<article class="card ${layout} skeleton" part="card" aria-hidden="true">
    ${layout === 'compact' ? nothing : html`<div class="media" part="image-box"></div>`}
    <div class="body">
      <span class="bone kicker-bone"></span>
      <span class="bone headline-bone"></span>
      <span class="bone headline-bone short"></span>
      ${layout === 'compact' ? nothing : html`<span class="bone"></span><span class="bone short"></span>`}
    </div>
  </article>`;
