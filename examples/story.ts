// The story page every framework example renders (Vue, Svelte, Angular): the same data in three
// frameworks, so test/frameworks.test.ts reads each page against one source. Images are imported
// as modules, as an app would: each bundler copies the file and returns its URL.
import type { TeaserItem } from 'news-elements/classes';
import ferry from '../stories/assets/city-800x450.jpg';
import pier from '../stories/assets/harbour-800x800.jpg';
import harbourBank from '../stories/assets/logo-harbour-bank.svg';

export const story = {
  kicker: 'Local',
  headline: 'Harbour city votes to keep its last night ferry',
  standfirst: 'Councillors overturned the closure after more than 4,000 residents wrote in.',
  byline: 'By Min-ji Park and Omar Haddad',
  // The house pattern, printed in the newsroom's time zone: "Tuesday 14th May, 2024".
  datetime: '2024-05-14T08:30:00Z',
  pattern: '{weekday} {dayOrdinal} {month}, {year}',
  timeZone: 'Asia/Seoul',
  place: 'Busan',
  lead: {
    src: ferry,
    alt: 'A ferry leaving the north pier at dusk, city towers behind it',
    width: 800,
    height: 450,
    caption: 'The 7.40pm ferry leaving the north pier',
    credit: 'Min-ji Park',
  },
  body: [
    'The council voted 23 to 9 on Tuesday to keep the 7.40pm crossing, the last boat of the day between the north pier and the islands.',
    '“We heard from nurses, bakers and students who have no other way home,” said the transport committee chair, Soo-ah Lee.',
    'The operator had said the route lost money on four nights out of seven. The council will cover the gap for two years.',
  ],
  // The logo file is 240 × 60: the banner reserves that box before it loads.
  partner: { name: 'Harbour Bank', href: 'https://bank.example.com/', logo: harbourBank },
};

/** The related stories, as data: `items` is an array, so every framework binds it as a property. */
export const related: TeaserItem[] = [
  {
    headline: 'Island school gets its first new boat in 30 years',
    href: '/2024/05/island-school-boat',
    datetime: '2024-05-12T09:00:00Z',
    // A CMS excerpt as WordPress sends it: the element cleans it.
    excerpt:
      '[caption id="" align="alignnone" width="600"] Pupils on the pier / Harbour Herald[/caption] Pupils on Geoje crossed to the mainland on Monday in a boat the whole island paid for &hellip; [Read more]',
    image: pier,
    imageAlt: 'Children in life jackets on a small pier',
    kicker: 'Education',
  },
  {
    headline: 'Night buses to run until 2am from June',
    href: '/2024/05/night-buses',
    datetime: '2024-05-10T17:30:00Z',
    excerpt: 'Three new routes will link the ferry terminal with the university and the hospital.',
    kicker: 'Transport',
  },
  {
    headline: 'Fish market’s dawn auction returns after three months',
    href: '/2024/05/dawn-auction',
    datetime: '2024-05-09T21:00:00Z',
    excerpt: 'Traders said they hoped the buyers would come back with it.',
  },
];

/** What the page says about the lead photo: the figure's `news-figure-load` and `news-figure-error` events. */
export function photoStatus(event: CustomEvent<{ src: string }>): string {
  return event.type === 'news-figure-load'
    ? `Lead photo loaded: ${event.detail.src.split('/').pop()}`
    : 'Lead photo unavailable';
}
