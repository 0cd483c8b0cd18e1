//! The shape of a language's table: every string the widget itself shows, its direction, and
//! the forms its counts take. Self-contained (std only, and `toml` with the feature of that
//! name), so that the core's `build.rs` reads the tables in `tables/*.toml` with this very model ([`Texts::parts_of_toml`]) and
//! writes them in the compact form the widget reads: the table's strings in field order, as one
//! JSON list of strings ([`Texts::parts`]), which the loader parses and hands to the widget
//! ([`Texts::from_parts`]).

/// One string of a table.
pub type Text = &'static str;

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Dir {
    /// The value of an HTML `dir` attribute.
    pub fn as_attr(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// A count's forms by CLDR plural category (`{0}` is the number, in the language's digits).
/// Only `other` is required: a language uses the categories its plural rules have (English
/// `one` and `other`; Japanese `other` alone; Arabic all six), and a category with no form of its
/// own falls back to `other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Plural {
    /// CLDR `zero` (Arabic 0).
    pub zero: Option<Text>,
    /// CLDR `one` (English 1; Russian 1, 21, 31…; French 0 and 1).
    pub one: Option<Text>,
    /// CLDR `two` (Arabic 2).
    pub two: Option<Text>,
    /// CLDR `few` (Polish 2–4, 22–24…; Arabic 3–10).
    pub few: Option<Text>,
    /// CLDR `many` (Polish 5–21…; Arabic 11–99).
    pub many: Option<Text>,
    /// CLDR `other`: every number no other form covers.
    pub other: Text,
}

/// The names of a count's forms, in the compact form's order.
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// What a field of a table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A string.
    Text,
    /// `ltr` or `rtl`.
    Dir,
    /// A count's forms (a TOML table of [`CATEGORIES`], `other` required).
    Plural,
}

/// Defines [`Texts`] from its field list, with the order its compact form uses.
macro_rules! table {
    ($($(#[$doc:meta])* $name:ident: $kind:ident,)*) => {
        /// Every string the widget itself shows, in one language: the table's strings in field
        /// order (a count's six forms, an absent one empty), each field read by the method of its
        /// name. An array rather than a struct of strings: a table read at run time is then one
        /// copy of its list, where a field-by-field build cost the widget kilobytes.
        #[derive(Debug, PartialEq, Eq)]
        pub struct Texts(&'static [&'static str; SLOTS]);

        /// Each field's name, in order.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy)]
        enum Field {
            $($name,)*
        }

        /// Each field's name and shape, in the compact form's order.
        pub const FIELDS: &[(&str, Shape)] = &[$((stringify!($name), Shape::$kind),)*];

        /// How many strings a table holds.
        pub const SLOTS: usize = slots(FIELDS);

        // Methods named as the fields are (`from_article` is a heading, not a conversion).
        #[allow(clippy::wrong_self_convention)]
        impl Texts {
            $(
                $(#[$doc])*
                #[inline]
                pub fn $name(&self) -> $kind {
                    $kind::read(self.0, const { offset(FIELDS, Field::$name as usize) })
                }
            )*
        }
    };
}

/// How many strings these fields take.
const fn slots(fields: &[(&str, Shape)]) -> usize {
    offset(fields, fields.len())
}

/// Where the strings of field `index` start.
const fn offset(fields: &[(&str, Shape)], index: usize) -> usize {
    let (mut at, mut i) = (0, 0);
    while i < index {
        at += match fields[i].1 {
            Shape::Plural => CATEGORIES.len(),
            _ => 1,
        };
        i += 1;
    }
    at
}

/// A field read from its strings.
trait Read: Sized {
    fn read(parts: &[&'static str; SLOTS], at: usize) -> Self;
}

impl Read for Text {
    #[inline]
    fn read(parts: &[&'static str; SLOTS], at: usize) -> Self {
        parts[at]
    }
}

impl Read for Dir {
    #[inline]
    fn read(parts: &[&'static str; SLOTS], at: usize) -> Self {
        if parts[at] == "rtl" {
            Dir::Rtl
        } else {
            Dir::Ltr
        }
    }
}

impl Read for Plural {
    #[inline]
    fn read(parts: &[&'static str; SLOTS], at: usize) -> Self {
        let form = |i: usize| Some(parts[at + i]).filter(|s| !s.is_empty());
        Plural {
            zero: form(0),
            one: form(1),
            two: form(2),
            few: form(3),
            many: form(4),
            other: parts[at + 5],
        }
    }
}

impl Texts {
    /// The table of these strings (the built-in English, written by `build.rs`).
    pub const fn from_array(parts: &'static [&'static str; SLOTS]) -> Self {
        Self(parts)
    }

    /// The table's strings, in order: its compact form, as a list.
    pub fn parts(&self) -> &'static [&'static str] {
        self.0
    }

    /// The table whose [`Texts::parts`] these are, kept for the program's life; none when they
    /// are too few or too many (a table from another build of the widget).
    pub fn from_parts(parts: Vec<&'static str>) -> Option<Self> {
        let parts: &'static [&'static str] = parts.leak();
        parts.try_into().ok().map(Self)
    }
}

/// Where a text field's string sits in a table's compact form (for the loader, which reads one
/// string from a table it fetched when the widget cannot start); none for another name or a
/// count.
#[cfg(not(target_arch = "wasm32"))]
pub fn slot_of(name: &str) -> Option<usize> {
    let index = FIELDS.iter().position(|(field, _)| *field == name)?;
    matches!(FIELDS[index].1, Shape::Text).then(|| offset(FIELDS, index))
}

#[cfg(feature = "toml")]
impl Texts {
    /// A table written in TOML (its `review` note aside) as its compact form's strings, or what
    /// is wrong with it: a key missing, unknown or of the wrong kind, each with its name.
    pub fn parts_of_toml(text: &str) -> Result<Vec<String>, String> {
        let mut table: toml::Table = text.parse().map_err(|e| format!("not TOML: {e}"))?;
        table.remove("review");
        let mut parts = Vec::new();
        let mut problems = Vec::new();
        for (name, shape) in FIELDS {
            let Some(value) = table.remove(*name) else {
                problems.push(format!("{name} is missing"));
                continue;
            };
            match (shape, value) {
                (Shape::Plural, toml::Value::Table(mut forms)) => {
                    for category in CATEGORIES {
                        match forms.remove(category) {
                            Some(toml::Value::String(form)) => parts.push(form),
                            None if category != "other" => parts.push(String::new()),
                            _ => problems.push(format!("{name}.{category} should be a string")),
                        }
                    }
                    for unknown in forms.keys() {
                        problems.push(format!("{name}.{unknown} is not a plural category"));
                    }
                }
                (Shape::Dir, toml::Value::String(dir)) if dir == "ltr" || dir == "rtl" => {
                    parts.push(dir)
                }
                (Shape::Text, toml::Value::String(text)) => parts.push(text),
                (Shape::Plural, _) => {
                    problems.push(format!("{name} should be {{ one = …, other = … }}"))
                }
                (Shape::Dir, _) => problems.push(format!("{name} should be \"ltr\" or \"rtl\"")),
                (Shape::Text, _) => problems.push(format!("{name} should be a string")),
            }
        }
        for unknown in table.keys() {
            problems.push(format!("{unknown} is not a key of a table"));
        }
        if problems.is_empty() {
            Ok(parts)
        } else {
            Err(problems.join("; "))
        }
    }
}

table! {
    /// BCP 47 tag (`en`, `ur`).
    lang: Text,
    /// Writing direction.
    dir: Dir,
    /// Sentence end.
    full_stop: Text,
    /// Separator in lists ("A, B and C").
    comma: Text,
    /// "{0} and {1}": the last two items of a list.
    and: Text,

    /// Above the title.
    kicker: Text,
    /// Label of the quiz region.
    quiz: Text,
    /// "Question {0} of {1}".
    question_of: Text,
    /// Label of the progress bar: "{0} of {1} questions done" (its form follows {1}, the total).
    progress: Plural,
    /// The widget's own extra answer.
    not_sure: Text,
    /// Back one question.
    back: Text,
    /// Forward, keeping the answer.
    next: Text,
    /// Forward without answering.
    skip: Text,
    /// Forget all answers (from the quiz).
    restart: Text,

    /// Eyebrow of a clear result.
    clear_fit: Text,
    /// Eyebrow of a close call.
    close_call: Text,
    /// Eyebrow of a tie.
    tie: Text,
    /// Eyebrow when no answer moved any score.
    no_signal: Text,
    /// "{0} fits you best".
    fits_best: Text,
    /// "{0}, but only just".
    only_just: Text,
    /// "Equally good fits: {0}".
    tied: Text,
    /// Headline when no answer moved any score.
    no_recommendation: Text,
    /// Body when no answer moved any score.
    no_signal_body: Text,
    /// "Based on {0} answers".
    based_on: Plural,
    /// "{0} not sure".
    unsure_count: Plural,
    /// "{0} skipped".
    skipped_count: Plural,
    /// Heading of the score bars.
    scores: Text,
    /// "{0} points" (a score, negative too: its form follows the number without its sign).
    points: Plural,
    /// Heading of the reasons.
    why: Text,
    /// Heading of the notes that apply whoever wins.
    keep_in_mind: Text,
    /// Heading of what would settle a close call or tie.
    what_decides: Text,
    /// "Answering {0} to “{1}” would put {2} ahead." ({0} is shown emphasised).
    would_decide: Text,
    /// "Choose {0} if: ".
    choose_if: Text,
    /// "When {0} would be the better pick".
    better_pick: Text,
    /// "When to choose {0}".
    when_to_choose: Text,
    /// Back from the result to the last question.
    change_answers: Text,
    /// Forget all answers (from the result or the resume offer).
    start_over: Text,

    /// The share button: copies the sentence below and the link.
    copy_link: Text,
    /// Copies the link alone.
    copy_link_only: Text,
    /// "I got {0} on “{1}”": the sentence shared before the link ({1}: the comparison's title).
    shared_pick: Text,
    /// "{0} tied for me on “{1}”".
    shared_tie: Text,
    /// "{0} fits me best": an outcome page's title, as the reader who shares it would say it.
    fits_me: Text,
    /// The system share sheet button.
    share: Text,
    /// Said once the link is on the clipboard.
    link_copied: Text,
    /// Above the field to copy from when the clipboard refused.
    copy_by_hand: Text,

    /// The grid's heading when the content has none.
    comparison: Text,
    /// Under the grid's heading once rows are highlighted.
    highlighted: Text,
    /// Badge on the recommended option's column.
    your_pick: Text,
    /// Said to screen readers after a highlighted row's name.
    matters: Text,

    /// Heading of the article notes, and their toggle in the compact layout.
    from_article: Text,
    /// The comparison grid's toggle in the compact layout.
    compare: Text,
    /// Heading of the usage notes when the content has none.
    who_uses: Text,
    /// "Companies using {0}".
    companies_using: Text,
    /// "{0} code sample": label of a code block.
    code_sample: Text,

    /// Eyebrow when every option is ruled out.
    all_out: Text,
    /// Headline when every option is ruled out.
    all_out_headline: Text,
    /// Before the options that come closest when every one is ruled out.
    closest: Text,
    /// Tag on a ruled-out option's score.
    ruled_out: Text,
    /// "{0} is ruled out by your answer {1} to “{2}”." ({1} is shown emphasised).
    ruled_out_by: Text,
    /// The control that makes an answer a must-have.
    must_have: Text,
    /// Label of a question's importance control.
    matters_how: Text,
    /// Importance: not at all (×0).
    matters_not: Text,
    /// Importance: as the author weighed it (×1).
    matters_normally: Text,
    /// Importance: a lot (×2).
    matters_a_lot: Text,
    /// "Why not {0}?": heading of what counted against an option that did not win.
    why_not: Text,
    /// Before the questions whose answers counted against it.
    counted_against: Text,
    /// "It would win if you answered {0} to “{1}”." ({0} is shown emphasised).
    would_win_if: Text,
    /// Before the two answers whose change would make it win.
    would_win_with: Text,
    /// When no change of one or two answers would make it win.
    no_flip: Text,
    /// Said of a clear win that one answer would change.
    fragile: Text,
    /// The grid's filter: rows whose cells differ.
    only_differences: Text,
    /// The grid's filter: rows the reader's answers touched.
    only_mine: Text,
    /// Label of the grid's choice of options to compare.
    compare_options: Text,

    /// Closes a notice.
    dismiss: Text,
    /// Label of the resume offer.
    saved_progress: Text,
    /// Resume at the result.
    show_result: Text,
    /// Resume at a question.
    resume: Text,
    /// Resume offer after a finished quiz.
    welcome_done: Text,
    /// "Welcome back: you stopped at question {0} of {1} on an earlier visit."
    welcome_stopped: Text,
    /// "This shared link could not be opened: {0}. Here is a fresh start instead."
    bad_link: Text,
    /// Why: damaged.
    link_damaged: Text,
    /// Why: another widget version ({0}).
    link_other_format: Text,
    /// Why: another content edition ({0} in the link, {1} now).
    link_other_edition: Text,
    /// Why: answers do not fit the questions.
    link_mismatch: Text,

    /// Heading when content cannot be shown.
    cant_show: Text,
    /// "Its content has {0} problems to fix:".
    problems: Plural,
    /// "This decision guide could not be loaded.": the loader's notice when the widget cannot
    /// start (embed.js reads it from the table by its place, see [`slot_of`]).
    could_not_load: Text,
}
