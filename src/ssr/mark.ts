/// <reference types="node" />
/**
 * Writes each top-level element's hydration rule (see rules.ts) into the HTML as the `hydrate`
 * attribute. Elements inside another element's shadow root are left alone: they hydrate with their
 * host (Lit gives them `defer-hydration` and its host takes it off).
 */
import type { ElementRenderer, RenderInfo } from '@lit-labs/ssr';
import { hydrateAttribute, hydrateRule } from './rules.js';

type Renderers = RenderInfo['elementRenderers'];
type Renderer = ElementRenderer & {
  // FallbackRenderer keeps the attributes it was given here (the light-DOM article body).
  _attributes?: Record<string, string>;
};

/**
 * The same renderers, each adding ` hydrate="<rule>"` to an element of the list while `hosts`
 * (the render's `customElementHostStack`) is empty, unless the template wrote one itself; with
 * `islands`, also Lit's ` defer-hydration`, which the island loader takes off. Only ours: the page's
 * own components, which no loader of ours wakes, hydrate as they would without islands.
 */
export function markingRenderers(
  renderers: Renderers,
  hosts: readonly unknown[],
  islands: boolean,
): Renderers {
  return renderers.map(
    (Base) =>
      class extends (Base as unknown as new (tagName: string) => ElementRenderer) {
        override renderAttributes() {
          const attributes = [...super.renderAttributes()];
          const self = this as Renderer;
          const written = attributes.some(
            (a) =>
              typeof a === 'string' &&
              (a === ` ${hydrateAttribute}` || a.startsWith(` ${hydrateAttribute}=`)),
          );
          if (hosts.length) return attributes;
          const state = (self.element ?? self._attributes ?? {}) as unknown as Record<string, unknown>;
          const rule = hydrateRule(this.tagName, state);
          if (!rule) return attributes;
          return [
            ...attributes,
            ...(written ? [] : [` ${hydrateAttribute}="${rule}"`]),
            ...(islands ? [' defer-hydration'] : []),
          ];
        }
      },
  ) as unknown as Renderers;
}
