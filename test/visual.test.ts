/**
 * Screenshot comparisons (Chromium): the story page and each element's main story, at a desktop
 * (1280 px) and a phone (390 px) width, in the light, dark and tabloid house styles and right to
 * left. Each PNG is cropped to the element, so the baselines stay small and a change shows where
 * it is. Right to left shows Arabic content, as Storybook's toolbar does (stories/rtl.content.ts);
 * the story page and the article body use their own Arabic stories.
 *
 * Baselines are committed in test/screenshots/Chrome/baseline/. After an intended visual change:
 * `NEWS_BROWSERS=chromium npx web-test-runner test/visual.test.ts --update-visual-baseline`, then
 * look at every new PNG before committing it. A failing comparison writes the new image and a diff
 * to test/screenshots/Chrome/failed/.
 */
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { rtlContent } from '../stories/rtl.content.js';
import { loadBodyCode } from '../src/live-blog/body-code.js';
import { imagesSettled, loadStoryFiles, settle, useTheme, type Story } from './support/quality.js';

// One "now" for the whole file, set before the stories load (some date their content as they
// load): a live blog's posts are minutes old and its key events print their clock time, which
// would otherwise follow the time of day. Only Date: timers run as usual.
const clock = sinon.useFakeTimers({ now: Date.parse('2026-12-04T20:00:00Z'), toFake: ['Date'] });
after(() => clock.restore());
const files = await loadStoryFiles();
// A live blog draws its posts once the code for their HTML has come, fetched on first use: here
// before the first screenshot, which is of the blog drawn, not of the moment before.
await loadBodyCode();

/** A story by its file's title and export name. */
function story(title: string, exportName: string): Story {
  const found = files.find((f) => f.title === title)?.stories.find((s) => s.exportName === exportName);
  if (!found) throw new Error(`no story ${title} / ${exportName}`);
  return found;
}

interface Subject {
  /** The baseline's name, and what the screenshot is cropped to. */
  name: string;
  tag: string;
  main: Story;
  /** Right to left: an Arabic story of its own, or the main story with the element's Arabic args. */
  rtl: Story;
  rtlArgs?: Record<string, unknown>;
}

const own = (tag: string, title: string, main: string, rtl = main): Subject => ({
  name: tag.replace(/^news-/, ''),
  tag,
  main: story(title, main),
  rtl: story(title, rtl),
  rtlArgs: rtl === main ? rtlContent[tag]!.args : undefined,
});

const subjects: Subject[] = [
  {
    name: 'story-page',
    tag: 'news-article',
    main: story('Components/Article', 'StoryPage'),
    rtl: story('Guides/Languages', 'Arabic'),
  },
  own('news-article-body', 'Components/Article body', 'EveryElement', 'Arabic'),
  own('news-byline', 'Components/Byline', 'SeveralAuthors', 'Arabic'),
  own('news-notice', 'Components/Notice', 'Correction', 'Arabic'),
  own('news-share', 'Components/Share', 'SeveralNetworks', 'Arabic'),
  own('news-toc', 'Components/Contents', 'Alone', 'Arabic'),
  own('news-live-blog', 'Components/Live blog', 'Default', 'Arabic'),
  own('news-figure', 'Components/Figure', 'LeadImage'),
  own('news-gallery', 'Components/Gallery', 'Grid', 'CarouselArabic'),
  own('news-dateline', 'Components/Dateline', 'HouseStyle'),
  own('news-partner-banner', 'Components/Partner banner', 'Partner'),
  own('news-teaser', 'Components/Teaser', 'List'),
  own('news-teaser-list', 'Components/Teaser list', 'List'),
];

const modes = [
  { mode: 'light', theme: 'light', dir: 'ltr' },
  { mode: 'dark', theme: 'dark', dir: 'ltr' },
  { mode: 'tabloid', theme: 'tabloid', dir: 'ltr' },
  { mode: 'rtl', theme: 'light', dir: 'rtl' },
] as const;

const widths = [1280, 390];

describe('visual baselines', () => {
  let container: HTMLElement;
  let warn: sinon.SinonStub;

  beforeEach(() => {
    // Stories may show a fallback with one warning; the stories test asserts those, not this one.
    warn = sinon.stub(console, 'warn');
    container = document.createElement('div');
    container.style.background = 'var(--news-color-background, #fff)';
    document.body.append(container);
  });

  afterEach(async () => {
    warn.restore();
    container.remove();
    document.documentElement.removeAttribute('dir');
    document.documentElement.removeAttribute('lang');
    await useTheme(null);
    await setViewport({ width: 800, height: 600 });
  });

  for (const { name, tag, main, rtl, rtlArgs } of subjects) {
    for (const { mode, theme, dir } of modes) {
      for (const width of widths) {
        it(`${name}, ${mode}, ${width} px, looks as approved`, async () => {
          // Tall enough that no lazy picture in a long story page is left unfetched below the fold.
          await setViewport({ width, height: 3000 });
          await useTheme(theme);
          document.documentElement.dir = dir;
          if (dir === 'rtl') document.documentElement.lang = 'ar';
          await (dir === 'rtl' ? rtl.renderInto(container, {}, rtlArgs) : main.renderInto(container));
          await imagesSettled(container);
          await document.fonts.ready;
          await settle(container);
          const element = container.querySelector(tag);
          expect(element, `<${tag}> rendered`).to.exist;
          await visualDiff(element!, `${name}-${mode}-${width}`);
        });
      }
    }
  }
});
