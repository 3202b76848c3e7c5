import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/teaser-list/define.js';
import type { TeaserItem } from '../src/teaser-list/teaser-list.js';
import { itemsSource } from './source.js';

const assets = '/stories/assets';
const feeds = `${assets}/feeds`;

interface Args {
  heading: string;
  layout: 'list' | 'grid' | 'compact' | 'hero' | 'ranked';
  updated?: string;
  limit?: number;
  format: string;
  pattern: string;
  locale: string;
  src: string;
  timeout?: number;
  items: TeaserItem[];
  more?: boolean;
  moreHref?: string;
}

const STORIES: TeaserItem[] = [
  {
    headline: 'Lifter wins the country’s first gold of the Games',
    href: 'https://news.example.com/2024/08/04/first-gold/',
    datetime: '2024-08-04T11:20:00Z',
    excerpt:
      'The country’s first gold medal was won by a 19-year-old from Busan, who lifted 143kg in the clean and jerk on her final attempt.',
    image: `${assets}/weightlifter-1200x800.jpg`,
    imageAlt: 'A weightlifter holds the bar above her head',
    kicker: 'Sport',
    label: 'Live',
  },
  {
    headline: 'Harbour city votes to keep its last night ferry',
    href: 'https://news.example.com/2024/08/04/night-ferry/',
    datetime: '2024-08-04T08:05:00Z',
    excerpt:
      'The council voted 23 to 9 on Tuesday to keep the 7.40pm crossing running through the winter, despite a budget gap of £1.2 million.',
    image: `${assets}/harbour-800x800.jpg`,
    kicker: 'Local',
  },
  {
    headline: 'Market traders fear rent rise after renovation',
    href: 'https://news.example.com/2024/08/03/market-rents/',
    datetime: '2024-08-03T00:30:00Z',
    excerpt: 'Stallholders at the covered market say the new lease would double what they pay.',
    image: `${assets}/market-1200x1600.jpg`,
    kicker: 'Business',
    label: 'Updated',
  },
  {
    headline: 'Heat pumps for terraced houses: what installers say',
    href: 'https://partner.example.com/coastal-energy/heat-pumps',
    datetime: '2024-08-02T06:00:00Z',
    excerpt: 'A guide from our partner Coastal Energy on what to check before the winter.',
    image: `${assets}/city-600x600.jpg`,
    kicker: 'Partner content',
    sponsored: true,
  },
  {
    headline: 'Opinion: the ferry is the town’s front door',
    href: 'https://news.example.com/2024/08/01/ferry-opinion/',
    datetime: '2024-08-01T02:45:00Z',
    excerpt: 'Cut the night crossing and you cut the town off from the people who keep it running.',
    kicker: 'Opinion',
  },
];

// Excerpts as WordPress, older CMSs and wire feeds really send them.
const MESSY: TeaserItem[] = [
  {
    ...STORIES[0]!,
    label: '',
    excerpt:
      '[caption id="" align="alignnone" width="600"] Champion lifter / Still from a broadcaster[/caption] The country\'s first gold medal was won by ...',
  },
  {
    ...STORIES[1]!,
    excerpt:
      '<p>The council voted 23 to 9 on Tuesday to keep the 7.40pm crossing running through the winter, despite a budget gap of &pound;1.2&nbsp;million. &#8220;This boat is how nurses get home,&#8221; one councillor said [&hellip;]</p>\n<p><a class="more-link" href="/night-ferry">Continue reading<span class="screen-reader-text"> &#8220;Night ferry&#8221;</span></a></p>',
  },
  {
    ...STORIES[2]!,
    label: '',
    excerpt:
      '<p>[gallery ids="5102,5103,5104"] Stallholders at the covered market say the new lease would double what they pay&#8230; <a href="/market">Read more &raquo;</a></p>',
  },
  {
    ...STORIES[4]!,
    excerpt:
      '[vc_row][vc_column][vc_column_text]Cut the night crossing and you cut the town off from the people who keep it running: the cleaners, the cooks, the nurses on the late shift, the students who cannot afford the mainland&#8217;s rents and the musicians who play the harbour bars until closing time, night after night, all year round.[/vc_column_text][/vc_column][/vc_row]',
  },
];

const KOREAN: TeaserItem[] = [
  {
    headline: '섬마을 학교, 30년 만에 새 배 생겨',
    href: 'https://news.example.com/ko/2024/08/04/island-school/',
    datetime: '2024-08-04T00:00:00Z',
    excerpt:
      '[caption id="" align="alignnone" width="600"] 부두의 학생들 / 하버 헤럴드[/caption] 거제의 한 섬마을 학생들이 월요일 섬 주민 모두가 돈을 모아 마련한 배를 타고 처음으로 육지로 건너갔다. 주민들은 3년 동안 모금 운동을 벌였으며, 배의 이름은 학생들이 직접 지었다고 학교 측은 밝혔다 [&hellip;]',
    image: `${assets}/harbour-800x800.jpg`,
    imageAlt: '구명조끼를 입은 아이들이 작은 부두에 서 있다',
    kicker: '교육',
  },
  {
    headline: '여객선 터미널과 구도심 잇는 버스 노선 3개 신설',
    href: 'https://news.example.com/ko/2024/08/03/bus/',
    datetime: '2024-08-03T09:30:00Z',
    excerpt: '9월부터 여객선 터미널과 구도심을 잇는 버스 노선 세 개가 새로 생긴다고 교통국이 밝혔다...',
    image: `${assets}/city-800x450.jpg`,
    kicker: '교통',
    label: '속보',
  },
  {
    headline: '겨울 난방비, 오래된 집에서 줄이는 방법',
    href: 'https://partner.example.com/ko/heating',
    datetime: '2024-08-02',
    excerpt: '단열 공사 전에 확인해야 할 다섯 가지를 파트너사 코스털 에너지가 정리했다.',
    kicker: '파트너 콘텐츠',
    sponsored: true,
  },
];

const withoutImages = (items: TeaserItem[]) =>
  items.map(({ image: _image, imageAlt: _alt, ...rest }) => rest);

const list = (args: Args) => html`
  <news-teaser-list
    heading=${args.heading || nothing}
    layout=${args.layout}
    updated=${args.updated ?? nothing}
    limit=${args.limit ?? nothing}
    format=${args.format || nothing}
    pattern=${args.pattern || nothing}
    locale=${args.locale || nothing}
    src=${args.src || nothing}
    timeout=${args.timeout ?? nothing}
    ?more=${args.more}
    more-href=${args.moreHref || nothing}
    .items=${args.items}
  ></news-teaser-list>
`;

/** The list in a page column, as it sits under a story or in a sidebar. */
const column: Decorator = (story) =>
  html`<div style="max-inline-size: 60rem; margin: 0 auto; padding: 1rem">${story()}</div>`;

// Storybook has no server to be slow or to fail on demand, so this story file slows and fails its
// own feed requests: `?delay=<ms>` (or `forever`) holds a request to stories/assets/feeds/ back,
// `?fail=once` answers the first request of a story with 503 and the next ones with the feed,
// `?fail=always` answers every request with 503.
let failedOnce = false;
const realFetch = window.fetch.bind(window);
const feedTroubles: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (!url.pathname.startsWith(`${feeds}/`)) return realFetch(input, init);
  const fail = url.searchParams.get('fail');
  if (fail === 'always' || (fail === 'once' && !failedOnce)) {
    failedOnce = true;
    return Promise.resolve(new Response('Service Unavailable', { status: 503 }));
  }
  const delay = url.searchParams.get('delay');
  if (delay === null) return realFetch(input, init);
  return new Promise<Response>((resolve, reject) => {
    const timer =
      delay === 'forever' ? undefined : setTimeout(() => resolve(realFetch(input, init)), Number(delay));
    init?.signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(init.signal!.reason);
    });
  });
};
const slowFeeds: Decorator = (story) => {
  window.fetch = feedTroubles;
  failedOnce = false;
  return story();
};

const meta: Meta<Args> = {
  title: 'Components/Teaser list',
  component: 'news-teaser-list',
  subcomponents: { Teaser: 'news-teaser' },
  tags: ['autodocs'],
  decorators: [column],
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact', 'hero', 'ranked'] },
    format: { control: 'select', options: ['', 'full', 'long', 'medium', 'short', 'relative', 'auto'] },
    items: { control: 'object' },
  },
  args: {
    heading: 'More stories',
    layout: 'list',
    format: '',
    pattern: '',
    locale: '',
    src: '',
    items: STORIES,
  },
  render: list,
  parameters: itemsSource<Args>((args) => [['news-teaser-list', args.items]]),
};
export default meta;
type Story = StoryObj<Args>;

/** Teasers written as markup: readable before the script loads, one link per card. */
export const FromMarkup: Story = {
  args: { items: [] },
  render: (args) => html`
    <news-teaser-list heading=${args.heading} layout=${args.layout} limit=${args.limit ?? nothing}>
      <news-teaser
        href="https://news.example.com/2024/08/04/first-gold/"
        headline="Lifter wins the country’s first gold of the Games"
        datetime="2024-08-04T11:20:00Z"
        kicker="Sport"
        label="Live"
        image-src="${assets}/weightlifter-1200x800.jpg"
        excerpt="The country’s first gold medal was won by a 19-year-old from Busan, who lifted 143kg on her final attempt."
      ></news-teaser>
      <news-teaser href="https://news.example.com/2024/08/04/night-ferry/" datetime="2024-08-04T08:05:00Z">
        <span slot="kicker">Local</span>
        <span slot="headline">Harbour city votes to <em>keep</em> its last night ferry</span>
        <span slot="excerpt">The council voted <strong>23 to 9</strong> to keep the 7.40pm crossing.</span>
        <img slot="image" src="${assets}/harbour-800x800.jpg" alt="" />
      </news-teaser>
      <news-teaser
        href="https://partner.example.com/coastal-energy/heat-pumps"
        headline="Heat pumps for terraced houses: what installers say"
        datetime="2024-08-02"
        kicker="Partner content"
        sponsored
        excerpt="A guide from our partner Coastal Energy on what to check before the winter."
      ></news-teaser>
    </news-teaser-list>
  `,
};

export const List: Story = {};

export const Grid: Story = { args: { layout: 'grid', heading: 'Latest' } };

export const Compact: Story = { args: { layout: 'compact', heading: 'Most read', format: 'medium' } };

/** The first story large, the rest beside and below it: a section front. */
export const Hero: Story = { args: { layout: 'hero', heading: 'Top stories' } };

/** A lead without a picture (a story just in, before the photo desk's): its text takes the whole width. */
export const HeroWithoutPicture: Story = {
  args: {
    layout: 'hero',
    heading: 'Top stories',
    items: [...withoutImages(STORIES.slice(1, 2)), STORIES[0]!, ...STORIES.slice(2)],
  },
};

const MOST_READ: TeaserItem[] = [
  {
    headline: 'Harbour city votes to keep its last night ferry',
    href: '/night-ferry',
    labelKind: 'breaking',
  },
  { headline: 'Storm closes the harbour: what we know', href: '/storm', labelKind: 'live' },
  { headline: 'The storm, in pictures', href: '/storm-pictures', media: 'gallery', count: 12 },
  { headline: 'The night ferry is a lifeline, not a luxury', href: '/ferry-opinion', labelKind: 'opinion' },
  {
    headline: 'Lifter wins the country’s first gold of the Games',
    href: '/first-gold',
    media: 'video',
    duration: 95,
  },
];

/** "Most read": an ordered list with large numbers, and when it was last counted. */
export const Ranked: Story = {
  args: { layout: 'ranked', heading: 'Most read', items: MOST_READ, updated: '2024-08-04T14:05:00Z' },
};

/** The same in Arabic (Egypt): numbered ١ to ٥, right to left. */
export const RankedArabic: Story = {
  name: 'Ranked (Arabic)',
  parameters: { direction: 'rtl' },
  args: {
    layout: 'ranked',
    heading: 'الأكثر قراءة',
    locale: 'ar-EG',
    updated: '2024-08-04T14:05:00Z',
    items: [
      {
        headline: 'مجلس المدينة يصوّت على إبقاء العبّارة الليلية الأخيرة',
        href: '/ar/ferry',
        labelKind: 'breaking',
      },
      { headline: 'عاصفة تغلق الميناء: تغطية مباشرة', href: '/ar/storm', labelKind: 'live' },
      { headline: 'العاصفة بالصور', href: '/ar/storm-pictures', media: 'gallery', count: 12 },
      { headline: 'العبّارة الليلية ضرورة لا رفاهية', href: '/ar/opinion', labelKind: 'opinion' },
      { headline: 'رباعة تفوز بأول ذهبية للبلاد', href: '/ar/gold', media: 'video', duration: 95 },
    ],
  },
  render: (args) => html`<div lang="ar" dir="rtl">${list(args)}</div>`,
};

export const WithoutImages: Story = { args: { items: withoutImages(STORIES), heading: 'In brief' } };

export const GridWithoutImages: Story = {
  args: { items: withoutImages(STORIES), layout: 'grid', heading: 'In brief' },
};

/** Shortcodes, entities, "[…]", "Read more »" and "Continue reading": cleaned before they reach a reader. */
export const CmsMessyExcerpts: Story = {
  name: 'Messy CMS excerpts',
  args: { items: MESSY, heading: 'From the CMS' },
};

/** Korean copy: excerpts cut between words, dates and "광고" (sponsored) in Korean. */
export const Korean: Story = {
  args: { items: KOREAN, heading: '관련 기사', format: 'full' },
  render: (args) => html`<div lang="ko">${list(args)}</div>`,
};

export const WithLimit: Story = { args: { limit: 3, heading: 'Three stories' } };

/** Fed by the WordPress REST API (`/wp-json/wp/v2/posts?_embed`), here a recorded response. */
export const FeedWordPress: Story = {
  name: 'Feed: WordPress REST',
  args: { items: [], src: `${feeds}/wordpress-posts.json`, heading: 'Latest from the newsroom' },
};

export const FeedJsonFeed: Story = {
  name: 'Feed: JSON Feed',
  args: { items: [], src: `${feeds}/json-feed.json`, heading: 'Latest', layout: 'grid' },
};

/**
 * A section front's "More stories": the JSON Feed's `next_url` fetched in place, focus on the first
 * new story, no button after the last page. `more-href` is the link a server renders for readers
 * without JavaScript.
 */
export const LoadMore: Story = {
  name: 'Load more',
  args: {
    items: [],
    src: `${feeds}/world-page-1.json`,
    heading: 'World',
    layout: 'compact',
    more: true,
    moreHref: '/world/page/2/',
  },
};

/**
 * Skeletons of the final size while the feed is on its way (this one never arrives: `timeout`, 10
 * seconds by default, is a day here, so the list keeps waiting instead of showing its error).
 */
export const FeedLoading: Story = {
  decorators: [slowFeeds],
  args: {
    items: [],
    src: `${feeds}/wordpress-posts.json?delay=forever`,
    timeout: 86_400_000,
    heading: 'Latest',
    limit: 3,
  },
};

/** A feed that answers after two seconds: watch skeletons turn into stories. */
export const FeedSlow: Story = {
  decorators: [slowFeeds],
  args: {
    items: [],
    src: `${feeds}/wordpress-posts.json?delay=2000`,
    heading: 'Latest',
    limit: 4,
    layout: 'grid',
  },
};

/** The feed is missing: a short message and a Retry button. */
export const FeedError: Story = {
  decorators: [slowFeeds],
  args: { items: [], src: `${feeds}/json-feed.json?fail=always`, heading: 'Latest' },
};

/** The first request fails; "Try again" loads the feed. */
export const FeedErrorThenRetry: Story = {
  name: 'Feed error, then retry',
  decorators: [slowFeeds],
  args: { items: [], src: `${feeds}/json-feed.json?fail=once`, heading: 'Latest' },
};

/** No stories: the `empty` slot says so in the newsroom's words. */
export const Empty: Story = {
  args: { items: [], heading: 'Corrections' },
  render: (args) => html`
    <news-teaser-list heading=${args.heading}>
      <p slot="empty">No corrections this week.</p>
    </news-teaser-list>
  `,
};
