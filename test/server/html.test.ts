import { describe, it, expect } from 'vitest';
import { html, raw, escapeHtml } from '../../src/server/html.js';

describe('html', () => {
  it('escapes every interpolation, in text and in attributes', () => {
    const title = '<img src=x onerror="alert(1)"> & \'quotes\'';
    expect(html`<p title="${title}">${title}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quotes&#39;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quotes&#39;</p>',
    );
  });

  it('inserts nested fragments and raw() as markup, lists joined, nothing for null and booleans', () => {
    const items = ['a<b', 'c'].map((s) => html`<li>${s}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${raw('<hr>')}${3}`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul><hr>3');
  });

  it('leaves text without special characters unchanged', () => {
    expect(escapeHtml('Elena Varga — “we will not”')).toBe('Elena Varga — “we will not”');
  });
});
