import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/notice/define.js';
import '../src/article/define.js';
import '../src/article-body/define.js';
import '../src/byline/define.js';
import '../src/dateline/define.js';
import type { NoticeType } from '../src/notice/notice.js';
import { storyOption } from './arg-types.js';

interface Args {
  type: NoticeType;
  datetime: string;
  locale: string;
  timeZone: string;
  minAge: string;
  /** Light-DOM text: the notice itself, as readers without JavaScript and crawlers get it. */
  text: string;
}

const CORRECTION =
  'An earlier version of this article said the trial carried 9,000 passengers. It carried 90,000.';

const notice = (args: Partial<Args>) => html`
  <news-notice
    type=${args.type ?? nothing}
    datetime=${args.datetime || nothing}
    locale=${args.locale || nothing}
    time-zone=${args.timeZone || nothing}
    min-age=${args.minAge || nothing}
    >${args.text ? html`<p>${args.text}</p>` : nothing}</news-notice
  >
`;

const meta: Meta<Args> = {
  title: 'Components/Notice',
  component: 'news-notice',
  tags: ['autodocs'],
  argTypes: {
    type: { control: 'select', options: ['correction', 'clarification', 'update', 'editors-note', 'age'] },
    text: storyOption(
      'The notice, written inside the element: what readers without JavaScript and crawlers get.',
    ),
  },
  args: {
    type: 'correction',
    datetime: '2024-03-15T10:00:00Z',
    locale: 'en-GB',
    timeZone: 'Europe/London',
    minAge: '',
    text: CORRECTION,
  },
  render: notice,
};
export default meta;
type Story = StoryObj<Args>;

/** A correction: labelled, dated in a real `<time>`, the newsroom's words below. */
export const Correction: Story = {};

/** A clarification: nothing was wrong, but something read two ways. */
export const Clarification: Story = {
  args: {
    type: 'clarification',
    text: 'This article has been amended to make clear that the night routes run at weekends only.',
  },
};

/** An update: the story moved on after it was published. */
export const Update: Story = {
  args: {
    type: 'update',
    datetime: '2024-03-18',
    text: 'The council has since added routes 3 and 7 to the night service, from 1 May.',
  },
};

/** An editor's note: why the story is told the way it is. */
export const EditorsNote: Story = {
  args: {
    type: 'editors-note',
    datetime: '',
    text: 'Grace Okafor asked that the hospital she works at not be named.',
  },
};

/**
 * The age notice of a story published on 14 December 2012, counted to the reader's clock: it says
 * "more than 13 years old" until 14 December 2026, then 14. The element takes no "now" of its own
 * (a story's age is the reader's date), so this story's number grows once a year; the 2012 date
 * keeps it far past the one-year threshold, so it always shows.
 */
export const Age: Story = {
  args: { type: 'age', datetime: '2012-12-14', text: '' },
};

/**
 * A corrected story: the dateline reads "Corrected" with the correction's date, a link to the
 * notice (its `id`). It works without JavaScript on a server-rendered page: a plain in-page link.
 */
export const CorrectedStory: Story = {
  render: () => html`
    <news-article>
      <h1 slot="headline">Night buses will run until 4am from next month, council confirms</h1>
      <news-byline slot="byline" .authors=${['Amira Hassan', 'Tom Reilly']}></news-byline>
      <news-dateline
        slot="dateline"
        datetime="2024-03-14T09:30:00Z"
        updated="2024-03-15T10:00:00Z"
        correction="#correction"
        time-zone="Europe/London"
        locale="en-GB"
      ></news-dateline>
      <news-article-body>
        <p>
          The council voted on Thursday to make the night service permanent on twelve routes from 1 April.
        </p>
        <p>
          “I finish my shift at two, and until now that meant a taxi I could not afford,” said Grace Okafor, a
          hospital cleaner.
        </p>
        <news-notice id="correction" type="correction" datetime="2024-03-15T10:00:00Z" locale="en-GB"
          ><p>${CORRECTION}</p></news-notice
        >
      </news-article-body>
    </news-article>
  `,
};

/**
 * The seed story, of Friday 14th December 2012, as a reader finds it today: the age notice at the
 * top of the story, counted from the dateline's date (the notice has none of its own). The notice
 * sets no outer margins of its own; a page spaces it as it spaces the story's other blocks.
 */
export const SeedStoryFrom2012: Story = {
  render: () => html`
    <news-article>
      <p slot="kicker">Cities</p>
      <h1 slot="headline">Seoul opens its first riverside cycle path along the Han</h1>
      <news-dateline
        slot="dateline"
        place="Seoul"
        datetime="2012-12-14"
        pattern="{weekday} {dayOrdinal} {month}, {year}"
        locale="en-GB"
        >14 December 2012</news-dateline
      >
      <news-article-body>
        <news-notice type="age" locale="en-GB"></news-notice>
        <p>The 41 km path from Gangseo to Gangdong opened on Friday, three months ahead of schedule.</p>
      </news-article-body>
    </news-article>
  `,
};

/** Arabic, right to left: the label, the date and the rule at the start edge, on the right. */
export const Arabic: Story = {
  parameters: { direction: 'rtl' },
  render: () => html`
    <news-notice
      type="correction"
      datetime="2024-08-05T09:00:00Z"
      lang="ar"
      dir="rtl"
      time-zone="Africa/Cairo"
      ><p>ذكرت نسخة سابقة من هذا المقال أن التجربة نقلت 9 آلاف راكب، والصحيح 90 ألف راكب.</p></news-notice
    >
  `,
};

/** Japanese: 訂正 and the date the Japanese way. */
export const Japanese: Story = {
  render: () => html`
    <news-notice type="correction" datetime="2024-03-15T10:00:00+09:00" lang="ja" time-zone="Asia/Tokyo"
      ><p>当初の記事で、試験運行の利用者数を9000人としていましたが、9万人の誤りでした。</p></news-notice
    >
  `,
};
