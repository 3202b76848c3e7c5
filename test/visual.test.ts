/**
 * Screenshot comparisons of a full story page in each house style and right to left. Baselines are
 * committed in test/screenshots/; `npx web-test-runner test/visual.test.ts --update-visual-baseline`
 * renews them after an intended visual change (look at the new PNGs before committing them).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import articleStories from '../stories/article.stories.js';

async function useTheme(name: string): Promise<() => void> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(await (await fetch(`/src/themes/${name}.css`)).text());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

async function imagesSettled(root: ParentNode) {
  const figures = [...root.querySelectorAll('news-figure')];
  await Promise.all(
    figures.map((figure) =>
      figure.hasAttribute('loaded') || figure.hasAttribute('error')
        ? undefined
        : new Promise((resolve) => {
            figure.addEventListener('news-figure-load', resolve, { once: true });
            figure.addEventListener('news-figure-error', resolve, { once: true });
          }),
    ),
  );
  const images = [...root.querySelectorAll('img')];
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  await document.fonts.ready;
}

for (const [theme, dir] of [
  ['light', 'ltr'],
  ['dark', 'ltr'],
  ['tabloid', 'ltr'],
  ['light', 'rtl'],
] as const) {
  describe(`story page, ${theme} theme, ${dir}`, () => {
    it('looks as it did when the baseline was approved', async () => {
      const removeTheme = await useTheme(theme);
      try {
        const page = articleStories.render!({ ...articleStories.args } as never, {} as never);
        const el = await fixture<HTMLDivElement>(
          html`<div dir=${dir} style="inline-size: 1200px; background: var(--news-color-background, #fff)">
            ${page}
          </div>`,
        );
        await imagesSettled(el);
        expect(el.querySelector('news-article')).to.exist;
        await visualDiff(el, `story-page-${theme}-${dir}`);
      } finally {
        removeTheme();
      }
    });
  });
}
