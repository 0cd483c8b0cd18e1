//! The comparison table: one row per feature, one column per option; rows that matter for
//! the reader's answers are marked, and the recommended option's column is picked out. The
//! reader can cut it down: only the rows whose cells differ, only the rows their answers touched,
//! and which options to compare (two at least). Its header row and first column stay in view
//! as the table scrolls.

use std::rc::Rc;

use yew::prelude::*;

use super::rich::rich;
use verdict_core::content::Content;
pub use verdict_core::grid_view::GridView;
use verdict_core::locale::Texts;

/// What [`comparison_grid`] shows.
#[derive(Debug, Clone, PartialEq)]
pub struct GridProps {
    /// The comparison.
    pub content: Rc<Content>,
    /// Per grid row: whether it matters for the reader's answers.
    pub relevant: Rc<Vec<bool>>,
    /// The recommended option, once there is one.
    pub pick: Option<usize>,
    /// Whether it stands as a card of its own (the full layout) rather than inside a fold.
    pub card: bool,
    /// How the reader cut it down.
    pub view: GridView,
    /// Where a change of that goes.
    pub on_view: Callback<GridView>,
}

/// The grid's controls: only differences, only what the answers touched, which options.
fn tools(t: &'static Texts, props: &GridProps, any_relevant: bool) -> Html {
    let view = &props.view;
    let toggle = |id: &'static str, words: &str, on: bool, change: fn(&mut GridView)| {
        let (view, on_view) = (view.clone(), props.on_view.clone());
        let onchange = Callback::from(move |_: Event| {
            let mut next = view.clone();
            change(&mut next);
            on_view.emit(next);
        });
        html! {
            <label class="vd-grid-tool" for={id}>
                <input type="checkbox" id={id} checked={on} {onchange} />{ words.to_owned() }
            </label>
        }
    };
    let options = &props.content.options;
    html! {
        <div class="vd-grid-tools">
            { toggle("vd-only-differences", t.only_differences(), view.only_differences, |v| v.only_differences = !v.only_differences) }
            if any_relevant {
                { toggle("vd-only-mine", t.only_mine(), view.only_mine, |v| v.only_mine = !v.only_mine) }
            }
            if options.len() > 2 {
                <fieldset class="vd-grid-options">
                    <legend>{ t.compare_options() }</legend>
                    { for options.iter().enumerate().map(|(i, o)| {
                        let (on, fixed) = (view.shows(i), !view.can_hide(i, options.len()));
                        let next = view.toggled(i, options.len());
                        let on_view = props.on_view.clone();
                        let onchange = Callback::from(move |_: Event| on_view.emit(next.clone()));
                        let id = format!("vd-compare-{i}");
                        html! {
                            <label class="vd-grid-tool" for={id.clone()}>
                                // Two options at least stay to compare.
                                <input type="checkbox" id={id} checked={on} disabled={fixed} {onchange} />
                                <bdi>{ o.name.clone() }</bdi>
                            </label>
                        }
                    }) }
                </fieldset>
            }
        </div>
    }
}

/// The comparison table. A plain function, not a component: it has no state, and each component
/// type costs the WebAssembly a few kilobytes of lifecycle code.
pub fn comparison_grid(t: &'static Texts, props: &GridProps) -> Html {
    let content = &props.content;
    let grid = &content.grid;
    let any_relevant = props.relevant.iter().any(|r| *r);
    let title = grid
        .title
        .clone()
        .unwrap_or_else(|| t.comparison().to_string());
    let col = |i: usize| classes!((props.pick == Some(i)).then_some("is-pick"));
    let verdict_core::grid_view::Visible { columns, rows } =
        props.view.visible(content, &props.relevant);

    html! {
        // Not a landmark itself: the table's scroll region below is, with the same name, and two
        // landmarks of one name confuse a screen reader's list of them (axe's landmark-unique).
        <section class={classes!("vd-grid", props.card.then_some("vd-card"))} part={props.card.then_some("card")}>
            <h3 id="vd-grid-title" class="vd-section-title" dir="auto">{ title }</h3>
            if any_relevant {
                <p class="vd-grid-hint" id="vd-grid-hint">
                    <span class="vd-dot" aria-hidden="true"></span>
                    { t.highlighted() }
                </p>
            }
            { tools(t, props, any_relevant) }
            // A labelled, focusable region: keyboard users can scroll the table where it is wider
            // than the widget.
            <div class="vd-table-wrap" tabindex="0" role="region" aria-labelledby="vd-grid-title">
                <table role="table" part="grid" class={classes!("vd-table", format!("vd-cols-{}", columns.len()))}
                    aria-describedby={any_relevant.then_some("vd-grid-hint")}>
                    <thead role="rowgroup">
                        <tr role="row">
                            <th scope="col" role="columnheader">{ &grid.feature_label }</th>
                            { for columns.iter().map(|&i| (i, &content.options[i])).map(|(i, o)| html! {
                                <th scope="col" role="columnheader" class={col(i)}>
                                    { &o.name }
                                    if props.pick == Some(i) {
                                        <span class="vd-badge">{ t.your_pick() }</span>
                                    }
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody role="rowgroup">
                        { for rows.iter().map(|&r| (r, &grid.rows[r])).map(|(r, row)| {
                            let relevant = props.relevant.get(r).copied().unwrap_or(false);
                            html! {
                                <tr role="row" class={classes!(relevant.then_some("is-relevant"))}>
                                    <th scope="row" role="rowheader" dir="auto">
                                        { &row.feature }
                                        if relevant {
                                            <span class="vd-sr">{ t.matters() }</span>
                                        }
                                    </th>
                                    { for columns.iter().map(|&i| (i, &content.options[i])).map(|(i, o)| html! {
                                        <td role="cell" class={col(i)} data-label={o.name.clone()} dir="auto">
                                            { rich(row.cells.get(&o.id).map_or("", String::as_str)) }
                                        </td>
                                    }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
