// @ts-check
// A page's own comparison read by the loader itself, so that the page needs one WebAssembly:
// the browser parses the JSON, and this writes it in the compact form the widget takes (postcard,
// as verdict_core::load::to_bytes writes `Loaded::Content`), walking the content model's shape
// as the build derived it from the Rust types (SHAPE). The widget then holds it to the content
// rules. Anything this cannot write as serde would read it (a missing or unknown field, a wrong
// type, a number out of range, a lone surrogate) gives null: the checker then reads the JSON
// and says what is wrong, with its path, as before. tests/package/compact.test.mjs holds the
// bytes to the checker's own for every bundled comparison.
import { MAX_BYTES, SHAPE } from 'verdict:build';

/**
 * A field: its JSON key, its type, whether it is required, and the value serde's default gives.
 * A type is 's' (a string), 'u' (u32), 'i' (i32), a struct's index in SHAPE, or ['?', t] (an
 * Option), ['[', t] (a Vec), ['{', t, most] (an id map of at most `most` entries: more is for
 * the checker to say).
 * @typedef {[string, Type, 0 | 1, unknown]} Field
 * @typedef {'s' | 'u' | 'i' | number | ['?' | '[', any] | ['{', any, number]} Type
 */

/** Not writable as serde would read it. */
class Refused extends Error {}

const utf8 = new TextEncoder();
/** A UTF-16 surrogate with no partner: serde_json refuses it; UTF-8 cannot hold it. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Content as the widget's compact form, or null where only the checker can say what is wrong.
 * @param {unknown} value the parsed JSON
 * @returns {Uint8Array | null}
 */
export function compact(value) {
  /** @type {number[]} */
  const out = [];
  const varint = (/** @type {number} */ n) => {
    while (n >= 0x80) {
      out.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 0x80);
    }
    out.push(n);
  };
  const string = (/** @type {unknown} */ v) => {
    if (typeof v !== 'string' || LONE_SURROGATE.test(v)) throw new Refused();
    const bytes = utf8.encode(v);
    varint(bytes.length);
    for (const b of bytes) out.push(b);
  };
  /** @param {Type} type @param {unknown} v */
  const write = (type, v) => {
    if (typeof type === 'number') return struct(SHAPE[type], v);
    if (type === 's') return string(v);
    if (type === 'u') {
      if (!Number.isInteger(v) || /** @type {number} */ (v) < 0 || /** @type {number} */ (v) > 0xffffffff) throw new Refused();
      return varint(/** @type {number} */ (v));
    }
    if (type === 'i') {
      if (!Number.isInteger(v) || /** @type {number} */ (v) < -0x80000000 || /** @type {number} */ (v) > 0x7fffffff) throw new Refused();
      // Zigzag: small negative numbers stay small.
      return varint(((/** @type {number} */ (v) << 1) ^ (/** @type {number} */ (v) >> 31)) >>> 0);
    }
    const [kind, inner, most] = type;
    if (kind === '?') {
      if (v === null || v === undefined) return out.push(0);
      out.push(1);
      return write(inner, v);
    }
    if (kind === '[') {
      if (!Array.isArray(v)) throw new Refused();
      varint(v.length);
      return v.forEach((item) => write(inner, item));
    }
    if (!isObject(v)) throw new Refused();
    const entries = Object.entries(v);
    if (entries.length > /** @type {number} */ (most)) throw new Refused();
    varint(entries.length);
    for (const [key, item] of entries) {
      string(key);
      write(inner, item);
    }
  };
  /** @param {Field[]} fields @param {unknown} v */
  const struct = (fields, v) => {
    if (!isObject(v)) throw new Refused();
    // deny_unknown_fields: a key the model does not have.
    for (const key of Object.keys(v)) if (!fields.some(([name]) => name === key)) throw new Refused();
    for (const [key, type, required, fallback] of fields) {
      if (Object.hasOwn(v, key)) write(type, v[key]);
      else if (required) throw new Refused();
      else if (Array.isArray(type) && type[0] === '?') out.push(0);
      else if (fallback !== null) write(type, fallback);
      else throw new Refused();
    }
  };
  try {
    // Loaded::Content, the first of its variants.
    varint(0);
    write(0, value);
    return Uint8Array.from(out);
  } catch (error) {
    if (error instanceof Refused || error instanceof RangeError) return null;
    throw error;
  }
}

/**
 * Content written as JSON text, in the compact form, or null where the checker must read it
 * (not JSON, larger than a comparison may be, or not of the model's shape).
 * @param {string} json
 * @returns {Uint8Array | null}
 */
export function compactText(json) {
  // A byte-order mark starts some editors' UTF-8 files; the checker allows it too.
  const text = json.startsWith('\uFEFF') ? json.slice(1) : json;
  // Each UTF-16 unit is at most 3 bytes of UTF-8: count only when it could matter.
  if (text.length * 3 > MAX_BYTES && utf8.encode(text).length > MAX_BYTES) return null;
  let value;
  try {
    value = JSON.parse(text);
    // A key written twice: JSON.parse keeps the last, serde refuses the file. (Nesting too deep
    // to count is the checker's to say, too.)
    if (members(text) !== membersIn(value)) return null;
  } catch {
    return null;
  }
  return compact(value);
}

/**
 * How many members the objects of a JSON text have: its name separators (':' outside strings).
 * The text has been parsed, so a ':' outside a string is nothing else.
 * @param {string} text
 */
function members(text) {
  let n = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x3a) n++;
  }
  return n;
}

/**
 * How many members the objects of a parsed JSON value have.
 * @param {unknown} value
 * @returns {number}
 */
function membersIn(value) {
  let n = 0;
  if (Array.isArray(value)) for (const v of value) n += membersIn(v);
  else if (isObject(value)) for (const v of Object.values(value)) n += 1 + membersIn(v);
  return n;
}

/**
 * A JSON object (not an array, not null).
 * @param {unknown} v
 * @returns {v is Record<string, unknown>}
 */
function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
