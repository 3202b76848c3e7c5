import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { defineElement } from '../src/internal/define.js';
import { HYDRATION_SUPPORT } from '../src/internal/island-keys.js';

let counter = 0;
const uniqueTag = () => `news-define-test-${++counter}`;

describe('defineElement', () => {
  it('registers a tag once and ignores a second copy of the library quietly', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    class SecondCopy extends HTMLElement {}
    defineElement(tag, First);
    // A second copy of the library marks its class the same way before defining.
    (SecondCopy as unknown as Record<symbol, string>)[Symbol.for('news-elements.tag')] = tag;
    const warn = sinon.stub(console, 'warn');
    try {
      expect(() => defineElement(tag, SecondCopy)).not.to.throw();
      expect(warn).not.called;
    } finally {
      warn.restore();
    }
    expect(customElements.get(tag)).to.equal(First);
  });

  it('gives a second copy its properties, though its class is not the one defined (React reads them)', () => {
    const tag = uniqueTag();
    defineElement(tag, class First extends HTMLElement {});
    class SecondCopy extends LitElement {
      static override properties = { headingLevel: { type: Number, attribute: 'heading-level' } };
    }
    (SecondCopy as unknown as Record<symbol, string>)[Symbol.for('news-elements.tag')] = tag;
    defineElement(tag, SecondCopy);
    // @lit/react sets a prop as a property only when the class's prototype has it.
    expect('headingLevel' in SecondCopy.prototype).to.equal(true);
  });

  it('does nothing when the same class is defined twice', () => {
    const tag = uniqueTag();
    class Element extends HTMLElement {}
    defineElement(tag, Element);
    expect(() => defineElement(tag, Element)).not.to.throw();
  });

  it('keeps a foreign definition and says so once', () => {
    const tag = uniqueTag();
    class Foreign extends HTMLElement {}
    class Ours extends HTMLElement {}
    customElements.define(tag, Foreign);
    const warn = sinon.stub(console, 'warn');
    try {
      defineElement(tag, Ours);
      expect(warn).calledOnce;
      expect(String(warn.firstCall.args[0])).to.contain(`<${tag}>`);
    } finally {
      warn.restore();
    }
    expect(customElements.get(tag)).to.equal(Foreign);
  });

  describe('on a page whose island loader is fetching Lit’s hydration support', () => {
    const page = globalThis as { [HYDRATION_SUPPORT]?: Promise<unknown> };
    afterEach(() => delete page[HYDRATION_SUPPORT]);

    it('registers the element once the support has come, not before (it would draw over the server’s shadow root)', async () => {
      let arrive!: () => void;
      page[HYDRATION_SUPPORT] = new Promise<void>((resolve) => (arrive = resolve));
      const tag = uniqueTag();
      class Element extends HTMLElement {}
      defineElement(tag, Element);
      await new Promise((resolve) => setTimeout(resolve));
      expect(customElements.get(tag), 'before the support').to.equal(undefined);
      arrive();
      await customElements.whenDefined(tag);
      expect(customElements.get(tag)).to.equal(Element);
    });

    it('leaves the element unregistered, without an error, when the support failed to load', async () => {
      page[HYDRATION_SUPPORT] = Promise.reject(new Error('offline'));
      page[HYDRATION_SUPPORT].catch(() => {});
      const unhandled: unknown[] = [];
      const record = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
      addEventListener('unhandledrejection', record);
      try {
        const tag = uniqueTag();
        defineElement(tag, class extends HTMLElement {});
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(customElements.get(tag)).to.equal(undefined);
        expect(unhandled).to.deep.equal([]);
      } finally {
        removeEventListener('unhandledrejection', record);
      }
    });
  });
});
