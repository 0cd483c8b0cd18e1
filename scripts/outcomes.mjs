// Release-build step (scripts/post-build.mjs): a preview page per outcome, for chat apps.
//
// A shared link's result lives in its fragment, which link unfurlers never see; so for each option
// of the built-in comparison that some answers can make win, this writes `result-<option>.html`:
// the demo page with its own title and Open Graph / Twitter-card tags, and a 1200×630 PNG
// (`result-<option>.png`) made from the widget's own look (its title, the option's name, the score
// bars) in headless Chromium. The hosted page's "Copy link" gives that page's address plus the
// fragment (crates/web/src/address.rs), and opening it shows the same result as the plain link.
//
// Unfurlers want absolute URLs in og:image and og:url: they come from VERDICT_SITE_URL, the
// address dist/ is served from (e.g. https://example.com/verdict/). Without it the build warns and
// writes relative ones, which most chat apps cannot follow (no image in their preview).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHROMIUM, launch } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('outcomes: no directory (TRUNK_STAGING_DIR or an argument)');
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') process.exit(0);
if (!existsSync(CHROMIUM)) {
  console.warn(`outcomes: ${CHROMIUM} not found; no outcome pages (run scripts/setup.sh --browser)`);
  process.exit(0);
}

let site = process.env.VERDICT_SITE_URL ?? '';
if (site && !/^https?:\/\//.test(site)) throw new Error(`outcomes: VERDICT_SITE_URL must be an http(s) address, not "${site}"`);
if (site && !site.endsWith('/')) site += '/';
if (!site) {
  console.warn('outcomes: VERDICT_SITE_URL is not set: og:image and og:url are relative, and most chat apps will show no image (see the README, "Host it")');
}

// What to write, from the checker (the same core as the widget: reachability, share tokens).
const report = JSON.parse(execFileSync('node', ['apps/cli/js/verdict.js', 'check', '--outcomes', 'content/django-vs-flask.json'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));

const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const indexPath = join(dir, 'index.html');
const index = await readFile(indexPath, 'utf8');
// Every page of this comparison declares its outcome pages, so the widget's links point at them.
const declare = `<meta name="verdict:outcomes" content="${escape(report.id)}">`;
await writeFile(indexPath, index.replace('</head>', `${declare}</head>`));

const css = (await readdir(dir)).find((f) => /^widget-[0-9a-f]+\.css$/.test(f));
const server = await serve(dir);
const browser = await launch();
try {
  for (const o of report.outcomes) {
    // Named by the checker as the widget names it (core::share::outcome_page_name).
    const page = o.page;
    const image = page.replace(/\.html$/, '.png');
    const title = `${o.card_title} · ${report.title}`;
    const description = report.intro ? `${o.sentence} — ${report.intro}` : o.sentence;
    const tags = [
      `<meta name="description" content="${escape(description)}">`,
      `<meta property="og:type" content="website">`,
      `<meta property="og:title" content="${escape(title)}">`,
      `<meta property="og:description" content="${escape(description)}">`,
      `<meta property="og:url" content="${escape(site + page)}">`,
      `<meta property="og:image" content="${escape(site + image)}">`,
      `<meta property="og:image:type" content="image/png">`,
      `<meta property="og:image:width" content="1200">`,
      `<meta property="og:image:height" content="630">`,
      `<meta property="og:image:alt" content="${escape(`${o.headline}: ${o.scores.map((s) => `${s.name} ${s.points}`).join(', ')}`)}">`,
      `<meta name="twitter:card" content="summary_large_image">`,
      `<meta name="twitter:title" content="${escape(title)}">`,
      `<meta name="twitter:description" content="${escape(description)}">`,
      `<meta name="twitter:image" content="${escape(site + image)}">`,
      declare,
    ].join('');
    const html = index
      .replace(/<title>[^<]*<\/title>/, `<title>${escape(title)}</title>`)
      .replace(/<meta\b[^>]*\bname="?description\b"?[^>]*>/, '')
      .replace('</head>', `${tags}</head>`);
    await writeFile(join(dir, page), html);

    // The preview image: the widget's own result, its headline and bars, on a 1200×630 card.
    const tab = await browser.newPage({ viewport: { width: 1200, height: 630 }, colorScheme: 'light' });
    await tab.goto(`${server.url}#${report.key}=${o.token}`);
    const host = tab.locator('verdict-widget');
    await host.locator('.vd-headline').waitFor();
    await tab.evaluate(({ css, outcome }) => {
      const root = document.querySelector('verdict-widget').shadowRoot;
      const take = (selector) => root.querySelector(selector).cloneNode(true);
      const card = document.createElement('div');
      card.className = 'verdict-root vd-share-card';
      const article = document.createElement('article');
      article.className = 'vd';
      article.append(take('.vd-kicker'), take('.vd-title'), take('.vd-headline'), take('.vd-scores'));
      card.append(article);
      root.replaceChildren(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: css }), card);
      // Card proportions, in the widget's own styles and palette.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`:host { font-size: 26px !important; max-inline-size: none !important; margin: 0 !important; }
        .vd-share-card { box-sizing: border-box; width: 1200px; height: 630px; padding: 64px 80px;
          background: var(--vd-bg); border-top: 18px solid var(--vd-accent); display: flex; }
        .vd-share-card .vd { justify-content: center; gap: 22px; width: 100%; }
        .vd-share-card .vd-title { font-size: 1.3em; color: var(--vd-muted); }
        .vd-share-card .vd-headline { font-size: 2.6em; margin: 0 !important; }
        .vd-share-card .vd-score .vd-bar { height: 22px; }`);
      root.adoptedStyleSheets = [sheet];
      document.body.replaceChildren(document.querySelector('verdict-widget'));
      document.body.style.cssText = 'margin:0;background:#fff';
      root.querySelector('.vd-headline').textContent = outcome;
    }, { css: `./${css}`, outcome: o.card_title });
    await tab.locator('verdict-widget .vd-share-card .vd-score').first().waitFor();
    await tab.evaluate(() => document.fonts.ready);
    await tab.screenshot({ path: join(dir, image), clip: { x: 0, y: 0, width: 1200, height: 630 } });
    await tab.close();
    console.log(`outcomes: wrote ${page} and ${image} (${title})`);
  }
} finally {
  await browser.close();
  await server.close();
}
