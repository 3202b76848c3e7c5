import { safeUrl } from '../internal/safe-url.js';
import { text } from '../internal/values.js';

/** One author of a story, as `<news-byline authors>` takes it (a bare string is a name). */
export interface BylineAuthor {
  name: string;
  /** The author's profile page (http(s) or relative; anything else is not linked). */
  url?: string;
  /** Role or job title ("Seoul correspondent"): shown for a sole author, and in the JSON-LD. */
  jobTitle?: string;
  /** A head shot: shown small and round, the author's initials in its place if it fails. */
  avatar?: string;
}

/** An author as the byline shows it: every field a clean string, URLs already filtered. */
export interface Author {
  name: string;
  url: string | undefined;
  jobTitle: string;
  avatar: string | undefined;
}

/**
 * `authors` data as the byline shows it: names trimmed, URLs filtered. A value that is not a list,
 * and entries without a name, are reported through `skipped` (for one warning) and left out.
 */
export function authorsFromData(value: unknown, skipped: (what: string) => void): Author[] {
  if (value == null || value === '') return [];
  if (!Array.isArray(value)) {
    skipped('must be a list of names or { name, url, jobTitle, avatar }');
    return [];
  }
  const authors: Author[] = [];
  for (const entry of value as unknown[]) {
    const item = (typeof entry == 'string' ? { name: entry } : (entry ?? {})) as Record<string, unknown>;
    const name = text(item['name']).replace(/\s+/g, ' ');
    if (!name) {
      skipped('has an entry without a name');
      continue;
    }
    authors.push({
      name,
      url: safeUrl(item['url']),
      jobTitle: text(item['jobTitle']),
      avatar: safeUrl(item['avatar'], 'image'),
    });
  }
  return authors;
}

/**
 * The authors written as the byline's children, one element each: a link to the profile page (or
 * any element), its text the name, an `<img>` inside it the avatar, `data-job-title` the role. One
 * without text (a head shot alone, whatever its alt) is reported through `unnamed` and left out.
 */
export function authorsFromMarkup(children: Element[], unnamed: () => void): Author[] {
  return children.flatMap((child) => {
    const name = (child.textContent ?? '').trim().replace(/\s+/g, ' ');
    if (!name) {
      unnamed();
      return [];
    }
    const img = child.matches('img') ? child : child.querySelector('img');
    return [
      {
        name,
        url: child.localName === 'a' ? safeUrl(child.getAttribute('href')) : undefined,
        jobTitle: text(child.getAttribute('data-job-title')),
        avatar: safeUrl(img?.getAttribute('src'), 'image'),
      },
    ];
  });
}

/** Made on first use: most pages' bylines have every head shot. */
let graphemes: Intl.Segmenter | undefined;

/**
 * What stands in for a missing head shot: the first letter of the first and last words ("JD" for
 * Jane Doe), or the first letter alone for a one-word name (김민준, 山田太郎: "김", "山") and in
 * Arabic script, whose letters would join into a word of their own.
 */
export function initials(name: string): string {
  const words = name.split(' ');
  // Without Intl.Segmenter (Firefox before 125), the first code point: whole for most letters.
  const first = (word: string) =>
    typeof Intl.Segmenter == 'function'
      ? ((graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }))
          .segment(word)
          .containing(0)?.segment ?? '')
      : ([...word][0] ?? '');
  const one = words.length === 1 || /\p{Script=Arabic}/u.test(name);
  const letters = one ? first(words[0]!) : first(words[0]!) + first(words.at(-1)!);
  return letters.toLocaleUpperCase();
}
