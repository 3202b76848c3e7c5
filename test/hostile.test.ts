/**
 * Hostile input: every payload of the project's XSS corpus (test/fixtures/xss-payloads*.json) goes
 * into every public attribute and property of every element, on a realistic instance (the element
 * as its first story renders it). (The public sets, test/fixtures/xss-*.json, go through the one
 * input that takes HTML, <news-article-body html>, in every engine: test/article-body-xss.test.ts.) Nothing may execute (alert/confirm/prompt/print/__newsXss are
 * trapped), and nothing dangerous may appear in the rendered tree, shadow roots included: no
 * script-capable element, no event-handler attribute, no unsafe URL as a link or image source, no
 * script in CSS. A deliberately vulnerable control element proves that the checks catch both.
 */
import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import sinon from 'sinon';
import {
  added,
  assign,
  captureUncaught,
  installTraps,
  loadElements,
  loadStoryFiles,
  nextTask,
  publicProperties,
  quiesce,
  specimen,
  unsafeSinks,
  type PublicProperty,
  type Specimen,
  type StoryFile,
} from './support/quality.js';

/** Every payload of both corpus files, whatever their shape (strings, or objects with `payload`). */
async function loadCorpus(): Promise<string[]> {
  const payloads = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') payloads.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const entry = value as Record<string, unknown>;
      const text = entry.payload ?? entry.input ?? entry.html ?? entry.vector ?? entry.value;
      if (typeof text === 'string') payloads.add(text);
      else for (const [key, nested] of Object.entries(entry)) if (key !== 'description') collect(nested);
    }
  };
  for (const name of ['xss-payloads.json', 'xss-payloads-extra.json']) {
    const response = await fetch(`/test/fixtures/${name}`);
    if (response.ok) collect(await response.json());
  }
  return [...payloads];
}

/** Renders a link and HTML from its inputs with no filtering at all: what the checks must catch. */
class QaVulnerableControl extends LitElement {
  static override properties = { link: {}, body: {} };
  link = '';
  body = '';
  override render() {
    return html`<a href=${this.link}>Read the report</a>
      <div>${unsafeHTML(this.body)}</div>`;
  }
}
customElements.define('qa-vulnerable-control', QaVulnerableControl);

/**
 * Feeds every payload into `prop` of one realistic specimen, one after another (as a CMS editing a
 * live page would); after each, whatever appeared that was not there before is a problem.
 */
async function attack(
  tag: string,
  prop: PublicProperty,
  corpus: string[],
  files: StoryFile[],
): Promise<string[]> {
  const problems: string[] = [];
  const via = prop.attribute && prop.kind === 'string' ? 'attribute' : 'property';
  const traps = installTraps();
  const warn = sinon.stub(console, 'warn');
  const uncaught = captureUncaught();
  let spec: Specimen | undefined;
  try {
    spec = await specimen(tag, files);
    const { el, container } = spec;
    for (const payload of corpus) {
      const before = unsafeSinks(container);
      const calls = traps.calls.length;
      try {
        assign(el, prop, payload, via);
        await quiesce(container);
      } catch (error) {
        problems.push(`${JSON.stringify(payload)} threw ${String(error)}`);
      }
      for (const error of uncaught.errors.splice(0)) problems.push(`${JSON.stringify(payload)}: ${error}`);
      for (const sink of added(before, unsafeSinks(container)))
        problems.push(`${JSON.stringify(payload)} rendered ${sink}`);
      for (const call of traps.calls.slice(calls))
        problems.push(`${JSON.stringify(payload)} executed ${call}`);
    }
    // Warnings are welcome (one per problem), but only our own: Lit's would be hidden by the stub.
    const foreign = warn.args
      .map((args) => args.map(String).join(' '))
      .filter((text) => !text.startsWith('news-elements:'));
    problems.push(...new Set(foreign.map((text) => `unexpected warning: ${text}`)));
  } finally {
    spec?.remove();
    await nextTask();
    uncaught.restore();
    warn.restore();
    traps.restore();
  }
  return problems;
}

const corpus = await loadCorpus();
const files = await loadStoryFiles();
const { loaded, failed } = await loadElements();

describe('hostile input: the XSS corpus in every attribute and property', function () {
  this.timeout(300000);

  it('has a corpus of at least 100 payloads covering every family of attack', () => {
    expect(corpus.length).to.be.at.least(100);
    const families: [string, RegExp][] = [
      ['script injection', /<script/i],
      ['event handlers', /\son\w+\s*=/i],
      ['javascript: URLs', /^\s*javascript:/i],
      ['data: URLs', /^\s*data:/i],
      ['vbscript: URLs', /vbscript:/i],
      ['SVG', /<svg/i],
      ['MathML', /<math/i],
      ['attribute breakouts', /^["'`]/],
      ['template literals', /\$\{/],
      ['CSS injection', /expression\(|url\(\s*["']?javascript:|<\/style>/i],
    ];
    for (const [family, pattern] of families) {
      expect(
        corpus.some((p) => pattern.test(p)),
        family,
      ).to.equal(true);
    }
  });

  it('finds the elements, and every one loads', () => {
    expect(failed.map(([tag, error]) => `${tag}: ${String(error)}`)).to.deep.equal([]);
    expect(loaded.length).to.be.greaterThan(0);
  });

  it('catches a vulnerable element (control): unsafe links and executed payloads', async () => {
    const control = publicProperties(QaVulnerableControl);
    const link = await attack(
      'qa-vulnerable-control',
      control.find((p) => p.name === 'link')!,
      corpus,
      [],
    );
    expect(
      link.some((p) => /rendered <a href="javascript:alert\(1\)">/.test(p)),
      link.join('\n'),
    ).to.equal(true);
    const body = await attack(
      'qa-vulnerable-control',
      control.find((p) => p.name === 'body')!,
      corpus,
      [],
    );
    expect(
      body.some((p) => p.includes('executed __newsXss()')),
      'execution detected',
    ).to.equal(true);
    expect(
      body.some((p) => p.includes('rendered <script> element')),
      'script element detected',
    ).to.equal(true);
    expect(
      body.some((p) => / rendered <img onerror=/.test(p)),
      'handler attribute detected',
    ).to.equal(true);
  });

  for (const { tag, ctor } of loaded) {
    describe(`<${tag}>`, () => {
      for (const prop of publicProperties(ctor)) {
        const label =
          prop.attribute && prop.kind === 'string' ? `${prop.attribute} (attribute)` : `.${prop.name}`;
        it(label, async () => {
          const problems = await attack(tag, prop, corpus, files);
          expect(problems.join('\n'), `<${tag}> ${label}`).to.equal('');
        });
      }
    });
  }
});
