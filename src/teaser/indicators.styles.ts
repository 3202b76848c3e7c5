import { css } from 'lit';

// (Comments stay out of the CSS so they are not shipped.)
// - Each kind keeps to theme colours that already meet contrast on the page's background (text,
//   link, accent on its own on-accent), so dark and tabloid themes need nothing of their own.
// - The live dot pulses only for readers who have not asked for reduced motion.
// - The icons are drawn shapes, not glyphs: a font's ▶ differs by platform, and becomes an emoji on some.

export const indicatorStyles = css`
  :host {
    --_teaser-opinion-color: var(--news-teaser-opinion-color, var(--_color-link));
  }
  .kind-breaking {
    background: var(--_color-text);
    color: var(--_color-background);
  }
  .kind-analysis,
  .kind-opinion {
    background: none;
    box-shadow: inset 0 0 0 1px currentColor;
    color: var(--_color-text);
  }
  .kind-opinion {
    box-shadow: none;
    padding-inline: 0;
    color: var(--_teaser-opinion-color);
  }
  .kind-opinion .sign::before {
    content: '\\201C';
    margin-inline-end: 0.15em;
    font-family: var(--_font-headline);
    font-size: 1.6em;
    line-height: 0;
    vertical-align: -0.35em;
  }
  .kind-live .sign {
    display: inline-block;
    inline-size: 0.55em;
    block-size: 0.55em;
    margin-inline-end: 0.35em;
    border-radius: 50%;
    background: currentColor;
  }
  @media (prefers-reduced-motion: no-preference) {
    .kind-live .sign {
      animation: pulse 1.6s ease-in-out infinite;
    }
  }
  .media-mark {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    color: var(--_color-text);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .icon {
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    background: currentColor;
  }
  .video .icon {
    clip-path: polygon(10% 0, 100% 50%, 10% 100%);
  }
  .audio .icon {
    clip-path: polygon(0 30%, 35% 30%, 80% 0, 80% 100%, 35% 70%, 0 70%);
  }
  .gallery .icon {
    background: none;
    border: 0.12em solid currentColor;
    box-shadow: 0.15em -0.15em 0 -0.04em currentColor;
  }
  @media (forced-colors: active) {
    .kind-live .sign,
    .icon {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .gallery .icon {
      background: none;
      border-color: CanvasText;
    }
  }
`;
