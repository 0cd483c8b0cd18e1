// Trunk post-build hook: the steps that finish a build, in order (Trunk runs the hooks of one
// stage side by side, and pre-rendering needs the loader and stylesheet the first step writes).
await import('./embed-loader.mjs');
await import('./prerender.mjs');
