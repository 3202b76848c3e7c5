// Live-blog feeds that change while a test watches, for the polling tests of <news-live-blog>.
// Served by feed-middleware.mjs under /__feeds/live/<key>/…; each <key> (letters, digits, `-`,
// `_`) is its own blog, so tests running at once never see each other's posts. A key nobody has
// asked for yet starts with 3 posts.
//
// The feed (GET):
//   /__feeds/live/<key>/<json|plain|wp>   the blog's posts, newest first, as JSON Feed 1.1, the plain
//                   `{ posts, deleted }` shape, or WordPress REST posts (`?_embed`: deleted posts are
//                   left out, as WordPress leaves them out). `ETag: "<key>-v<version>"` and
//                   `Last-Modified`; 304 with no body when `If-None-Match` names the current ETag, or
//                   (with no `If-None-Match`) when `If-Modified-Since` is not before the last change.
//                   `Cache-Control: no-cache`, so the browser asks every time but may revalidate.
// Changes (GET, each answers the blog's state as JSON: { version, ids, deleted, requests }):
//   …/reset/<n>     <n> posts (0 to 20,000), numbered 1…n, one minute apart from 2025-01-01T12:00Z;
//                   forgets deletions, failures, delays and the request log
//   …/add/<n>       <n> new posts after the newest (1 to 1,000), a minute apart
//   …/edit/<id>     post <id> gets " (edited)" on its headline and body, and a `modified` date
//   …/delete/<id>   post <id> is deleted (listed in `deleted` / `_live.deleted` / left out)
//   …/key/<id>      post <id> becomes a key event;  …/pin/<id>: post <id> is pinned
//   …/fail/<n>      the next <n> feed requests answer 500 (an HTML error page)
//   …/delay/<ms>    the next feed request is answered after <ms> (at most 2 s; for races)
//   …/state         the state, changing nothing
// `requests` logs every feed request: { format, ifNoneMatch, ifModifiedSince, status }.
const MAX_KEYS = 200;
const START = Date.UTC(2025, 0, 1, 12);
const MINUTE = 60000;
const MAX_WAIT = 2000;
const blogs = new Map();
// Whole seconds, as WordPress writes them, so every format gives the same dates.
const iso = (time) => new Date(time).toISOString().replace('.000Z', 'Z');

/** Post `n` of a test blog, as an item (the server-rendering tests draw a blog from the same posts). */
export function post(n) {
  return {
    id: String(n),
    datetime: iso(START + (n - 1) * MINUTE),
    headline: `Update ${n}`,
    html: `<p>What happened in update ${n}.</p>`,
    author: n % 2 ? 'Amal Haddad' : 'Jon Berg',
  };
}

function fresh(count = 3) {
  const posts = new Map();
  for (let n = 1; n <= count; n++) posts.set(String(n), post(n));
  return { posts, next: count + 1, version: 1, changed: START, deleted: [], fail: 0, delay: 0, requests: [] };
}

function blog(key) {
  let found = blogs.get(key);
  if (!found) {
    // Bounded: the oldest blog goes first.
    if (blogs.size >= MAX_KEYS) blogs.delete(blogs.keys().next().value);
    blogs.set(key, (found = fresh()));
  }
  return found;
}

/** The blog changed: a new ETag, and a Last-Modified a second later (HTTP dates have seconds). */
function touch(state) {
  state.version++;
  state.changed = Math.max(Date.now(), state.changed + 1000);
}

const newestFirst = (state) => [...state.posts.values()].reverse();
const names = (author) => [{ name: author }];

function body(state, format) {
  const posts = newestFirst(state);
  if (format === 'plain') return { posts, deleted: state.deleted };
  if (format === 'json') {
    return {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Live: test blog',
      _live: { about: 'news-elements test feed', deleted: state.deleted },
      items: posts.map((p) => ({
        id: p.id,
        title: p.headline,
        content_html: p.html,
        date_published: p.datetime,
        ...(p.modified && { date_modified: p.modified }),
        authors: names(p.author),
        ...((p.keyEvent || p.pinned) && { _live: { key_event: !!p.keyEvent, pinned: !!p.pinned } }),
      })),
    };
  }
  // WordPress writes *_gmt dates without a zone, and titles with HTML entities.
  const gmt = (iso) => iso.slice(0, 19);
  return posts.map((p) => ({
    id: Number(p.id),
    date_gmt: gmt(p.datetime),
    modified_gmt: gmt(p.modified ?? p.datetime),
    status: 'publish',
    sticky: !!p.pinned,
    title: { rendered: p.headline.replace(/&/g, '&#038;') },
    content: { rendered: p.html, protected: false },
    meta: { news_key_event: !!p.keyEvent },
    _embedded: { author: [{ id: 1, name: p.author }] },
  }));
}

const wait = (ctx, ms) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, Math.min(Math.max(ms, 0), MAX_WAIT));
    ctx.req.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });

function notModified(ctx, state, etag) {
  const match = ctx.get('if-none-match');
  if (match) return match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
  const since = Date.parse(ctx.get('if-modified-since'));
  return !Number.isNaN(since) && Math.floor(state.changed / 1000) * 1000 <= since;
}

async function serveFeed(ctx, key, state, format) {
  const entry = {
    format,
    ifNoneMatch: ctx.get('if-none-match') || null,
    ifModifiedSince: ctx.get('if-modified-since') || null,
  };
  state.requests.push(entry);
  if (state.requests.length > 1000) state.requests.shift();
  if (state.delay) {
    const ms = state.delay;
    state.delay = 0;
    await wait(ctx, ms);
  }
  if (state.fail > 0) {
    state.fail--;
    ctx.status = entry.status = 500;
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>500</title><h1>Internal Server Error</h1>';
    return;
  }
  const etag = `"${key}-v${state.version}"`;
  ctx.set('etag', etag);
  ctx.set('last-modified', new Date(state.changed).toUTCString());
  ctx.set('cache-control', 'no-cache');
  if (notModified(ctx, state, etag)) {
    ctx.status = entry.status = 304;
    return;
  }
  ctx.status = entry.status = 200;
  ctx.type = format === 'json' ? 'application/feed+json' : 'application/json';
  ctx.body = JSON.stringify(body(state, format));
}

/** Handles /__feeds/live/<key>/<what>/<arg>; `parts` is what follows /__feeds/live/. */
export async function liveFeed(ctx, [key, what, arg]) {
  if (!/^[\w-]{1,64}$/.test(key ?? '')) {
    ctx.status = 404;
    return;
  }
  const state = blog(key);
  const count = (min, max) => Math.min(Math.max(Math.floor(Number(arg)) || 0, min), max);
  const target = state.posts.get(arg ?? '');
  switch (what) {
    case 'json':
    case 'plain':
    case 'wp':
      return serveFeed(ctx, key, state, what);
    case 'reset': {
      // The version goes on, so an ETag from before the reset never matches.
      const next = fresh(count(0, 20000));
      next.version = state.version + 1;
      blogs.set(key, next);
      break;
    }
    case 'add':
      for (let i = count(1, 1000); i > 0; i--) state.posts.set(String(state.next), post(state.next++));
      touch(state);
      break;
    case 'edit':
    case 'key':
    case 'pin':
      if (!target) return void (ctx.status = 404);
      if (what === 'edit') {
        target.headline += ' (edited)';
        target.html = target.html.replace('</p>', ' (edited)</p>');
        target.modified = iso(Date.parse(target.modified ?? target.datetime) + 30000);
      } else target[what === 'key' ? 'keyEvent' : 'pinned'] = true;
      touch(state);
      break;
    case 'delete':
      if (!target) return void (ctx.status = 404);
      state.posts.delete(arg);
      state.deleted.push(arg);
      touch(state);
      break;
    case 'fail':
      state.fail = count(0, 100);
      break;
    case 'delay':
      state.delay = count(0, MAX_WAIT);
      break;
    case 'state':
      break;
    default:
      ctx.status = 404;
      return;
  }
  const now = blogs.get(key);
  ctx.set('cache-control', 'no-store');
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({
    version: now.version,
    ids: newestFirst(now).map((p) => p.id),
    deleted: now.deleted,
    requests: now.requests,
  });
}
