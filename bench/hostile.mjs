// Hostile content, timed: how long the checker (native and `npx verdict`) and a page take to say
// what is wrong with content built to hang them (issue 30): runs of unclosed markup 100 KB and
// 1 MB long, grids of 20,000 and 200,000 rows. Each pair is ten times apart: linear work takes
// about ten times as long, the square of it a hundred. Then the scanner and the rules alone
// (crates/core/examples/scan_growth.rs), and the importer on posts built to weigh every word.
// Nothing here is asserted: it prints the figures.
//   node bench/hostile.mjs   (after scripts/build.sh; bench/hostile runs both)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { serve } from '../scripts/lib/server.mjs';
import { launch } from '../scripts/lib/browser.mjs';

const BASE = JSON.parse(readFileSync('tests/valid/tea-coffee-cocoa.json', 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'verdict-hostile-bench-'));
const cases = {
  '100 KB of `[` in intro': (c) => (c.intro = '['.repeat(100_000)),
  '1 MB of `[` in intro': (c) => (c.intro = '['.repeat(1_000_000)),
  '20,000 grid rows': (c) => rows(c, 20_000),
  '200,000 grid rows': (c) => rows(c, 200_000),
};
function rows(c, n) {
  for (let i = 0; i < n; i++) c.grid.rows.push({ id: `r${i}`, feature: `Row ${i}`, cells: { tea: '-', coffee: '-', cocoa: '-' } });
}
const files = {};
for (const [name, change] of Object.entries(cases)) {
  const c = structuredClone(BASE);
  change(c);
  const file = join(tmp, `${Object.keys(files).length}.json`);
  writeFileSync(file, JSON.stringify(c));
  files[name] = file;
}

const ms = (t) => `${t.toFixed(1)} ms`;
const timed = (command, args) => {
  const start = performance.now();
  try {
    execFileSync(command, args, { stdio: 'pipe' });
  } catch {
    // Exit 1: the content has problems, which is what these files are for.
  }
  return performance.now() - start;
};
execFileSync('cargo', ['build', '--release', '--quiet', '-p', 'verdict-cli', '--bin', 'verdict-check']);

const routes = {};
for (const [i, file] of Object.values(files).entries()) {
  routes[`/hostile-${i}.json`] = file;
  writeFileSync(join(tmp, `hostile-${i}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<link rel="icon" href="data:,"></head><body><verdict-widget src="hostile-${i}.json" loading="eager"></verdict-widget>
<script type="module" src="./embed.js"></script></body></html>`);
  routes[`/hostile-${i}.html`] = join(tmp, `hostile-${i}.html`);
}
const server = await serve('dist', { routes });
const browser = await launch();
console.log('| content | file | verdict-check (native) | npx verdict check | page: navigation → problems listed |\n|---|---:|---:|---:|---:|');
try {
  for (const [i, [name, file]] of Object.entries(files).entries()) {
    const native = timed('target/release/verdict-check', [file]);
    const node = timed('node', ['apps/cli/js/verdict.js', 'check', file]);
    const page = await browser.newPage();
    const start = performance.now();
    await page.goto(`${server.origin}/hostile-${i}.html`);
    await page.locator('verdict-widget .vd-error li').first().waitFor({ timeout: 600_000 });
    const shown = performance.now() - start;
    await page.close();
    const size = readFileSync(file).length;
    console.log(`| ${name} | ${(size / 1024).toFixed(0)} KiB | ${ms(native)} | ${ms(node)} | ${ms(shown)} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log();
console.log(execFileSync('cargo', ['run', '--release', '--quiet', '-p', 'verdict-core', '--example', 'scan_growth'], { encoding: 'utf8' }));

// The importer (the studio's Read post runs the same code) on posts built to make it weigh every
// word: distinct capitalised words in prose, distinct bold words, sections of one aspect each, a
// list's worth of paragraphs under "Cons", one aspect praising both options again and again, an
// introduction naming a thousand words before the group it sets its subject against, a title of
// thousands of capitalised words, thousands of headings that each look like an option's name,
// option sections each naming thousands of words (each a candidate for the page's subject), and a
// table header of thousands of names in a script the word index does not cover, one sentence of
// thousands of rules joined by "and" and a short word, a title listing thousands of one maker's
// products, and thousands of headings naming one option after an epithet and a dash.
// Each pair ten times apart.
execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'verdict-import']);
const word = (i) => `W${i.toString(36)}x`;
const posts = {
  '10,000 capitalised words': () => `# Why I use Hugo\n\nHugo Hugo Hugo. ${Array.from({ length: 10_000 }, (_, i) => `the ${word(i)}`).join(' ')}\n`,
  '100,000 capitalised words': () => `# Why I use Hugo\n\nHugo Hugo Hugo. ${Array.from({ length: 100_000 }, (_, i) => `the ${word(i)}`).join(' ')}\n`,
  '5,000 bold words': () => `# Why Hugo\n\nHugo is nice. ${Array.from({ length: 5_000 }, (_, i) => `the **${word(i)}**`).join(' ')}\n`,
  '50,000 bold words': () => `# Why Hugo\n\nHugo is nice. ${Array.from({ length: 50_000 }, (_, i) => `the **${word(i)}**`).join(' ')}\n`,
  '1,000 aspect sections': () => `# Vue vs React\n\nTwo.\n\n${Array.from({ length: 1_000 }, (_, i) => `## Aspect ${i}\n\nVue is faster here. React is bigger here.\n`).join('\n')}`,
  '10,000 aspect sections': () => `# Vue vs React\n\nTwo.\n\n${Array.from({ length: 10_000 }, (_, i) => `## Aspect ${i}\n\nVue is faster here. React is bigger here.\n`).join('\n')}`,
  '2,000 paragraphs of cons': () => `# Vue vs React\n\nTwo.\n\n## Cons of Vue\n\n${Array.from({ length: 2_000 }, (_, i) => `Point ${i} is short.`).join('\n\n')}\n`,
    '20,000 paragraphs of cons': () => `# Vue vs React\n\nTwo.\n\n## Cons of Vue\n\n${Array.from({ length: 20_000 }, (_, i) => `Point ${i} is short.`).join('\n\n')}\n`,
  ...Object.fromEntries([2_000, 20_000].flatMap((n) => [
    [`${n.toLocaleString('en')} praises in one aspect`, () => `# Vue vs React\n\nTwo.\n\n## Speed\n\n${Array.from({ length: n }, (_, i) => `Vue is faster ${word(i)}. React is faster ${word(i)}z.`).join(' ')}\n`],
    [`${n.toLocaleString('en')} words before a group`, () => `# Tools\n\nWe discuss Zustand ${Array.from({ length: n }, (_, i) => word(i)).join(' ')} including Redux, Valtio, Jotai.\n\n${['Redux', 'Valtio', 'Jotai'].map((t) => `## ${t}\n\n${t} a. ${t} b. Zustand c.\n`).join('\n')}`],
    [`${n.toLocaleString('en')} names in each option's section`, () => `# Comparisons with the others\n\nSome.\n\n${['Alpha', 'Beta', 'Gamma'].map((t) => `## ${t}\n\n${t} is one. ${Array.from({ length: n }, (_, i) => `the ${word(i)} is here`).join(', ')}.\n`).join('\n')}`],
    [`a table header of ${n.toLocaleString('en')} names in Chinese`, () => `# 表\n\n文字。\n\n| |${Array.from({ length: n }, (_, i) => `名字${i.toString(36)}`).join('|')}|\n|${'-|'.repeat(n + 1)}\n| a |${'x|'.repeat(n)}\n\n${Array.from({ length: n }, (_, i) => `名字${i.toString(36)}`).join('。')}\n`],
    [`${n.toLocaleString('en')} rules in one sentence`, () => `# Vue o React\n\nDos.\n\n## Conclusión\n\n${Array.from({ length: n }, (_, i) => `si necesitas ${word(i)} te recomiendo ${i % 2 ? 'Vue' : 'React'}`).join(' y ya ')}.\n`],
    [`a title of ${n.toLocaleString('en')} names`, () => `# ${Array.from({ length: n }, (_, i) => word(i)).join(' ')}\n\nText ${Array.from({ length: n }, (_, i) => word(i)).join(' ')}.\n`],
    [`${n.toLocaleString('en')} headings of an epithet and one name`, () => `# Tools\n\nSome.\n\n${Array.from({ length: n }, (_, i) => `## The best ${word(i)} — Signal\n\nSignal is a tool. Signal works.\n`).join('\n')}`],
    // A title listing as many products of one maker, joined by "vs", by commas and by "und".
    ...[' vs ', ', ', ' und '].map((join) => [`a title of ${n.toLocaleString('en')} names joined by "${join.trim() || ','}"`, () => `# ${Array.from({ length: n }, (_, i) => `Maker ${word(i)} X${i % 9}`).join(join)}\n\nText.\n`]),
  ])),
  '1,000 name-like headings': () => `# Tools\n\nSome tools.\n\n${Array.from({ length: 1_000 }, (_, i) => `## ${word(i)}\n\n${word(i)} is a tool. ${word(i)} works.\n`).join('\n')}`,
  '10,000 name-like headings': () => `# Tools\n\nSome tools.\n\n${Array.from({ length: 10_000 }, (_, i) => `## ${word(i)}\n\n${word(i)} is a tool. ${word(i)} works.\n`).join('\n')}`,
};
console.log('| post | size | verdict-import (native) |\n|---|---:|---:|');
for (const [name, make] of Object.entries(posts)) {
  const file = join(tmp, `post-${name.replace(/[^a-z0-9]+/gi, '-')}.md`);
  writeFileSync(file, make());
  const took = timed('target/release/verdict-import', [file]);
  console.log(`| ${name} | ${(readFileSync(file).length / 1024).toFixed(0)} KiB | ${ms(took)} |`);
}
