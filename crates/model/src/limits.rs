//! The content's limits: the rules (`verdict_core::validate`) hold content to them with their
//! messages, and the JSON Schema states them for editors. One place for both.

/// Fewest and most options a comparison may have.
pub const OPTIONS: std::ops::RangeInclusive<usize> = 2..=6;
/// Fewest and most answers a question may have (besides the widget's own "Not sure").
pub const ANSWERS: std::ops::RangeInclusive<usize> = 2..=6;
/// Most questions a quiz may have. Each question is one character of a share link, so this
/// bounds links (see `share::MAX_TOKEN_LEN`) and the checker's work, while leaving room for very
/// long quizzes.
pub const MAX_QUESTIONS: usize = 1_000;
/// Allowed range of one answer's weight for one option.
pub const WEIGHTS: std::ops::RangeInclusive<i32> = -10..=10;
/// Allowed range of the close-call margin.
pub const CLOSE_MARGIN: std::ops::RangeInclusive<u32> = 0..=100;
/// Longest label, name, title or id.
pub const MAX_SHORT_TEXT: usize = 200;
/// Longest paragraph.
pub const MAX_LONG_TEXT: usize = 2_000;
/// Longest code sample.
pub const MAX_CODE: usize = 6_000;
/// Longest code sample language label.
pub const MAX_LANGUAGE: usize = 40;
/// Most rows a comparison grid may have: far more than a reader scans, few enough that the
/// widget draws them at once.
pub const MAX_ROWS: usize = 200;
/// Most bytes a comparison's JSON may have (1 MiB). The longest real comparisons are a few tens
/// of kilobytes; content past this is refused before it is read.
pub const MAX_CONTENT_BYTES: usize = 1 << 20;
/// Longest id (of the content, an option, a question, an answer or a row).
pub const MAX_ID: usize = 64;
/// What an id may be: lowercase letters, digits, `-` and `_`, 1 to [`MAX_ID`] of them (the JSON
/// Schema's pattern; the rules say the same in words).
pub const ID_PATTERN: &str = "^[a-z0-9_-]{1,64}$";
