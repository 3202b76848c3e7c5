import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/share/define.js';
import '../src/article/define.js';
import '../src/byline/define.js';
import '../src/dateline/define.js';
import '../src/article-body/define.js';
import { stories } from './languages.content.js';

interface Args {
  url: string;
  headline: string;
  text: string;
  fragment: string;
  networks: string;
  locale: string;
}

const en = stories.en!;
const ar = stories.ar!;

const share = (args: Args) =>
  html`<news-share
    url=${args.url || nothing}
    headline=${args.headline || nothing}
    text=${args.text || nothing}
    fragment=${args.fragment || nothing}
    networks=${args.networks}
    locale=${args.locale || nothing}
  ></news-share>`;

const meta: Meta<Args> = {
  title: 'Components/Share',
  component: 'news-share',
  tags: ['autodocs'],
  args: {
    url: 'https://news.example.com/2026/03/night-buses-until-4am',
    headline: en.headline,
    text: en.standfirst,
    fragment: '',
    networks: 'email',
    locale: '',
  },
  render: share,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The default: a link to share by email, and a button that opens the browser's share sheet where
 * there is one (phones, Safari, Chrome on Windows and macOS) or copies the link ("Link copied").
 */
export const Default: Story = {};

/**
 * The networks a site chooses, in its order: each a plain link to the network's own share page,
 * opened in a new tab. Nothing is loaded from any of them until the reader follows a link.
 */
export const SeveralNetworks: Story = {
  args: { networks: 'email x facebook linkedin whatsapp bluesky threads reddit' },
};

/**
 * Under the byline of a story: with no `url` or `headline` of its own, it shares the page's
 * canonical address and the article's headline.
 */
export const InAStoryPage: Story = {
  render: () => html`
    <news-article>
      <span slot="kicker">${en.kicker}</span>
      <h1 slot="headline">${en.headline}</h1>
      <p slot="standfirst">${en.standfirst}</p>
      <news-byline slot="byline" .authors=${[...en.authors]}></news-byline>
      <news-dateline slot="dateline" datetime="2026-03-12T09:30:00Z" locale="en-GB"></news-dateline>
      <news-share networks="email whatsapp facebook"></news-share>
      <news-article-body>
        <p>${en.body[0]}</p>
        <p>${en.body[1]}</p>
      </news-article-body>
    </news-article>
  `,
};

/**
 * One post of a live page, shared on its own: `fragment` is the post's id, so the link opens the
 * page at that post.
 */
export const LivePost: Story = {
  render: (args) => html`
    <article id="post-1432" style="max-inline-size: 40rem">
      <p><strong>09:42</strong> The council has confirmed the first route: the 86 to Chorlton.</p>
      ${share({ ...args, fragment: 'post-1432', headline: 'Night buses: the first route is confirmed', text: '' })}
    </article>
  `,
};

/** Arabic, right to left: the labels in Arabic, the button at the row's end on the left. */
export const Arabic: Story = {
  args: {
    url: 'https://news.example.com/ar/night-buses/',
    headline: ar.headline,
    text: ar.standfirst,
    networks: 'email whatsapp x telegram',
  },
  parameters: { direction: 'rtl' },
  render: (args) => html`<div lang="ar" dir="rtl">${share(args)}</div>`,
};

/** On the dark theme: the outlines and text follow the theme's tokens. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { networks: 'email x bluesky' },
};
