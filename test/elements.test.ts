/**
 * The one list of elements (src/elements.ts) and what follows it agree: importing the list
 * registers nothing, each element's own entry registers exactly its tag with the listed class, the
 * package entry registers them all, and the manifest documents each under the same tag and class.
 * (test/node/elements.test.mjs checks the package exports, folders and React wrappers.)
 */
import { expect } from '@open-wc/testing';
import { elements, elementsOnSight, tagNames, type NewsTagName } from '../src/elements.js';

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const folder = (tag: string) => tag.replace(/^news-/, '');
const firstLoad = Object.keys(elements) as (keyof typeof elements)[];

/** An element's class: from the list, or from its own entry for an element defined on sight. */
async function classOf(tag: NewsTagName): Promise<CustomElementConstructor> {
  if (tag in elements) return elements[tag as keyof typeof elements];
  const entry: Record<string, unknown> = await elementsOnSight[tag as keyof typeof elementsOnSight]();
  return Object.values(entry).find((value) => typeof value === 'function') as CustomElementConstructor;
}

describe('the list of elements', () => {
  it('registers nothing when imported', () => {
    for (const tag of tagNames) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it("registers each element from its own folder's entry, with the listed class", async () => {
    for (const tag of tagNames) {
      await import(`../src/${folder(tag)}/define.ts`);
      expect(customElements.get(tag), tag).to.equal(await classOf(tag));
    }
  });

  // (test/on-sight.test.ts: the package entry registers the others once the page holds one.)
  it('is what the package entry registers and exports', async () => {
    await import('../src/index.js');
    for (const tag of firstLoad) expect(customElements.get(tag), tag).to.equal(elements[tag]);
    // Each class is also public, under its own name.
    const entry: Record<string, unknown> = await import('../src/index.js');
    for (const tag of firstLoad) expect(entry[elements[tag].name], tag).to.equal(elements[tag]);
  });

  it('matches the manifest: the same tags, each class in src/<folder>/<folder>.ts', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const documented = manifest.modules.flatMap((module) =>
      (module.declarations ?? [])
        .filter((d) => d.customElement && d.tagName)
        .map((d) => [d.tagName!, d.name, module.path]),
    );
    expect(documented.map(([tag]) => tag).sort()).to.deep.equal([...tagNames].sort());
    for (const [tag, name, path] of documented) {
      expect(name, tag).to.equal((await classOf(tag as NewsTagName)).name);
      expect(path, tag).to.equal(`src/${folder(tag!)}/${folder(tag!)}.ts`);
    }
  });
});
