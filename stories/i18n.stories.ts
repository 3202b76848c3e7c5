import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/article/define.js';
import '../src/article-body/define.js';
import '../src/dateline/define.js';
import '../src/figure/define.js';
import '../src/partner-banner/define.js';
import '../src/teaser-list/define.js';
import { isRtlLocale } from '../src/internal/locale.js';
import { loadTranslations, substitute, translate } from '../src/internal/translate.js';
import { stories } from './languages.content.js';
import { storyOption } from './arg-types.js';

const assets = '/stories/assets';

interface Args {
  language: string;
}

/** The byline as a server renders it: the language's "By {names}", the names joined its way. */
const byline = (language: string, names: string[]) =>
  substitute(translate(language, 'byline'), {
    names: new Intl.ListFormat(language, { type: 'conjunction' }).format(names),
  });

const page = ({ language }: Args) => {
  const story = stories[language] ?? stories.en!;
  const images = [`${assets}/harbour-800x800.jpg`, `${assets}/market-1200x1600.jpg`];
  // The page says its language once; every element takes it from there, built-in labels included.
  return html`<div lang=${language} dir=${isRtlLocale(language) ? 'rtl' : nothing} style="padding: 1.5rem">
    <news-article>
      <p slot="kicker">${story.kicker}</p>
      <h1 slot="headline">${story.headline}</h1>
      <p slot="standfirst">${story.standfirst}</p>
      <p slot="byline">${byline(language, story.authors)}</p>
      <news-dateline
        slot="dateline"
        datetime="2026-03-12T09:30:00Z"
        updated="2026-03-12T14:05:00Z"
        place=${story.place}
        time-zone=${story.timeZone}
      ></news-dateline>
      <news-figure
        slot="lead"
        src="${assets}/city-1600x900.jpg"
        alt=${story.alt}
        width="1600"
        height="900"
        loading="eager"
        caption=${story.caption}
        credit=${story.credit}
        zoomable
      ></news-figure>
      <news-article-body>${story.body.map((paragraph) => html`<p>${paragraph}</p>`)}</news-article-body>
      <news-partner-banner
        slot="partner"
        variant="sponsored"
        name=${story.partner}
        href="https://example.com/urban-institute"
        about-href="https://news.example.com/about/partnerships"
      ></news-partner-banner>
      <news-teaser-list slot="related" heading=${story.relatedHeading} layout="compact">
        ${story.related.map(
          (headline, i) =>
            html`<news-teaser
              href="https://news.example.com/2026/03/1${i}/"
              headline=${headline}
              datetime="2026-03-1${i}T07:40:00Z"
              image-src=${images[i]!}
              ?sponsored=${i === 1}
            ></news-teaser>`,
        )}
      </news-teaser-list>
    </news-article>
  </div>`;
};

const meta: Meta<Args> = {
  title: 'Guides/Languages',
  component: 'news-article',
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen' },
  args: { language: 'en' },
  argTypes: {
    language: storyOption('The language of the page (its `lang`); built-in labels follow it.', {
      control: {
        type: 'select',
        labels: Object.fromEntries(Object.entries(stories).map(([tag, s]) => [tag, s.name])),
      },
      options: Object.keys(stories),
    }),
  },
  // The byline is written before the elements render, as a server does: its table first.
  loaders: [({ args }) => loadTranslations((args as Args).language)],
  render: (args) => page(args),
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The story page in every language news-elements ships (choose one with the control): the page's
 * `lang` sets every built-in label ("Updated", "Photograph:", "Sponsored", "About this content",
 * the byline's "By"), the dates and numbers, and for Arabic, Hebrew, Persian, Urdu and Pashto the
 * direction. Each language's labels load on demand; the elements wait for them, so no English
 * shows first.
 */
export const StoryPage: Story = {};

/** Arabic, right to left. */
export const Arabic: Story = { args: { language: 'ar' }, parameters: { direction: 'rtl' } };

/** Chinese, simplified, as mainland China and Singapore write it (zh, zh-CN, zh-SG). */
export const ChineseSimplified: Story = { args: { language: 'zh-Hans' } };

/** Chinese, traditional, as Taiwan and Hong Kong write it (zh-TW, zh-HK). */
export const ChineseTraditional: Story = { args: { language: 'zh-Hant' } };

/** Dutch. */
export const Dutch: Story = { args: { language: 'nl' } };

/** French. */
export const French: Story = { args: { language: 'fr' } };

/** German. */
export const German: Story = { args: { language: 'de' } };

/** Hebrew, right to left. */
export const Hebrew: Story = { args: { language: 'he' }, parameters: { direction: 'rtl' } };

/** Hindi, in Devanagari. */
export const Hindi: Story = { args: { language: 'hi' } };

/** Indonesian. */
export const Indonesian: Story = { args: { language: 'id' } };

/** Italian, with its lower-case “di” byline. */
export const Italian: Story = { args: { language: 'it' } };

/** Japanese: no spaces between words, and no closing punctuation at a line’s start. */
export const Japanese: Story = { args: { language: 'ja' } };

/** Korean: lines break between words, not inside them. */
export const Korean: Story = { args: { language: 'ko' } };

/** Pashto, right to left, as BBC Pashto publishes. */
export const Pashto: Story = { args: { language: 'ps' }, parameters: { direction: 'rtl' } };

/** Persian, right to left, with Persian digits. */
export const Persian: Story = { args: { language: 'fa' }, parameters: { direction: 'rtl' } };

/** Portuguese, as Brazil writes it. */
export const Portuguese: Story = { args: { language: 'pt' } };

/** Russian. */
export const Russian: Story = { args: { language: 'ru' } };

/** Spanish. */
export const Spanish: Story = { args: { language: 'es' } };

/** Swahili. */
export const Swahili: Story = { args: { language: 'sw' } };

/** Turkish. */
export const Turkish: Story = { args: { language: 'tr' } };

/** Ukrainian. */
export const Ukrainian: Story = { args: { language: 'uk' } };

/** Urdu, right to left. */
export const Urdu: Story = { args: { language: 'ur' }, parameters: { direction: 'rtl' } };
