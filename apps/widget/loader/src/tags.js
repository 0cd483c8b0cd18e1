// @ts-check
// Language tags, as the widget reads them (verdict_core::locale::table_for is the same rule).

/**
 * The table a BCP 47 tag is spoken with: its language subtag, lowercased (`pt-BR` → `pt`,
 * `zh-TW` → `zh`, `UR_pk` → `ur`).
 * @param {string} tag
 */
export const subtag = (tag) => tag.split(/[-_]/)[0].trim().toLowerCase();
