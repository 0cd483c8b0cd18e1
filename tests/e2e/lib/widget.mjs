// A page object for one widget: stable, user-facing selectors (roles and names), reaching into
// its open shadow root the way Playwright's locators do automatically.
import { cleanPage } from './harness.mjs';

export class Widget {
  /** @param {import('playwright-core').Page} page @param {string} host CSS selector of the host */
  constructor(page, host = 'verdict-widget') {
    this.page = page;
    this.root = page.locator(host).first();
  }

  /** Waits until the live widget has rendered its first screen (not the pre-rendered copy). */
  async ready() {
    await this.root.locator('.verdict-root:not([data-prerendered]) :is(.vd, .vd-error)').first().waitFor();
  }

  get question() {
    return this.root.locator('#vd-question');
  }

  get count() {
    return this.root.locator('#vd-count');
  }

  /** The current question's answers: the group its heading labels (a question the post quotes
   * ends with the quote, not "?"). */
  get answers() {
    return this.root.locator('[role="group"][aria-labelledby="vd-question"]');
  }

  button(name) {
    return this.root.getByRole('button', { name, exact: true });
  }

  /** Clicks the answer with this visible label in the current question. */
  async answer(label) {
    await this.answers.getByRole('button', { name: label, exact: true }).click();
  }

  /**
   * Answers every question in order, one label each, waiting for each question to show
   * ("Question 3 of 7", "سوال 3 از 7"), then waits for the result.
   */
  async answerAll(labels) {
    for (const [i, label] of labels.entries()) {
      // "Question 3 of 7" in any interface language: the two numbers, in order.
      await this.count.filter({ hasText: new RegExp(`(^|\\D)${i + 1}\\D+${labels.length}$`) }).waitFor();
      await this.answer(label);
    }
    await this.resultHeading.waitFor();
  }

  /** Opens every folded part (the compact layout's toggles, then the article's sections in them). */
  async openAll() {
    const closed = this.root.locator('details:not([open]) > summary');
    while (await closed.count()) await closed.first().click();
  }

  get resultHeading() {
    return this.root.locator('.vd-headline');
  }

  get grid() {
    return this.root.getByRole('table');
  }

  /** The grid's body rows as [feature, ...cells] text arrays. */
  async gridRows() {
    return this.grid.locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => [...r.children].map((c) => c.firstChild?.textContent?.trim() ?? c.textContent.trim())),
    );
  }

  /** Feature names of the highlighted rows. */
  async highlightedRows() {
    return this.grid.locator('tbody tr.is-relevant th').evaluateAll((ths) =>
      ths.map((th) => th.firstChild.textContent.trim()),
    );
  }
}

/**
 * `path` on the harness's server in a clean page (see cleanPage), its first widget ready.
 * @param {Parameters<typeof cleanPage>[0]} h
 * @param {string} path
 */
export async function openWidget(h, path, options = {}) {
  const session = await cleanPage(h, options);
  await session.page.goto(h.server.origin + path);
  const w = new Widget(session.page);
  await w.ready();
  return { ...session, w };
}
