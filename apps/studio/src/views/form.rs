//! The comparison as a form: what it is about, its options (renamed everywhere at once), its
//! questions with their answers (each answer's leaning set per option, not typed as numbers),
//! the grid, each option's when-to-choose sections and the verdict. Every control edits through
//! [`Edit`]; nothing here decides.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::{add, focus_soon, list_buttons, select, text};
use crate::edit::{field_id, Edit, Move};
use verdict_core::content::Content;

/// Properties of [`Form`].
#[derive(Clone, PartialEq, Properties)]
pub struct Props {
    /// The comparison.
    pub content: Rc<Content>,
    /// Where edits go.
    pub on_edit: Callback<Edit>,
    /// "Yes" and "No" in the comparison's language, for a new question.
    pub yes_no: (String, String),
}

/// The form.
#[component]
pub fn Form(props: &Props) -> Html {
    let c = &props.content;
    let e = &props.on_edit;
    html! {
        <div class="form">
            { about(c, e) }
            { options(c, e) }
            { questions(c, e, &props.yes_no) }
            { grid(c, e) }
            { sections(c, e) }
            { verdict(c, e) }
        </div>
    }
}

/// A callback making an edit of a typed value.
fn edit(e: &Callback<Edit>, make: impl Fn(String) -> Edit + 'static) -> Callback<String> {
    let e = e.clone();
    Callback::from(move |v: String| e.emit(make(v)))
}

/// A callback making one edit.
fn once(e: &Callback<Edit>, made: Edit) -> Callback<()> {
    let e = e.clone();
    Callback::from(move |()| e.emit(made.clone()))
}

/// A callback adding an item, then taking the focus to its first field.
fn adding(e: &Callback<Edit>, made: Edit, field: String) -> Callback<()> {
    let e = e.clone();
    Callback::from(move |()| {
        e.emit(made.clone());
        focus_soon(field.clone());
    })
}

/// A folded item's summary: what it is, and its words (or that it has none yet).
fn folded(what: &str, words: &str) -> Html {
    let words = words.trim();
    html! {
        <>
            <span class="form-fold-what">{ what.to_owned() }</span>
            <span class="form-fold-words">{ if words.is_empty() { "(empty)".to_owned() } else { words.to_owned() } }</span>
        </>
    }
}

fn moving(e: &Callback<Edit>, make: impl Fn(Move) -> Edit + 'static) -> Callback<Move> {
    let e = e.clone();
    Callback::from(move |m: Move| e.emit(make(m)))
}

fn about(c: &Content, e: &Callback<Edit>) -> Html {
    html! {
        <fieldset class="form-part" id="f-about">
            <legend>{ "About" }</legend>
            { text("title", "Title", &c.title, None, edit(e, Edit::Title)) }
            { text("intro", "Introduction", c.intro.as_deref().unwrap_or(""), Some(3), edit(e, Edit::Intro)) }
            { text("closing", "Closing line", c.closing.as_deref().unwrap_or(""), Some(2), edit(e, Edit::Closing)) }
        </fieldset>
    }
}

fn options(c: &Content, e: &Callback<Edit>) -> Html {
    let len = c.options.len();
    html! {
        <fieldset class="form-part" id="f-options">
            <legend>{ "Options" }</legend>
            <p class="form-hint">{ "Renaming an option changes it everywhere it is used: answers, grid, verdict." }</p>
            <ol class="form-list">
                { for c.options.iter().enumerate().map(|(i, o)| html! {
                    // Keyed by place: an option's id follows its name while it is typed, and a
                    // new key would take the focus away from the field.
                    <li class="form-item" key={i.to_string()}>
                        { text(&format!("options[{i}].name"), &format!("Option {}", i + 1), &o.name, None,
                            edit(e, move |v| Edit::RenameOption(i, v))) }
                        { text(&format!("options[{i}].tagline"), "Tagline", o.tagline.as_deref().unwrap_or(""), None,
                            edit(e, move |v| Edit::Tagline(i, v))) }
                        { list_buttons(&format!("option {}", o.name), i, len,
                            moving(e, move |m| Edit::MoveOption(i, m)), once(e, Edit::RemoveOption(i))) }
                    </li>
                }) }
            </ol>
            { add("Add option", adding(e, Edit::AddOption, format!("options[{len}].name"))) }
        </fieldset>
    }
}

/// How an answer may lean for an option: the choices of the control, strongest toward first.
fn leanings(current: i32) -> Vec<(String, String)> {
    let mut choices: Vec<(String, String)> = [
        (3, "+3 strongly toward"),
        (2, "+2 toward"),
        (1, "+1 a little toward"),
        (0, "0 no lean"),
        (-1, "−1 a little away"),
        (-2, "−2 away"),
        (-3, "−3 strongly away"),
    ]
    .iter()
    .map(|(w, words)| (w.to_string(), (*words).to_owned()))
    .collect();
    if !(-3..=3).contains(&current) {
        let words = if current > 0 {
            format!("{current:+} toward")
        } else {
            format!("{current} away")
        };
        choices.insert(
            if current > 0 { 0 } else { choices.len() },
            (current.to_string(), words),
        );
    }
    choices
}

fn questions(c: &Content, e: &Callback<Edit>, yes_no: &(String, String)) -> Html {
    let len = c.questions.len();
    let (yes, no) = yes_no.clone();
    html! {
        <fieldset class="form-part" id="f-questions">
            <legend>{ "Questions" }</legend>
            <ol class="form-list">
                { for c.questions.iter().enumerate().map(|(q, question)| {
                    let answers = question.answers.len();
                    html! {
                        <li class="form-item form-question" key={question.id.clone()}>
                          <details class="form-fold">
                            <summary>{ folded(&format!("Question {}", q + 1), &question.text) }</summary>
                            { text(&format!("questions[{q}].text"), &format!("Question {}", q + 1), &question.text, None,
                                edit(e, move |v| Edit::QuestionText(q, v))) }
                            { text(&format!("questions[{q}].help"), "Help line", question.help.as_deref().unwrap_or(""), None,
                                edit(e, move |v| Edit::QuestionHelp(q, v))) }
                            <ol class="form-answers">
                                { for question.answers.iter().enumerate().map(|(a, answer)| html! {
                                    <li class="form-answer" key={answer.id.clone()}>
                                        { text(&format!("questions[{q}].answers[{a}].label"), &format!("Answer {}", a + 1), &answer.label, None,
                                            edit(e, move |v| Edit::AnswerLabel(q, a, v))) }
                                        <div class="form-leans" role="group" aria-label={format!("How “{}” leans", answer.label)}>
                                            { for c.options.iter().map(|o| {
                                                let id = o.id.clone();
                                                let current = answer.weights.get(&o.id).copied().unwrap_or(0);
                                                select(&format!("questions[{q}].answers[{a}].weights.{}", o.id),
                                                    &format!("Leans for {}", o.name), &current.to_string(), &leanings(current),
                                                    edit(e, move |v| Edit::Lean(q, a, id.clone(), v.parse().unwrap_or(0))))
                                            }) }
                                        </div>
                                        <fieldset class="form-rows" id={field_id(&format!("questions[{q}].answers[{a}].rules_out"))}>
                                            <legend>{ format!("“{}” rules out (a dealbreaker, whatever the points)", answer.label) }</legend>
                                            { for c.options.iter().enumerate().map(|(i, o)| {
                                                let (id, on) = (o.id.clone(), answer.rules_out.contains(&o.id));
                                                // A box needs a name while its option's is being typed.
                                                let name = if o.name.trim().is_empty() { format!("Option {}", i + 1) } else { o.name.clone() };
                                                let box_id = format!("{}-{}", field_id(&format!("questions[{q}].answers[{a}].rules_out")), o.id);
                                                let e = e.clone();
                                                let onchange = Callback::from(move |_: Event| e.emit(Edit::RulesOut(q, a, id.clone(), !on)));
                                                html! {
                                                    <label class="form-check" for={box_id.clone()}>
                                                        <input type="checkbox" id={box_id} checked={on} {onchange} />
                                                        { name }
                                                    </label>
                                                }
                                            }) }
                                        </fieldset>
                                        { text(&format!("questions[{q}].answers[{a}].reason"), "Why it counts (shown in the result)",
                                            answer.reason.as_deref().unwrap_or(""), Some(2), edit(e, move |v| Edit::AnswerReason(q, a, v))) }
                                        { text(&format!("questions[{q}].answers[{a}].note"), "Advice whoever wins",
                                            answer.note.as_deref().unwrap_or(""), None, edit(e, move |v| Edit::AnswerNote(q, a, v))) }
                                        if answers > 2 {
                                            <button type="button" class="form-remove" onclick={{
                                                let e = e.clone();
                                                Callback::from(move |_: MouseEvent| e.emit(Edit::RemoveAnswer(q, a)))
                                            }} aria-label={format!("Remove answer {} of question {}", a + 1, q + 1)}>{ "Remove answer" }</button>
                                        }
                                    </li>
                                }) }
                            </ol>
                            if answers < 6 { { add("Add answer", once(e, Edit::AddAnswer(q))) } }
                            if !c.grid.rows.is_empty() {
                                <fieldset class="form-rows" id={field_id(&format!("questions[{q}].rows"))}>
                                    <legend>{ "Grid rows this question is about" }</legend>
                                    { for c.grid.rows.iter().map(|row| {
                                        let (id, on) = (row.id.clone(), question.rows.contains(&row.id));
                                        let box_id = format!("{}-{}", field_id(&format!("questions[{q}].rows")), row.id);
                                        let e = e.clone();
                                        let onchange = Callback::from(move |_: Event| e.emit(Edit::QuestionRow(q, id.clone(), !on)));
                                        html! {
                                            <label class="form-check" for={box_id.clone()}>
                                                <input type="checkbox" id={box_id} checked={on} {onchange} />
                                                { row.feature.clone() }
                                            </label>
                                        }
                                    }) }
                                </fieldset>
                            }
                          </details>
                            { list_buttons(&format!("question {}", q + 1), q, len,
                                moving(e, move |m| Edit::MoveQuestion(q, m)), once(e, Edit::RemoveQuestion(q))) }
                        </li>
                    }
                }) }
            </ol>
            { add("Add question", adding(e, Edit::AddQuestion { yes, no }, format!("questions[{len}].text"))) }
        </fieldset>
    }
}

fn grid(c: &Content, e: &Callback<Edit>) -> Html {
    let len = c.grid.rows.len();
    html! {
        <fieldset class="form-part" id="f-grid">
            <legend>{ "Comparison grid" }</legend>
            { text("grid.title", "Grid heading", c.grid.title.as_deref().unwrap_or(""), None, edit(e, Edit::GridTitle)) }
            { text("grid.feature_label", "First column's header", &c.grid.feature_label, None, edit(e, Edit::FeatureLabel)) }
            <ol class="form-list">
                { for c.grid.rows.iter().enumerate().map(|(r, row)| html! {
                    <li class="form-item form-row" key={row.id.clone()}>
                      <details class="form-fold">
                        <summary>{ folded(&format!("Row {}", r + 1), &row.feature) }</summary>
                        { text(&format!("grid.rows[{r}].feature"), &format!("Row {}", r + 1), &row.feature, None,
                            edit(e, move |v| Edit::RowFeature(r, v))) }
                        <div class="form-cells">
                            { for c.options.iter().map(|o| {
                                let id = o.id.clone();
                                text(&format!("grid.rows[{r}].cells.{}", o.id), &o.name,
                                    row.cells.get(&o.id).map_or("", String::as_str), None,
                                    edit(e, move |v| Edit::Cell(r, id.clone(), v)))
                            }) }
                        </div>
                      </details>
                        { list_buttons(&format!("row {}", r + 1), r, len,
                            moving(e, move |m| Edit::MoveRow(r, m)), once(e, Edit::RemoveRow(r))) }
                    </li>
                }) }
            </ol>
            { add("Add row", adding(e, Edit::AddRow, format!("grid.rows[{len}].feature"))) }
        </fieldset>
    }
}

fn sections(c: &Content, e: &Callback<Edit>) -> Html {
    html! {
        <fieldset class="form-part" id="f-sections">
            <legend>{ "When to choose each option" }</legend>
            { for c.options.iter().enumerate().map(|(o, option)| html! {
                <div class="form-option-sections" key={o.to_string()}>
                    <h3>{ format!("When to choose {}", option.name) }</h3>
                    <ol class="form-list">
                        { for option.when_to_choose.iter().enumerate().map(|(s, section)| html! {
                            <li class="form-item form-section">
                              <details class="form-fold">
                                <summary>{ folded(&format!("Situation {}", s + 1), &section.title) }</summary>
                                { text(&format!("options[{o}].when_to_choose[{s}].title"), "Situation", &section.title, None,
                                    edit(e, move |v| Edit::SectionTitle(o, s, v))) }
                                { text(&format!("options[{o}].when_to_choose[{s}].body"), "Paragraph",
                                    section.body.as_deref().unwrap_or(""), Some(3), edit(e, move |v| Edit::SectionBody(o, s, v))) }
                                { text(&format!("options[{o}].when_to_choose[{s}].bullets"), "List (one item a line)",
                                    &section.bullets.join("\n"), Some(3), edit(e, move |v| Edit::SectionBullets(o, s, v))) }
                              </details>
                                <button type="button" class="form-remove" onclick={{
                                    let e = e.clone();
                                    Callback::from(move |_: MouseEvent| e.emit(Edit::RemoveSection(o, s)))
                                }} aria-label={format!("Remove situation {} for {}", s + 1, option.name)}>{ "Remove" }</button>
                            </li>
                        }) }
                    </ol>
                    { add(&format!("Add a situation for {}", option.name),
                        adding(e, Edit::AddSection(o), format!("options[{o}].when_to_choose[{}].title", option.when_to_choose.len()))) }
                </div>
            }) }
        </fieldset>
    }
}

fn verdict(c: &Content, e: &Callback<Edit>) -> Html {
    let v = c.verdict.as_ref();
    let mut picks: Vec<(String, String)> = vec![(String::new(), "none".to_owned())];
    picks.extend(c.options.iter().map(|o| (o.id.clone(), o.name.clone())));
    let pick = v.and_then(|v| v.pick.clone()).unwrap_or_default();
    html! {
        <fieldset class="form-part" id="f-verdict">
            <legend>{ "Verdict" }</legend>
            { text("verdict.title", "Heading", v.map_or("", |v| v.title.as_str()), None, edit(e, Edit::VerdictTitle)) }
            { select("verdict.pick", "Favours", &pick, &picks, edit(e, |v| Edit::VerdictPick(Some(v)))) }
            { text("verdict.body", "Paragraph", v.and_then(|v| v.body.as_deref()).unwrap_or(""), Some(3), edit(e, Edit::VerdictBody)) }
            { text("verdict.bullets", "Reasons (one a line)", &v.map(|v| v.bullets.join("\n")).unwrap_or_default(), Some(3),
                edit(e, Edit::VerdictBullets)) }
        </fieldset>
    }
}
