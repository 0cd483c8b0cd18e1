//! Sentences from a table of the widget's words: its templates filled, lists joined, counts said
//! in the form and digits the language uses. Pure: how numbers are said comes in through
//! [`Numbers`].

use crate::numbers::{Category, Numbers};
use crate::texts::{Plural, Texts};

/// Fills a template's `{0}`, `{1}`… holes; a hole with no argument is left as written.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let hole = after
            .find('}')
            .and_then(|close| Some((close, after[..close].parse::<usize>().ok()?)));
        match hole.and_then(|(close, i)| Some((close, *args.get(i)?))) {
            Some((close, arg)) => {
                out.push_str(arg);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

impl Plural {
    /// The form for this category (`other` where the table has none of its own).
    pub fn form(&self, category: Category) -> &'static str {
        let own = match category {
            Category::Zero => self.zero,
            Category::One => self.one,
            Category::Two => self.two,
            Category::Few => self.few,
            Category::Many => self.many,
            Category::Other => None,
        };
        own.unwrap_or(self.other)
    }

    /// Every form with its category's name, `other` last.
    pub fn forms(&self) -> Vec<(&'static str, &'static str)> {
        [
            ("zero", self.zero),
            ("one", self.one),
            ("two", self.two),
            ("few", self.few),
            ("many", self.many),
            ("other", Some(self.other)),
        ]
        .into_iter()
        .filter_map(|(name, form)| Some((name, form?)))
        .collect()
    }
}

impl Texts {
    /// "A", "A and B", "A, B and C".
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => fill(self.and(), &[&rest.join(self.comma()), last]),
        }
    }

    /// `forms` for the count `n`, its holes filled with these numbers in the language's digits
    /// (`{0}` is `n` unless `numbers` says otherwise).
    fn counted(&self, say: &dyn Numbers, forms: &Plural, n: i64, numbers: &[i64]) -> String {
        let form = forms.form(say.category(n.unsigned_abs()));
        match *numbers {
            [a, b] => fill(form, &[&say.digits(a), &say.digits(b)]),
            [a, ..] => fill(form, &[&say.digits(a)]),
            [] => fill(form, &[]),
        }
    }

    /// "Question 3 of 7" (`index` counts from 1).
    pub fn question_count(&self, say: &dyn Numbers, index: usize, total: usize) -> String {
        fill(
            self.question_of(),
            &[&say.digits(whole(index)), &say.digits(whole(total))],
        )
    }

    /// "2 of 7 questions done": the progress bar's name (its form follows the total).
    pub fn progress_label(&self, say: &dyn Numbers, done: usize, total: usize) -> String {
        let (done, total) = (whole(done), whole(total));
        self.counted(say, &self.progress(), total, &[done, total])
    }

    /// "1 point", "-1 point", "3 points".
    pub fn point_count(&self, say: &dyn Numbers, n: i32) -> String {
        let n = i64::from(n);
        self.counted(say, &self.points(), n, &[n])
    }

    /// "Welcome back: you stopped at question 3 of 7 on an earlier visit."
    pub fn welcome_back(&self, say: &dyn Numbers, at: usize, total: usize) -> String {
        fill(
            self.welcome_stopped(),
            &[&say.digits(whole(at)), &say.digits(whole(total))],
        )
    }

    /// "Its content has 3 problems to fix:".
    pub fn problem_count(&self, say: &dyn Numbers, n: usize) -> String {
        let n = whole(n);
        self.counted(say, &self.problems(), n, &[n])
    }

    /// "Based on 3 answers, 1 not sure, 2 skipped."
    pub fn summary(
        &self,
        say: &dyn Numbers,
        answered: usize,
        unsure: usize,
        skipped: usize,
    ) -> String {
        let count = |forms: &Plural, n: usize| self.counted(say, forms, whole(n), &[whole(n)]);
        let mut parts = vec![count(&self.based_on(), answered)];
        if unsure > 0 {
            parts.push(count(&self.unsure_count(), unsure));
        }
        if skipped > 0 {
            parts.push(count(&self.skipped_count(), skipped));
        }
        format!("{}{}", parts.join(self.comma()), self.full_stop())
    }

    /// Every template with a hole, by name, for checks that translations fill the same holes
    /// (a count's every form is listed, as `name.category`).
    pub fn templates(&self) -> Vec<(String, &str)> {
        let mut all: Vec<(String, &str)> = [
            ("and", &self.and()),
            ("question_of", &self.question_of()),
            ("shared_pick", &self.shared_pick()),
            ("shared_tie", &self.shared_tie()),
            ("fits_me", &self.fits_me()),
            ("fits_best", &self.fits_best()),
            ("only_just", &self.only_just()),
            ("tied", &self.tied()),
            ("would_decide", &self.would_decide()),
            ("choose_if", &self.choose_if()),
            ("better_pick", &self.better_pick()),
            ("when_to_choose", &self.when_to_choose()),
            ("companies_using", &self.companies_using()),
            ("code_sample", &self.code_sample()),
            ("welcome_stopped", &self.welcome_stopped()),
            ("bad_link", &self.bad_link()),
            ("link_other_format", &self.link_other_format()),
            ("link_other_edition", &self.link_other_edition()),
            ("ruled_out_by", &self.ruled_out_by()),
            ("why_not", &self.why_not()),
            ("would_win_if", &self.would_win_if()),
        ]
        .into_iter()
        .map(|(name, text)| (name.to_owned(), &**text))
        .collect();
        for (name, forms) in self.counts() {
            for (category, form) in forms.forms() {
                all.push((format!("{name}.{category}"), form));
            }
        }
        all
    }

    /// Every count, by name.
    pub fn counts(&self) -> [(&'static str, Plural); 6] {
        [
            ("progress", self.progress()),
            ("based_on", self.based_on()),
            ("unsure_count", self.unsure_count()),
            ("skipped_count", self.skipped_count()),
            ("points", self.points()),
            ("problems", self.problems()),
        ]
    }
}

/// A count as the numbers' type (counts here are small; a count beyond `i64` cannot occur).
fn whole(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
