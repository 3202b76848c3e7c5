/** Ids longer than this (in characters) are cut after their last whole word: an address stays shareable. */
const MAX_LENGTH = 64;

/**
 * A readable id for a heading, made from its text the way a reader would type it into a link:
 * lower case, words joined by hyphens, letters of every script kept ("서울의-새-주택",
 * "خطة-النقل-الجديدة", "深夜バスの路線"), apostrophes dropped ("seouls-plan"), invisible format
 * characters (Persian's zero-width non-joiner, soft hyphens, direction marks) removed. The same
 * text always gives the same id, so a shared link to a section keeps working. A heading with no
 * letters or digits at all (an emoji) gets "section".
 */
export function headingSlug(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Cf}'’‘`]/gu, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (slug && [...longer].length > MAX_LENGTH) break;
    slug = longer;
  }
  // One word longer than the bound (a long German compound, a run of Japanese): cut by characters.
  return [...slug].slice(0, MAX_LENGTH).join('') || 'section';
}
