import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/teaser-list/define.js';
import type { TeaserItem } from '../src/teaser-list/teaser-list.js';
import { itemsSource } from './source.js';

const assets = '/stories/assets';
const story = (
  slug: string,
  headline: string,
  kicker: string,
  hours: number,
  image?: string,
): TeaserItem => ({
  headline,
  href: `https://news.example.com/2024/08/${slug}/`,
  datetime: new Date(Date.UTC(2024, 7, 4, 12) - hours * 3_600_000).toISOString(),
  kicker,
  ...(image && { image: `${assets}/${image}`, imageAlt: '' }),
});

/** One newsroom's stories, as three feeds of the same CMS would hand them out (overlapping). */
const latest: TeaserItem[] = [
  story(
    'first-gold',
    'Lifter wins the country’s first gold of the Games',
    'Sport',
    1,
    'weightlifter-1200x800.jpg',
  ),
  story('night-ferry', 'Harbour city votes to keep its last night ferry', 'Local', 3, 'harbour-800x800.jpg'),
  story(
    'market-rents',
    'Market traders fear rent rise after renovation',
    'Business',
    5,
    'market-1200x1600.jpg',
  ),
  story('bus-routes', 'Three new routes link the ferry terminal to the old town', 'Transport', 6),
  story('school-meals', 'Free school meals extended to every primary pupil', 'Education', 8),
  story('pier-repairs', 'Storm damage: pier repairs to take a year', 'Local', 9),
  story('library', 'Old town library reopens after two years', 'Culture', 11),
  story('rowing', 'Rowing club’s new boathouse opens to the public', 'Sport', 12),
];
// "Most read" and the section's own feed repeat stories of the latest one, with their links
// written other ways (a trailing slash, tracking), as feeds do.
const mostRead = [
  latest[1]!,
  { ...latest[0]!, href: `${latest[0]!.href}?utm_source=most-read` },
  latest[4]!,
  latest[6]!,
  latest[7]!,
];
const local = [
  latest[5]!,
  latest[1]!,
  latest[3]!,
  latest[6]!,
  story('tide-times', 'Tide times change for the summer crossings', 'Local', 14),
];

/**
 * A section front puts several teaser lists (`<news-teaser-list>`) on one page, often fed by feeds
 * that overlap. Four attributes make them one front:
 *
 * - **`dedupe-group`**: lists with the same group (`"front"`) never show one story twice. Each skips
 *   the stories that the lists before it in the page show (the same link, whatever its `#fragment`,
 *   `utm_` parameters or trailing slash; the headline when a story has no link) and fills its
 *   `limit` from the rest of its own. Feeds may arrive in any order: when an earlier list's stories
 *   change, the lists after it draw again. Lists from `items` and from feeds take part; teasers
 *   written as `<news-teaser>` markup do not.
 * - **`dedupe="off"`** takes a list out of its group: it shows all its stories, as a "Most read"
 *   ranking must.
 * - **`more`** adds a "More stories" button under the list. Each press shows `limit` more stories
 *   (the whole next page without a `limit`): first those the limit held back, then the feed's next
 *   page (JSON Feed `next_url`, WordPress `?page=N`; RSS and Atom have no pages). They are added
 *   below, focus moves to the first new story, and the button goes at the last page.
 *   **`more-href`** is the section's own next page (`/world/page/2/`): without JavaScript the
 *   button is a real link to it; with JavaScript a plain click shows more in place.
 * - **`refresh="60"`** fetches a list's feed (`src`) again every 60 seconds (at least 15), only while
 *   the page is shown and the list is on screen. New stories go at the top and screen readers hear
 *   "2 new stories"; while focus is in the list or the reader has scrolled into its stories, the new
 *   ones wait, so nothing moves under the reader.
 *
 * "Deduplicated Front" is three lists from `items`; "Front Page" is five lists from three feeds. The
 * attributes are in the Teaser list's docs, under Components.
 */
const meta: Meta = {
  title: 'Guides/Section front',
  tags: ['autodocs'],
};
export default meta;

/**
 * Three lists of one `dedupe-group`: each skips the stories the lists above it show and fills its
 * `limit` from the rest of its own, so a reader never meets one story twice on the front.
 */
export const DeduplicatedFront: StoryObj = {
  // Every story a list can show written out, so the pasted front fills each `limit` as this one
  // does: "Top stories" shows its first three, the other lists need all five of theirs.
  parameters: itemsSource(
    () => [
      ['news-teaser-list[heading="Top stories"]', latest.slice(0, 3)],
      ['news-teaser-list[heading="Most read"]', mostRead],
      ['news-teaser-list[heading="Local"]', local],
    ],
    { shown: 5 },
  ),
  render: () =>
    html`<div style="display: grid; gap: 2rem">
      <news-teaser-list
        heading="Top stories"
        layout="hero"
        limit="3"
        dedupe-group="front"
        .items=${latest}
      ></news-teaser-list>
      <news-teaser-list
        heading="Most read"
        layout="compact"
        limit="3"
        dedupe-group="front"
        .items=${mostRead}
      ></news-teaser-list>
      <news-teaser-list heading="Local" limit="3" dedupe-group="front" .items=${local}></news-teaser-list>
    </div>`,
};

const feeds = `${assets}/feeds`;

/**
 * A front page: five lists from three feeds (the site's WordPress posts, its latest stories as a
 * JSON Feed, the World section's paged JSON Feed), in one `dedupe-group`. "Latest" refreshes every
 * minute while on screen, "World" pages on with "More stories", "Most read" keeps its ranking whole
 * (`dedupe="off"`), and "In brief" takes what "Latest" left of the same feed.
 */
export const FrontPage: StoryObj = {
  render: () =>
    html`<style>
        .front {
          display: grid;
          gap: 2rem 3rem;
          max-inline-size: 76rem;
          margin-inline: auto;
        }
        @media (min-width: 60rem) {
          .front {
            grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr);
          }
          .front .side {
            grid-column: 2;
            grid-row: 1 / span 2;
          }
        }
        .front > div {
          display: grid;
          gap: 2rem;
          align-content: start;
        }
      </style>
      <div class="front">
        <div>
          <news-teaser-list
            heading="Top stories"
            layout="hero"
            limit="3"
            dedupe-group="front"
            src="${feeds}/wordpress-posts.json"
          ></news-teaser-list>
          <news-teaser-list
            heading="World"
            layout="grid"
            limit="2"
            more
            more-href="https://news.example.com/world/page/2/"
            dedupe-group="front"
            src="${feeds}/world-page-1.json"
          ></news-teaser-list>
        </div>
        <div class="side">
          <news-teaser-list
            heading="Latest"
            layout="compact"
            limit="4"
            refresh="60"
            dedupe-group="front"
            src="${feeds}/front-latest.json"
          ></news-teaser-list>
          <news-teaser-list
            heading="Most read"
            layout="ranked"
            limit="5"
            dedupe="off"
            src="${feeds}/wordpress-posts.json"
          ></news-teaser-list>
          <news-teaser-list
            heading="In brief"
            layout="compact"
            limit="3"
            dedupe-group="front"
            src="${feeds}/front-latest.json"
          ></news-teaser-list>
        </div>
      </div>`,
};
