/**
 * The embed providers a placeholder can name, with the privacy page it links to: a frame's host
 * ends with one of the domains. Any other allowed host is named by its host, without a link.
 */
const PROVIDERS: [domains: string, name: string, privacy: string][] = [
  ['youtube.com youtube-nocookie.com', 'YouTube', 'https://policies.google.com/privacy'],
  ['vimeo.com', 'Vimeo', 'https://vimeo.com/privacy'],
  ['twitter.com x.com', 'X', 'https://x.com/privacy'],
  ['instagram.com', 'Instagram', 'https://privacycenter.instagram.com/policy'],
  ['tiktok.com', 'TikTok', 'https://www.tiktok.com/legal/privacy-policy'],
  ['spotify.com', 'Spotify', 'https://www.spotify.com/legal/privacy-policy/'],
  ['soundcloud.com', 'SoundCloud', 'https://soundcloud.com/pages/privacy'],
  ['datawrapper.de dwcdn.net', 'Datawrapper', 'https://www.datawrapper.de/privacy'],
  ['flourish.studio', 'Flourish', 'https://flourish.studio/privacy/'],
];

/** The provider's name and privacy page for a frame's host. */
export function provider(host: string): { name: string; privacy?: string } {
  for (const [domains, name, privacy] of PROVIDERS) {
    if (domains.split(' ').some((domain) => host === domain || host.endsWith(`.${domain}`)))
      return { name, privacy };
  }
  return { name: host };
}
