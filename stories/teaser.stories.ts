import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/teaser/define.js';
import type { TeaserLayout } from '../src/teaser/teaser.js';

const assets = '/stories/assets';

interface Args {
  href: string;
  headline: string;
  datetime: string;
  excerpt: string;
  imageSrc: string;
  imageAlt?: string;
  kicker: string;
  label: string;
  sponsored: boolean;
  headingLevel?: number;
  excerptWords?: number;
  format: string;
  pattern: string;
  locale: string;
  layout: TeaserLayout;
  skeleton: boolean;
}

const teaser = (args: Args) => html`
  <news-teaser
    href=${args.href || nothing}
    headline=${args.headline || nothing}
    datetime=${args.datetime || nothing}
    excerpt=${args.excerpt || nothing}
    image-src=${args.imageSrc || nothing}
    image-alt=${args.imageAlt ?? nothing}
    kicker=${args.kicker || nothing}
    label=${args.label || nothing}
    ?sponsored=${args.sponsored}
    heading-level=${args.headingLevel ?? nothing}
    excerpt-words=${args.excerptWords ?? nothing}
    format=${args.format || nothing}
    pattern=${args.pattern || nothing}
    locale=${args.locale || nothing}
    layout=${args.layout}
    ?skeleton=${args.skeleton}
  ></news-teaser>
`;

/** The teaser in a column as wide as the places it usually sits: a story list, a sidebar, a front. */
const column =
  (width: string): Decorator =>
  (story) =>
    html`<div style="max-inline-size: ${width}; margin: 0 auto; padding: 1rem">${story()}</div>`;

const meta: Meta<Args> = {
  title: 'Components/Teaser',
  component: 'news-teaser',
  tags: ['autodocs'],
  decorators: [column('40rem')],
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact', 'hero'] },
    format: { control: 'select', options: ['', 'full', 'long', 'medium', 'short', 'relative', 'auto'] },
  },
  args: {
    href: 'https://news.example.com/2024/08/04/night-ferry/',
    headline: 'Harbour city votes to keep its last night ferry',
    datetime: '2024-08-04T08:05:00Z',
    excerpt:
      'The council voted 23 to 9 on Tuesday to keep the 7.40pm crossing running through the winter, despite a budget gap of £1.2 million. Nurses and hotel staff had said the boat is the only way home after a late shift.',
    imageSrc: `${assets}/harbour-800x800.jpg`,
    imageAlt: 'The ferry moored at the harbour wall at dusk',
    kicker: 'Local',
    label: 'Updated',
    sponsored: false,
    format: '',
    pattern: '',
    locale: '',
    layout: 'list',
    skeleton: false,
  },
  render: teaser,
};
export default meta;
type Story = StoryObj<Args>;

/** Thumbnail beside the text: a story list under an article, or a section page. */
export const List: Story = {};

/** Thumbnail above the text: one card of a grid. */
export const Grid: Story = {
  decorators: [column('20rem')],
  args: {
    layout: 'grid',
    href: 'https://news.example.com/2024/08/04/first-gold/',
    headline: 'Lifter wins the country’s first gold of the Games',
    datetime: '2024-08-04T11:20:00Z',
    excerpt:
      'The country’s first gold medal was won by a 19-year-old from Busan, who lifted 143kg in the clean and jerk on her final attempt.',
    imageSrc: `${assets}/weightlifter-1200x800.jpg`,
    imageAlt: 'A weightlifter holds the bar above her head',
    kicker: 'Sport',
    label: 'Live',
  },
};

/** Headline and date only (no image or excerpt, even when given): a "most read" sidebar. */
export const Compact: Story = {
  decorators: [column('22rem')],
  args: {
    layout: 'compact',
    href: 'https://news.example.com/2024/08/03/market-rents/',
    headline: 'Market traders fear rent rise after renovation',
    datetime: '2024-08-03T00:30:00Z',
    excerpt: 'Stallholders at the covered market say the new lease would double what they pay.',
    imageSrc: `${assets}/market-1200x1600.jpg`,
    kicker: 'Business',
    label: '',
    format: 'medium',
  },
};

/** The lead story of a section front: a wide image and a large headline. */
export const Hero: Story = {
  decorators: [column('56rem')],
  args: {
    layout: 'hero',
    headingLevel: 2,
    href: 'https://news.example.com/2024/08/05/riverside-district/',
    headline: 'Province approves a new district for 40,000 people on the river’s north bank',
    datetime: '2024-08-05T06:30:00Z',
    excerpt:
      'The first phase promises 12,000 homes and a tram line by the end of the decade. Critics on the council say the plans leave too little room for the farmland that surrounds the site: “We are being asked to trust drawings,” one councillor said.',
    imageSrc: `${assets}/city-1600x900.jpg`,
    imageAlt: 'Towers of the planned district against the evening sky',
    kicker: 'Planning',
    label: 'Analysis',
  },
};

/** Paid partner content: marked "Sponsored" for every reader, and `rel="sponsored"` on its link. */
export const Sponsored: Story = {
  args: {
    href: 'https://partner.example.com/coastal-energy/heat-pumps',
    headline: 'Heat pumps for terraced houses: what installers say',
    datetime: '2024-08-02T06:00:00Z',
    excerpt: 'A guide from our partner Coastal Energy on what to check before the winter.',
    imageSrc: `${assets}/city-600x600.jpg`,
    imageAlt: '',
    kicker: 'Partner content',
    label: '',
    sponsored: true,
  },
};

/**
 * An excerpt as the WordPress REST API sends it (`excerpt.rendered`): a caption shortcode,
 * entities, "[…]" and a "Continue reading" link, all cleaned before a reader sees them.
 */
export const WordPressExcerpt: Story = {
  name: 'WordPress excerpt',
  args: {
    href: 'https://news.example.com/2024/08/01/night-buses/',
    headline: 'Night buses to run until 2am from September',
    datetime: '2024-08-01T16:45:00Z',
    excerpt:
      '<p>[caption id="attachment_5120" align="alignright" width="300"]<img src="/wp-content/uploads/bus.jpg" alt="" /> The N7 at the ferry terminal / Harbour Herald[/caption]The city&#8217;s bus operator will run three night routes until 2am from 1&nbsp;September, after a trial that carried 41,000 passengers &#8220;without a single complaint about safety&#8221; [&hellip;]</p>\n<p><a class="more-link" href="https://news.example.com/2024/08/01/night-buses/">Continue reading<span class="screen-reader-text"> &#8220;Night buses to run until 2am from September&#8221;</span></a></p>\n',
    imageSrc: `${assets}/city-800x450.jpg`,
    imageAlt: '',
    kicker: 'Transport',
    label: '',
  },
};

/** The placeholder a loading list draws: the teaser's final size, hidden from assistive technology. */
export const Skeleton: Story = {
  args: { skeleton: true },
};

/** Arabic, laid out right to left: the dateline and the "Sponsored" mark in Arabic too. */
export const Arabic: Story = {
  parameters: { direction: 'rtl' },
  decorators: [(story) => html`<div lang="ar" dir="rtl">${story()}</div>`],
  args: {
    locale: 'ar',
    href: 'https://news.example.com/ar/2024/08/04/night-ferry/',
    headline: 'مجلس المدينة يصوّت على إبقاء العبّارة الليلية الأخيرة',
    datetime: '2024-08-04T08:05:00Z',
    excerpt:
      'صوّت المجلس يوم الثلاثاء بأغلبية 23 صوتًا مقابل 9 على إبقاء رحلة الساعة السابعة وأربعين دقيقة مساءً طوال الشتاء، رغم عجز في الميزانية. وقال ممرضون وعاملون في الفنادق إن العبّارة هي طريقهم الوحيد إلى البيت بعد المناوبة المسائية.',
    imageSrc: `${assets}/harbour-800x800.jpg`,
    imageAlt: 'العبّارة راسية عند رصيف الميناء عند الغروب',
    kicker: 'محليات',
    label: 'محدَّث',
    sponsored: false,
  },
};

interface Indicated {
  kind?: string;
  media?: string;
  duration?: string;
  count?: number;
  headline: string;
  kicker?: string;
}

/** A column of teasers, each marked as what it is. */
const indicated = (locale: string, teasers: Indicated[]) => html`
  <div style="display: grid; gap: 1.25rem">
    ${teasers.map(
      (t, i) =>
        html`<news-teaser
          href="https://news.example.com/${locale}/2024/08/04/story-${i}/"
          headline=${t.headline}
          datetime="2024-08-04T08:05:00Z"
          kicker=${t.kicker ?? nothing}
          label-kind=${t.kind ?? nothing}
          media=${t.media ?? nothing}
          duration=${t.duration ?? nothing}
          count=${t.count ?? nothing}
          locale=${locale}
          layout="compact"
        ></news-teaser>`,
    )}
  </div>
`;

/**
 * `label-kind` and `media`: live (its dot keeps still under reduced motion), opinion, analysis,
 * breaking, paid, and video, audio and gallery marks with their length or count. Screen readers
 * hear the link, then "Live", "Video, 3 minutes, 20 seconds".
 */
export const Indicators: Story = {
  render: () =>
    indicated('en', [
      {
        kind: 'live',
        media: 'video',
        duration: 'PT3M20S',
        headline: 'Storm closes the harbour: live',
        kicker: 'Weather',
      },
      { kind: 'opinion', headline: 'The night ferry is a lifeline, not a luxury', kicker: 'Transport' },
      { kind: 'analysis', headline: 'What the new district means for rents' },
      { kind: 'breaking', headline: 'Council leader resigns' },
      { kind: 'paid', headline: 'Heat pumps for terraced houses: what installers say' },
      { media: 'audio', duration: '3723', headline: 'The harbour podcast: a year on the water' },
      { media: 'gallery', count: 12, headline: 'The storm, in pictures' },
    ]),
};

/** Arabic (Egypt): the labels in Arabic and the lengths and counts in Arabic-Indic digits, right to left. */
export const IndicatorsArabic: Story = {
  name: 'Indicators (Arabic)',
  parameters: { direction: 'rtl' },
  decorators: [(story) => html`<div lang="ar" dir="rtl">${story()}</div>`],
  render: () =>
    indicated('ar-EG', [
      { kind: 'live', media: 'video', duration: 'PT3M20S', headline: 'عاصفة تغلق الميناء: تغطية مباشرة' },
      { kind: 'opinion', headline: 'العبّارة الليلية ضرورة لا رفاهية' },
      { kind: 'breaking', headline: 'استقالة رئيس المجلس' },
      { media: 'gallery', count: 12, headline: 'العاصفة بالصور' },
    ]),
};

/** Japanese: 速報, 動画 with its length, 写真12枚. */
export const IndicatorsJapanese: Story = {
  name: 'Indicators (Japanese)',
  decorators: [(story) => html`<div lang="ja">${story()}</div>`],
  render: () =>
    indicated('ja', [
      { kind: 'live', media: 'video', duration: 'PT3M20S', headline: '嵐で港が閉鎖　ライブ中継' },
      { kind: 'analysis', headline: '新地区計画、家賃への影響は' },
      { kind: 'breaking', headline: '市議会議長が辞任' },
      { media: 'gallery', count: 12, headline: '写真で見る嵐' },
    ]),
};

/**
 * A lead story with two to four sub-links under its excerpt, written as `<a slot="related">`
 * children (or `related: [{ headline, href }]` in a list's items): a list screen readers hear as
 * "Related stories", each link its own tab stop after the headline's.
 */
export const LeadWithRelatedLinks: Story = {
  name: 'Lead with related links',
  render: (args) => html`
    <news-teaser
      href=${args.href}
      headline=${args.headline}
      datetime=${args.datetime}
      excerpt=${args.excerpt}
      image-src=${args.imageSrc}
      image-alt=${args.imageAlt ?? nothing}
      kicker=${args.kicker}
      layout="hero"
    >
      <a slot="related" href="https://news.example.com/2024/08/04/night-ferry-live/"
        >Live: the council’s vote, minute by minute</a
      >
      <a slot="related" href="https://news.example.com/2024/08/03/night-shift/"
        >“The only way home”: nurses on the 7.40pm crossing</a
      >
      <a slot="related" href="https://news.example.com/2024/08/02/ferry-budget/"
        >Where the £1.2 million gap comes from</a
      >
    </news-teaser>
  `,
};

/**
 * `label-kind="opinion"` with the columnist's `headshot`: the headline in the opinion colour, the
 * round picture (alt empty: the name beside it says who it is) larger at the card's side, its box
 * drawn before it arrives.
 */
export const OpinionWithHeadshot: Story = {
  name: 'Opinion with headshot',
  render: (args) => html`
    <news-teaser
      href="https://news.example.com/2024/08/05/ferry-lifeline/"
      headline="The night ferry is a lifeline, not a luxury"
      datetime=${args.datetime}
      excerpt="Cutting the last crossing would save the council less than it spends on one roundabout, and would strand the people who keep the city running after dark."
      label-kind="opinion"
      author="Amina Yusuf"
      headshot="${assets}/avatar-amina.svg"
      locale=${args.locale || nothing}
    ></news-teaser>
  `,
};

/** `rank`: the large number of a most-read list, in the teaser's digits (a ranked list sets it). */
export const Ranked: Story = {
  render: (args) => html`
    <news-teaser
      href="https://news.example.com/2024/08/04/night-ferry/"
      headline="Harbour city votes to keep its last night ferry"
      datetime=${args.datetime}
      layout="compact"
      rank="1"
      locale=${args.locale || nothing}
    ></news-teaser>
  `,
};
