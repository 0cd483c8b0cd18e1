//! Edits the studio's form makes to a comparison: each field set, each list item added, removed
//! or moved, an answer's leaning set per option, an option renamed everywhere it is used. Plain
//! data ([`Edit`]) applied to a [`Content`] by [`apply`], tested natively.

use verdict_core::content::{Answer, Choice, Content, GridRow, Question, Section, Verdict};
use verdict_core::id_map::IdMap;
use verdict_import::{slug, unique};

/// The template's id (`content/template.json`): a title typed over the template's names the
/// guide anew.
const TEMPLATE_ID: &str = "option-a-vs-option-b";

/// One way along a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// Toward the start.
    Up,
    /// Toward the end.
    Down,
}

/// One edit of the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// The heading.
    Title(String),
    /// The sentences under it.
    Intro(String),
    /// The closing line.
    Closing(String),
    /// A new option at the end.
    AddOption,
    /// An option gone, with its weights, cells and the verdict's pick of it.
    RemoveOption(usize),
    /// An option moved.
    MoveOption(usize, Move),
    /// An option renamed everywhere it is used: its id (when it was made from its name) and every
    /// reference to it, and its name in the questions, reasons and sections that say it.
    RenameOption(usize, String),
    /// An option's tagline.
    Tagline(usize, String),
    /// A new question at the end, "Yes" and "No" in the comparison's words.
    AddQuestion {
        /// "Yes" in the post's language.
        yes: String,
        /// "No" in the post's language.
        no: String,
    },
    /// A question gone.
    RemoveQuestion(usize),
    /// A question moved.
    MoveQuestion(usize, Move),
    /// A question's text.
    QuestionText(usize, String),
    /// A question's help line.
    QuestionHelp(usize, String),
    /// Whether a question is about a grid row (highlighted once answered).
    QuestionRow(usize, String, bool),
    /// A new answer at the end of a question.
    AddAnswer(usize),
    /// An answer gone.
    RemoveAnswer(usize, usize),
    /// An answer's label.
    AnswerLabel(usize, usize, String),
    /// Why an answer counts.
    AnswerReason(usize, usize, String),
    /// Advice that applies whoever wins.
    AnswerNote(usize, usize, String),
    /// How an answer leans for one option: the points it gives (0: not at all).
    Lean(usize, usize, String, i32),
    /// Whether an answer rules an option out (question, answer, option id, on).
    RulesOut(usize, usize, String, bool),
    /// The grid's heading.
    GridTitle(String),
    /// The header of its first column.
    FeatureLabel(String),
    /// A new row at the end, "-" for every option.
    AddRow,
    /// A row gone (and questions' references to it).
    RemoveRow(usize),
    /// A row moved.
    MoveRow(usize, Move),
    /// A row's feature.
    RowFeature(usize, String),
    /// A row's cell for an option.
    Cell(usize, String, String),
    /// A new when-to-choose section for an option.
    AddSection(usize),
    /// A section gone.
    RemoveSection(usize, usize),
    /// A section's title.
    SectionTitle(usize, usize, String),
    /// A section's paragraph.
    SectionBody(usize, usize, String),
    /// A section's list, one item a line.
    SectionBullets(usize, usize, String),
    /// The verdict's heading (an empty verdict is no verdict).
    VerdictTitle(String),
    /// The option the verdict favours, if any.
    VerdictPick(Option<String>),
    /// The verdict's paragraph.
    VerdictBody(String),
    /// The verdict's list, one item a line.
    VerdictBullets(String),
}

impl Edit {
    /// The field an edit types into, for telling a run of keystrokes (one step of Undo) from a
    /// new edit; none for edits that are steps of their own.
    pub fn field(&self) -> Option<String> {
        Some(match self {
            Edit::Title(_) => "title".to_owned(),
            Edit::Intro(_) => "intro".to_owned(),
            Edit::Closing(_) => "closing".to_owned(),
            Edit::RenameOption(i, _) => format!("options[{i}].name"),
            Edit::Tagline(i, _) => format!("options[{i}].tagline"),
            Edit::QuestionText(i, _) => format!("questions[{i}].text"),
            Edit::QuestionHelp(i, _) => format!("questions[{i}].help"),
            Edit::AnswerLabel(q, a, _) => format!("questions[{q}].answers[{a}].label"),
            Edit::AnswerReason(q, a, _) => format!("questions[{q}].answers[{a}].reason"),
            Edit::AnswerNote(q, a, _) => format!("questions[{q}].answers[{a}].note"),
            Edit::GridTitle(_) => "grid.title".to_owned(),
            Edit::FeatureLabel(_) => "grid.feature_label".to_owned(),
            Edit::RowFeature(r, _) => format!("grid.rows[{r}].feature"),
            Edit::Cell(r, o, _) => format!("grid.rows[{r}].cells.{o}"),
            Edit::SectionTitle(o, s, _) => format!("options[{o}].when_to_choose[{s}].title"),
            Edit::SectionBody(o, s, _) => format!("options[{o}].when_to_choose[{s}].body"),
            Edit::SectionBullets(o, s, _) => format!("options[{o}].when_to_choose[{s}].bullets"),
            Edit::VerdictTitle(_) => "verdict.title".to_owned(),
            Edit::VerdictBody(_) => "verdict.body".to_owned(),
            Edit::VerdictBullets(_) => "verdict.bullets".to_owned(),
            _ => return None,
        })
    }
}

/// `text`, or none when it is blank (an optional field cleared).
fn optional(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
}

/// Lines of a list, blank ones left out.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

fn moved<T>(list: &mut [T], i: usize, way: Move) {
    match way {
        Move::Up if i > 0 && i < list.len() => list.swap(i - 1, i),
        Move::Down if i + 1 < list.len() => list.swap(i, i + 1),
        _ => {}
    }
}

/// `name` in place of `old` wherever `text` says it as a whole word.
fn renamed(text: &str, old: &str, name: &str) -> String {
    if old.is_empty() || text.to_lowercase().len() != text.len() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(old) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + old.len()..].chars().next();
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
        out.push_str(&rest[..at]);
        out.push_str(if word(before) || word(after) {
            old
        } else {
            name
        });
        rest = &rest[at + old.len()..];
    }
    out.push_str(rest);
    out
}

/// `content` after `edit` (an edit naming what is not there changes nothing).
pub fn apply(content: &mut Content, edit: Edit) {
    let option_id = |c: &Content, i: usize| c.options.get(i).map(|o| o.id.clone());
    match edit {
        Edit::Title(t) => {
            // The id follows the title while it was made from it (or is the template's).
            if content.id == slug(&content.title)
                || content.id.is_empty()
                || content.id == TEMPLATE_ID
            {
                content.id = slug(&t);
            }
            content.title = t;
        }
        Edit::Intro(t) => content.intro = optional(t),
        Edit::Closing(t) => content.closing = optional(t),
        Edit::AddOption => {
            let taken: Vec<String> = content.options.iter().map(|o| o.id.clone()).collect();
            let n = content.options.len() + 1;
            let name = format!("Option {n}");
            let id = unique(slug(&name), &taken);
            for row in &mut content.grid.rows {
                row.cells.insert(id.clone(), "-".to_owned());
            }
            content.options.push(Choice {
                id,
                name,
                tagline: None,
                about: None,
                when_to_choose: Vec::new(),
                used_by: Vec::new(),
            });
        }
        Edit::RemoveOption(i) => {
            let Some(id) = option_id(content, i) else {
                return;
            };
            content.options.remove(i);
            for q in &mut content.questions {
                for a in &mut q.answers {
                    a.weights.remove(&id);
                    a.rules_out.retain(|o| *o != id);
                }
            }
            for row in &mut content.grid.rows {
                row.cells.remove(&id);
            }
            if let Some(v) = &mut content.verdict {
                if v.pick.as_deref() == Some(id.as_str()) {
                    v.pick = None;
                }
            }
        }
        Edit::MoveOption(i, way) => moved(&mut content.options, i, way),
        Edit::RenameOption(i, name) => {
            let Some(option) = content.options.get(i) else {
                return;
            };
            let (old_id, old_name) = (option.id.clone(), option.name.clone());
            let new_id = if old_id == slug(&old_name) && !name.trim().is_empty() {
                let taken: Vec<String> = content
                    .options
                    .iter()
                    .filter(|o| o.id != old_id)
                    .map(|o| o.id.clone())
                    .collect();
                unique(slug(&name), &taken)
            } else {
                old_id.clone()
            };
            let swap = |map: &mut IdMap<String>| {
                if let Some(v) = map.remove(&old_id) {
                    map.insert(new_id.clone(), v);
                }
            };
            for row in &mut content.grid.rows {
                swap(&mut row.cells);
            }
            // Wording follows only where the old name was a whole word of its own.
            let say = |text: &mut String| *text = renamed(text, &old_name, &name);
            for q in &mut content.questions {
                say(&mut q.text);
                for a in &mut q.answers {
                    if let Some(w) = a.weights.remove(&old_id) {
                        a.weights.insert(new_id.clone(), w);
                    }
                    for o in &mut a.rules_out {
                        if *o == old_id {
                            o.clone_from(&new_id);
                        }
                    }
                    if let Some(r) = &mut a.reason {
                        say(r);
                    }
                }
            }
            if let Some(v) = &mut content.verdict {
                if v.pick.as_deref() == Some(old_id.as_str()) {
                    v.pick = Some(new_id.clone());
                }
            }
            let option = &mut content.options[i];
            for s in &mut option.when_to_choose {
                say(&mut s.title);
            }
            option.id = new_id;
            option.name = name;
        }
        Edit::Tagline(i, t) => {
            if let Some(o) = content.options.get_mut(i) {
                o.tagline = optional(t);
            }
        }
        Edit::AddQuestion { yes, no } => {
            let taken: Vec<String> = content.questions.iter().map(|q| q.id.clone()).collect();
            let id = unique(format!("q{}", content.questions.len() + 1), &taken);
            content.questions.push(Question {
                id,
                text: String::new(),
                help: None,
                answers: verdict_import::yes_no([yes, no], IdMap::new(), None, None),
                rows: Vec::new(),
            });
        }
        Edit::RemoveQuestion(i) => {
            if i < content.questions.len() {
                content.questions.remove(i);
            }
        }
        Edit::MoveQuestion(i, way) => moved(&mut content.questions, i, way),
        Edit::QuestionText(i, t) => {
            if let Some(q) = content.questions.get_mut(i) {
                q.text = t;
            }
        }
        Edit::QuestionHelp(i, t) => {
            if let Some(q) = content.questions.get_mut(i) {
                q.help = optional(t);
            }
        }
        Edit::QuestionRow(i, row, on) => {
            if let Some(q) = content.questions.get_mut(i) {
                q.rows.retain(|r| *r != row);
                if on {
                    q.rows.push(row);
                }
            }
        }
        Edit::AddAnswer(i) => {
            if let Some(q) = content.questions.get_mut(i) {
                let taken: Vec<String> = q.answers.iter().map(|a| a.id.clone()).collect();
                let id = unique(format!("a{}", q.answers.len() + 1), &taken);
                q.answers.push(Answer {
                    id,
                    label: String::new(),
                    weights: IdMap::new(),
                    rules_out: Vec::new(),
                    reason: None,
                    note: None,
                });
            }
        }
        Edit::RemoveAnswer(q, a) => {
            if let Some(q) = content.questions.get_mut(q) {
                if a < q.answers.len() {
                    q.answers.remove(a);
                }
            }
        }
        Edit::AnswerLabel(q, a, t) => {
            if let Some(a) = answer(content, q, a) {
                a.label = t;
            }
        }
        Edit::AnswerReason(q, a, t) => {
            if let Some(a) = answer(content, q, a) {
                a.reason = optional(t);
            }
        }
        Edit::AnswerNote(q, a, t) => {
            if let Some(a) = answer(content, q, a) {
                a.note = optional(t);
            }
        }
        Edit::Lean(q, a, option, points) => {
            if let Some(a) = answer(content, q, a) {
                a.weights.remove(&option);
                if points != 0 {
                    a.weights.insert(option, points);
                }
            }
        }
        Edit::RulesOut(q, a, option, on) => {
            if let Some(a) = answer(content, q, a) {
                a.rules_out.retain(|o| *o != option);
                if on {
                    a.rules_out.push(option);
                }
            }
        }
        Edit::GridTitle(t) => content.grid.title = optional(t),
        Edit::FeatureLabel(t) => content.grid.feature_label = t,
        Edit::AddRow => {
            let taken: Vec<String> = content.grid.rows.iter().map(|r| r.id.clone()).collect();
            let id = unique(format!("row-{}", content.grid.rows.len() + 1), &taken);
            let cells = content
                .options
                .iter()
                .map(|o| (o.id.clone(), "-".to_owned()))
                .collect();
            content.grid.rows.push(GridRow {
                id,
                feature: String::new(),
                cells,
            });
        }
        Edit::RemoveRow(r) => {
            if r < content.grid.rows.len() {
                let id = content.grid.rows.remove(r).id;
                for q in &mut content.questions {
                    q.rows.retain(|x| *x != id);
                }
            }
        }
        Edit::MoveRow(r, way) => moved(&mut content.grid.rows, r, way),
        Edit::RowFeature(r, t) => {
            if let Some(row) = content.grid.rows.get_mut(r) {
                row.feature = t;
            }
        }
        Edit::Cell(r, option, t) => {
            if let Some(row) = content.grid.rows.get_mut(r) {
                row.cells.insert(option, t);
            }
        }
        Edit::AddSection(o) => {
            if let Some(o) = content.options.get_mut(o) {
                o.when_to_choose.push(Section::default());
            }
        }
        Edit::RemoveSection(o, s) => {
            if let Some(o) = content.options.get_mut(o) {
                if s < o.when_to_choose.len() {
                    o.when_to_choose.remove(s);
                }
            }
        }
        Edit::SectionTitle(o, s, t) => {
            if let Some(s) = section(content, o, s) {
                s.title = t;
            }
        }
        Edit::SectionBody(o, s, t) => {
            if let Some(s) = section(content, o, s) {
                s.body = optional(t);
            }
        }
        Edit::SectionBullets(o, s, t) => {
            if let Some(s) = section(content, o, s) {
                s.bullets = lines(&t);
            }
        }
        Edit::VerdictTitle(t) => {
            if t.trim().is_empty()
                && content
                    .verdict
                    .as_ref()
                    .is_some_and(|v| v.body.is_none() && v.bullets.is_empty())
            {
                content.verdict = None;
            } else {
                verdict(content).title = t;
            }
        }
        Edit::VerdictPick(pick) => verdict(content).pick = pick.filter(|p| !p.is_empty()),
        Edit::VerdictBody(t) => verdict(content).body = optional(t),
        Edit::VerdictBullets(t) => verdict(content).bullets = lines(&t),
    }
}

fn answer(content: &mut Content, q: usize, a: usize) -> Option<&mut Answer> {
    content.questions.get_mut(q)?.answers.get_mut(a)
}

fn section(content: &mut Content, o: usize, s: usize) -> Option<&mut Section> {
    content.options.get_mut(o)?.when_to_choose.get_mut(s)
}

fn verdict(content: &mut Content) -> &mut Verdict {
    content.verdict.get_or_insert_with(|| Verdict {
        title: String::new(),
        pick: None,
        body: None,
        bullets: Vec::new(),
        after: None,
    })
}

/// The form field a problem's path points at (`questions[3].answers[1].weights.fastapi` →
/// `f-questions-3-answers-1-weights-fastapi`), the ids the studio's form gives its controls.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f-");
    for c in path.chars() {
        match c {
            '.' | '[' => id.push('-'),
            ']' => {}
            c if c.is_ascii_alphanumeric() || c == '_' || c == '-' => id.push(c),
            _ => id.push('_'),
        }
    }
    id
}
