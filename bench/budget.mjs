// The size budget, checked by scripts/test.sh after the release build: fails when everything the
// default page loads, brotli-compressed, grows past the limit in bench/budget.json.
//   node bench/budget.mjs [dist-dir]
import { readFile } from 'node:fs/promises';
import { englishPost, sizes } from './sizes.mjs';

const dist = process.argv[2] ?? process.env.VERDICT_DIST ?? 'dist';
const budget = JSON.parse(await readFile(new URL('./budget.json', import.meta.url), 'utf8'));
const rows = await sizes(dist);
const total = rows.at(-1).brotli;
const reader = rows.find((r) => r.file === 'verdict-checker_bg.wasm')?.brotli;
if (reader === undefined) {
  console.error(`no verdict-checker_bg.wasm in ${dist}`);
  process.exit(1);
}
if (reader > budget.checkerLimitBrotliBytes) {
  console.error(`the checker is over its budget by ${reader - budget.checkerLimitBrotliBytes} B: ${reader} B, limit ${budget.checkerLimitBrotliBytes} B`);
  process.exit(1);
}
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const line = `default page, brotli: ${total} B (${kib(total)}); limit ${budget.limitBrotliBytes} B, goal ${budget.goalBrotliBytes} B`;
if (total > budget.limitBrotliBytes) {
  console.error(`over budget by ${total - budget.limitBrotliBytes} B: ${line}`);
  process.exit(1);
}
// The widget on an English post: the 20 languages may not cost it more than 1 KB.
const post = englishPost(rows);
if (post > budget.englishPostLimitBrotliBytes) {
  console.error(`an English post's widget is over its budget by ${post - budget.englishPostLimitBrotliBytes} B: ${post} B, limit ${budget.englishPostLimitBrotliBytes} B`);
  process.exit(1);
}
const toGoal = total - budget.goalBrotliBytes;
console.log(`within budget: ${line}${toGoal > 0 ? ` (${kib(toGoal)} above the goal)` : ''}; an English post's widget ${post} B, limit ${budget.englishPostLimitBrotliBytes} B; checker ${reader} B, limit ${budget.checkerLimitBrotliBytes} B`);
