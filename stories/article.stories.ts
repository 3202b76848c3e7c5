import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/article/define.js';
import '../src/article-body/define.js';
import '../src/dateline/define.js';
import '../src/figure/define.js';
import '../src/partner-banner/define.js';
import '../src/teaser-list/define.js';
import { storyOption } from './arg-types.js';

const assets = '/stories/assets';

interface Args {
  structuredData: boolean;
  publisher: string;
  publisherUrl: string;
  publisherLogo: string;
  dropCap: boolean;
  partner: boolean;
  related: boolean;
  readingTime: boolean;
}

const relatedStories = [
  {
    href: 'https://news.example.com/2026/03/11/ferries/',
    headline: 'Han River ferries return after a two-year pause',
    datetime: '2026-03-11T07:40:00+09:00',
    excerpt: 'Six boats will run between Yeouido and Jamsil from April, with fares the same as the subway.',
    image: `${assets}/harbour-800x800.jpg`,
    alt: 'Illustration: a small sailing boat on calm blue water',
    kicker: 'Transport',
  },
  {
    href: 'https://news.example.com/2026/03/10/mangwon-market/',
    headline: 'Night markets are back in Mangwon, and so are the queues',
    datetime: '2026-03-10T19:15:00+09:00',
    excerpt: 'Traders say takings doubled in the first week; neighbours say the noise did too.',
    image: `${assets}/market-1200x1600.jpg`,
    alt: 'Illustration: a market stall with a green roof and red awnings',
    kicker: 'Business',
  },
  {
    href: 'https://news.example.com/2026/03/08/first-gold/',
    headline: 'The 19-year-old from Busan who lifted the first gold of the Games',
    datetime: '2026-03-08T11:20:00+09:00',
    excerpt:
      'Choi Ye-jin trained through the winter in a gym without heating. Now the city is planning a parade.',
    image: `${assets}/weightlifter-1200x800.jpg`,
    alt: 'Illustration: a weightlifter holds a barbell above her head',
    kicker: 'Sport',
  },
];

const related = html`
  <news-teaser-list
    slot="related"
    heading="More from Seoul"
    layout="compact"
    locale="en-GB"
    time-zone="Asia/Seoul"
  >
    ${relatedStories.map(
      (item) => html`
        <news-teaser
          href=${item.href}
          headline=${item.headline}
          datetime=${item.datetime}
          excerpt=${item.excerpt}
          image-src=${item.image}
          image-alt=${item.alt}
          kicker=${item.kicker}
        ></news-teaser>
      `,
    )}
  </news-teaser-list>
`;

const partner = html`
  <news-partner-banner
    slot="partner"
    name="Institute for Urban Futures"
    href="https://example.com/urban-institute"
    logo-src="${assets}/logo-urban-institute.svg"
    logo-width="160"
    logo-height="40"
    about-href="https://news.example.com/about/partnerships"
  ></news-partner-banner>
`;

const story = (args: Args) => html`
  <news-article
    ?structured-data=${args.structuredData}
    publisher=${args.publisher || nothing}
    publisher-url=${args.publisherUrl || nothing}
    publisher-logo=${args.publisherLogo || nothing}
    ?reading-time=${args.readingTime}
  >
    <p slot="kicker">Cities</p>
    <h1 slot="headline">
      Seoul will build 40,000 homes by the river&nbsp;— and keep its old fuel depot standing
    </h1>
    <p slot="standfirst">
      After a decade of stalled plans, the council voted 31 to 12 for a new district on the Han’s north bank,
      with the fenced-off Seongsan depot at its heart as an archive of the city’s working past.
    </p>
    <p slot="byline">
      By <a href="https://news.example.com/authors/kim-min-ji" rel="author">Kim Min-ji</a> and
      <a href="https://news.example.com/authors/sarah-okafor" rel="author">Sarah Okafor</a>
    </p>
    <news-dateline
      slot="dateline"
      datetime="2026-03-12T09:30:00+09:00"
      updated="2026-03-12T14:05:00+09:00"
      place="Seoul"
      time-zone="Asia/Seoul"
      locale="en-GB"
      pattern="{weekday} {dayOrdinal} {month}, {year}"
      >Thursday 12th March, 2026 · Updated&nbsp;14:05</news-dateline
    >
    <news-figure
      slot="lead"
      src="${assets}/city-1600x900.jpg"
      alt="Illustration: dark apartment towers against an orange dusk sky"
      width="1600"
      height="900"
      loading="eager"
      fetchpriority="high"
      caption="The towers of Sangam at dusk. The new district will rise on the open ground to their west."
      credit="Illustration: Seoul Metropolitan Government"
    ></news-figure>
    <news-article-body ?drop-cap=${args.dropCap}>
      <p>
        Seoul’s city council voted on Thursday to build 40,000 homes on the north bank of the Han River,
        ending a decade-long argument over one of the last open sites in the city — and to keep the old
        Seongsan fuel depot standing at its centre.
      </p>
      <p>
        “We were told for years that this land was worth more empty than used,” said
        <a href="https://example.com/council/park-ji-won">Park Ji-won</a>, who chairs the council’s planning
        committee. “Today we decided it is worth more to the people who live next to it.”
      </p>
      <p>
        A third of the homes will be public rental flats. The depot’s five storage tanks, built in 1976 for
        the city’s emergency fuel reserve and empty since 2000, will be cleaned and three of them turned into
        an archive of the factories, markets and docks that once lined the river.
      </p>
      <h2>“We are being asked to trust drawings”</h2>
      <p>
        The opposition People Power Party split over the plan. Choi Hyun-woo, one of the councillors who voted
        against it, said the tram line promised to new residents had no budget yet. “We are being asked to
        trust drawings,” he said. “My constituents have seen drawings before.”
      </p>
      <blockquote>
        <p>
          The site has been fenced off for as long as my children have been alive. They deserve to see inside.
        </p>
        <footer>— Lee Seo-yeon, a resident of Mangwon-dong</footer>
      </blockquote>
      <p>
        Clean-up of the soil under the tanks begins in spring 2027. The first residents are due to move in
        from 2030; the archive is to open its first hall in 2028. The full plan is published on
        <a href="https://example.com/seoul/seongsan-plan">the city’s planning site</a>.
      </p>
    </news-article-body>
    ${args.partner ? partner : nothing} ${args.related ? related : nothing}
  </news-article>
`;

const meta: Meta<Args> = {
  title: 'Components/Article',
  component: 'news-article',
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen' },
  args: {
    structuredData: true,
    publisher: 'The Seoul Courier',
    publisherUrl: 'https://news.example.com/',
    publisherLogo: '',
    dropCap: false,
    partner: true,
    related: true,
    readingTime: true,
  },
  argTypes: {
    readingTime: {
      name: 'reading-time',
      description: '"1 min read" after the dateline, counted from the body (or `reading-time="6"`).',
      control: 'boolean',
    },
    partner: storyOption('Show the partner banner (the `partner` slot).'),
    related: storyOption('Show related stories (the `related` slot).'),
    dropCap: storyOption('A drop cap on the body (`<news-article-body drop-cap>`).'),
  },
  render: (args) => html`<div style="padding: 1.5rem">${story(args)}</div>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * A complete story page: kicker, headline, standfirst, byline, dateline, lead image, body with quotes
 * from sources, a partner banner and related stories (beside the story on wide screens).
 * `structured-data` writes the NewsArticle JSON-LD search engines read.
 */
export const StoryPage: Story = {};

/** The same story with a drop cap and no partner: the page a reader gets most days. */
export const WithDropCap: Story = {
  args: { dropCap: true, partner: false },
};

/** Only the story: no partner banner, no related stories, no reading time; the text column stays centred. */
export const StoryOnly: Story = {
  args: { partner: false, related: false, structuredData: false, readingTime: false },
};

/** On a phone: a single column, related stories under the story. */
export const Phone: Story = {
  render: (args) => html`<div style="max-inline-size: 390px; padding: 1rem">${story(args)}</div>`,
};
