/**
 * Renders a <news-article-body> whose allow-embeds names this page's own host, with a frame from that
 * host and one from YouTube, and posts to the parent what came of each and what was warned.
 */
import '../../src/article-body/define.js';
import type { NewsArticleBody } from '../../src/article-body/article-body.js';
import { grantEmbeds } from '../../src/internal/consent.js';

const warnings: string[] = [];
console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));

const own = location.hostname;
// Both granted, so that only allow-embeds decides which frame is shown.
grantEmbeds(own, 'www.youtube.com');
const body = document.createElement('news-article-body') as NewsArticleBody;
body.setAttribute('allow-embeds', `${own} https://www.youtube.com/`);
body.html = `<p><iframe src="https://${own}/player/harbour" title="Our own player"></iframe></p>
<p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="The dredger at work"></iframe></p>`;
document.body.append(body);
await body.updateComplete;
parent.postMessage(
  {
    host: own,
    frames: [...body.querySelectorAll('iframe')].map((frame) => [frame.src, frame.getAttribute('sandbox')]),
    links: [...body.querySelectorAll('a:not(.news-embed-skip, .news-embed-source a)')].map(
      (link) => (link as HTMLAnchorElement).href,
    ),
    warnings: warnings.filter((warning) => warning.startsWith('news-elements:')),
  },
  '*',
);
