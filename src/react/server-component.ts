/**
 * `createComponent` for a Node server (the package's `node` export condition): the same React
 * components as in the browser, rendered by React's own server renderer with each element's shadow
 * root inside a `<template shadowrootmode="open">` (Declarative Shadow DOM), so the HTML React sends
 * is readable before any script runs. In the browser @lit/react takes over: it sets the
 * properties, then removes `defer-hydration`, and the element hydrates the server DOM in place.
 * Inline styles: allow them with `styleHashes()` from `news-elements/ssr` in the CSP header.
 */
import * as React from 'react';
import type { createComponent } from '@lit/react';
import { LitElementRenderer } from '@lit-labs/ssr';
import type { RenderInfo } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { elementRenderers } from '../ssr/csp.js';
import { hydrateAttribute, hydrateRule } from '../ssr/rules.js';

// Props React itself handles on the host, as in @lit/react.
const HOST_ONLY = new Set(['children', 'localName', 'ref', 'style', 'className']);

interface ElementClass {
  prototype: object;
  elementProperties?: Map<PropertyKey, { attribute?: unknown }>;
}

/** The attribute a Lit property reads, if any (`timeZone` → `time-zone`). */
function attributeOf(elementClass: ElementClass, name: string): string | undefined {
  const attribute = elementClass.elementProperties?.get(name)?.attribute;
  if (attribute === false) return undefined;
  return typeof attribute === 'string' ? attribute : name.toLowerCase();
}

const primitive = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** Renders one element's shadow root and host attributes from React props. */
function renderElement(tagName: string, elementClass: ElementClass, events: Set<string>, props: object) {
  const renderer = new LitElementRenderer(tagName);
  const host: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (events.has(key) || key === 'children' || key === 'ref') continue;
    const attribute = key in elementClass.prototype ? attributeOf(elementClass, key) : key;
    if (HOST_ONLY.has(key)) host[key === 'className' ? 'class' : key] = value;
    // Strings and numbers go in as attributes, so the host reads the same before hydration.
    else if (attribute && primitive(value)) {
      if (value !== false) renderer.setAttribute(attribute, value === true ? '' : String(value));
    } else if (key in elementClass.prototype) renderer.setProperty(key, value);
    else host[key] = value;
  }
  renderer.connectedCallback();
  const renderInfo: RenderInfo = {
    elementRenderers: elementRenderers(),
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [],
    slotStack: [],
    deferHydration: false,
  };
  // `<news-article-body>` is no LitElement and has no shadow root: its content is the children.
  const lit = (elementClass as { _$litElement$?: boolean })._$litElement$;
  const shadow = lit ? collectResultSync(renderer.renderShadow(renderInfo) ?? []) : undefined;
  for (const { name, value } of (renderer.element?.attributes ?? []) as Iterable<Attr>) host[name] = value;
  // Marks the element as drawn by the server, as news-elements/ssr does: the themes' preload rules
  // leave it alone (and the island loader could read the rule).
  host[hydrateAttribute] ??= hydrateRule(
    tagName,
    (renderer.element ?? {}) as unknown as Record<string, unknown>,
  );
  return { host, shadow };
}

/** Same options and types as @lit/react's `createComponent`. */
export const createServerComponent = (({ tagName, elementClass, events, displayName }) => {
  const eventProps = new Set(Object.keys(events ?? {}));
  const component = React.forwardRef<HTMLElement, Record<string, unknown>>((props, _ref) => {
    const { host, shadow } = renderElement(
      tagName,
      elementClass as unknown as ElementClass,
      eventProps,
      props,
    );
    const children = props['children'] as React.ReactNode;
    if (shadow === undefined)
      return React.createElement(tagName, { ...host, suppressHydrationWarning: true }, children);
    return React.createElement(
      tagName,
      // The element waits for @lit/react to set its properties in the browser before hydrating.
      { ...host, 'defer-hydration': '', suppressHydrationWarning: true },
      React.createElement('template', {
        shadowrootmode: 'open',
        dangerouslySetInnerHTML: { __html: shadow },
      }),
      children,
    );
  });
  component.displayName = displayName ?? elementClass.name;
  return component;
}) as typeof createComponent;
