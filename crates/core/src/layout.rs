//! Which parts of the widget a page shows, and how: read from the host element's attributes.
//!
//! - `parts="quiz grid notes"`: the parts shown, in any order (all three when absent or when it
//!   names none of them);
//! - `data-layout="full"`: every part open from the start, as on the demo page. By default a
//!   widget embedded in a post is compact: the quiz alone, with the comparison and the article's
//!   sections folded behind toggles that open by themselves once the reader has a result.

/// The parts of a widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    /// The quiz and its result.
    pub quiz: bool,
    /// The comparison grid.
    pub grid: bool,
    /// The article's sections ("From the article").
    pub notes: bool,
}

/// How a widget lays out its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// The parts shown.
    pub parts: Parts,
    /// Whether the grid and the notes are open from the start, rather than folded until the
    /// result.
    pub full: bool,
}

impl Default for Layout {
    fn default() -> Self {
        Self::from_attributes(None, None)
    }
}

impl Layout {
    /// The layout the attributes `parts` and `data-layout` ask for.
    pub fn from_attributes(parts: Option<&str>, layout: Option<&str>) -> Self {
        let named: Vec<&str> = parts.unwrap_or_default().split_whitespace().collect();
        let has = |part: &str| named.iter().any(|n| n.eq_ignore_ascii_case(part));
        let parts = if ["quiz", "grid", "notes"].iter().any(|p| has(p)) {
            Parts {
                quiz: has("quiz"),
                grid: has("grid"),
                notes: has("notes"),
            }
        } else {
            Parts {
                quiz: true,
                grid: true,
                notes: true,
            }
        };
        // Without a quiz there is no result to unfold them: they are simply shown.
        let full = layout.is_some_and(|l| l.trim().eq_ignore_ascii_case("full")) || !parts.quiz;
        Self { parts, full }
    }
}
