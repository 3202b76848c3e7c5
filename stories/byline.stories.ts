import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/byline/define.js';
import '../src/article/define.js';
import '../src/dateline/define.js';
import type { BylineAuthor } from '../src/byline/byline.js';
import { stories } from './languages.content.js';

const assets = '/stories/assets';

interface Args {
  authors: (BylineAuthor | string)[];
  locale: string;
}

/** The desk of the stories: two reporters with head shots (illustrations) and one without. */
const amina: BylineAuthor = {
  name: 'Amina Yusuf',
  url: 'https://news.example.com/profiles/amina-yusuf',
  jobTitle: 'Transport correspondent',
  avatar: `${assets}/avatar-amina.svg`,
};
const tomas: BylineAuthor = {
  name: 'Tomás Herrera',
  url: 'https://news.example.com/profiles/tomas-herrera',
  jobTitle: 'Data reporter',
  avatar: `${assets}/avatar-tomas.svg`,
};
const joanna: BylineAuthor = {
  name: 'Joanna Mwangi',
  url: 'https://news.example.com/profiles/joanna-mwangi',
  jobTitle: 'City hall reporter',
};

const byline = (args: Args) =>
  html`<news-byline .authors=${args.authors} locale=${args.locale || nothing}></news-byline>`;

const meta: Meta<Args> = {
  title: 'Components/Byline',
  component: 'news-byline',
  tags: ['autodocs'],
  args: { authors: [amina, tomas, joanna], locale: '' },
  render: byline,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Three authors, joined the language's way ("A, B and C"), each linked to their profile. The
 * head shots overlap; an author without one gets their initials in the same circle.
 */
export const SeveralAuthors: Story = {};

/** A sole author: the role is printed under the name. */
export const SoleAuthor: Story = {
  args: { authors: [amina] },
};

/** Names only, as many CMSs send them: no head shots, no links. */
export const NamesOnly: Story = {
  args: { authors: ['Amina Yusuf', 'Tomás Herrera'] },
};

/**
 * Written as markup, as it should read without JavaScript ("By … and …"): the element keeps the
 * authors (its child elements; an `<img>` inside is the head shot, `data-job-title` the role)
 * and draws them in the house style.
 */
export const WrittenAsMarkup: Story = {
  render: () => html`
    <news-byline>
      By
      <a href=${amina.url!} data-job-title=${amina.jobTitle!}>
        <img src=${amina.avatar!} alt="" width="80" height="80" />Amina Yusuf</a
      >
      and <a href=${joanna.url!}>Joanna Mwangi</a>
    </news-byline>
  `,
};

/** A reporter who helped is named on a line of their own, in the byline's language. */
export const AdditionalReporting: Story = {
  args: { authors: [amina] },
  render: (args) =>
    html`<news-byline
      .authors=${args.authors}
      .additionalReporting=${[joanna, 'Tomás Herrera']}
    ></news-byline>`,
};

/**
 * A head shot that fails (here a picture the browser cannot decode): the author's initials take
 * its place, and the console says which, once.
 */
export const MissingHeadShot: Story = {
  parameters: { expectedWarnings: ['could not load'] },
  args: { authors: [{ ...tomas, avatar: 'data:image/png;base64,AAAA' }, amina] },
};

/** Arabic, right to left: "بقلم" and the Arabic conjunction, the head shots on the right. */
export const Arabic: Story = {
  args: {
    locale: 'ar',
    authors: stories.ar!.authors.map((name, i) => ({ name, avatar: i ? undefined : amina.avatar })),
  },
  parameters: { direction: 'rtl' },
};

/** Japanese: the names joined with Japanese punctuation, and the byline's word order. */
export const Japanese: Story = {
  args: { locale: 'ja', authors: [...stories.ja!.authors, '田中一郎'] },
};

/** In a story's header, next to the dateline, as `<news-article>`'s `byline` slot. */
export const InAnArticle: Story = {
  render: (args) => html`
    <news-article>
      <h1 slot="headline">Night buses will run until 4am from next month, council confirms</h1>
      <news-byline slot="byline" .authors=${args.authors}></news-byline>
      <news-dateline slot="dateline" datetime="2026-03-12T09:30:00Z" locale="en-GB"></news-dateline>
    </news-article>
  `,
};
