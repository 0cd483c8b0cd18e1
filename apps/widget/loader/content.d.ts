// A comparison, as `el.content` and the JSON files take it: generated from the content
// model (crates/model) with its JSON Schema, by `VERDICT_WRITE_SCHEMA=1 cargo test -p
// verdict-model --features schema`. Do not edit: change the model.

/**
 * One comparison ("X vs Y vs …") for the verdict decision widget, as its author writes it. See
 * docs/content-format.md. Prose fields may use inline markup: *emphasis*, **strong**, `code`
 * and [text](https://…). Rules a schema cannot say (unique ids, references to options and grid
 * rows, a cell for every option, a reason on every weighted answer, http(s)-only links) are
 * checked by `npx verdict-widget check FILE`.
 */
export interface VerdictContent {
  /**
   * The JSON Schema an author's editor checks the file against; the widget ignores it, and
   * keeps it when it writes the file back.
   */
  '$schema'?: string | null;
  /**
   * Stable identifier, used in share links and storage keys (`django-vs-flask`).
   */
  id: string;
  /**
   * Bumped by the author whenever questions or answers change meaning, so old links and saved
   * progress are recognised as stale instead of being misread.
   */
  version: number;
  /**
   * The widget's heading.
   */
  title: string;
  /**
   * One or two sentences under the heading.
   */
  intro?: string | null;
  /**
   * The article's short answer, shown before the quiz starts.
   */
  short_answer?: VerdictSection | null;
  /**
   * A lead of at most this many points over the runner-up is reported as a close call.
   */
  close_margin?: number;
  /**
   * The things being compared, in the order the author wants them shown.
   */
  options: VerdictChoice[];
  /**
   * The quiz, in order.
   */
  questions: VerdictQuestion[];
  /**
   * The comparison table.
   */
  grid: VerdictGrid;
  /**
   * Who uses which option in production: its heading (and closing remark) for the list
   * built from each option's `used_by`.
   */
  usage?: VerdictSection | null;
  /**
   * The author's overall verdict.
   */
  verdict?: VerdictVerdict | null;
  /**
   * The article's closing line.
   */
  closing?: string | null;
}

/**
 * A titled piece of prose: a body, optional bullets and code samples, and a closing remark.
 */
export interface VerdictSection {
  /**
   * The heading.
   */
  title: string;
  /**
   * The paragraph under the heading.
   */
  body?: string | null;
  /**
   * Short paragraphs, shown in order (used where a section is a list of statements).
   */
  points?: string[];
  /**
   * A bulleted list.
   */
  bullets?: string[];
  /**
   * Code samples, shown after the body and bullets.
   */
  code?: VerdictCodeSample[];
  /**
   * A remark after everything else.
   */
  after?: string | null;
}

/**
 * A short code example.
 */
export interface VerdictCodeSample {
  /**
   * Language label shown above the code (`python`).
   */
  language: string;
  /**
   * Optional caption; the code's own first-line comment often says enough.
   */
  caption?: string | null;
  /**
   * The code, with its indentation.
   */
  source: string;
}

/**
 * One of the things being compared (a framework, a database, a language…).
 */
export interface VerdictChoice {
  /**
   * Identifier used by weights and grid cells (`django`).
   */
  id: string;
  /**
   * Display name (`Django`).
   */
  name: string;
  /**
   * A few words that say what it is.
   */
  tagline?: string | null;
  /**
   * "What is X?": a description, perhaps with a list and a code sample.
   */
  about?: VerdictSection | null;
  /**
   * "When to choose X": the situations where this option is the better pick.
   */
  when_to_choose?: VerdictSection[];
  /**
   * Companies or projects known to use it.
   */
  used_by?: string[];
}

/**
 * One quiz question.
 */
export interface VerdictQuestion {
  /**
   * Identifier, unique within the content.
   */
  id: string;
  /**
   * The question as the reader sees it.
   */
  text: string;
  /**
   * A line of help under the question.
   */
  help?: string | null;
  /**
   * The possible answers. "Not sure" and "Skip" are offered by the widget itself.
   */
  answers: VerdictAnswer[];
  /**
   * Ids of the grid rows this question is about; they are highlighted once it is answered.
   */
  rows?: string[];
}

/**
 * One answer to a question and where it pushes the reader.
 */
export interface VerdictAnswer {
  /**
   * Identifier, unique within its question.
   */
  id: string;
  /**
   * The control's visible label (and so its accessible name).
   */
  label: string;
  /**
   * Points per option id, from -10 to 10; options not named get nothing.
   */
  weights?: Record<string, number>;
  /**
   * Options this answer rules out whatever their points (a dealbreaker: "Yes" to "Must it run
   * on Windows?" rules out what does not). A reason is required, as for weights.
   */
  rules_out?: string[];
  /**
   * Why this answer counts: shown in the result's reasons (required when a weight is not 0 or
   * it rules an option out).
   */
  reason?: string | null;
  /**
   * Advice that applies whoever wins (e.g. "Flask first, then Django").
   */
  note?: string | null;
}

/**
 * The comparison table: one row per feature, one cell per option.
 */
export interface VerdictGrid {
  /**
   * The table's heading.
   */
  title?: string | null;
  /**
   * The header of the feature column.
   */
  feature_label?: string;
  /**
   * The rows, in order.
   */
  rows: VerdictGridRow[];
}

/**
 * One feature compared across all options.
 */
export interface VerdictGridRow {
  /**
   * Identifier that questions refer to.
   */
  id: string;
  /**
   * The feature's name.
   */
  feature: string;
  /**
   * The value per option id (every option needs one; "-" if nothing applies).
   */
  cells: Record<string, string>;
}

/**
 * The author's overall verdict, which may favour one option for a given audience.
 */
export interface VerdictVerdict {
  /**
   * The heading.
   */
  title: string;
  /**
   * The id of the option the verdict favours, if any.
   */
  pick?: string | null;
  /**
   * The paragraph under the heading.
   */
  body?: string | null;
  /**
   * The reasons, as a list.
   */
  bullets?: string[];
  /**
   * A closing remark.
   */
  after?: string | null;
}
