/**
 * The docs tables' rows, derived from custom-elements.json (which the analyzer writes from the
 * sources' JSDoc). Storybook's own extractor keys every row by its bare name, so an attribute and
 * its property showed twice (`heading-level` and `headingLevel`), and a slot, part or story option
 * sharing a name with another row (`heading`, `lead`, `related`, `updated-label`) replaced it. Here
 * each property is one row that names its attribute, and slots, parts, events and custom
 * properties get keys of their own and no control (there is nothing to set on them in a story).
 */
import type { ArgTypes } from '@storybook/web-components-vite';

type InputType = ArgTypes[string];

interface Described {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text?: string };
}
interface Member extends Described {
  kind: 'field' | 'method';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
export interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: (Described & { fieldName?: string })[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
  events?: Described[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

type ControlType = 'boolean' | 'number' | 'text' | 'select' | 'object';

/**
 * A control that fits the property's declared type, or none where a story cannot set it. In the
 * object form: extracted rows are not normalised the way a story's own argTypes are.
 */
function control(member: Member): { type: ControlType } | false {
  if (member.readonly || member.static) return false;
  const type = (member.type?.text ?? '').replace(/\s*\|\s*(undefined|null)\b/g, '').trim();
  const kind = (value: ControlType) => ({ type: value });
  if (type === 'boolean') return kind('boolean');
  if (type === 'number') return kind('number');
  if (/^('[^']*'\s*\|?\s*)+$/.test(type)) return kind('select');
  if (type.endsWith('[]') || type.startsWith('{')) return kind('object');
  // A string, or a named type (a layout, a format) whose options the story gives.
  return kind('text');
}

/** The options of a string-literal union (`'lazy' | 'eager'`), for its select control. */
const literals = (type = '') => [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]!);

function row(item: Described, category: string, extra: Partial<InputType> = {}): InputType {
  return {
    name: item.name || '(default)',
    description: item.description ?? item.summary ?? '',
    table: {
      category,
      type: item.type?.text ? { summary: item.type.text } : undefined,
      defaultValue: item.default === undefined ? undefined : { summary: item.default },
    },
    control: false,
    ...extra,
  };
}

/** Every documented member of one element as docs-table rows (empty for a tag not in the manifest). */
export function argTypesFromManifest(manifest: Manifest, tagName: string): ArgTypes {
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tagName);
  if (!element) return {};
  const attributeOf = new Map(
    (element.attributes ?? []).map((attribute) => [attribute.fieldName, attribute.name]),
  );
  const rows: ArgTypes = {};
  for (const member of element.members ?? []) {
    if (member.kind === 'method') {
      rows[member.name] = row(member, 'methods', { name: `${member.name}()` });
      continue;
    }
    const attribute = attributeOf.get(member.name);
    const category = member.static ? 'static properties' : 'properties';
    const kind = control(member);
    rows[member.name] = row(member, category, {
      description:
        (member.description ?? '') + (attribute ? `\n\nAttribute: \`${attribute}\`` : '\n\nProperty only.'),
      control: kind,
      ...(kind && kind.type === 'select' ? { options: literals(member.type?.text) } : {}),
    });
  }
  const groups: [keyof Declaration, string, string][] = [
    ['slots', 'slots', 'slot'],
    ['cssParts', 'css shadow parts', 'part'],
    ['cssProperties', 'css custom properties', 'cssprop'],
    ['events', 'events', 'event'],
  ];
  for (const [field, category, prefix] of groups) {
    for (const item of (element[field] as Described[] | undefined) ?? []) {
      rows[`${prefix}:${item.name}`] = row(item, category);
    }
  }
  return rows;
}

/** A row for a story's own option (not part of the element's API), listed apart from the API. */
export const storyOption = (description: string, extra: Partial<InputType> = {}): InputType => ({
  description,
  table: { category: 'story options' },
  ...extra,
});
