import { HEADLINE_LIMIT, clipHeadline } from '../text/excerpt-plain.js';
import { clearWarning, warnOnce } from './warn.js';

/**
 * `headline` as `element` shows it: cut after its last whole word, with "…" and one warning, when
 * longer than HEADLINE_LIMIT characters (a body pasted as a title would take seconds to lay out),
 * and with a spaced em or en dash bound to the word before it.
 */
export function shownHeadline(element: Element, headline: string): string {
  const cut = clipHeadline(headline);
  if (cut)
    warnOnce(
      element,
      'headline-long',
      `<${element.localName}> headline is longer than ${HEADLINE_LIMIT} characters; it is cut after the last whole word.`,
    );
  else clearWarning(element, 'headline-long');
  // A dash never starts a line: a no-break space binds it to the word before (an en dash only
  // where it is a dash, " – ", not in a range such as "1990–2000").
  return (cut ?? headline).replace(/\s+(—|–(?!\S))/g, '\u00a0$1');
}
