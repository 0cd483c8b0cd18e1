// Types for verdict-widget/cli: the command-line tool's API for build scripts and site
// generators (the Eleventy and Astro integrations use it).

/** The package's version. */
export declare const version: string;

/** Where jsDelivr serves this version's files (`https://cdn.jsdelivr.net/npm/verdict-widget@…/dist/`). */
export declare const cdn: string;

/** The folder of the widget's files this tool links and copies (the package's `dist/`). */
export declare const DIST: string;

/** The widget's stylesheet's (hashed) file name in `dist`, the folder of the widget's files. */
export declare function stylesheet(dist?: string): string;

/** What a command printed, and how it ended. */
export interface Output {
  stdout: string;
  stderr: string;
  /** 0 done, 1 the content needs work, 2 a usage error. */
  code: number;
  /** Files `render --out` and `publish` ask to write: path and contents (bytes). */
  files: [string, Uint8Array][];
}

/** Runs a command as `verdict ARGS…` would, without printing. */
export declare function run(
  args: string[],
  read?: (path: string) => string,
  options?: { dist?: string },
): Promise<Output>;

/** Checks a comparison with the widget's rules and messages: the checker's report. */
export declare function check(content: string | object, name?: string): Promise<{ valid: boolean; report: string }>;

/** The element's attributes and where its files are, for `render`. */
export interface RenderOptions {
  /** The comparison (JSON text or an object); none: the built-in article. */
  content?: string | object;
  /** How messages name the comparison (a file's path). */
  name?: string;
  /** Where the widget's files are served (default: this version on jsDelivr). */
  base?: string;
  /** The widget's stylesheet's own address, where a bundler emitted it (else `base`'s). */
  stylesheet?: string;
  /** The content by address instead of written inside the element. */
  src?: string;
  id?: string;
  locale?: string;
  layout?: 'full' | 'compact';
  parts?: string;
}

/**
 * A `<verdict-widget>` with its first view drawn in, for a page. Throws when the comparison has
 * problems: the message lists each with its path.
 */
export declare function render(options?: RenderOptions): Promise<string>;
