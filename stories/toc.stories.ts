import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/toc/define.js';
import '../src/article/define.js';
import '../src/article-body/define.js';
import '../src/dateline/define.js';

interface Args {
  minHeadings: number;
  locale: string;
}

/** The night-bus story, in sections: what a reader of a long piece jumps between. */
const english = html`
  <p>
    The council voted on Thursday to make the night service permanent on twelve routes from 1 April, after a
    six-month trial that carried 90,000 passengers.
  </p>
  <h2>What the council decided</h2>
  <p>Councillors voted 31 to 12 for the plan, which the transport committee had put forward in January.</p>
  <h3>The twelve routes</h3>
  <p>
    Every route starts from Piccadilly Gardens, with buses every 20 minutes until 4am on Fridays and
    Saturdays.
  </p>
  <h3>What it will cost</h3>
  <p>The service will cost £2.4m a year, paid from the parking levy rather than from fares.</p>
  <h2>Who rides at night</h2>
  <p>
    “I finish my shift at two, and until now that meant a taxi I could not afford,” said Grace Okafor, a
    hospital cleaner.
  </p>
  <h3>Shift workers</h3>
  <p>Two in three trial passengers were travelling to or from work, the council’s survey found.</p>
  <h2>What happens next</h2>
  <p>Timetables will be published on 15 March; the council will review the service after a year.</p>
`;

const arabic = html`
  <p>وافق المجلس المحلي يوم الخميس على جعل الخدمة الليلية دائمة اعتبارًا من الأول من أبريل.</p>
  <h2>ما الذي قرره المجلس</h2>
  <p>صوّت 31 عضوًا لصالح الخطة مقابل 12، بعد تجربة استمرت ستة أشهر.</p>
  <h3>الخطوط الاثنا عشر</h3>
  <p>تنطلق الخطوط كلها من محطة مصر، بحافلة كل عشرين دقيقة حتى الرابعة فجرًا.</p>
  <h2>من يركب ليلًا</h2>
  <p>«تنتهي نوبتي في الثانية، وكان ذلك يعني حتى الآن سيارة أجرة لا أقدر على ثمنها»، تقول منى عبد الله.</p>
  <h2>ما الخطوة التالية</h2>
  <p>تُنشر الجداول في منتصف مارس، ويراجع المجلس الخدمة بعد عام.</p>
`;

const korean = html`
  <p>부산시의회는 목요일 4월 1일부터 심야버스를 정식 운행하기로 의결했다.</p>
  <h2>시의회가 의결한 내용</h2>
  <p>시범 운행 기간 9만 명이 이용한 12개 노선이 주말 밤새 달린다.</p>
  <h3>12개 노선</h3>
  <p>모든 노선은 서면에서 출발하며 새벽 4시까지 20분 간격으로 운행한다.</p>
  <h2>누가 심야버스를 타나</h2>
  <p>병원 청소 노동자 김순자 씨는 “지금까지는 감당하기 힘든 택시비를 내야 했다”고 말했다.</p>
  <h2>앞으로의 일정</h2>
  <p>시간표는 3월 15일 공개되며, 시는 1년 뒤 운행 실적을 검토한다.</p>
`;

const japanese = html`
  <p>大阪市議会は木曜日、4月1日から深夜バスを本格運行することを可決した。</p>
  <h2>市議会の決定</h2>
  <p>試験運行で9万人が利用した12路線が、週末は夜通し走る。</p>
  <h3>12路線の概要</h3>
  <p>全路線が梅田を起点とし、午前4時まで20分間隔で運行する。</p>
  <h2>夜間の利用者</h2>
  <p>病院で清掃の仕事をする田中裕子さんは「これまでは払えないタクシー代がかかっていた」と話す。</p>
  <h2>今後の予定</h2>
  <p>時刻表は3月15日に公表され、市は1年後に運行状況を検証する。</p>
`;

/** Contents for the body whose id is `body`, then that body, set apart as `<news-article>` sets them. */
const withBody = (args: Args, id: string, lang: string, body: TemplateResult) => html`
  <div lang=${lang}>
    <news-toc
      for=${id}
      min-headings=${args.minHeadings}
      locale=${args.locale || nothing}
      style="margin-block-end: 1.5rem"
    ></news-toc>
    <news-article-body id=${id}>${body}</news-article-body>
  </div>
`;

const meta: Meta<Args> = {
  title: 'Components/Contents',
  component: 'news-toc',
  tags: ['autodocs'],
  args: { minHeadings: 3, locale: '' },
  render: (args) => withBody(args, 'toc-story-alone', 'en-GB', english),
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Above the story it lists (`for` names the body): on a phone a closed "Jump to", on a wide
 * screen an open list. Scroll the story: the section being read is marked.
 */
export const Alone: Story = {};

/** In `<news-article>`, above the body: it scrolls away with the text rather than covering it. */
export const InAStoryPage: Story = {
  render: (args) => html`
    <news-article lang="en-GB">
      <span slot="kicker">Transport</span>
      <h1 slot="headline">Night buses will run until 4am from next month, council confirms</h1>
      <news-dateline slot="dateline" datetime="2026-03-12T09:30:00Z" locale="en-GB"></news-dateline>
      <news-toc min-headings=${args.minHeadings}></news-toc>
      <news-article-body>${english}</news-article-body>
    </news-article>
  `,
};

/**
 * In a side column as tall as the story (a grid item stretches): on a wide screen the list stays in
 * view while the story scrolls, below `--news-toc-sticky-top`.
 */
export const InASideColumn: Story = {
  render: (args) => html`
    <style>
      .toc-story-columns {
        display: grid;
        gap: 2rem;
      }
      @media (min-width: 64rem) {
        .toc-story-columns {
          grid-template-columns: 14rem minmax(0, 1fr);
        }
      }
    </style>
    <div class="toc-story-columns" lang="en-GB" style="--news-toc-sticky-top: 1rem">
      <news-toc for="toc-story-side" min-headings=${args.minHeadings}></news-toc>
      <news-article-body id="toc-story-side">${english}${english}</news-article-body>
    </div>
  `,
};

/** Arabic, right to left: the mark's bar on the right, the ids in Arabic letters. */
export const Arabic: Story = {
  render: (args) => withBody(args, 'toc-story-arabic', 'ar', arabic),
  parameters: { direction: 'rtl' },
};

/** Korean: "목차" and "바로 가기", and ids such as `#시의회가-의결한-내용`. */
export const Korean: Story = {
  render: (args) => withBody(args, 'toc-story-korean', 'ko', korean),
};

/** Japanese: "目次", and ids such as `#市議会の決定`. */
export const Japanese: Story = {
  render: (args) => withBody(args, 'toc-story-japanese', 'ja', japanese),
};

/** A short story with two subheadings (fewer than `min-headings`): nothing is drawn. */
export const TooFewHeadings: Story = {
  render: (args) =>
    withBody(
      args,
      'toc-story-short',
      'en-GB',
      html`<h2>What the council decided</h2>
        <p>Councillors voted 31 to 12 for the plan.</p>
        <h2>What happens next</h2>
        <p>Timetables will be published on 15 March.</p>`,
    ),
};
