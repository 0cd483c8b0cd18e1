// End to end: at home in any blog. The widget is pasted, as the README says, into posts styled by
// real, popular stylesheets from npm (a framework, classless sheets, a serif long-form layout, a
// markdown theme, dark blogs), with the reader in light and in dark mode. Checked in each: every
// piece of the widget's text is legible on what is really underneath it (WCAG AA), the gaps above
// and below are at least the post's paragraph spacing, it is no wider than the text column, its
// first view is short, and its body text is the post's typeface at the post's size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { serve } from '../../scripts/lib/server.mjs';
import { launch } from '../../scripts/lib/browser.mjs';
import { BLOGS, postPath, themedPosts } from '../../scripts/lib/pages.mjs';
import { DIST } from './lib/harness.mjs';
import { Widget } from './lib/widget.mjs';

const SHOTS = resolve('tests/e2e/artifacts/screenshots/blogs');

const h = { browser: null, server: null };

before(async () => {
  h.server = await serve(DIST, await themedPosts(await mkdtemp(join(tmpdir(), 'verdict-blogs-'))));
  h.browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await h.browser?.close();
  await h.server?.close();
});

/** What the checks read off the page, measured in the page. */
function measure() {
  const canvas = document.createElement('canvas').getContext('2d');
  const rgba = (color) => {
    canvas.fillStyle = 'rgba(0, 0, 0, 0)';
    canvas.fillStyle = color;
    const v = canvas.fillStyle;
    if (v.startsWith('#')) return [1, 3, 5].map((i) => parseInt(v.slice(i, i + 2), 16)).concat(1);
    const [r, g, b, a = 1] = v.match(/[\d.]+/g).map(Number);
    return [r, g, b, a];
  };
  const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
  const lum = ([r, g, b]) => {
    const l = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * l(r) + 0.7152 * l(g) + 0.0722 * l(b);
  };
  const contrast = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  // The browser's canvas under a page that sets no background.
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const page = /dark/.test(scheme) && (!/light/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches)
    ? [18, 18, 18] : [255, 255, 255];
  // What is painted under an element: its own and its ancestors' backgrounds, across the shadow
  // boundary, down to the canvas.
  const under = (el) => {
    const layers = [];
    for (let n = el; n; n = n.parentNode ?? n.host) {
      if (n.nodeType !== 1) continue;
      const c = rgba(getComputedStyle(n).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    return layers.reverse().reduce((color, layer) => over(layer, color), page);
  };
  const host = document.querySelector('verdict-widget');
  const failures = [];
  let texts = 0;
  const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1 || el.closest(':disabled')) continue; // hidden for screen readers; inactive
    const style = getComputedStyle(el);
    const bg = under(el);
    const ratio = contrast(over(rgba(style.color), bg), bg);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    texts++;
    if (ratio < (large ? 3 : 4.5)) failures.push(`${ratio.toFixed(2)}:1 "${node.textContent.trim().slice(0, 30)}" (${style.color} on rgb(${bg.map(Math.round)}))`);
  }
  const before = document.querySelector('#before').getBoundingClientRect();
  const after = document.querySelector('#after').getBoundingClientRect();
  const widget = host.getBoundingClientRect();
  const first = document.querySelector('#before').previousElementSibling.getBoundingClientRect();
  const p = getComputedStyle(document.querySelector('#before'));
  const body = getComputedStyle(host.shadowRoot.querySelector('.vd-help, .vd-intro'));
  return {
    texts,
    failures,
    paragraphGap: Math.round(before.top - first.bottom),
    gapAbove: Math.round(widget.top - before.bottom),
    gapBelow: Math.round(after.top - widget.bottom),
    width: Math.round(widget.width),
    column: Math.round(before.width),
    height: Math.round(widget.height),
    font: { widget: body.fontFamily, post: p.fontFamily, widgetSize: parseFloat(body.fontSize), postSize: parseFloat(p.fontSize) },
  };
}

for (const [name] of Object.entries(BLOGS)) {
  for (const colorScheme of ['light', 'dark']) {
    test(`at home in a ${name} post, the reader in ${colorScheme} mode`, async () => {
      for (const [width, height, tallest] of [[1280, 900, 900], [375, 800, 1200]]) {
        const context = await h.browser.newContext({ colorScheme, viewport: { width, height } });
        const page = await context.newPage();
        const trouble = [];
        page.on('pageerror', (e) => trouble.push(e.message));
        page.on('console', (m) => m.type() === 'error' && trouble.push(m.text()));
        await page.goto(`${h.server.origin}${postPath(name)}`);
        const w = new Widget(page);
        await w.ready();
        await page.evaluate(() => document.fonts.ready);
        const m = await page.evaluate(measure);
        const at = `${name}, ${colorScheme}, ${width} px`;
        // For people to look at (tests/e2e/artifacts/screenshots/blogs/).
        await page.screenshot({ path: join(SHOTS, `${name.replace(/\W+/g, '-')}-${colorScheme}-${width}.png`), fullPage: true });
        assert.ok(m.texts > 10, `${at}: read ${m.texts} pieces of text`);
        assert.deepEqual(m.failures, [], `${at}: contrast`);
        assert.ok(m.gapAbove >= m.paragraphGap - 1 && m.gapBelow >= m.paragraphGap - 1,
          `${at}: gaps ${m.gapAbove}/${m.gapBelow} px against paragraph spacing ${m.paragraphGap} px`);
        assert.ok(m.width <= m.column + 1, `${at}: ${m.width} px wide, column ${m.column} px`);
        assert.ok(m.height <= tallest, `${at}: first view ${m.height} px tall`);
        assert.equal(m.font.widget, m.font.post, `${at}: typeface`);
        const expected = Math.min(22, Math.max(15, m.font.postSize));
        assert.ok(Math.abs(m.font.widgetSize - expected) <= 2, `${at}: ${m.font.widgetSize} px against the post's ${m.font.postSize} px`);
        assert.deepEqual(trouble, [], `${at}: console`);
        await context.close();
      }
    });
  }
}

test('the result is legible too, and its reasons are in view without scrolling', async () => {
  for (const name of ['tufte', 'water.css, dark', 'bootstrap']) {
    const context = await h.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${h.server.origin}${postPath(name)}`);
    const w = new Widget(page);
    await w.root.scrollIntoViewIfNeeded();
    await w.answerAll(['No', 'No', 'No', 'Yes', 'Yes', 'Yes', 'No']);
    const reasons = await w.root.locator('.vd-reasons').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(reasons < 740, `${name}: the reasons start at ${Math.round(reasons)} px, below the fold`);
    const top = await w.root.evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= -1, `${name}: the widget's top is on screen (${Math.round(top)} px)`);
    // The grid opened with the result: its text must read too.
    await w.grid.waitFor();
    const m = await page.evaluate(measure);
    assert.deepEqual(m.failures, [], `${name}: contrast of the result and grid`);
    await context.close();
  }
});

test('when the blog switches theme, the widget follows', async () => {
  // Reduced motion: colours are read where they settle, not halfway through a transition.
  const context = await h.browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${h.server.origin}/bootstrap.html`);
  const w = new Widget(page);
  await w.ready();
  const scheme = () => page.locator('verdict-widget').getAttribute('data-vd-scheme');
  assert.equal(await scheme(), 'light');
  await page.evaluate(() => document.documentElement.setAttribute('data-bs-theme', 'dark'));
  await page.waitForFunction(() => document.querySelector('verdict-widget').dataset.vdScheme === 'dark');
  const m = await page.evaluate(measure);
  assert.deepEqual(m.failures, [], 'contrast after the switch');
  // data-theme forces a scheme whatever the page.
  await page.evaluate(() => document.querySelector('verdict-widget').setAttribute('data-theme', 'light'));
  await page.waitForFunction(() => getComputedStyle(document.querySelector('verdict-widget')).colorScheme === 'light');
  await context.close();
});
