// `npm run wordpress`: a real WordPress (Debian's packages: WordPress 6.1, PHP 8.2, MariaDB) on
// localhost, installed and seeded with test content through WordPress's own PHP APIs, with no network.
//   npm run wordpress                 starts it, prints its address, stops on Ctrl-C
//   npm run wordpress -- <command…>   starts it, runs the command with NEWS_WORDPRESS_SITE set, stops it
//   npm run wordpress stop            stops one left running
// The example plugin (examples/wordpress/) is active and serves dist/ (NEWS_WORDPRESS_DIST: another build).
// Missing packages are installed with apt-get (as root; .ci/run does the same). Everything the site
// writes (database, uploads, settings) lives in node_modules/.cache/news-wordpress/; a second start
// reuses it, and the site is installed again only when scripts/wordpress/seed.php or the port changed.
// scripts/test.mjs starts it for `npm test` through startWordPress().
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve as absolutePath } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HERE = `${ROOT}scripts/wordpress/`;
const DIR = `${ROOT}node_modules/.cache/news-wordpress/`;
const WORDPRESS = '/usr/share/wordpress';
const DEBIAN_CONFIG = '/etc/wordpress/config-news-elements.php';
export const PACKAGES = ['wordpress', 'php-cli', 'php-mysql', 'php-gd', 'mariadb-server'];
const PORT = Number(process.env.NEWS_WORDPRESS_PORT) || 8731;
const URL_BASE = `http://127.0.0.1:${PORT}`;
// A Unix socket's path has at most 107 bytes: under a clone's deep folder it may not fit, so it
// lives in the temporary folder, named after the clone (two clones never share a database).
const SOCKET = join(
  tmpdir(),
  `news-wordpress-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.sock`,
);
const PIDS = `${DIR}pids.json`;
/** What the tests read: the address, the seeded posts' ids, the application password. */
export const SITE = `${DIR}site.json`;

/** The Debian packages not installed here. */
export function missingPackages() {
  return PACKAGES.filter((name) => {
    const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return !status.stdout?.includes('install ok installed');
  });
}

/** Installs the missing packages with apt-get; throws where that is impossible (not root). */
export function installPackages(missing = missingPackages()) {
  if (!missing.length) return;
  if (process.getuid?.() !== 0) throw new Error(`WordPress needs: sudo apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  apt('update', '-qq');
  if (apt('install', '-y', '-qq', ...missing).status !== 0)
    throw new Error(`apt-get could not install ${missing.join(' ')}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed:\n${result.stderr || result.stdout || result.error}`,
    );
  }
  return result.stdout;
}

const sql = (statement) => run('mariadb', ['--no-defaults', `--socket=${SOCKET}`, '-uroot', '-e', statement]);

function alive(pid, name) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(name);
  } catch {
    return false;
  }
}

async function until(check, what, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s`);
}

const socketAnswers = () =>
  new Promise((resolve) => {
    const socket = connect(SOCKET, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

const siteAnswers = () =>
  fetch(`${URL_BASE}/wp-json/`, { signal: AbortSignal.timeout(5000) }).then(
    (response) => response.ok,
    () => false,
  );

/** Ends a process group we started and waits for it to be gone (MariaDB flushes its tables first). */
async function end(pid, name) {
  if (!pid || !alive(pid, name)) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    process.kill(pid, 'SIGTERM');
  }
  const deadline = Date.now() + 15000;
  while (alive(pid, name) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  if (alive(pid, name)) process.kill(pid, 'SIGKILL');
}

/** Stops a WordPress this checkout left running (its process ids are in the cache directory). */
export async function stopWordPress() {
  if (!existsSync(PIDS)) return;
  const { php, mysqld } = JSON.parse(readFileSync(PIDS, 'utf8'));
  await end(php, 'php');
  await end(mysqld, 'mariadbd');
  rmSync(PIDS, { force: true });
}

function startDatabase() {
  const data = `${DIR}mysql`;
  if (!existsSync(`${data}/mysql`)) {
    rmSync(data, { recursive: true, force: true });
    run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${data}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...(process.getuid?.() === 0 ? ['--user=root'] : []),
    ]);
  }
  // Only the socket: nothing listens on a TCP port. Small buffers: the site holds a few posts.
  return spawn(
    '/usr/sbin/mariadbd',
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${SOCKET}`,
      `--pid-file=${DIR}mysql.pid`,
      `--log-error=${DIR}mysql.err`,
      '--skip-networking',
      '--skip-log-bin',
      '--innodb-buffer-pool-size=16M',
      '--innodb-log-file-size=8M',
      ...(process.getuid?.() === 0 ? ['--user=root'] : []),
    ],
    { detached: true, stdio: 'ignore' },
  );
}

function writeConfig() {
  const wanted = readFileSync(`${HERE}config.php`, 'utf8');
  if (!existsSync(DEBIAN_CONFIG) || readFileSync(DEBIAN_CONFIG, 'utf8') !== wanted) {
    try {
      writeFileSync(DEBIAN_CONFIG, wanted);
    } catch (error) {
      throw new Error(
        `${DEBIAN_CONFIG} could not be written (${error.code}); once, as root: cp scripts/wordpress/config.php ${DEBIAN_CONFIG}`,
      );
    }
  }
  const content = `${DIR}wp-content`;
  mkdirSync(`${content}/uploads`, { recursive: true });
  mkdirSync(`${content}/plugins`, { recursive: true });
  mkdirSync(`${content}/themes`, { recursive: true });
  // The example plugin (examples/wordpress/), and the package's dist/ it enqueues, as a site would have them.
  for (const [link, target] of [
    [`${content}/plugins/news-elements`, `${ROOT}examples/wordpress/news-elements`],
    [`${content}/news-elements-dist`, absolutePath(process.env.NEWS_WORDPRESS_DIST ?? `${ROOT}dist`)],
  ]) {
    rmSync(link, { force: true });
    symlinkSync(target, link);
  }
  writeFileSync(
    `${DIR}config.php`,
    `<?php
define('DB_NAME', 'news_wordpress');
define('DB_USER', 'news');
define('DB_PASSWORD', 'news');
define('DB_HOST', 'localhost:${SOCKET}');
define('WP_HOME', '${URL_BASE}');
define('WP_SITEURL', '${URL_BASE}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${URL_BASE}/wp-content');
// Application passwords over plain http (the tests read content.raw with one).
define('WP_ENVIRONMENT_TYPE', 'local');
define('NEWS_ELEMENTS_URL', '${URL_BASE}/wp-content/news-elements-dist/');
// No network: oEmbed, update checks and pings would otherwise wait for timeouts.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);
`,
  );
  return content;
}

/**
 * Starts MariaDB and WordPress (installing and seeding the site when needed) and resolves with
 * `{ url, site, stop }`. A WordPress this checkout already runs is reused (and `stop` leaves it).
 */
export async function startWordPress() {
  mkdirSync(DIR, { recursive: true });
  if (existsSync(PIDS)) {
    const { php, mysqld } = JSON.parse(readFileSync(PIDS, 'utf8'));
    if (alive(php, 'php') && alive(mysqld, 'mariadbd') && (await siteAnswers())) {
      return { url: URL_BASE, site: JSON.parse(readFileSync(SITE, 'utf8')), stop: async () => {} };
    }
    await stopWordPress();
  }
  const content = writeConfig();
  const env = { ...process.env, NEWS_WORDPRESS_CONFIG: `${DIR}config.php`, NEWS_WORDPRESS_CONTENT: content };
  const mysqld = startDatabase();
  let php;
  const stop = async () => {
    await end(php?.pid, 'php');
    await end(mysqld.pid, 'mariadbd');
    rmSync(PIDS, { force: true });
  };
  try {
    await until(socketAnswers, 'MariaDB');
    const seed = readFileSync(`${HERE}seed.php`);
    const version = createHash('sha256').update(seed).update(String(PORT)).digest('hex').slice(0, 16);
    let site = existsSync(SITE) ? JSON.parse(readFileSync(SITE, 'utf8')) : undefined;
    if (site?.version !== version) {
      sql(`DROP DATABASE IF EXISTS news_wordpress; CREATE DATABASE news_wordpress CHARACTER SET utf8mb4;
        CREATE USER IF NOT EXISTS 'news'@'localhost' IDENTIFIED BY 'news';
        GRANT ALL ON news_wordpress.* TO 'news'@'localhost';`);
      rmSync(`${content}/uploads`, { recursive: true, force: true });
      const output = run('php', [`${HERE}seed.php`, `${ROOT}stories/assets`], {
        env: { ...env, NEWS_WORDPRESS_URL: URL_BASE },
      });
      site = { version, url: URL_BASE, ...JSON.parse(output.trim().split('\n').pop()) };
      writeFileSync(SITE, JSON.stringify(site, null, 2));
    }
    // A few workers: the browser asks for the feed and its thumbnails at once.
    php = spawn('php', ['-S', `127.0.0.1:${PORT}`, '-t', WORDPRESS, `${HERE}router.php`], {
      detached: true,
      stdio: 'ignore',
      env: { ...env, PHP_CLI_SERVER_WORKERS: '3' },
    });
    writeFileSync(PIDS, JSON.stringify({ php: php.pid, mysqld: mysqld.pid }));
    await until(siteAnswers, `WordPress at ${URL_BASE}`);
    return { url: URL_BASE, site, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [first, ...rest] = process.argv.slice(2);
  if (first === 'stop') {
    await stopWordPress();
    process.exit(0);
  }
  const started = Date.now();
  installPackages();
  const wordpress = await startWordPress();
  const signals = ['SIGINT', 'SIGTERM'];
  const finish = async (code) => {
    await wordpress.stop();
    process.exit(code);
  };
  for (const signal of signals) process.on(signal, () => finish(130));
  console.log(
    `WordPress ${wordpress.url} (REST API: ${wordpress.url}/wp-json/wp/v2/posts?_embed), ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const command = first === '--' ? rest : first ? [first, ...rest] : [];
  if (command.length) {
    const child = spawn(command[0], command.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, NEWS_WORDPRESS_SITE: SITE },
    });
    child.on('exit', (code) => finish(code ?? 1));
  } else {
    console.log(
      `Administrator: ${wordpress.site.user}, application password ${wordpress.site.password}. Ctrl-C stops it.`,
    );
  }
}
