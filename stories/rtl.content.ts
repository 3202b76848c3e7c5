/**
 * What the toolbar's "Right to left" shows: each element's own story args in Arabic (the Arabic
 * story of languages.content.ts), so a reader sees a right-to-left page rather than English text
 * flipped into ".decade" and `”quotes“`. A story that renders fixed English markup has no entry
 * here and stays left to right (.storybook/preview.ts); stories written in an RTL language set
 * `parameters.direction: 'rtl'` themselves.
 */
import type { TeaserItem } from '../src/teaser-list/teaser-list.js';
import { stories } from './languages.content.js';

const ar = stories.ar!;
const assets = '/stories/assets';

const items: TeaserItem[] = [
  {
    headline: ar.headline,
    href: 'https://news.example.com/ar/night-buses/',
    datetime: '2024-08-04T08:05:00Z',
    excerpt: ar.standfirst,
    image: `${assets}/city-800x450.jpg`,
    imageAlt: ar.alt,
    kicker: ar.kicker,
  },
  {
    headline: ar.related[0],
    href: 'https://news.example.com/ar/tram-fares/',
    datetime: '2024-08-03T10:30:00Z',
    excerpt: ar.body[0],
    image: `${assets}/harbour-800x800.jpg`,
    kicker: ar.kicker,
  },
  {
    headline: ar.related[1],
    href: 'https://news.example.com/ar/cycle-lanes/',
    datetime: '2024-08-02T06:00:00Z',
    excerpt: ar.body[1],
    kicker: ar.kicker,
  },
];

export interface RtlContent {
  /** The language the content is written in: the story's wrapper gets this `lang`. */
  lang: string;
  /** Args laid over the story's own (content only: layout and state args are kept). */
  args: Record<string, unknown>;
}

/** Arabic content per element, by tag name (the stories' `component`). */
export const rtlContent: Record<string, RtlContent> = {
  'news-dateline': {
    lang: 'ar',
    args: { locale: 'ar', pattern: '', place: ar.place, timeZone: ar.timeZone, fallback: '١٤ ديسمبر ٢٠١٢' },
  },
  'news-figure': {
    lang: 'ar',
    args: { alt: ar.alt, caption: ar.caption, credit: ar.credit, locale: 'ar' },
  },
  'news-partner-banner': {
    lang: 'ar',
    args: { name: ar.partner, label: '', logoAlt: '', locale: 'ar' },
  },
  'news-teaser': {
    lang: 'ar',
    args: {
      headline: ar.headline,
      excerpt: ar.standfirst,
      kicker: ar.kicker,
      imageAlt: ar.alt,
      label: '',
      locale: 'ar',
    },
  },
  'news-teaser-list': {
    lang: 'ar',
    // A feed story's English feed would come back flipped: the Arabic items stand in for it.
    args: { heading: ar.relatedHeading, items, src: '', locale: 'ar' },
  },
};
