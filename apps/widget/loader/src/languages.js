// @ts-check
// The language of a widget's own words, and the table it is spoken with: English is built into
// the widget; another language's table (a few kilobytes, beside the loader) is fetched at once,
// with the WebAssembly, only on pages that speak it.
import { COULD_NOT_LOAD, TABLES, TABLES_HASH } from 'verdict:build';
import { fetchFile, moved } from './assets.js';
import { subtag } from './tags.js';

/**
 * The language of a host's own words: its `locale`, else the `lang` around it, else English.
 * @param {Element} host
 */
export const languageOf = (host) => host.getAttribute('locale') ?? host.closest('[lang]')?.getAttribute('lang') ?? 'en';

/** @typedef {(glue: { add_words(table: string): boolean }) => void} Give */

/** The language tables asked for so far, by subtag: each fetched once.
 *  @type {Record<string, Promise<Give | null>>} */
const tables = {};
/** Each table fetched, as its list of strings (the loader reads its own notice there).
 *  @type {Record<string, unknown>} */
const fetched = {};

/**
 * The table a host's language needs (null for English or a language without one), fetched at
 * once, so it arrives with the WebAssembly rather than after it: a promise of the function that
 * gives it to the widget (once), or of null when it cannot be had (the widget speaks English;
 * the console says why).
 * @param {Element} host
 * @returns {Promise<Give | null> | null}
 */
export function words(host) {
  const key = subtag(languageOf(host));
  if (!Object.prototype.hasOwnProperty.call(TABLES, key)) return null;
  const name = `locale-${key}-${TABLES_HASH}.json`;
  tables[key] ??= fetchFile(moved(TABLES[key], name))
    .then((response) => response.json())
    .then(
      (parts) => {
        fetched[key] = parts;
        let given = false;
        return (glue) => {
          if (given) return;
          given = true;
          // The widget checks the list: a table of this build's, or refused.
          if (!Array.isArray(parts) || !glue.add_words(parts.join('\0'))) {
            console.error(`verdict: ${name} is not a table of this build; English instead`);
          }
        };
      },
      () => null,
    );
  return tables[key];
}

/**
 * The notice shown when a host's widget cannot start, in its language once its table is here
 * (it is plain JSON: it may have come when the WebAssembly did not); null for English.
 * @param {Element} host
 * @returns {Promise<{ text: string, lang: string, dir: string } | null>}
 */
export async function couldNotLoad(host) {
  await words(host);
  const parts = fetched[subtag(languageOf(host))];
  const said = Array.isArray(parts) ? parts[COULD_NOT_LOAD] : null;
  if (!Array.isArray(parts) || typeof said !== 'string' || !said) return null;
  return { text: said, lang: String(parts[0]), dir: parts[1] === 'rtl' ? 'rtl' : 'ltr' };
}
