//! The widget's own words (buttons, headings, counts, notices) in each language it speaks.
//!
//! Content (questions, answers, the article) stays as the author wrote it; only this chrome is
//! translated. Templates use positional holes (`{0}`, `{1}`) so a translation can reorder them,
//! which Urdu's word order needs. A native test checks that every language fills the same holes.

use super::content::Content;
use super::scoring::{Kind, Outcome};
use super::share::ShareError;

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Dir {
    /// The value of an HTML `dir` attribute.
    pub fn as_attr(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// Every string the widget itself shows, in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Texts {
    /// BCP 47 tag (`en`, `ur`).
    pub lang: &'static str,
    /// Writing direction.
    pub dir: Dir,
    /// Sentence end.
    pub full_stop: &'static str,
    /// Separator in lists ("A, B and C").
    pub comma: &'static str,
    /// "{0} and {1}": the last two items of a list.
    pub and: &'static str,

    /// Above the title.
    pub kicker: &'static str,
    /// Label of the quiz region.
    pub quiz: &'static str,
    /// "Question {0} of {1}".
    pub question_of: &'static str,
    /// Label of the progress bar: "{0} of {1} questions done".
    pub progress: &'static str,
    /// The widget's own extra answer.
    pub not_sure: &'static str,
    /// Back one question.
    pub back: &'static str,
    /// Forward, keeping the answer.
    pub next: &'static str,
    /// Forward without answering.
    pub skip: &'static str,
    /// Forget all answers (from the quiz).
    pub restart: &'static str,

    /// Eyebrow of a clear result.
    pub clear_fit: &'static str,
    /// Eyebrow of a close call.
    pub close_call: &'static str,
    /// Eyebrow of a tie.
    pub tie: &'static str,
    /// Eyebrow when no answer moved any score.
    pub no_signal: &'static str,
    /// "{0} fits you best".
    pub fits_best: &'static str,
    /// "{0}, but only just".
    pub only_just: &'static str,
    /// "Equally good fits: {0}".
    pub tied: &'static str,
    /// Headline when no answer moved any score.
    pub no_recommendation: &'static str,
    /// Body when no answer moved any score.
    pub no_signal_body: &'static str,
    /// "Based on 1 answer".
    pub based_on_one: &'static str,
    /// "Based on {0} answers".
    pub based_on: &'static str,
    /// "{0} not sure".
    pub unsure_count: &'static str,
    /// "{0} skipped".
    pub skipped_count: &'static str,
    /// Heading of the score bars.
    pub scores: &'static str,
    /// "{0} point" (1 or -1).
    pub point: &'static str,
    /// "{0} points".
    pub points: &'static str,
    /// Heading of the reasons.
    pub why: &'static str,
    /// Heading of the notes that apply whoever wins.
    pub keep_in_mind: &'static str,
    /// Heading of what would settle a close call or tie.
    pub what_decides: &'static str,
    /// "Answering {0} to “{1}” would put {2} ahead." ({0} is shown emphasised).
    pub would_decide: &'static str,
    /// "Choose {0} if: ".
    pub choose_if: &'static str,
    /// "When {0} would be the better pick".
    pub better_pick: &'static str,
    /// "When to choose {0}".
    pub when_to_choose: &'static str,
    /// Back from the result to the last question.
    pub change_answers: &'static str,
    /// Forget all answers (from the result or the resume offer).
    pub start_over: &'static str,

    /// The share button: copies the sentence below and the link.
    pub copy_link: &'static str,
    /// Copies the link alone.
    pub copy_link_only: &'static str,
    /// "I got {0} on “{1}”": the sentence shared before the link ({1}: the comparison's title).
    pub shared_pick: &'static str,
    /// "{0} tied for me on “{1}”".
    pub shared_tie: &'static str,
    /// "{0} fits me best": an outcome page's title, as the reader who shares it would say it.
    pub fits_me: &'static str,
    /// The system share sheet button.
    pub share: &'static str,
    /// Said once the link is on the clipboard.
    pub link_copied: &'static str,
    /// Above the field to copy from when the clipboard refused.
    pub copy_by_hand: &'static str,

    /// The grid's heading when the content has none.
    pub comparison: &'static str,
    /// Under the grid's heading once rows are highlighted.
    pub highlighted: &'static str,
    /// Badge on the recommended option's column.
    pub your_pick: &'static str,
    /// Said to screen readers after a highlighted row's name.
    pub matters: &'static str,

    /// Heading of the article notes, and their toggle in the compact layout.
    pub from_article: &'static str,
    /// The comparison grid's toggle in the compact layout.
    pub compare: &'static str,
    /// Heading of the usage notes when the content has none.
    pub who_uses: &'static str,
    /// "Companies using {0}".
    pub companies_using: &'static str,
    /// "{0} code sample": label of a code block.
    pub code_sample: &'static str,

    /// Closes a notice.
    pub dismiss: &'static str,
    /// Label of the resume offer.
    pub saved_progress: &'static str,
    /// Resume at the result.
    pub show_result: &'static str,
    /// Resume at a question.
    pub resume: &'static str,
    /// Resume offer after a finished quiz.
    pub welcome_done: &'static str,
    /// "Welcome back: you stopped at question {0} of {1} on an earlier visit."
    pub welcome_stopped: &'static str,
    /// "This shared link could not be opened: {0}. Here is a fresh start instead."
    pub bad_link: &'static str,
    /// Why: damaged.
    pub link_damaged: &'static str,
    /// Why: another widget version ({0}).
    pub link_other_format: &'static str,
    /// Why: another content edition ({0} in the link, {1} now).
    pub link_other_edition: &'static str,
    /// Why: answers do not fit the questions.
    pub link_mismatch: &'static str,

    /// Heading when content cannot be shown.
    pub cant_show: &'static str,
    /// "Its content has 1 problem to fix:".
    pub problems_one: &'static str,
    /// "Its content has {0} problems to fix:".
    pub problems: &'static str,
}

/// English, the default.
pub static EN: Texts = Texts {
    lang: "en",
    dir: Dir::Ltr,
    full_stop: ".",
    comma: ", ",
    and: "{0} and {1}",
    kicker: "Decision guide",
    quiz: "Quiz",
    question_of: "Question {0} of {1}",
    progress: "{0} of {1} questions done",
    not_sure: "Not sure",
    back: "← Back",
    next: "Next →",
    skip: "Skip →",
    restart: "Restart",
    clear_fit: "Clear fit",
    close_call: "Close call",
    tie: "It's a tie",
    no_signal: "Not enough to go on",
    fits_best: "{0} fits you best",
    only_just: "{0}, but only just",
    tied: "Equally good fits: {0}",
    no_recommendation: "No recommendation yet",
    no_signal_body: "None of your answers leaned either way. Go back and answer a question or two, or compare the options feature by feature below.",
    based_on_one: "Based on 1 answer",
    based_on: "Based on {0} answers",
    unsure_count: "{0} not sure",
    skipped_count: "{0} skipped",
    scores: "Scores",
    point: "{0} point",
    points: "{0} points",
    why: "Why",
    keep_in_mind: "Keep in mind",
    what_decides: "What decides it",
    would_decide: "Answering {0} to “{1}” would put {2} ahead.",
    choose_if: "Choose {0} if: ",
    better_pick: "When {0} would be the better pick",
    when_to_choose: "When to choose {0}",
    change_answers: "← Change answers",
    start_over: "Start over",
    copy_link: "Copy link",
    copy_link_only: "Link only",
    shared_pick: "I got {0} on “{1}”",
    shared_tie: "{0} tied for me on “{1}”",
    fits_me: "{0} fits me best",
    share: "Share…",
    link_copied: "Link copied",
    copy_by_hand: "Your browser did not allow copying. Copy this link:",
    comparison: "Comparison",
    highlighted: "Highlighted rows matter for your answers.",
    your_pick: "Your pick",
    matters: " (matters for your answers)",
    from_article: "From the article",
    compare: "Compare side by side",
    who_uses: "Who uses them",
    companies_using: "Companies using {0}",
    code_sample: "{0} code sample",
    dismiss: "Dismiss",
    saved_progress: "Saved progress",
    show_result: "Show my result",
    resume: "Continue",
    welcome_done: "Welcome back: you finished this quiz on an earlier visit.",
    welcome_stopped: "Welcome back: you stopped at question {0} of {1} on an earlier visit.",
    bad_link: "This shared link could not be opened: {0}. Here is a fresh start instead.",
    link_damaged: "the link looks incomplete or damaged",
    link_other_format: "the link was made by a different version of this widget ({0})",
    link_other_edition: "the link was made for an earlier edition of this guide (edition {0}, now {1})",
    link_mismatch: "the link's answers do not match this guide's questions",
    cant_show: "This decision guide can't be shown",
    problems_one: "Its content has 1 problem to fix:",
    problems: "Its content has {0} problems to fix:",
};

/// Urdu (اردو), right to left. Arrows point the way the reader moves in a right-to-left layout.
pub static UR: Texts = Texts {
    lang: "ur",
    dir: Dir::Rtl,
    full_stop: "۔",
    comma: "، ",
    and: "{0} اور {1}",
    kicker: "فیصلہ رہنما",
    quiz: "سوالنامہ",
    question_of: "سوال {0} از {1}",
    progress: "{1} میں سے {0} سوال مکمل",
    not_sure: "یقین نہیں",
    back: "→ پیچھے",
    next: "آگے ←",
    skip: "چھوڑیں ←",
    restart: "دوبارہ شروع کریں",
    clear_fit: "واضح انتخاب",
    close_call: "کانٹے کا مقابلہ",
    tie: "مقابلہ برابر",
    no_signal: "فیصلے کے لیے معلومات ناکافی",
    fits_best: "{0} آپ کے لیے بہترین ہے",
    only_just: "{0}، مگر معمولی فرق سے",
    tied: "یکساں موزوں: {0}",
    no_recommendation: "ابھی کوئی سفارش نہیں",
    no_signal_body: "آپ کے کسی جواب کا جھکاؤ کسی طرف نہیں تھا۔ واپس جا کر ایک دو سوالوں کے جواب دیں، یا نیچے خصوصیات کے لحاظ سے موازنہ دیکھیں۔",
    based_on_one: "1 جواب کی بنیاد پر",
    based_on: "{0} جوابات کی بنیاد پر",
    unsure_count: "{0} غیر یقینی",
    skipped_count: "{0} چھوڑے گئے",
    scores: "اسکور",
    point: "{0} پوائنٹ",
    points: "{0} پوائنٹس",
    why: "کیوں",
    keep_in_mind: "یاد رکھیں",
    what_decides: "فیصلہ کس بات پر ہوگا",
    would_decide: "“{1}” کا جواب {0} دینے سے {2} آگے ہو جائے گا۔",
    choose_if: "{0} منتخب کریں اگر: ",
    better_pick: "{0} کب بہتر انتخاب ہوگا",
    when_to_choose: "{0} کب منتخب کریں",
    change_answers: "→ جوابات بدلیں",
    start_over: "نئے سرے سے شروع کریں",
    copy_link: "لنک کاپی کریں",
    copy_link_only: "صرف لنک",
    shared_pick: "“{1}” پر میرا نتیجہ: {0}",
    shared_tie: "“{1}” پر میرے لیے {0} برابر رہے",
    fits_me: "{0} میرے لیے بہترین ہے",
    share: "شیئر کریں…",
    link_copied: "لنک کاپی ہو گیا",
    copy_by_hand: "آپ کے براؤزر نے کاپی کرنے کی اجازت نہیں دی۔ یہ لنک کاپی کریں:",
    comparison: "موازنہ",
    highlighted: "نمایاں قطاریں آپ کے جوابات سے متعلق ہیں۔",
    your_pick: "آپ کا انتخاب",
    matters: " (آپ کے جوابات کے لیے اہم)",
    from_article: "مضمون سے",
    compare: "ساتھ ساتھ موازنہ کریں",
    who_uses: "انہیں کون استعمال کرتا ہے",
    companies_using: "{0} استعمال کرنے والی کمپنیاں",
    code_sample: "{0} کوڈ کی مثال",
    dismiss: "بند کریں",
    saved_progress: "محفوظ پیش رفت",
    show_result: "میرا نتیجہ دکھائیں",
    resume: "جاری رکھیں",
    welcome_done: "خوش آمدید: آپ پچھلی بار یہ سوالنامہ مکمل کر چکے ہیں۔",
    welcome_stopped: "خوش آمدید: پچھلی بار آپ {1} میں سے سوال {0} پر رکے تھے۔",
    bad_link: "یہ شیئر کیا گیا لنک نہیں کھل سکا: {0}۔ اس کے بجائے نئے سرے سے شروع کریں۔",
    link_damaged: "لنک نامکمل یا خراب لگتا ہے",
    link_other_format: "یہ لنک اس ویجیٹ کے کسی اور ورژن ({0}) سے بنا ہے",
    link_other_edition: "یہ لنک اس رہنما کے پرانے ایڈیشن کے لیے بنا تھا (ایڈیشن {0}، اب {1})",
    link_mismatch: "لنک کے جوابات اس رہنما کے سوالوں سے میل نہیں کھاتے",
    cant_show: "یہ فیصلہ رہنما دکھایا نہیں جا سکتا",
    problems_one: "اس کے مواد میں 1 مسئلہ درست کرنا ہے:",
    problems: "اس کے مواد میں {0} مسائل درست کرنے ہیں:",
};

/// Every language the widget speaks.
pub static ALL: [&Texts; 2] = [&EN, &UR];

/// The texts for a BCP 47 tag (`ur`, `ur-PK`, `EN-gb`); English for anything unknown.
pub fn for_tag(tag: &str) -> &'static Texts {
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    ALL.iter()
        .copied()
        .find(|t| t.lang.eq_ignore_ascii_case(primary))
        .unwrap_or(&EN)
}

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

/// How a result is announced (see [`Texts::announce`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announcement {
    /// Above the headline: "Clear fit", "Close call", "Tie", "Not enough to go on".
    pub eyebrow: &'static str,
    /// "Flask fits you best", "Django, only just", "Django and Flask are tied".
    pub headline: String,
    /// The sentence shared before the link ("I got Flask on “…”"); none without a result to say.
    pub shared: Option<String>,
}

impl Texts {
    /// "A", "A and B", "A, B and C".
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => fill(self.and, &[&rest.join(self.comma), last]),
        }
    }

    /// "1 point", "-1 point", "3 points".
    pub fn point_count(&self, n: i32) -> String {
        let template = if n.abs() == 1 {
            self.point
        } else {
            self.points
        };
        fill(template, &[&n.to_string()])
    }

    /// The notice for a shared link that could not be used.
    pub fn bad_link(&self, error: &ShareError) -> String {
        fill(self.bad_link, &[&self.link_problem(error)])
    }

    /// Why a shared link could not be used.
    pub fn link_problem(&self, error: &ShareError) -> String {
        match error {
            ShareError::Malformed => self.link_damaged.to_owned(),
            ShareError::UnknownFormat(v) => fill(self.link_other_format, &[v]),
            ShareError::OtherContentVersion { link, current } => fill(
                self.link_other_edition,
                &[&link.to_string(), &current.to_string()],
            ),
            ShareError::Mismatch => self.link_mismatch.to_owned(),
        }
    }

    /// How `outcome` is announced: the result screen's eyebrow and headline, and the sentence
    /// shared before its link. One place for the widget, the checker's outcome pages and tests.
    pub fn announce(&self, content: &Content, outcome: &Outcome) -> Announcement {
        let name = |option: usize| content.options[option].name.clone();
        let leaders: Vec<String> = outcome.leaders().into_iter().map(name).collect();
        let title = content.title.as_str();
        let picked = |eyebrow, headline, w: usize| Announcement {
            eyebrow,
            headline: fill(headline, &[&name(w)]),
            shared: Some(fill(self.shared_pick, &[&name(w), title])),
        };
        match (outcome.kind, outcome.winner()) {
            (Kind::Clear, Some(w)) => picked(self.clear_fit, self.fits_best, w),
            (Kind::Close, Some(w)) => picked(self.close_call, self.only_just, w),
            (Kind::Tie, _) => Announcement {
                eyebrow: self.tie,
                headline: fill(self.tied, &[&self.list(&leaders)]),
                shared: Some(fill(self.shared_tie, &[&self.list(&leaders), title])),
            },
            _ => Announcement {
                eyebrow: self.no_signal,
                headline: self.no_recommendation.to_owned(),
                shared: None,
            },
        }
    }

    /// "Its content has 3 problems to fix:".
    pub fn problem_count(&self, n: usize) -> String {
        if n == 1 {
            self.problems_one.to_owned()
        } else {
            fill(self.problems, &[&n.to_string()])
        }
    }

    /// "Based on 3 answers, 1 not sure, 2 skipped."
    pub fn summary(&self, answered: usize, unsure: usize, skipped: usize) -> String {
        let mut parts = vec![if answered == 1 {
            self.based_on_one.to_owned()
        } else {
            fill(self.based_on, &[&answered.to_string()])
        }];
        if unsure > 0 {
            parts.push(fill(self.unsure_count, &[&unsure.to_string()]));
        }
        if skipped > 0 {
            parts.push(fill(self.skipped_count, &[&skipped.to_string()]));
        }
        format!("{}{}", parts.join(self.comma), self.full_stop)
    }

    /// Every template with its name, for checks that translations fill the same holes.
    pub fn templates(&self) -> Vec<(&'static str, &'static str)> {
        vec![
            ("and", self.and),
            ("question_of", self.question_of),
            ("shared_pick", self.shared_pick),
            ("shared_tie", self.shared_tie),
            ("fits_me", self.fits_me),
            ("progress", self.progress),
            ("fits_best", self.fits_best),
            ("only_just", self.only_just),
            ("tied", self.tied),
            ("based_on", self.based_on),
            ("unsure_count", self.unsure_count),
            ("skipped_count", self.skipped_count),
            ("point", self.point),
            ("points", self.points),
            ("would_decide", self.would_decide),
            ("choose_if", self.choose_if),
            ("better_pick", self.better_pick),
            ("when_to_choose", self.when_to_choose),
            ("companies_using", self.companies_using),
            ("code_sample", self.code_sample),
            ("welcome_stopped", self.welcome_stopped),
            ("bad_link", self.bad_link),
            ("link_other_format", self.link_other_format),
            ("link_other_edition", self.link_other_edition),
            ("problems", self.problems),
        ]
    }
}
