// axe-core on a page, for the accessibility tests: the WCAG A/AA (2.0–2.2) rules and best
// practices, with the whole page walked (open shadow roots too). axe sets inline styles as it
// works, so a page it runs on needs the strict CSP bypassed.
import { readFileSync } from 'node:fs';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * axe's violations on the whole page, as readable lines ("rule (impact): targets").
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>}
 */
export async function violations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    // @ts-ignore: axe is the script just run in the page.
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((/** @type {any} */ v) => `${v.id} (${v.impact}): ${v.nodes.map((/** @type {any} */ n) => JSON.stringify(n.target)).join(' ')}`);
  }, TAGS);
}
