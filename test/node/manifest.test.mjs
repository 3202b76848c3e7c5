// custom-elements.json lists public API only (Storybook's docs tables show every member it lists),
// and still lists every element's documented attributes and properties.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// Analysed afresh from the sources (with the repository's config and plugin), so the test never
// reads a custom-elements.json left over from an older build (`NEWS_SKIP_BUILD=1`, `node --test`).
// The analyzer joins --outdir to the working directory: a relative path reaches the temp folder.
const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'news-manifest-'));
const cem = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
execFileSync(process.execPath, [cem, 'analyze', '--quiet', '--outdir', relative(root, out)], { cwd: root });
const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
rmSync(out, { recursive: true, force: true });

const classes = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.kind === 'class')
    .map((declaration) => ({ path: module.path, declaration })),
);
const elements = new Map(
  classes
    .filter(({ declaration }) => declaration.customElement)
    .map(({ declaration }) => [declaration.tagName, declaration]),
);

/** "Class.member" for every class member (or `static properties` entry) tagged `@internal` in `path`. */
function internalMembers(path) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const internal = (node) => ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'internal');
  const found = [];
  const visit = (node) => {
    if (ts.isClassDeclaration(node) && node.name) {
      for (const member of node.members) {
        if (member.name && internal(member)) found.push(`${node.name.text}.${member.name.getText()}`);
        if (member.name?.getText() !== 'properties' || !ts.isPropertyDeclaration(member)) continue;
        let init = member.initializer;
        while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init))) init = init.expression;
        for (const entry of init && ts.isObjectLiteralExpression(init) ? init.properties : []) {
          if (entry.name && internal(entry)) found.push(`${node.name.text}.${entry.name.getText()}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

// What README and the stories document: attributes, and properties or methods without an attribute.
const documented = {
  'news-article': {
    attributes: [
      'structured-data',
      'publisher',
      'publisher-url',
      'publisher-logo',
      'locale',
      'reading-time',
      'words-per-minute',
      'characters-per-minute',
    ],
  },
  'news-article-body': { attributes: ['html', 'allow-embeds', 'drop-cap'] },
  'news-byline': {
    attributes: ['authors', 'additional-reporting', 'locale'],
    members: ['shownAuthors', 'shownReporting'],
  },
  'news-dateline': {
    attributes: [
      'correction',
      'datetime',
      'format',
      'pattern',
      'locale',
      'time-zone',
      'alt-calendar',
      'updated',
      'updated-label',
      'place',
    ],
  },
  'news-figure': {
    attributes: [
      'src',
      'srcset',
      'sizes',
      'alt',
      'width',
      'height',
      'loading',
      'fetchpriority',
      'caption',
      'credit',
      'credit-label',
      'layout',
      'aspect-ratio',
      'zoomable',
      'locale',
      'loaded',
      'error',
    ],
  },
  'news-live-blog': {
    attributes: ['src', 'refresh', 'order', 'ended', 'heading-level', 'locale'],
    members: ['items', 'status', 'reveal'],
  },
  'news-live-post': {
    attributes: [
      'post-id',
      'datetime',
      'modified',
      'headline',
      'author',
      'key-event',
      'pinned',
      'heading-level',
      'locale',
    ],
  },
  'news-notice': { attributes: ['type', 'datetime', 'locale', 'time-zone', 'min-age'] },
  'news-partner-banner': {
    attributes: [
      'label',
      'variant',
      'name',
      'href',
      'logo-src',
      'logo-src-dark',
      'logo-alt',
      'logo-width',
      'logo-height',
      'about-href',
      'locale',
      'color-scheme',
    ],
  },
  'news-gallery': { attributes: ['layout', 'caption', 'aspect-ratio', 'locale'], members: ['items'] },
  'news-share': { attributes: ['url', 'headline', 'text', 'fragment', 'networks', 'locale'] },
  'news-toc': { attributes: ['for', 'min-headings', 'locale'] },
  'news-teaser': {
    attributes: [
      'href',
      'headline',
      'datetime',
      'excerpt',
      'image-src',
      'image-alt',
      'kicker',
      'label',
      'sponsored',
      'heading-level',
      'excerpt-words',
      'format',
      'pattern',
      'locale',
      'layout',
      'skeleton',
    ],
  },
  'news-teaser-list': {
    attributes: [
      'heading',
      'heading-level',
      'layout',
      'limit',
      'format',
      'pattern',
      'locale',
      'src',
      'timeout',
    ],
    members: ['items', 'status', 'reload'],
  },
};

describe('custom-elements.json', () => {
  test('lists every element', () => {
    assert.deepEqual([...elements.keys()].sort(), Object.keys(documented).sort());
  });

  test('lists no private, protected, underscored or #private member', () => {
    const leaked = classes.flatMap(({ path, declaration }) =>
      (declaration.members ?? [])
        .filter((m) => m.privacy === 'private' || m.privacy === 'protected' || /^[_#]/.test(m.name))
        .map((m) => `${path}: ${declaration.name}.${m.name} (${m.privacy ?? 'public'})`),
    );
    const attributes = classes.flatMap(({ path, declaration }) =>
      (declaration.attributes ?? [])
        .filter((a) => /^[_#]/.test(a.name) || /^[_#]/.test(a.fieldName ?? ''))
        .map((a) => `${path}: ${declaration.name} [${a.name}] → ${a.fieldName}`),
    );
    assert.deepEqual([...leaked, ...attributes], []);
  });

  test('describes every element', () => {
    const bare = [...elements].filter(([, element]) => !element.description?.trim()).map(([tag]) => tag);
    assert.deepEqual(bare, [], 'elements without a description (the JSDoc above the class)');
  });

  test('backs every attribute with a documented public property', () => {
    const undocumented = [...elements].flatMap(([tag, element]) =>
      (element.attributes ?? [])
        .filter((attribute) => {
          const field = element.members?.find((m) => m.kind === 'field' && m.name === attribute.fieldName);
          return !field?.description?.trim();
        })
        .map((attribute) => `<${tag}> [${attribute.name}] → ${attribute.fieldName ?? '(no property)'}`),
    );
    assert.deepEqual(undocumented, []);
  });

  test('describes every public member, slot, part, custom property and event', () => {
    const kinds = ['members', 'slots', 'cssParts', 'cssProperties', 'events'];
    const bare = [...elements].flatMap(([tag, element]) =>
      kinds.flatMap((kind) =>
        (element[kind] ?? [])
          .filter((item) => !(item.description ?? item.summary)?.trim())
          .map((item) => `<${tag}> ${kind}: ${item.name || '(default slot)'}`),
      ),
    );
    assert.deepEqual(bare, []);
  });

  test('lists no member tagged @internal in the sources', () => {
    const listed = new Set(
      classes.flatMap(({ declaration }) =>
        (declaration.members ?? []).map((m) => `${declaration.name}.${m.name}`),
      ),
    );
    const paths = [...new Set(classes.map(({ path }) => path))];
    const leaked = paths.flatMap((path) => internalMembers(path).filter((name) => listed.has(name)));
    assert.deepEqual(leaked, []);
  });

  for (const [tag, { attributes, members = [] }] of Object.entries(documented)) {
    test(`<${tag}> keeps its documented attributes and properties`, () => {
      const element = elements.get(tag);
      assert.ok(element, `<${tag}> is in the manifest`);
      const listedAttributes = new Set((element.attributes ?? []).map((a) => a.name));
      const listedMembers = new Set((element.members ?? []).map((m) => m.name));
      assert.deepEqual(
        attributes.filter((name) => !listedAttributes.has(name)),
        [],
        'attributes missing',
      );
      // Each attribute's property is a public member too (the docs table's "properties").
      const fields = (element.attributes ?? []).filter((a) => a.fieldName).map((a) => a.fieldName);
      assert.deepEqual(
        [...fields, ...members].filter((name) => !listedMembers.has(name)),
        [],
        'properties missing',
      );
    });
  }
});
