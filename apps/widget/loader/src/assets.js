// @ts-check
// The widget's files: where they are (beside the loader, or where the page says), fetched and
// imported with a clear console message when one cannot be had, and the two WebAssembly programs
// (the widget, and the checker for content given on a page), each loaded once for the page.
import { FILES, NAMES } from 'verdict:build';

/** @typedef {import('verdict:build').FileKey} FileKey */

/** @type {string | null} */
let basePath = null;

/**
 * Where the widget's files are, when not beside this module: for a loader re-hosted or bundled
 * away from them. `data-verdict-base="https://…/dist/"` on any script element does the same.
 * @param {string | URL | null} url the folder that holds embed.js's files
 */
export function setBasePath(url) {
  basePath = url == null ? null : String(url);
}

/**
 * The address of one of the widget's files.
 * @param {FileKey} key
 */
export function file(key) {
  return moved(FILES[key], NAMES[key]);
}

/**
 * A file's address: beside this module, or in the folder the page names (`setBasePath`).
 * @param {URL} url its address beside this module
 * @param {string} name its file name
 */
export function moved(url, name) {
  const named = globalThis.document?.querySelector('script[data-verdict-base]');
  const base = basePath ?? (named instanceof HTMLElement ? named.dataset.verdictBase : undefined);
  if (!base) return url;
  const folder = new URL(base, document.baseURI);
  if (!folder.pathname.endsWith('/')) folder.pathname += '/';
  return new URL(name, folder);
}

/**
 * Says in the console which file could not be loaded, and what to do about it.
 * @param {URL} url
 * @param {string} why
 */
function notFound(url, why) {
  console.error(
    `verdict: could not load ${url} (${why}). If embed.js was copied or bundled away from the files ` +
      'beside it, say where they are: data-verdict-base="…/dist/" on its script tag, or setBasePath() ' +
      'from this module. If the server sends .wasm files, check that it allows this page to fetch them.',
  );
}

/**
 * Fetches a file of the widget's, saying clearly in the console when it cannot.
 * @param {URL} url
 */
export async function fetchFile(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    notFound(url, 'the request failed');
    throw error;
  }
  if (!response.ok) {
    notFound(url, `HTTP ${response.status}`);
    throw new Error(`verdict: HTTP ${response.status} for ${url}`);
  }
  return response;
}

/**
 * Imports one of the widget's glue modules, saying clearly in the console when it cannot.
 * @param {FileKey} key
 * @returns {Promise<any>} the module wasm-bindgen wrote
 */
async function importFile(key) {
  const url = file(key);
  try {
    return await import(/* @vite-ignore */ url.href);
  } catch (error) {
    notFound(url, error instanceof Error ? error.message : String(error));
    throw error;
  }
}

/**
 * A WebAssembly program and its glue, fetched side by side and started.
 * @param {FileKey} js
 * @param {FileKey} wasm
 */
async function start(js, wasm) {
  const [glue, module] = await Promise.all([importFile(js), fetchFile(file(wasm))]);
  await glue.default({ module_or_path: module });
  return glue;
}

/** @type {Promise<any> | null} */
let widget = null;
/** The widget's WebAssembly and its glue, loaded once for every widget on the page. */
export function widgetRuntime() {
  widget ??= start('js', 'wasm');
  return widget;
}

/** @type {Promise<any> | null} */
let checker = null;
/** The checker's WebAssembly, loaded once, only where some widget has content of its own. */
export function checkerRuntime() {
  checker ??= start('checkerJs', 'checkerWasm');
  return checker;
}
