import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/article-body/define.js';
import '../src/figure/define.js';
import { grantEmbeds } from '../src/internal/consent.js';

const assets = '/stories/assets';

interface Args {
  html: string;
  allowEmbeds: string;
  dropCap: boolean;
}

const body = (args: Args, markup: TemplateResult | typeof nothing = nothing) => html`
  <news-article-body ?drop-cap=${args.dropCap} allow-embeds=${args.allowEmbeds || nothing} .html=${args.html}
    >${markup}</news-article-body
  >
`;

const meta: Meta<Args> = {
  title: 'Components/Article body',
  component: 'news-article-body',
  tags: ['autodocs'],
  args: { html: '', allowEmbeds: '', dropCap: false },
  argTypes: {
    html: { control: 'text', description: 'The CMS’s HTML (untrusted): converted and sanitised.' },
  },
  render: (args) => body(args),
};
export default meta;
type Story = StoryObj<Args>;

const district = html`
  <p>
    Seoul’s city council voted on Thursday to build 40,000 homes on the north bank of the Han River, ending a
    decade-long argument over one of the last open sites in the city — and to keep the old Seongsan fuel depot
    standing at its centre as a public archive of the city’s working past.
  </p>
  <p>
    “We were told for years that this land was worth more empty than used,” said
    <a href="https://example.com/council/park-ji-won">Park Ji-won</a>, who chairs the council’s planning
    committee. “Today we decided it is worth more to the people who live next to it.”
  </p>
`;

/** Every element a story body uses, as the newsroom writes it: the element only adds typography. */
export const EveryElement: Story = {
  render: (args) =>
    body(
      args,
      html`
        ${district}
        <h2>A decade of plans</h2>
        <p>
          The vote, 31 to 12, followed three public hearings. At the last, more than 400 residents of Mangwon
          and Seongsan filled the council chamber and the corridor outside it.
        </p>
        <blockquote>
          <p>
            The site has been fenced off for as long as my children have been alive. They deserve to see
            inside.
          </p>
          <footer>— Lee Seo-yeon, a resident of Mangwon-dong</footer>
        </blockquote>
        <h3>What was approved</h3>
        <ul>
          <li>
            40,000 homes, a third of them <strong>public rental flats</strong>, in towers of up to 35 floors.
          </li>
          <li>
            A tram line to Hongik University station, with
            <a href="https://example.com/transport/tram">three stops on the site</a>:
            <ul>
              <li>Seongsan Depot</li>
              <li>Riverside Park</li>
            </ul>
          </li>
          <li>The depot’s five storage tanks, three of which will house the archive.</li>
        </ul>
        <figure class="pull-quote">
          <blockquote><p>“We are being asked to trust drawings.”</p></blockquote>
          <figcaption>Choi Hyun-woo, councillor, People Power Party</figcaption>
        </figure>
        <h3>What happens next</h3>
        <ol>
          <li>Soil clean-up on the depot site begins in spring 2027.</li>
          <li>The first residents move in from 2030.</li>
          <li>The archive opens its first hall to visitors in <time datetime="2028">2028</time>.</li>
        </ol>
        <news-figure
          src="${assets}/city-800x450.jpg"
          alt="Illustration: dark apartment towers against an orange dusk sky"
          width="800"
          height="450"
          caption="The new towers will rise to the west of the existing Sangam blocks."
          credit="Illustration: Seoul Metropolitan Government"
        ></news-figure>
        <h4>The vote by party</h4>
        <table>
          <caption>
            Council vote on the Seongsan district plan, 12 March
          </caption>
          <thead>
            <tr>
              <th scope="col">Party</th>
              <th scope="col">For</th>
              <th scope="col">Against</th>
              <th scope="col">Absent</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Democratic Party</th>
              <td>24</td>
              <td>2</td>
              <td>1</td>
            </tr>
            <tr>
              <th scope="row">People Power Party</th>
              <td>7</td>
              <td>10</td>
              <td>0</td>
            </tr>
          </tbody>
        </table>
        <hr />
        <p>
          The plan’s costs, <mark>estimated at ₩4.2tn</mark> (about $3.1bn), will be shared with the national
          <abbr title="Land and Housing Corporation">LH</abbr>. Emissions from the tram line are put at 1.2 t
          CO<sub>2</sub> a year per stop; the archive’s roof will carry 2,400 m<sup>2</sup> of solar panels.
          The council publishes its votes as open data (<code>votes-2026-03.csv</code>).
        </p>
        <pre><code>motion,for,against,abstain
seongsan-district,31,12,2</code></pre>
        <dl>
          <dt>Seongsan depot</dt>
          <dd>Five fuel tanks built in 1976 for the city’s emergency reserve, closed in 2000.</dd>
        </dl>
        <p><small>This article was amended on 12 March to correct the number of tanks.</small></p>
      `,
    ),
};

/** The first paragraph opens with a large initial letter. */
export const DropCap: Story = {
  args: { dropCap: true },
  render: EveryElement.render,
};

const wordpress = `[caption id="attachment_4127" align="alignnone" width="1200"]<img class="size-full wp-image-4127" src="${assets}/weightlifter-1200x800.jpg" alt="Illustration: a weightlifter holds a barbell above her head" width="1200" height="800" /> Champion lifter Choi Ye-jin after her lift &amp; the crowd’s reply / Still from a broadcaster[/caption]

The country&#8217;s first gold medal of the Games was won on Sunday by a 19-year-old from Busan, who lifted 142kg in the clean and jerk &#8211; a national record.
<p>&nbsp;</p>
[vc_row][vc_column][vc_column_text]&#8220;I didn&#8217;t look at the scoreboard,&#8221; she said afterwards. &#8220;I looked at my coach, and he was crying.&#8221;[/vc_column_text][/vc_column][/vc_row]

[gallery ids="4128,4129,4130" columns="3"]

Her coach, Kim Dong-hyun, said the lift was the heaviest she had attempted in competition.
<blockquote>She trained through the winter in a gym without heating. Nobody outside Busan knew her name.</blockquote>
[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]

<p style="color:red" onclick="alert('x')">Tickets for the medal parade on Friday are free; <a href="javascript:alert(1)">register here</a> or at <a href="https://example.com/parade" target="_blank">the city’s site</a>.</p>
<script>document.title = 'pwned'</script>
[contact-form-7 id="12" title="Send us your tips"]`;

/**
 * Straight from WordPress: a caption shortcode, page-builder wrappers, a gallery, an embed, spacer
 * paragraphs, double-encoded entities and a script. What is safe is converted, the rest is dropped
 * with its inner text kept; the embed shows as a link because no embed host is allowed.
 */
export const FromTheCms: Story = {
  name: 'From the CMS',
  args: { html: wordpress },
};

/** Arabic, right to left: quotes, lists and the start-edge rule follow the direction. */
export const Arabic: Story = {
  args: { dropCap: true },
  parameters: { direction: 'rtl' },
  render: (args) => html`
    <div lang="ar" dir="rtl">
      ${body(
        args,
        html`
          <p>
            صوّت مجلس مدينة الإسكندرية يوم الخميس على تحويل مخازن الميناء القديمة إلى متحف مفتوح لتاريخ المدينة
            البحري، منهياً جدلاً استمر عقداً كاملاً حول مستقبل الواجهة البحرية.
          </p>
          <p>
            «كنا نسمع لسنوات أن هذه الأرض أثمن وهي فارغة»، قالت
            <a href="https://example.com/ar/council">منى عبد الرحمن</a>، رئيسة لجنة التخطيط في المجلس. «اليوم
            قررنا أنها أثمن لمن يعيشون بجوارها».
          </p>
          <h2>عقد من الخطط</h2>
          <p>
            جاء التصويت بأغلبية ٣١ صوتاً مقابل ١٢ بعد ثلاث جلسات استماع علنية، حضر آخرها أكثر من أربعمئة من
            سكان حي الأنفوشي.
          </p>
          <blockquote>
            <p>المكان مغلق منذ أن وُلد أطفالي. من حقهم أن يروا ما بداخله.</p>
            <footer>— سلمى حداد، من سكان حي الأنفوشي</footer>
          </blockquote>
          <ul>
            <li>يبدأ الترميم في الربيع المقبل.</li>
            <li>تُفتح أول قاعة للزوار عام ٢٠٢٨.</li>
          </ul>
        `,
      )}
    </div>
  `,
};

/** Korean: no breaks inside words, roomier lines, emphasis in bold rather than a fake italic. */
export const Korean: Story = {
  render: (args) => html`
    <div lang="ko">
      ${body(
        args,
        html`
          <p>
            서울시의회는 12일 한강 북쪽 성산 석유비축기지 일대에 주택 4만 가구를 짓는 계획을 통과시켰다.
            비축기지의 저장탱크는 허물지 않고 도시 산업유산 <em>기록관</em>으로 쓴다.
          </p>
          <p>
            “수년 동안 이 땅은 비워 두는 편이 더 값지다는 말을 들었습니다.” 박지원 도시계획위원장은 이렇게
            말했다. “오늘 우리는 이 땅이 곁에 사는 시민들에게 더 값지다고 결정했습니다.”
          </p>
          <h2>10년에 걸친 계획</h2>
          <p>
            표결은 찬성 31표, 반대 12표로 끝났다. 세 차례 열린 공청회 가운데 마지막 회의에는 주민 400여 명이
            참석했다.
          </p>
          <blockquote>
            <p>아이들이 태어났을 때부터 이곳은 철조망에 막혀 있었어요. 이제는 안을 볼 권리가 있죠.</p>
            <footer>— 이서연, 망원동 주민</footer>
          </blockquote>
          <ul>
            <li>토양 정화 작업은 2027년 봄에 시작된다.</li>
            <li>첫 전시실은 2028년에 문을 연다.</li>
          </ul>
        `,
      )}
    </div>
  `,
};

const frame = (src: string, title: string, width = 560, height = 315) =>
  `<iframe src="${src}" title="${title}" width="${width}" height="${height}"></iframe>`;
const providers = [
  frame('https://www.youtube.com/embed/dQw4w9WgXcQ', 'The dredger at work'),
  frame('https://player.vimeo.com/video/76979871', 'Council vote, live'),
  frame('https://platform.twitter.com/embed/Tweet.html?id=20', 'The mayor’s post', 550, 400),
  frame('https://www.instagram.com/p/C0ffee/embed', 'Photos from the depot', 400, 480),
  frame('https://www.tiktok.com/embed/v2/7200000000000000000', 'A tour of the tanks', 325, 575),
  frame('https://open.spotify.com/embed/episode/0a1b2c3d4e5f', 'The depot podcast', 560, 232),
  frame(
    'https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/1',
    'Council hearing audio',
    560,
    166,
  ),
  frame('https://datawrapper.dwcdn.net/AbC12/1/', 'Homes planned by district', 600, 400),
  frame('https://flo.uri.sh/visualisation/1234/embed', 'The depot through the years', 600, 450),
  frame('https://maps.example.com/embed?site=seongsan', 'Map of the site', 600, 400),
].join('\n\n<p>The council will publish the full plan next month.</p>\n\n');

/**
 * Embeds ask first: each allowed embed is a placeholder that names its provider, says what loading
 * it shares and links to the provider's privacy policy; nothing is requested from the provider
 * before "Load". With `consent="remember"` it also offers "Always load". Tab to find the skip link.
 */
export const EmbedsAskFirst: Story = {
  name: 'Embeds: placeholders',
  args: {
    html: providers,
    allowEmbeds:
      'www.youtube.com player.vimeo.com platform.twitter.com www.instagram.com www.tiktok.com open.spotify.com w.soundcloud.com datawrapper.dwcdn.net flo.uri.sh maps.example.com',
  },
  render: (args) => html`
    <news-article-body
      allow-embeds=${args.allowEmbeds}
      consent="remember"
      .html=${args.html}
    ></news-article-body>
  `,
};

/**
 * After consent: a provider the site's consent manager granted (`grantEmbeds`) loads at once,
 * between the skip link and the link to the original.
 */
export const EmbedAfterConsent: Story = {
  name: 'Embeds: after consent',
  args: {
    html: `<p>The dredger began work at dawn.</p>${frame('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'The dredger at work')}`,
    allowEmbeds: 'www.youtube-nocookie.com',
  },
  render: (args) => {
    grantEmbeds('www.youtube-nocookie.com');
    return body(args);
  },
};
