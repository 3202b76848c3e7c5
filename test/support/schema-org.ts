/**
 * A small validator for the JSON-LD news-elements/schema writes: every object's `@type`, and every
 * property is one schema.org defines on that type (directly or inherited: Thing > CreativeWork >
 * Article > SocialMediaPosting > BlogPosting > LiveBlogPosting) with a value in its range. The
 * ranges are schema.org's, as schema-dts 2.1.0 types them, for the properties the module writes;
 * anything else is reported, so a property added to the module must be added here from schema.org.
 */
type Range = 'Text' | 'URL' | 'DateTime' | 'Date|DateTime' | 'Boolean' | 'Number' | `@${string}`;

const thing: Record<string, Range[]> = { name: ['Text'], url: ['URL'], description: ['Text'] };
const creativeWork: Record<string, Range[]> = {
  ...thing,
  headline: ['Text'],
  image: ['URL', '@ImageObject'],
  datePublished: ['Date|DateTime'],
  dateModified: ['Date|DateTime'],
  author: ['@Person', '@Organization'],
  contributor: ['@Person', '@Organization'],
  publisher: ['@Person', '@Organization'],
  mainEntityOfPage: ['URL', '@WebPage'],
  inLanguage: ['Text'],
  keywords: ['Text'],
  isAccessibleForFree: ['Boolean'],
  correction: ['Text', 'URL', '@CorrectionComment'],
};
const article = { ...creativeWork, articleBody: ['Text'], articleSection: ['Text'] } as Record<
  string,
  Range[]
>;

export const SCHEMA_ORG: Record<string, Record<string, Range[]>> = {
  NewsArticle: article,
  BlogPosting: article,
  LiveBlogPosting: {
    ...article,
    coverageStartTime: ['DateTime'],
    coverageEndTime: ['DateTime'],
    liveBlogUpdate: ['@BlogPosting'],
  },
  Person: { ...thing, jobTitle: ['Text'] },
  Organization: { ...thing, logo: ['URL', '@ImageObject'] },
  // Width and height are Distance or QuantitativeValue in schema.org; Google reads numbers.
  ImageObject: { ...thing, width: ['Number'], height: ['Number'], caption: ['Text'], creditText: ['Text'] },
  WebPage: { ...thing, '@id': ['URL'] },
  CorrectionComment: { ...thing, text: ['Text'], datePublished: ['Date|DateTime'] },
};

const DATE = /^\d{4}-\d\d-\d\d$/;
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)?$/;

function fits(value: unknown, range: Range): boolean {
  if (range.startsWith('@')) return isObject(value) && value['@type'] === range.slice(1);
  if (typeof value === 'boolean') return range === 'Boolean';
  if (typeof value === 'number') return range === 'Number' && Number.isFinite(value);
  if (typeof value !== 'string' || !value.trim()) return false;
  switch (range) {
    case 'URL':
      // Absolute, or a fragment on the page (a post's `#post-<id>` when the blog gives no url).
      return /^https?:\/\/[^\s]+$/.test(value) || /^#\S+$/.test(value);
    case 'DateTime':
      return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
    case 'Date|DateTime':
      return (DATE.test(value) || DATE_TIME.test(value)) && !Number.isNaN(Date.parse(value));
    default:
      return true;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/** The problems found in a JSON-LD object, as `path: what`; empty when it is valid. */
export function schemaOrgProblems(value: unknown, path = '$'): string[] {
  if (!isObject(value)) return [`${path}: not an object`];
  const type = value['@type'];
  const properties = typeof type === 'string' ? SCHEMA_ORG[type] : undefined;
  if (!properties) return [`${path}: unknown @type ${JSON.stringify(type)}`];
  const problems: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    if (key === '@type' || (key === '@context' && field === 'https://schema.org')) continue;
    const ranges = properties[key];
    if (!ranges) {
      problems.push(`${path}.${key}: not a ${type} property`);
      continue;
    }
    const items = Array.isArray(field) ? field : [field];
    if (!items.length) problems.push(`${path}.${key}: empty list`);
    items.forEach((item, i) => {
      const at = Array.isArray(field) ? `${path}.${key}[${i}]` : `${path}.${key}`;
      if (!ranges.some((range) => fits(item, range))) problems.push(`${at}: not ${ranges.join(' or ')}`);
      else if (isObject(item)) problems.push(...schemaOrgProblems(item, at));
    });
  }
  return problems;
}
