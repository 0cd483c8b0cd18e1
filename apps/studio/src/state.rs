//! The studio's state: the comparison being written (the form's document and its JSON, kept in
//! step both ways), what the content rules say about it, the last version worth previewing, the
//! post it may come from (in pieces, with what each piece became), and the history that Undo
//! and Redo walk. A state machine driven by [`StudioAction`]s, tested natively; the studio's Yew
//! reducer only wraps it.

use std::ops::Range;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::edit::{self, Edit};
use verdict_core::content::Content;
use verdict_core::element::inline_json;
use verdict_core::problem::Problem;
use verdict_core::{json_path, load, write};
use verdict_import::quarry::{self, Quarry};
use verdict_import::{self as import, lexicon};

/// A new comparison to start from: two options, two questions, a grid row, ready to edit.
pub const TEMPLATE_JSON: &str = include_str!("../../../content/template.json");

/// Steps of Undo kept at most.
const HISTORY: usize = 200;

/// What the studio keeps between visits (in the browser's storage, as JSON).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedDraft {
    /// The content being written.
    pub json: String,
    /// The post it may have been drafted from.
    pub markdown: String,
}

/// Where the comparison stands against the rules.
#[derive(Debug, Clone, PartialEq)]
pub enum Checked {
    /// The JSON was typed since it was last read (reading waits until the author pauses).
    Pending,
    /// Valid content.
    Valid(Rc<Content>),
    /// Every problem, with its path (and its place in the JSON, when asked).
    Problems(Rc<Vec<Problem>>),
}

/// What a piece of the post became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Made {
    /// A question (its id).
    Question(String),
    /// A grid row (its id).
    Row(String),
    /// A when-to-choose section of an option (the option's id, the section's title).
    Section(String, String),
    /// The verdict.
    Verdict,
}

/// What the author asks of a piece of the post.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UseAs {
    /// A question.
    Question,
    /// A grid row.
    Row,
    /// A when-to-choose section (of the option it names, else the first).
    Section,
    /// The verdict.
    Verdict,
}

/// The post the comparison may come from.
#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    /// Its text, as pasted.
    pub text: String,
    /// Its pieces, once read.
    pub quarry: Option<Rc<Quarry>>,
    /// What pieces became (by piece).
    pub marks: Vec<(usize, Made)>,
}

/// A state Undo can go back to.
#[derive(Debug, Clone, PartialEq)]
struct Snapshot {
    doc: Rc<Content>,
    marks: Vec<(usize, Made)>,
}

/// The studio.
#[derive(Debug, Clone, PartialEq)]
pub struct Studio {
    /// The comparison, as the form edits it: the JSON's meaning once it reads.
    pub doc: Rc<Content>,
    /// The comparison as JSON text (the JSON tab): written from the document after a form edit,
    /// read into it after the author types.
    pub json: String,
    /// What the rules say about it.
    pub checked: Checked,
    /// The last valid content: the preview keeps showing it while there are problems.
    pub preview: Option<Rc<Content>>,
    /// The post, and what became of its pieces.
    pub post: Post,
    /// What the importer could not find in the post, after reading it.
    pub notes: Vec<String>,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// The field the last form edit typed into (keystrokes in one field are one step of Undo).
    typing: Option<String>,
}

/// What the author does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StudioAction {
    /// A form edit.
    Edit(Edit),
    /// The JSON changed (typed, pasted in the JSON tab).
    EditJson(String),
    /// The author paused: read the JSON and check it.
    Check,
    /// The post changed (pasted, typed).
    EditPost(String),
    /// Read the post: its pieces, and a first draft made from what the importer finds (marked
    /// on the pieces, each mark removable).
    ReadPost,
    /// Make something of a piece of the post.
    Use(usize, UseAs),
    /// Take back what a piece became.
    Drop(usize),
    /// Start again from the template.
    NewFromTemplate,
    /// A file was opened: its text is the comparison.
    Open(String),
    /// Back one step.
    Undo,
    /// Forward one step.
    Redo,
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
        let template: Content = serde_json::from_str(TEMPLATE_JSON).expect("the template reads");
        let mut studio = Self {
            doc: Rc::new(template),
            json: saved.json,
            checked: Checked::Pending,
            preview: None,
            post: Post {
                text: saved.markdown,
                quarry: None,
                marks: Vec::new(),
            },
            notes: Vec::new(),
            undo: Vec::new(),
            redo: Vec::new(),
            typing: None,
        };
        studio.read_json();
        studio
    }

    /// What to keep between visits.
    pub fn saved(&self) -> SavedDraft {
        SavedDraft {
            json: self.json.clone(),
            markdown: self.post.text.clone(),
        }
    }

    /// Whether there is a step to undo, and one to redo.
    pub fn can_undo(&self) -> (bool, bool) {
        (!self.undo.is_empty(), !self.redo.is_empty())
    }

    /// Whether the JSON reads as a comparison (the form shows the document; while the JSON does
    /// not read, the form waits for it).
    pub fn json_reads(&self) -> bool {
        !matches!(&self.checked, Checked::Problems(p) if p.iter().any(is_unreadable))
    }

    /// The studio after `action`.
    pub fn apply(&self, action: StudioAction) -> Self {
        let mut next = self.clone();
        match action {
            StudioAction::Edit(e) => {
                let field = e.field();
                let coalesce = field.is_some() && field == next.typing;
                if !coalesce {
                    next.remember();
                }
                let mut doc = (*next.doc).clone();
                edit::apply(&mut doc, e);
                next.typing = field;
                next.set_doc(doc);
            }
            StudioAction::EditJson(json) => {
                if json != next.json {
                    next.remember();
                    next.typing = None;
                    next.json = json;
                    next.checked = Checked::Pending;
                }
            }
            StudioAction::Check => next.read_json(),
            StudioAction::EditPost(text) => {
                if text != next.post.text {
                    next.post.text = text;
                    next.post.quarry = None;
                    next.post.marks.clear();
                }
            }
            StudioAction::ReadPost => next.read_post(),
            StudioAction::Use(at, what) => next.use_piece(at, what),
            StudioAction::Drop(at) => next.drop_piece(at),
            StudioAction::NewFromTemplate => {
                next.remember();
                next.json = TEMPLATE_JSON.to_owned();
                next.post.marks.clear();
                next.read_json();
            }
            StudioAction::Open(text) => {
                next.remember();
                next.json = text;
                next.post.marks.clear();
                next.read_json();
            }
            StudioAction::Undo => {
                if let Some(before) = next.undo.pop() {
                    let now = next.snapshot();
                    next.redo.push(now);
                    next.restore(before);
                }
            }
            StudioAction::Redo => {
                if let Some(after) = next.redo.pop() {
                    let now = next.snapshot();
                    next.undo.push(now);
                    next.restore(after);
                }
            }
        }
        next
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            doc: self.doc.clone(),
            marks: self.post.marks.clone(),
        }
    }

    /// The state as it is now, for Undo; a new step forgets what Redo had.
    fn remember(&mut self) {
        // A JSON still being typed is the document's only after it reads: read it first.
        if self.checked == Checked::Pending {
            self.read_json();
        }
        let now = self.snapshot();
        if self.undo.last() != Some(&now) {
            self.undo.push(now);
            if self.undo.len() > HISTORY {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.typing = None;
    }

    fn restore(&mut self, to: Snapshot) {
        self.post.marks = to.marks;
        self.typing = None;
        self.set_doc((*to.doc).clone());
    }

    /// A new document: its JSON written, its rules checked.
    fn set_doc(&mut self, doc: Content) {
        self.json = write::to_json(&doc);
        self.doc = Rc::new(doc);
        self.check_doc();
    }

    fn check_doc(&mut self) {
        self.checked = match load::checked((*self.doc).clone()) {
            Ok(content) => {
                let content = Rc::new(content);
                self.preview = Some(content.clone());
                Checked::Valid(content)
            }
            Err(problems) => Checked::Problems(Rc::new(problems)),
        };
    }

    /// The JSON read: where it reads as the model (whatever its rules say), it is the document.
    fn read_json(&mut self) {
        match serde_json::from_str::<Content>(&self.json) {
            Ok(doc) => {
                self.doc = Rc::new(doc);
                self.check_doc();
            }
            Err(_) => {
                // Syntax or shape: every problem, as the checker says them; the form keeps the
                // last document that read.
                self.checked = match load::from_json(&self.json) {
                    Ok(content) => Checked::Valid(Rc::new(content)),
                    Err(problems) => Checked::Problems(Rc::new(problems)),
                };
            }
        }
    }

    /// The post read into pieces; a first draft from it becomes the comparison (one step of
    /// Undo), each piece a proposal came from marked with what it became.
    fn read_post(&mut self) {
        let quarry = Rc::new(quarry::quarry(&self.post.text));
        let draft = import::draft(&self.post.text);
        self.notes = draft.notes.clone();
        self.remember();
        let mut marks = Vec::new();
        let content = draft.content.clone();
        for (proposal, kept) in draft.proposals.iter().zip(&draft.kept) {
            if !kept {
                continue;
            }
            let id = content
                .questions
                .iter()
                .find(|q| q.text == proposal.text)
                .map(|q| q.id.clone());
            if let (Some(at), Some(id)) = (piece_of(&quarry, &proposal.from), id) {
                marks.push((at, Made::Question(id)));
            }
        }
        for row in &content.grid.rows {
            if let Some(at) = quarry.pieces.iter().position(|p| {
                p.kind == quarry::PieceKind::Row
                    && p.cells.first().is_some_and(|c| c.trim() == row.feature)
            }) {
                marks.push((at, Made::Row(row.id.clone())));
            }
        }
        self.post.quarry = Some(quarry);
        self.post.marks = marks;
        self.set_doc(content);
    }

    /// A piece of the post made into a question, a row, a section or the verdict.
    fn use_piece(&mut self, at: usize, what: UseAs) {
        let Some(quarry) = self.post.quarry.clone() else {
            return;
        };
        if self.post.marks.iter().any(|(p, _)| *p == at) {
            return;
        }
        self.remember();
        let mut doc = (*self.doc).clone();
        let made = match what {
            UseAs::Question => {
                let taken: Vec<String> = doc.questions.iter().map(|q| q.id.clone()).collect();
                let Some(q) = quarry::as_question(&quarry, at, &doc.options, &taken) else {
                    return;
                };
                let id = q.id.clone();
                doc.questions.push(q);
                Made::Question(id)
            }
            UseAs::Row => {
                let taken: Vec<String> = doc.grid.rows.iter().map(|r| r.id.clone()).collect();
                let Some(row) = quarry::as_row(&quarry, at, &doc.options, &taken) else {
                    return;
                };
                let id = row.id.clone();
                doc.grid.rows.push(row);
                Made::Row(id)
            }
            UseAs::Section => {
                let Some(section) = quarry::as_section(&quarry, at) else {
                    return;
                };
                let o = quarry::named(&quarry.pieces, at, &doc.options)
                    .first()
                    .copied()
                    .unwrap_or(0);
                let Some(option) = doc.options.get_mut(o) else {
                    return;
                };
                let made = Made::Section(option.id.clone(), section.title.clone());
                option.when_to_choose.push(section);
                made
            }
            UseAs::Verdict => {
                let Some(verdict) = quarry::as_verdict(&quarry, at, &doc.options) else {
                    return;
                };
                doc.verdict = Some(verdict);
                self.post.marks.retain(|(_, m)| *m != Made::Verdict);
                Made::Verdict
            }
        };
        self.post.marks.push((at, made));
        self.set_doc(doc);
    }

    /// What a piece became, taken back out of the comparison.
    fn drop_piece(&mut self, at: usize) {
        let Some(i) = self.post.marks.iter().position(|(p, _)| *p == at) else {
            return;
        };
        self.remember();
        let (_, made) = self.post.marks.remove(i);
        let mut doc = (*self.doc).clone();
        match made {
            Made::Question(id) => doc.questions.retain(|q| q.id != id),
            Made::Row(id) => {
                doc.grid.rows.retain(|r| r.id != id);
                for q in &mut doc.questions {
                    q.rows.retain(|r| *r != id);
                }
            }
            Made::Section(option, title) => {
                if let Some(o) = doc.options.iter_mut().find(|o| o.id == option) {
                    if let Some(s) = o.when_to_choose.iter().position(|s| s.title == title) {
                        o.when_to_choose.remove(s);
                    }
                }
            }
            Made::Verdict => doc.verdict = None,
        }
        self.set_doc(doc);
    }

    /// What a piece of the post became, if anything.
    pub fn made_of(&self, at: usize) -> Option<&Made> {
        self.post
            .marks
            .iter()
            .find(|(p, _)| *p == at)
            .map(|(_, m)| m)
    }

    /// "Yes" and "No" in the comparison's language (the post's, once read; else English).
    pub fn yes_no(&self) -> (String, String) {
        let lex = self
            .post
            .quarry
            .as_ref()
            .map_or_else(lexicon::english, |q| q.lexicon());
        (lex.yes.clone(), lex.no.clone())
    }

    /// The id of the content, for a file name (`my-comparison`).
    pub fn file_stem(&self) -> String {
        if self.doc.id.is_empty() {
            "my-comparison".to_owned()
        } else {
            self.doc.id.clone()
        }
    }
}

/// Whether a problem says the JSON does not read at all (syntax or shape), rather than a rule.
fn is_unreadable(problem: &Problem) -> bool {
    problem.path.is_empty()
        || problem.message.starts_with("is missing")
        || problem.message.starts_with("is not a known field")
        || problem.message.starts_with("should be ")
        || problem.message.contains("is written twice")
        || problem.message.contains("it must be a whole number")
}

/// The piece a proposal came from: the one whose words it is, or holds.
fn piece_of(quarry: &Quarry, from: &str) -> Option<usize> {
    let from = from.trim();
    quarry
        .pieces
        .iter()
        .position(|p| p.text == from)
        .or_else(|| {
            quarry
                .pieces
                .iter()
                .position(|p| !from.is_empty() && p.text.contains(from))
        })
        .or_else(|| {
            quarry
                .pieces
                .iter()
                .position(|p| p.text.chars().count() >= 12 && from.contains(p.text.as_str()))
        })
}

/// Where `problem` is in `json`, as a byte range for the caret: a syntax error's position, else
/// the first line of the value at its path (or of the deepest value on the way, for a missing
/// field). Worked out here, when the author asks, rather than carried by every [`Problem`]: the
/// checker's WebAssembly, which reports problems too, stays as small as it was.
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
