// Types for verdict-widget's embed.js: the <verdict-widget> element, its events and the module's
// exports. The same surface is described in custom-elements.json; a test keeps the two and the
// element in step. React's JSX types are in jsx.d.ts.

import type { VerdictContent } from './content';

export type * from './content';

/** The package's version. */
export declare const version: string;

/**
 * Where the widget's files are, when not beside embed.js (a loader re-hosted or bundled away
 * from them). `data-verdict-base="…"` on any script element does the same.
 */
export declare function setBasePath(url: string | URL | null): void;

/** One thing wrong with a comparison: its JSON path (empty for the whole file) and what to do. */
export interface VerdictProblem {
  path: string;
  message: string;
}

/**
 * Checks a comparison with the widget's rules and messages, without showing it.
 * @param content the comparison, as JSON text or as an object
 */
export declare function check(content: string | VerdictContent): Promise<{ problems: VerdictProblem[] }>;

/** `verdict:ready`: the widget is running and answers presses. */
export interface VerdictReadyDetail {
  /** The content's id. */
  content: string;
  /** The widget's name in links and saved progress. */
  instance: string;
}

/** `verdict:answer`: the reader answered a question and moved on (not sent for a skip). */
export interface VerdictAnswerDetail {
  /** The question's id. */
  question: string;
  /** The chosen answer's id; `null` for "Not sure". */
  answer: string | null;
  /** The question's position in the quiz, from 0. */
  index: number;
}

/** `verdict:result`, and `element.result`: the result the reader is at. */
export interface VerdictResultDetail {
  /** The recommended option's id; `null` for a tie, or when no answer leaned either way. */
  winner: string | null;
  /** Every option with its points, best first. */
  ranking: { option: string; points: number }[];
  /** Each question's id with the chosen answer's id (`null`: not sure, or skipped). */
  answers: Record<string, string | null>;
  /** The ids of the options the reader's answers rule out (the content's dealbreakers and the
   *  reader's must-haves): they cannot win, whatever their points. */
  ruledOut: string[];
  /** For each option that did not win (when one did): the ids of the questions whose answers
   *  counted against it, and the fewest answers to change to make it win (empty when no change
   *  of one or two answers does). */
  whyNot: { option: string; against: string[]; flip: { question: string; answer: string }[] }[];
}

/** `verdict:error`: the content cannot be shown, or the widget could not start. */
export interface VerdictErrorDetail {
  problems: VerdictProblem[];
}

/** Events dispatched on the element (they bubble and are composed). */
export interface VerdictWidgetEventMap {
  'verdict:ready': CustomEvent<VerdictReadyDetail>;
  'verdict:answer': CustomEvent<VerdictAnswerDetail>;
  'verdict:result': CustomEvent<VerdictResultDetail>;
  'verdict:error': CustomEvent<VerdictErrorDetail>;
}

/** The attributes of `<verdict-widget>` (see custom-elements.json for what each does). */
export interface VerdictWidgetAttributes {
  src?: string;
  /** Seconds the file named by `src` may take (default 15). */
  timeout?: string | number;
  id?: string;
  locale?: string;
  parts?: string;
  'data-layout'?: 'compact' | 'full';
  'data-theme'?: 'light' | 'dark' | 'system';
  'data-font'?: 'own';
  'data-width'?: 'full';
  loading?: 'lazy' | 'eager';
}

/** `<verdict-widget>`. */
export interface VerdictWidgetElement extends HTMLElement {
  /** A comparison given from script, checked like `src`; `null` goes back to the element's own. */
  content: VerdictContent | null;
  /** The result the reader is at, or `null`. */
  readonly result: VerdictResultDetail | null;
  /** Starts over: forgets the answers, the saved progress and the address's part. */
  reset(): void;
  addEventListener<K extends keyof VerdictWidgetEventMap>(
    type: K,
    listener: (this: VerdictWidgetElement, event: VerdictWidgetEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof VerdictWidgetEventMap>(
    type: K,
    listener: (this: VerdictWidgetElement, event: VerdictWidgetEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'verdict-widget': VerdictWidgetElement;
  }
  // The events bubble and are composed: a listener on the document or the window hears them.
  interface DocumentEventMap extends VerdictWidgetEventMap {}
  interface WindowEventMap extends VerdictWidgetEventMap {}
}
