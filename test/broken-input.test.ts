/**
 * Broken data, the kind a CMS really sends: empty and whitespace strings, a 1 MB excerpt, 1,000
 * teasers (10,000 are the scale tests' own, in every engine: teaser-list and live-blog),
 * numbers/objects/null through properties, invalid dates, unknown enum values, unmatched
 * shortcodes, malformed HTML. Every public attribute and property of every element gets every
 * value, on a realistic instance (the element as its first story renders it). Nothing may throw;
 * nothing may show "undefined", "null", "NaN", "Invalid Date", "Infinity" or "[object Object]"
 * (text and announced attributes, shadow roots included); warnings are our own and said once.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  assign,
  badText,
  captureUncaught,
  describeValue,
  loadElements,
  loadStoryFiles,
  nextTask,
  publicProperties,
  quiesce,
  specimen,
  type Kind,
  type PublicProperty,
  type Specimen,
  type StoryFile,
} from './support/quality.js';

const paragraph =
  'The harbour authority said on Tuesday that dredging would resume in the spring, after a winter in which ' +
  'three container ships ran aground at the mouth of the river. Fishermen, who have opposed the work since ' +
  '2019, say the silt is killing the oyster beds. ';
const megabyte = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));

/** Strings as attributes and properties: what a template or a CMS field can hold. */
const brokenStrings: string[] = [
  '',
  '   \n\t  ',
  megabyte,
  'zzz-not-a-known-value',
  'not a date',
  '2024-13-45T99:99:99Z',
  '0000-00-00',
  '1e309',
  '-1',
  '<p><b>Council votes <i>to close the pier',
  '</div></section></article>',
  '[gallery ids="12,13"',
  'Before [pullquote]the vote[/caption] after',
  '[[embed]]',
  '{{ headline }}',
  '&amp;&lt;&#xZZZZ;&bogus;',
  'Lone surrogate \uD800 and noncharacter \uFFFF',
  '\u202Eevil\u202C right-to-left override',
  '   Leading and trailing   ',
];

/** Values of the wrong type, through properties (JSON from a CMS, a bug in the page's script). */
const wrongTypes: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  true,
  false,
  {},
  { title: 'Object where a string belongs' },
  [],
  ['a', 'b'],
  new Date('not a date'),
  new Date(0),
  // Valid JSON whose keys shadow Object.prototype: String() of it throws.
  JSON.parse('{"toString": "", "valueOf": "", "headline": "Harbour reopens"}'),
];

function valuesFor(kind: Kind, current: unknown): [value: unknown, via: 'attribute' | 'property'][] {
  const values: [unknown, 'attribute' | 'property'][] = [
    ...brokenStrings.map((s): [unknown, 'attribute'] => [s, 'attribute']),
    ...wrongTypes.map((v): [unknown, 'property'] => [v, 'property']),
  ];
  if (kind === 'array' || Array.isArray(current)) {
    const sample = Array.isArray(current) && current.length ? current[0] : { title: 'Harbour reopens' };
    const item = (i: number) =>
      sample && typeof sample === 'object'
        ? { ...(sample as object), title: `Teaser ${i}`, headline: `Teaser ${i}` }
        : sample;
    values.push(
      [
        [null, undefined, 1, 'x', {}, [], { title: null, href: {}, image: 5, datetime: 'not a date' }],
        'property',
      ],
      // (Every element of a long list is walked here after each value: 1,000 keeps the sweep in minutes.)
      [Array.from({ length: 1_000 }, (_, i) => item(i)), 'property'],
      [Array.from({ length: 50 }, () => ({})), 'property'],
    );
  }
  return values;
}

/** Feeds every broken value into `prop`; returns what went wrong. */
async function breakProperty(tag: string, prop: PublicProperty, files: StoryFile[]): Promise<string[]> {
  const problems: string[] = [];
  const warn = sinon.stub(console, 'warn');
  const uncaught = captureUncaught();
  let spec: Specimen | undefined;
  try {
    spec = await specimen(tag, files);
    let { el, container } = spec;
    const leakedBefore = new Set(badText(container));
    const current = (el as unknown as Record<string, unknown>)[prop.name];
    for (const [value, via] of valuesFor(prop.kind, current)) {
      const label = `${via === 'attribute' && prop.attribute ? prop.attribute : `.${prop.name}`} = ${describeValue(value)}`;
      try {
        assign(el, prop, value, via);
        await quiesce(container);
        const warnings = warn.callCount;
        // The same bad value rendered again must not warn again: one clear warning, not a flood.
        el.requestUpdate();
        await quiesce(container);
        if (warn.callCount > warnings) {
          problems.push(`${label}: warned again on re-render: ${warn.args.at(-1)!.map(String).join(' ')}`);
        }
      } catch (error) {
        problems.push(`${label}: threw ${String(error)}`);
        // Lit re-throws a failed update on the element's next one: go on with a fresh element.
        await nextTask();
        uncaught.errors.splice(0);
        spec.remove();
        spec = await specimen(tag, files);
        ({ el, container } = spec);
        continue;
      }
      for (const error of uncaught.errors.splice(0)) problems.push(`${label}: ${error}`);
      const leaked = badText(container).filter((text) => !leakedBefore.has(text));
      for (const text of leaked) problems.push(`${label}: shows ${JSON.stringify(text.slice(0, 120))}`);
    }
    const foreign = warn.args
      .map((args) => args.map(String).join(' '))
      .filter((text) => !text.startsWith('news-elements:'));
    problems.push(...new Set(foreign.map((text) => `unexpected warning: ${text.slice(0, 200)}`)));
    if (leakedBefore.size) problems.push(`the story itself shows: ${[...leakedBefore].join(' | ')}`);
  } finally {
    spec?.remove();
    await nextTask();
    uncaught.restore();
    warn.restore();
  }
  return problems;
}

const files = await loadStoryFiles();
const { loaded, failed } = await loadElements();

describe('broken input: nothing throws, nothing leaks onto the page', function () {
  this.timeout(300000);

  it('finds the elements, and every one loads', () => {
    expect(failed.map(([tag, error]) => `${tag}: ${String(error)}`)).to.deep.equal([]);
    expect(loaded.length).to.be.greaterThan(0);
  });

  it('spots leaked values in text and announced attributes, shadow roots included', async () => {
    // The test of the test: a tree that leaks in each way it can.
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('img'), { alt: 'Photo: undefined' }));
    shadow.append(document.createTextNode('Published Invalid Date'));
    host.append(document.createTextNode('[object Object]'));
    const found = badText(host);
    expect(found).to.have.length(3);
    expect(
      badText(Object.assign(document.createElement('p'), { textContent: 'Nullarbor, Annulled' })),
    ).to.deep.equal([]);
  });

  for (const { tag, ctor } of loaded) {
    describe(`<${tag}>`, () => {
      for (const prop of publicProperties(ctor)) {
        it(prop.attribute ? `${prop.attribute} / .${prop.name}` : `.${prop.name}`, async () => {
          const problems = await breakProperty(tag, prop, files);
          expect(problems.join('\n'), `<${tag}> ${prop.name}`).to.equal('');
        });
      }
    });
  }
});
