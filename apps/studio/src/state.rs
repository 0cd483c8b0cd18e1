//! The studio's state: the author's JSON and Markdown, what the content rules say about the JSON,
//! the last content worth previewing, and what a draft from the article found (for the author
//! to pick from) and could not find. A small state
//! machine driven by [`StudioAction`]s, tested natively; the studio's Yew reducer only wraps it.

use std::ops::Range;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use verdict_core::content::Content;
use verdict_core::element::inline_json;
use verdict_core::problem::Problem;
use verdict_core::{json_path, load, write};
use verdict_import as import;

/// A new comparison to start from: two options, two questions, a grid row, ready to edit.
pub const TEMPLATE_JSON: &str = include_str!("../../../content/template.json");

/// What the studio keeps between visits (in the browser's storage, as JSON).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedDraft {
    /// The content being written.
    pub json: String,
    /// The article it may have been drafted from.
    pub markdown: String,
}

/// Where the JSON in the editor stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Checked {
    /// Edited since it was last checked (the check waits until the author pauses).
    Pending,
    /// Valid content.
    Valid(Rc<Content>),
    /// Every problem, with its path (and its place in the text, when known).
    Problems(Rc<Vec<Problem>>),
}

/// The studio.
#[derive(Debug, Clone, PartialEq)]
pub struct Studio {
    /// The content, as JSON text.
    pub json: String,
    /// The article, as Markdown.
    pub markdown: String,
    /// What the rules say about `json`.
    pub checked: Checked,
    /// The last valid content: the preview keeps showing it while the text has problems.
    pub preview: Option<Rc<Content>>,
    /// What the importer found in the article, while the author picks what to keep.
    pub inventory: Option<Inventory>,
    /// What the importer could not find in the article, after a draft from it.
    pub notes: Vec<String>,
    /// The text the last replacement (a draft, the template, a file) took the place of, until
    /// the author edits again: one click must never lose an afternoon's work.
    pub replaced: Option<String>,
}

/// What a draft from the article found, and what the author keeps of it: the importer
/// proposes, the author decides before anything becomes JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct Inventory {
    /// The draft: options and where they were found, proposed questions, grid rows.
    pub draft: Rc<import::Draft>,
    /// Whether each proposal is kept (at first the importer's picks, the strongest).
    pub questions: Vec<bool>,
    /// Whether each grid row is kept (at first all).
    pub rows: Vec<bool>,
}

impl Inventory {
    /// What the importer found in `markdown`, its picks ticked.
    pub fn of(markdown: &str) -> Self {
        let draft = import::draft(markdown);
        Self {
            questions: draft.kept.clone(),
            rows: vec![true; draft.content.grid.rows.len()],
            draft: Rc::new(draft),
        }
    }

    /// How many questions and rows are ticked.
    pub fn ticked(&self) -> (usize, usize) {
        let count = |flags: &[bool]| flags.iter().filter(|k| **k).count();
        (count(&self.questions), count(&self.rows))
    }
}

/// What the author does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StudioAction {
    /// The JSON changed (typed, pasted).
    EditJson(String),
    /// The author paused: check the JSON.
    Check,
    /// The Markdown changed.
    EditMarkdown(String),
    /// Read the article: show what it gives, for the author to pick from.
    DraftFromArticle,
    /// Keep or drop the proposed question at this index.
    ToggleQuestion(usize),
    /// Keep or drop the grid row at this index.
    ToggleRow(usize),
    /// Put the draft, with what the author kept, in place of the JSON.
    UseDraft,
    /// Close what the article gave without using it.
    DropDraft,
    /// Start again from the template.
    NewFromTemplate,
    /// A file was opened: its text replaces the JSON.
    Open(String),
    /// Bring back the text the last replacement took the place of.
    Undo,
}

impl Studio {
    /// The studio with what was saved (or the template, the first time), checked.
    pub fn start(saved: Option<SavedDraft>) -> Self {
        let saved = saved
            .filter(|s| !s.json.trim().is_empty())
            .unwrap_or_else(|| SavedDraft {
                json: TEMPLATE_JSON.to_owned(),
                markdown: String::new(),
            });
        Self {
            json: saved.json,
            markdown: saved.markdown,
            checked: Checked::Pending,
            preview: None,
            inventory: None,
            notes: Vec::new(),
            replaced: None,
        }
        .apply(StudioAction::Check)
    }

    /// What to keep between visits.
    pub fn saved(&self) -> SavedDraft {
        SavedDraft {
            json: self.json.clone(),
            markdown: self.markdown.clone(),
        }
    }

    /// The studio after `action`.
    pub fn apply(&self, action: StudioAction) -> Self {
        let mut next = self.clone();
        match action {
            StudioAction::EditJson(json) => {
                if json != next.json {
                    next.json = json;
                    next.checked = Checked::Pending;
                    next.replaced = None;
                }
            }
            StudioAction::Check => next.check(),
            StudioAction::EditMarkdown(markdown) => next.markdown = markdown,
            StudioAction::DraftFromArticle => {
                let inventory = Inventory::of(&next.markdown);
                next.notes = inventory.draft.notes.clone();
                next.inventory = Some(inventory);
            }
            StudioAction::ToggleQuestion(i) => {
                if let Some(kept) = next.inventory.as_mut().and_then(|v| v.questions.get_mut(i)) {
                    *kept = !*kept;
                }
            }
            StudioAction::ToggleRow(i) => {
                if let Some(kept) = next.inventory.as_mut().and_then(|v| v.rows.get_mut(i)) {
                    *kept = !*kept;
                }
            }
            StudioAction::UseDraft => {
                if let Some(inventory) = next.inventory.take() {
                    let content = inventory.draft.with(&inventory.questions, &inventory.rows);
                    next.replace(write::to_json(&content));
                    next.notes = inventory.draft.notes.clone();
                }
            }
            StudioAction::DropDraft => {
                next.inventory = None;
                next.notes.clear();
            }
            StudioAction::NewFromTemplate => next.replace(TEMPLATE_JSON.to_owned()),
            StudioAction::Open(text) => next.replace(text),
            StudioAction::Undo => {
                if let Some(before) = next.replaced.take() {
                    next.json = before;
                    next.notes.clear();
                    next.check();
                }
            }
        }
        next
    }

    /// Puts `json` in place of the author's text, keeping that text for [`StudioAction::Undo`],
    /// and checks it.
    fn replace(&mut self, json: String) {
        let before = std::mem::replace(&mut self.json, json);
        self.replaced = (before != self.json).then_some(before);
        self.notes.clear();
        self.check();
    }

    /// What the content rules say about the text; valid content becomes the preview.
    fn check(&mut self) {
        self.checked = match load::from_json(&self.json) {
            Ok(content) => {
                let content = Rc::new(content);
                self.preview = Some(content.clone());
                Checked::Valid(content)
            }
            Err(problems) => Checked::Problems(Rc::new(problems)),
        };
    }

    /// The id of the content in the editor, for a file name (`my-comparison`), when readable.
    pub fn file_stem(&self) -> String {
        match &self.checked {
            Checked::Valid(content) => content.id.clone(),
            _ => self
                .preview
                .as_ref()
                .map_or_else(|| "my-comparison".to_owned(), |c| c.id.clone()),
        }
    }
}

/// Where `problem` is in `json`, as a byte range for the caret: a syntax error's position, else
/// the first line of the value at its path (or of the deepest value on the way, for a missing
/// field). Worked out here, when the author asks, rather than carried by every [`Problem`]: the
/// reader's WebAssembly, which reports problems too, stays as small as it was.
pub fn place_of(json: &str, problem: &Problem) -> Range<usize> {
    if problem.path.is_empty() {
        if let Err(error) = serde_json::from_str::<serde::de::IgnoredAny>(json) {
            if error.is_syntax() || error.is_eof() {
                let at = json_path::offset_of(json, error.line(), error.column());
                return at..at;
            }
        }
    }
    let span = json_path::span_of(json, &problem.path);
    let first_line = json[span.clone()]
        .find('\n')
        .map_or(span.end, |n| span.start + n);
    span.start..first_line
}

/// The HTML a blogger pastes to show `json` inline: the loader and the element with the content
/// inside. Every `<` in the JSON is written `\u003c` (the same JSON to a reader of JSON), so no
/// `</script>` or `<!--` in the text can end or confuse the script element around it.
pub fn inline_snippet(embed_url: &str, json: &str) -> String {
    let safe = inline_json(json);
    format!(
        "<script type=\"module\" src=\"{embed_url}\"></script>\n<verdict-widget>\n  <script type=\"application/json\">\n{safe}\n  </script>\n</verdict-widget>"
    )
}

/// The HTML a blogger pastes to show content kept in a file next to the post.
pub fn file_snippet(embed_url: &str, file: &str) -> String {
    format!(
        "<script type=\"module\" src=\"{embed_url}\"></script>\n<verdict-widget src=\"{file}\"></verdict-widget>"
    )
}
