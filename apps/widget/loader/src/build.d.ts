// What the build writes into the loader (scripts/embed-loader.mjs gives esbuild this module):
// the hashed names of the widget's files, each language's table, and the first view of a pasted
// widget. In the source they are imports, never placeholder strings.
declare module 'verdict:build' {
  /** This package's version (package.json). */
  export const VERSION: string;
  /** The files beside the loader, each a `new URL('./…', import.meta.url)` bundlers follow. */
  export const FILES: Record<FileKey, URL>;
  /** The same files' names, for a base path set by the page. */
  export const NAMES: Record<FileKey, string>;
  /** Each language's table beside the loader, by subtag (English is built into the widget). */
  export const TABLES: Record<string, URL>;
  /** The tables' common hash (in their names). */
  export const TABLES_HASH: string;
  /** Where a table holds the notice shown when the widget cannot start. */
  export const COULD_NOT_LOAD: number;
  /** The first view of a pasted widget (the built-in article, compact, English), as markup; empty
   *  in a development build. */
  export const FIRST_VIEW: string;
  /** The built-in comparison's id: the name its widgets go by in links, unless the page names them. */
  export const BUILT_IN_ID: string;
  /** The content model's shape for the loader's encoder (scripts/loader.mjs's shapeOf). */
  export const SHAPE: import('./compact.js').Field[][];
  /** The most bytes a comparison's JSON may have (the model's limit). */
  export const MAX_BYTES: number;
  export type FileKey = 'css' | 'js' | 'wasm' | 'checkerJs' | 'checkerWasm';
}
