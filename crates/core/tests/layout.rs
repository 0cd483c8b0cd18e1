//! Which parts a page shows and how (`parts`, `data-layout`), read from attribute values.

use verdict_core::layout::{Layout, Parts};

const ALL: Parts = Parts {
    quiz: true,
    grid: true,
    notes: true,
};

#[test]
fn by_default_every_part_is_there_and_the_widget_is_compact() {
    assert_eq!(
        Layout::default(),
        Layout {
            parts: ALL,
            full: false
        }
    );
    assert_eq!(
        Layout::from_attributes(Some(""), Some("")),
        Layout::default()
    );
}

#[test]
fn parts_names_the_parts_shown_in_any_order_and_case() {
    let l = Layout::from_attributes(Some(" Grid  quiz "), None);
    assert_eq!(
        l.parts,
        Parts {
            quiz: true,
            grid: true,
            notes: false
        }
    );
    assert!(!l.full);
}

#[test]
fn words_that_name_no_part_leave_every_part() {
    assert_eq!(Layout::from_attributes(Some("everything"), None).parts, ALL);
}

#[test]
fn full_opens_everything_and_so_does_a_page_without_the_quiz() {
    assert!(Layout::from_attributes(None, Some("full")).full);
    assert!(!Layout::from_attributes(None, Some("compact")).full);
    let grid_only = Layout::from_attributes(Some("grid"), None);
    assert!(grid_only.full && grid_only.parts.grid && !grid_only.parts.quiz);
}
