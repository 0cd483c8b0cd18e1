// Trunk post-build hook: the steps that finish a build, in order (Trunk runs the hooks of one
// stage side by side, and each step here needs what the one before wrote): the loader and the
// stylesheet, then (release builds) the pre-rendered first view, then the outcome pages.
await import('./embed-loader.mjs');
await import('./prerender.mjs');
await import('./outcomes.mjs');
