import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/dateline/define.js';
import type { DatelineFormat } from '../src/dateline/dateline.js';
import { storyOption } from './arg-types.js';

interface Args {
  datetime: string;
  format: DatelineFormat;
  pattern: string;
  locale: string;
  timeZone: string;
  altCalendar: string;
  updatedAt: string;
  updatedLabel: string;
  place: string;
  /** Light-DOM text: what shows before the script runs, and whenever the date is not usable. */
  fallback: string;
}

const HOUSE = '{weekday} {dayOrdinal} {month}, {year}';
const MINUTE = 60_000;
/** An ISO date-time `ms` before the moment the story renders. */
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

const dateline = (args: Partial<Args>) => html`
  <news-dateline
    datetime=${args.datetime ?? nothing}
    format=${args.format || nothing}
    pattern=${args.pattern || nothing}
    locale=${args.locale || nothing}
    time-zone=${args.timeZone || nothing}
    alt-calendar=${args.altCalendar || nothing}
    updated=${args.updatedAt || nothing}
    updated-label=${args.updatedLabel || nothing}
    place=${args.place || nothing}
    >${args.fallback ?? ''}</news-dateline
  >
`;

const meta: Meta<Args> = {
  title: 'Components/Dateline',
  component: 'news-dateline',
  tags: ['autodocs'],
  argTypes: {
    fallback: storyOption(
      'Text written inside the element: shown before the script runs and when the date is unusable.',
    ),
    format: { control: 'select', options: ['full', 'long', 'medium', 'short', 'relative', 'auto'] },
    timeZone: {
      control: 'select',
      options: ['', 'UTC', 'Asia/Seoul', 'Europe/London', 'America/Los_Angeles'],
    },
    altCalendar: {
      control: 'select',
      options: ['', 'persian', 'islamic-umalqura', 'hebrew', 'japanese', 'buddhist', 'chinese'],
    },
  },
  args: {
    datetime: '2012-12-14',
    format: 'long',
    pattern: HOUSE,
    locale: 'en-GB',
    timeZone: '',
    altCalendar: '',
    updatedAt: '',
    updatedLabel: '',
    place: '',
    fallback: '14 December 2012',
  },
  render: dateline,
};
export default meta;
type Story = StoryObj<Args>;

/** The house style the library was commissioned from: "Friday 14th December, 2012". */
export const HouseStyle: Story = {};

/**
 * Every `format` for one story published 40 minutes before the page loaded: the four Intl date
 * styles, `relative`, and `auto` (relative for a day, then `long`).
 */
export const EveryFormat: Story = {
  render: (args) => {
    const datetime = ago(40 * MINUTE);
    const formats: DatelineFormat[] = ['full', 'long', 'medium', 'short', 'relative', 'auto'];
    return html`
      <dl style="display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem 1.5rem; margin: 0">
        ${formats.map(
          (format) => html`
            <dt><code>${format}</code></dt>
            <dd style="margin: 0">${dateline({ ...args, datetime, format, pattern: '', fallback: '' })}</dd>
          `,
        )}
      </dl>
    `;
  },
};

/**
 * A live blog: each entry's time keeps itself current (the second turns "1 hour ago" ten seconds
 * after loading). One clock drives them all, and pauses for entries scrolled out of view. Hover a
 * time for the full date and time.
 */
export const RelativeLive: Story = {
  args: { format: 'relative', pattern: '' },
  render: (args) => {
    const entries: [number, string][] = [
      [20_000, 'Han River authorities lift the flood warning for Mapo and Yeongdeungpo districts.'],
      [59 * MINUTE + 50_000, 'Seoul Metro resumes Line 9 services between Dangsan and Yeouido.'],
      [3 * 60 * MINUTE, 'Rainfall at Seoul station passed 110 mm in an hour, the weather agency says.'],
      [
        27 * 60 * MINUTE,
        'The Korea Meteorological Administration issues a heavy rain warning for the capital.',
      ],
    ];
    return html`
      <ol style="list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; max-inline-size: 40rem">
        ${entries.map(
          ([age, text]) => html`
            <li>
              ${dateline({ ...args, datetime: ago(age), fallback: '' })}
              <p style="margin: 0.25rem 0 0">${text}</p>
            </li>
          `,
        )}
      </ol>
    `;
  },
};

/** A correction later in the day: "Updated …" in the same house style, with the time. */
export const Updated: Story = {
  args: {
    datetime: '2012-12-14T09:00:00+09:00',
    updatedAt: '2012-12-14T18:45:00+09:00',
    timeZone: 'Asia/Seoul',
    pattern: `${HOUSE}, {hour}:{minute}`,
    // The whole line the dateline prints: a shorter one grows when the script runs.
    fallback: 'Friday 14th December, 2012, 09:00 · Updated\u00a018:45',
  },
};

/** The update label replaced through the `updated-label` slot. */
export const CorrectedLabel: Story = {
  args: { ...Updated.args },
  render: (args) => html`
    <news-dateline
      datetime=${args.datetime}
      updated=${args.updatedAt}
      time-zone=${args.timeZone}
      pattern=${args.pattern}
      locale=${args.locale}
      >Friday 14th December, 2012, 09:00 ·
      <span slot="updated-label">Corrected</span>&nbsp;18:45</news-dateline
    >
  `,
};

/** The classic wire dateline: the place in capitals, then the date, above the first paragraph. */
export const Place: Story = {
  args: { place: 'Seoul', datetime: '2012-12-14T23:30:00Z', timeZone: 'Asia/Seoul' },
  render: (args) => html`
    <article style="max-inline-size: 40rem">
      <h2 style="margin: 0 0 0.5rem">North Korea puts satellite into orbit, defying warnings</h2>
      ${dateline(args)}
      <p>
        The launch, the country’s second attempt this year, drew condemnation from Seoul, Tokyo and Washington
        within the hour. “We are assessing what was placed in orbit,” a defence ministry spokesman said.
      </p>
    </article>
  `,
};

/**
 * 23:30 UTC on 14 December is already Saturday morning on the Seoul desk and still Friday
 * afternoon in Los Angeles: `time-zone` decides which date the reader sees. The `<time datetime>`
 * is the same instant in both.
 */
export const TimeZones: Story = {
  args: { datetime: '2012-12-14T23:30:00Z', pattern: `${HOUSE}, {hour}:{minute} {timeZoneName}` },
  render: (args) => html`
    <dl style="display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem 1.5rem; margin: 0">
      <dt>Seoul desk</dt>
      <dd style="margin: 0">${dateline({ ...args, timeZone: 'Asia/Seoul', fallback: '' })}</dd>
      <dt>Los Angeles desk</dt>
      <dd style="margin: 0">${dateline({ ...args, timeZone: 'America/Los_Angeles', fallback: '' })}</dd>
    </dl>
  `,
};

/** Korean: the `full` style, the place and the localised "수정" (updated) label. */
export const Korean: Story = {
  args: {
    locale: 'ko',
    format: 'full',
    pattern: '',
    datetime: '2012-12-14',
    updatedAt: '2012-12-15',
    place: '서울',
    fallback: '2012년 12월 14일',
  },
  render: (args) => html`
    <article lang="ko" style="max-inline-size: 40rem">
      <h2 style="margin: 0 0 0.5rem">서울시, 한강 수위 낮아져 홍수경보 해제</h2>
      ${dateline(args)}
    </article>
  `,
};

/** Arabic, right to left, with Arabic-Indic digits (`ar-EG`); `<time datetime>` stays ISO. */
export const Arabic: Story = {
  parameters: { direction: 'rtl' },
  args: {
    locale: 'ar-EG',
    format: 'full',
    pattern: '',
    datetime: '2012-12-14',
    updatedAt: '2012-12-15',
    place: 'القاهرة',
    fallback: '١٤ ديسمبر ٢٠١٢',
  },
  render: (args) => html`
    <article lang="ar" dir="rtl" style="max-inline-size: 40rem">
      <h2 style="margin: 0 0 0.5rem">المصريون يصوتون على مشروع الدستور الجديد</h2>
      ${dateline(args)}
    </article>
  `,
};

/**
 * Persian and Pashto datelines as BBC Persian and BBC Pashto print them: the Solar Hijri date, a
 * dash, then the Gregorian date, in Persian digits and right to left (`alt-calendar="persian"`).
 * One `<time datetime>` carries the ISO date for machines. Pashto takes `{day} {month} {year}`,
 * the order BBC Pashto prints. Chromium has no Pashto date names in its Intl: there the Pashto line
 * falls back to the page's language (with a console warning); Firefox and Safari print it.
 */
export const PersianAndPashto: Story = {
  parameters: { direction: 'rtl' },
  args: { datetime: '2012-12-14T09:30:00Z', timeZone: 'Asia/Kabul', altCalendar: 'persian', pattern: '' },
  render: (args) => html`
    <div style="display: grid; gap: 1.5rem; max-inline-size: 40rem">
      <article lang="fa" dir="rtl">
        <h2 style="margin: 0 0 0.5rem">برف زمستانی راه‌های شمال تهران را بست</h2>
        ${dateline({ ...args, locale: 'fa', fallback: '۲۴ آذر ۱۳۹۱' })}
      </article>
      <article lang="ps" dir="rtl">
        <h2 style="margin: 0 0 0.5rem">کابل: د ژمي لومړۍ واوره</h2>
        ${dateline({ ...args, locale: 'ps', pattern: '{day} {month} {year}', fallback: '۲۴ لیندۍ ۱۳۹۱' })}
      </article>
    </div>
  `,
};

/**
 * Eras and other calendars: the Japanese era through `{era}` (平成24年), the Chinese calendar's
 * year (`{year}{yearName}年`, as its long date prints it), an Umm al-Qura Hijri date beside the
 * Gregorian one as Saudi papers print it, and a Hebrew date. `{dayOrdinal}` is 1er in French.
 */
export const ErasAndCalendars: Story = {
  args: { datetime: '2012-12-01', pattern: '' },
  render: (args) => html`
    <dl style="display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem 1.5rem; margin: 0">
      <dt>ja-JP-u-ca-japanese</dt>
      <dd style="margin: 0">
        ${dateline({ ...args, locale: 'ja-JP-u-ca-japanese', pattern: '{era}{year}年{monthNumeric}月{day}日' })}
      </dd>
      <dt>zh-u-ca-chinese</dt>
      <dd style="margin: 0">
        ${dateline({ ...args, locale: 'zh-u-ca-chinese', pattern: '{year}{yearName}年{month}' })}
      </dd>
      <dt>ar-SA, islamic-umalqura</dt>
      <dd style="margin: 0" dir="rtl">
        ${dateline({ ...args, locale: 'ar-SA-u-ca-gregory', altCalendar: 'islamic-umalqura', format: 'full' })}
      </dd>
      <dt>en-GB, hebrew</dt>
      <dd style="margin: 0">${dateline({ ...args, locale: 'en-GB', altCalendar: 'hebrew' })}</dd>
      <dt>fr</dt>
      <dd style="margin: 0">
        ${dateline({ ...args, locale: 'fr', pattern: '{weekday} {dayOrdinal} {month} {year}' })}
      </dd>
    </dl>
  `,
};

/**
 * A CMS sent "yesterday" instead of a date: the text written inside the element stays, exactly
 * as it read before the script loaded, and the console says which attribute is wrong.
 */
export const BadDateFallback: Story = {
  parameters: { expectedWarnings: ['datetime="yesterday"'] },
  args: { datetime: 'yesterday', place: 'Busan', fallback: 'Friday 14 December 2012' },
};

/** Restyled through its custom properties and the `place` part, following the theme's tokens. */
export const Themed: Story = {
  args: { place: 'Seoul', updatedAt: '2012-12-15', pattern: '{weekdayShort} {day} {monthShort} {year}' },
  render: (args) => html`
    <style>
      .dateline-themed news-dateline {
        --news-dateline-color: var(--news-color-text);
        --news-dateline-font: var(--news-font-body, Georgia, serif);
        --news-dateline-font-size: 1rem;
        --news-dateline-place-color: var(--news-color-accent, #b3261e);
        --news-dateline-place-font-weight: 800;
        padding-block: 0.5rem;
        border-block: 1px solid var(--news-color-border, #d6d3cc);
      }
      .dateline-themed news-dateline::part(updated-label) {
        font-style: italic;
      }
    </style>
    <div class="dateline-themed" style="max-inline-size: 40rem">${dateline(args)}</div>
  `,
};
