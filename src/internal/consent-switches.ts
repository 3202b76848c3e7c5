// A consent manager's switches for embeds (README, "WordPress content"), as both entry points
// export them. Async: the consent code comes in its own small chunk, free of Lit, which only a page
// with embeds or a consent manager needs.
const consent = () => import('./consent.js');

/** Allows the embeds of these hosts (as `allow-embeds` writes them) for this page: placeholders on the page load. */
export const grantEmbeds = async (...hosts: string[]): Promise<void> =>
  (await consent()).grantEmbeds(...hosts);

/** Withdraws them (all, with no host, and the reader's remembered choices too): frames become placeholders. */
export const revokeEmbeds = async (...hosts: string[]): Promise<void> =>
  (await consent()).revokeEmbeds(...hosts);

// Typed here, where a page's types reach it (consent.ts, which fires it, is a chunk of its own).
declare global {
  interface DocumentEventMap {
    /** On `document`: the providers granted now (`granted`) and those just revoked (`revoked`). */
    'news-consent-change': CustomEvent<{ granted: string[]; revoked: string[] }>;
  }
}
