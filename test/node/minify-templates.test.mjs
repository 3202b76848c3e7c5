// The build's template minifier (scripts/minify-templates.mjs): what it must never change in the
// html`` and css`` literals it shortens (node --test test/node/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

/** The minified text of the one template literal in `source`. */
async function template(source) {
  const out = await minifyTemplates(source, 'example.ts');
  assert.ok(out, 'the source was minified');
  return out.slice(out.indexOf('`') + 1, out.lastIndexOf('`'));
}

test('whitespace between inline content collapses to one space and is never removed', async () => {
  const out = await template(`html\`<p>
      by <span>\${name}</span>
      and   <b>\${other}</b>\${more}
      <slot></slot>
    </p>\``);
  assert.equal(out, '<p> by <span>${name}</span> and <b>${other}</b>${more} <slot></slot> </p>');
});

test('a template that starts or ends with a space keeps it (it follows or precedes another)', async () => {
  assert.equal(
    await template(
      'html`\n      <span aria-hidden="true">·</span>\n      <span part="updated">${label}</span>`',
    ),
    ' <span aria-hidden="true">·</span> <span part="updated">${label}</span>',
  );
  assert.equal(
    await template('html`<span part="place">${place}</span>\n  <span aria-hidden="true">—</span>\n `'),
    '<span part="place">${place}</span> <span aria-hidden="true">—</span> ',
  );
});

test("Lit's bindings keep their prefixes, case and places; empty attributes stay", async () => {
  const out = await template(`html\`<img
      .fetchPriority=\${priority}
      ?hidden=\${hidden}
      @error=\${onError}
      alt=""
      src=\${src}
    />\``);
  assert.equal(
    out,
    '<img .fetchPriority="${priority}" ?hidden="${hidden}" @error="${onError}" alt="" src="${src}">',
  );
});

test('SVG keeps its self-closing tags', async () => {
  const out = await template(`html\`<svg viewBox="0 0 24 24" aria-hidden="true">
    <path d="M3 3h7v2H5v5H3z" />
  </svg>\``);
  assert.equal(out, '<svg viewBox="0 0 24 24" aria-hidden="true"> <path d="M3 3h7v2H5v5H3z"/> </svg>');
});

test('custom property chains keep every fallback; values are not rewritten', async () => {
  const out = await template(`css\`
    :host {
      --_font: var(--news-font-ui, var(--news-font-body, 'Segoe UI', Arial, sans-serif));
      color: var(--news-figure-caption-color, var(--_color-text, #1a1a1a));
    }
    /* comments go */
    .frame { background: none; outline: none; }
  \``);
  assert.equal(
    out,
    ":host{--_font:var(--news-font-ui, var(--news-font-body, 'Segoe UI', Arial, sans-serif));" +
      'color:var(--news-figure-caption-color,var(--_color-text,#1a1a1a))}' +
      '.frame{background:none;outline:none}',
  );
});

test('a css`` that interpolates unsafeCSS is minified too, and the interpolation kept', async () => {
  const source = `import { css, unsafeCSS } from 'lit';
export const styles = css\`
  \${unsafeCSS(tokens.cssText.replaceAll(':host', ':where(news-article-body)'))}

  :where(news-article-body) {
    display: block;
  }
\`;`;
  const out = await minifyTemplates(source, 'example.ts');
  assert.equal(
    out,
    `import { css, unsafeCSS } from 'lit';
export const styles = css\`\${unsafeCSS(tokens.cssText.replaceAll(':host', ':where(news-article-body)'))}:where(news-article-body){display:block}\`;`,
  );
});

test('code without templates, and other strings, are left alone', async () => {
  assert.equal(await minifyTemplates("const a = '  two  spaces  ';", 'example.ts'), undefined);
  const out = await minifyTemplates('const a = `  x  `; const b = html`<b>  y  </b>`;', 'example.ts');
  assert.equal(out, 'const a = `  x  `; const b = html`<b> y </b>`;');
});
