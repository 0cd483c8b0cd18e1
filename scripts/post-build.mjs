// Trunk post-build hook: the steps that finish a build, in order (Trunk runs the hooks of one
// stage side by side, and each step here needs what the one before wrote): the files as a page
// and a CDN need them (stage.mjs), then for release builds the pre-rendered first views
// (prerender.mjs), then the loader bundled with what both found (loader.mjs), then the outcome
// pages (outcomes.mjs).
import { bundleDemo, bundleLoader, bundlePages } from './loader.mjs';
import { prerender } from './prerender.mjs';
import { stage } from './stage.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
const release = process.env.TRUNK_PROFILE === 'release';
const staged = await stage(dir, release ? 'release' : 'debug');
const firstView = release ? await prerender(dir) : '';
const names = await bundleLoader(dir, staged, firstView);
await bundleDemo(dir);
await bundlePages(dir);
console.log(`post-build: wrote embed.js (loads ${names.js}, ${names.wasm}), ${names.css} and ${staged.locales.langs.length} language tables`);
if (release) await import('./outcomes.mjs');
