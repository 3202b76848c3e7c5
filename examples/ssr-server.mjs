// A minimal news server: one story page rendered on the server with news-elements/ssr, readable
// before (and without) JavaScript, hydrated in place by one script, under a strict
// Content-Security-Policy that allows the elements' inline styles by hash.
//
//   npm run build && node examples/ssr-server.mjs        then open http://localhost:8080/
//
// Only Node's own http module: the same three calls fit Express, Fastify or a serverless handler.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { renderStoryPage, styleHashes } from 'news-elements/ssr';

// The hashes only change with the library's version, so this header is computed once.
const policy = [
  "default-src 'self'",
  `style-src 'self' ${styleHashes().join(' ')}`,
  "img-src 'self' data:",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

// In a newsroom this comes from the CMS; the shape is the one the elements take.
const story = {
  locale: 'en-GB',
  url: 'https://news.example.com/2024/05/harbour-ferry-vote',
  kicker: 'Local',
  headline: 'Harbour city votes to keep its last night ferry',
  standfirst: 'Councillors overturned the closure after more than 4,000 residents wrote in.',
  authors: [{ name: 'Min-ji Park', url: 'https://news.example.com/staff/min-ji-park' }],
  datetime: new Date(Date.now() - 3 * 3600_000).toISOString(),
  // Absolute on the server ("14 May 2024"), "3 hours ago" once the script has run.
  format: 'relative',
  place: 'Busan',
  // "1 min read", counted here from the paragraphs: the server cannot read the browser's DOM.
  readingTime: true,
  image: {
    src: '/assets/city-800x450.jpg',
    alt: 'A ferry leaving the north pier at dusk, city towers behind it',
    width: 800,
    height: 450,
    caption: 'The 7.40pm ferry leaving the north pier',
    credit: 'Min-ji Park',
  },
  body: [
    'The council voted 23 to 9 on Tuesday to keep the 7.40pm crossing, the last boat of the day.',
    '"We heard from nurses, bakers and students who have no other way home," said Soo-ah Lee, who chairs the transport committee.',
  ],
  partner: {
    name: 'Harbour Bank',
    href: 'https://bank.example.com/',
    logoSrc: '/assets/logo-harbour-bank.svg',
    logoWidth: 160,
    logoHeight: 40,
  },
  related: {
    heading: 'More stories',
    items: [
      {
        headline: 'Night buses to run until 2am from June',
        href: '/night-buses',
        datetime: '2024-05-10T17:30:00Z',
        excerpt: 'Three new routes will link the ferry terminal with the university and the hospital.',
      },
    ],
  },
};

// The browser side: one module with Lit, its hydration support and the elements, a theme, and the
// files beside it that the module fetches when a page needs them (another language's labels, a
// zoomable figure's dialog, a gallery's code): served from dist/ as a folder.
const served = (pathname) =>
  /^\/(news-elements-hydrate[\w-]*\.js|themes\/[\w-]+\.css)$/.test(pathname) ? `dist${pathname}` : undefined;
const types = { '.js': 'text/javascript', '.css': 'text/css', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml' };

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url, 'http://localhost');
  try {
    if (pathname === '/') {
      const page = await renderStoryPage(story, {
        scripts: ['/news-elements-hydrate.js'],
        stylesheets: ['/themes/light.css'],
      });
      response.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': policy,
      });
      response.end(page);
      return;
    }
    // The demo's pictures; a real site serves these from its image CDN.
    const file =
      served(pathname) ?? (/^\/assets\/[\w-]+\.(jpg|svg)$/.test(pathname) ? `stories${pathname}` : undefined);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const body = await readFile(new URL(`../${file}`, import.meta.url));
    response.writeHead(200, { 'Content-Type': types[extname(file)] }).end(body);
  } catch (error) {
    console.error(error);
    response.writeHead(500, { 'Content-Type': 'text/plain' }).end('Server error');
  }
});

const port = Number(process.env.PORT) || 8080;
server.listen(port, () => console.log(`Story page on http://localhost:${port}/`));
