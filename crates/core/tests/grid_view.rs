//! The reader's cut of the grid: only differences (among the options shown), only the rows their
//! answers touched, and which options to compare, never fewer than two.

use verdict_core::content::Content;
use verdict_core::grid_view::GridView;

/// Three options; rows: 0 all differ, 1 Django and Flask agree (" Built in" with a stray space),
/// 2 all agree.
fn three() -> Content {
    let mut c: Content =
        serde_json::from_str(include_str!("../../../content/django-flask-fastapi.json")).unwrap();
    c.grid.rows.truncate(3);
    let ids: Vec<String> = c.options.iter().map(|o| o.id.clone()).collect();
    let set = |c: &mut Content, row: usize, values: [&str; 3]| {
        for (id, value) in ids.iter().zip(values) {
            c.grid.rows[row].cells.insert(id.clone(), value.to_owned());
        }
    };
    set(&mut c, 0, ["a", "b", "c"]);
    set(&mut c, 1, ["Built in", " Built in", "Extension"]);
    set(&mut c, 2, ["same", "same", "same"]);
    c
}

#[test]
fn everything_is_shown_until_the_reader_cuts_it() {
    let c = three();
    let shown = GridView::all(3).visible(&c, &[false, false, false]);
    assert_eq!(shown.columns, [0, 1, 2]);
    assert_eq!(shown.rows, [0, 1, 2]);
}

#[test]
fn only_differences_hides_rows_whose_shown_cells_are_all_equal() {
    let c = three();
    let mut view = GridView::all(3);
    view.only_differences = true;
    assert_eq!(view.visible(&c, &[]).rows, [0, 1]);
    // Comparing Django and Flask alone, row 1 agrees (spaces around a cell do not count).
    let view = view.toggled(2, 3);
    assert_eq!(view.visible(&c, &[]).columns, [0, 1]);
    assert_eq!(view.visible(&c, &[]).rows, [0]);
}

#[test]
fn only_mine_keeps_the_rows_the_answers_touched() {
    let c = three();
    let mut view = GridView::all(3);
    view.only_mine = true;
    assert_eq!(view.visible(&c, &[false, true, false]).rows, [1]);
    // A relevance list shorter than the grid counts the rest as untouched.
    assert_eq!(view.visible(&c, &[true]).rows, [0]);
}

#[test]
fn two_options_at_least_stay_to_compare() {
    let view = GridView::all(3).toggled(0, 3);
    assert!(!view.shows(0));
    assert!(!view.can_hide(1, 3) && !view.can_hide(2, 3));
    // Hiding one of the last two does nothing; showing the hidden one again works.
    assert_eq!(view.toggled(1, 3), view);
    assert_eq!(view.toggled(0, 3), GridView::all(3));
    // With two options, neither can be hidden.
    assert_eq!(GridView::all(2).toggled(0, 2), GridView::all(2));
}
