/// <reference types="node" />
import type { ElementRenderer, RenderInfo } from '@lit-labs/ssr';
import { giveRenderScope, type RenderScope } from '../internal/render-scope.js';

type Renderers = RenderInfo['elementRenderers'];

/** The same renderers, each giving its element the render's `scope` before it first updates. */
export function scopedRenderers(renderers: Renderers, scope: RenderScope): Renderers {
  return renderers.map(
    (Base) =>
      class extends (Base as unknown as new (tagName: string) => ElementRenderer) {
        override connectedCallback() {
          const element = (this as { element?: object }).element;
          if (element) giveRenderScope(element, scope);
          super.connectedCallback();
        }
      },
  ) as unknown as Renderers;
}
