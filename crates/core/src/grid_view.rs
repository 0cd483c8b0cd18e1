//! How the reader cuts the comparison grid down: only the rows whose cells differ among the
//! options shown, only the rows their answers touched, and which options to compare (two at
//! least). The view says which columns and rows to draw; the widget draws them.

use super::content::{Content, GridRow};

/// How the reader cut the grid down.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridView {
    /// Only rows whose cells differ among the options shown.
    pub only_differences: bool,
    /// Only rows the reader's answers touched.
    pub only_mine: bool,
    /// Per option: whether its column is shown.
    pub shown: Vec<bool>,
}

/// The fewest options the grid compares: a column alone compares nothing.
pub const FEWEST_SHOWN: usize = 2;

impl GridView {
    /// Everything, for `options` options.
    pub fn all(options: usize) -> Self {
        Self {
            only_differences: false,
            only_mine: false,
            shown: vec![true; options],
        }
    }

    /// Whether option `option`'s column is shown.
    pub fn shows(&self, option: usize) -> bool {
        self.shown.get(option).copied().unwrap_or(true)
    }

    /// Whether option `option`'s column may be hidden: not while it is one of the last two shown.
    pub fn can_hide(&self, option: usize, options: usize) -> bool {
        !self.shows(option) || (0..options).filter(|i| self.shows(*i)).count() > FEWEST_SHOWN
    }

    /// The view with option `option` shown or hidden in turn (never fewer than two shown).
    pub fn toggled(&self, option: usize, options: usize) -> Self {
        let mut next = self.clone();
        if self.can_hide(option, options) {
            next.shown.resize(next.shown.len().max(option + 1), true);
            next.shown[option] = !self.shows(option);
        }
        next
    }

    /// The options (columns) and grid rows to draw, in order, given which rows the reader's
    /// answers touched (`relevant`, one per row).
    pub fn visible(&self, content: &Content, relevant: &[bool]) -> Visible {
        let columns: Vec<usize> = (0..content.options.len())
            .filter(|i| self.shows(*i))
            .collect();
        fn cell<'a>(content: &Content, row: &'a GridRow, i: usize) -> &'a str {
            row.cells
                .get(&content.options[i].id)
                .map_or("", |c| c.trim())
        }
        let rows = (0..content.grid.rows.len())
            .filter(|r| !self.only_mine || relevant.get(*r).copied().unwrap_or(false))
            .filter(|r| {
                let row = &content.grid.rows[*r];
                !self.only_differences
                    || columns.first().is_some_and(|first| {
                        columns
                            .iter()
                            .any(|i| cell(content, row, *i) != cell(content, row, *first))
                    })
            })
            .collect();
        Visible { columns, rows }
    }
}

/// What a [`GridView`] draws: option indexes (columns) and grid row indexes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visible {
    /// The options shown, in the content's order.
    pub columns: Vec<usize>,
    /// The grid rows shown, in the content's order.
    pub rows: Vec<usize>,
}
