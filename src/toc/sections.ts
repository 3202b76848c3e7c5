/** A listed heading: its text, and the parts (h3) under a section (h2). */
export interface Section {
  heading: HTMLElement;
  label: string;
  parts: Section[];
}

export const label = (heading: Element) => heading.textContent!.replace(/\s+/g, ' ').trim();
// What an address cannot carry as written; every letter of every script can.
export const fragment = (id: string) => `#${id.replace(/[\s%#"<>`]/g, encodeURIComponent)}`;

/** Sections (h2) with their parts (h3) nested; parts before the first section stand alone. */
export function nest(headings: HTMLElement[]): Section[] {
  const sections: Section[] = [];
  let section: Section | undefined;
  for (const heading of headings) {
    const entry: Section = { heading, label: label(heading), parts: [] };
    if (heading.localName === 'h3' && section) section.parts.push(entry);
    else sections.push(entry);
    if (heading.localName === 'h2') section = entry;
  }
  return sections;
}
