//! What a draft from the article found, shown before anything becomes JSON: the options and
//! where each was found, every proposed question (ticked: the importer's picks; unticked: the
//! candidates) with the option it leans to and the line it came from, and the grid's rows. The
//! author ticks what to keep and uses it, or closes it. The choices are
//! [`crate::state::Inventory`]'s; this renders them and dispatches.

use yew::prelude::*;

use crate::state::{Inventory, StudioAction};
use verdict_core::validate::count;
use verdict_import::sources::Proposal;

/// Properties of [`Found`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct FoundProps {
    /// What the article gave, and what is ticked.
    pub inventory: Inventory,
    /// Where the author's picks go.
    pub on_action: Callback<StudioAction>,
}

/// How long a quoted line may be before it is cut (a whole paragraph is no help in a list).
const QUOTE_CHARS: usize = 140;

/// The inventory of a draft, with a tick box for each question and row.
#[component]
pub fn Found(props: &FoundProps) -> Html {
    let inventory = &props.inventory;
    let draft = &inventory.draft;
    let (questions, rows) = inventory.ticked();
    let act = |action: StudioAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: Event| on_action.emit(action.clone()))
    };
    let click = |action: StudioAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let proposed = draft.kept.iter().filter(|k| **k).count();
    let question = |(i, p): (usize, &Proposal)| {
        let id = format!("studio-q-{i}");
        let quote = quoted(&p.from);
        html! {
            <li>
                <input type="checkbox" id={id.clone()} checked={inventory.questions[i]}
                    onchange={act(StudioAction::ToggleQuestion(i))} />
                <label for={id}>
                    <span class="studio-found-text">{ &p.text }</span>
                    <span class="studio-found-why">
                        { format!("Leans {}; from {}: ", draft.leaning(p), p.kind.label()) }
                        <q>{ quote }</q>
                    </span>
                </label>
            </li>
        }
    };
    html! {
        <section class="studio-found" aria-labelledby="studio-found">
            <h3 id="studio-found">{ "What the article gave" }</h3>
            <h4>{ "Options" }</h4>
            if draft.options.is_empty() {
                <p>{ "None found: name them in the title (“X vs Y”) or one heading each." }</p>
            } else {
                <ul class="studio-found-options">
                    { for draft.options.iter().map(|o| html! {
                        <li><strong>{ &o.name }</strong>{ format!(" (from {})", o.from) }</li>
                    }) }
                </ul>
            }
            <fieldset>
                <legend>{ format!("Questions: {questions} of {} ticked", draft.proposals.len()) }</legend>
                if draft.proposals.is_empty() {
                    <p>{ "None found." }</p>
                }
                <ul class="studio-found-list">
                    { for draft.proposals.iter().enumerate().take(proposed).map(question) }
                </ul>
                if draft.proposals.len() > proposed {
                    <p class="studio-found-more">{ "More the article could ask (not ticked):" }</p>
                    <ul class="studio-found-list">
                        { for draft.proposals.iter().enumerate().skip(proposed).map(question) }
                    </ul>
                }
            </fieldset>
            <fieldset>
                <legend>{ format!("Grid rows: {rows} of {} ticked", draft.content.grid.rows.len()) }</legend>
                if draft.content.grid.rows.is_empty() {
                    <p>{ "None found: the post has no table comparing the options." }</p>
                }
                <ul class="studio-found-list studio-found-rows">
                    { for draft.content.grid.rows.iter().enumerate().map(|(i, row)| {
                        let id = format!("studio-r-{i}");
                        html! {
                            <li>
                                <input type="checkbox" id={id.clone()} checked={inventory.rows[i]}
                                    onchange={act(StudioAction::ToggleRow(i))} />
                                <label for={id}>{ &row.feature }</label>
                            </li>
                        }
                    }) }
                </ul>
            </fieldset>
            <div class="studio-found-use">
                <button type="button" class="studio-primary" onclick={click(StudioAction::UseDraft)}>
                    { format!("Use {} and {}", count(questions, "question"), count(rows, "row")) }
                </button>
                <button type="button" onclick={click(StudioAction::DropDraft)}>{ "Close" }</button>
            </div>
        </section>
    }
}

/// `line`, cut at a word near [`QUOTE_CHARS`] with an ellipsis.
fn quoted(line: &str) -> String {
    if line.chars().count() <= QUOTE_CHARS {
        return line.to_owned();
    }
    let cut: String = line.chars().take(QUOTE_CHARS).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}
