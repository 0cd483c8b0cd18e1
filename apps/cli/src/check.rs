//! `check`: checks comparison files before they ship.
//!
//! `check FILE.json [FILE.json …]` prints every problem with its path, or a summary of a valid
//! file: its options and questions, where answering every question toward each option leads,
//! and any option that can never win. Exit code 0 when every file is valid, 1 otherwise, 2 on a
//! usage error. It runs the same code as the widget.
//!
//! `check --outcomes FILE` prints, as JSON, what the release build needs to write a preview
//! page per option (scripts/outcomes.mjs): for each option some answers can make win, the share
//! token of such a result, its headline and the sentence a reader shares, and the scores.

use serde::Serialize;

use super::{Files, Output};
use verdict_core::content::Content;
use verdict_core::load::from_json as load;
use verdict_core::locale::{announce, fill, EN};
use verdict_core::quiz::{Progress, Step};
use verdict_core::reach::{outcome_toward, reach, Reach};
use verdict_core::scoring::{score, Kind};
use verdict_core::share;
use verdict_core::validate::count;

/// `PROGRAM FILE.json …` (`PROGRAM` is how the tool was called: `verdict-check`, `verdict check`).
pub fn run(program: &str, files: &[String], read: &dyn Files) -> Output {
    let mut out = Output::default();
    if let [flag, file] = files {
        if flag == "--outcomes" {
            return outcomes(file, read);
        }
    }
    if files.is_empty() || files.iter().any(|f| f == "-h" || f == "--help") {
        out.warn(format!("usage: {program} FILE.json [FILE.json …]"));
        out.warn(format!(
            "       {program} --outcomes FILE.json   (JSON for the outcome pages)"
        ));
        out.warn("Checks comparison content for the verdict widget; see docs/content-format.md.");
        out.code = 2;
        return out;
    }
    let mut all_valid = true;
    for (i, file) in files.iter().enumerate() {
        if i > 0 {
            out.say("");
        }
        all_valid &= check(file, read, &mut out);
    }
    out.code = u8::from(!all_valid);
    out
}

/// Checks one file and prints the report; true when it is valid.
fn check(file: &str, read: &dyn Files, out: &mut Output) -> bool {
    let json = match read.read(file) {
        Ok(json) => json,
        Err(e) => {
            out.say(format!("{file}: cannot be read: {e}"));
            return false;
        }
    };
    match load(&json) {
        Err(problems) => {
            let s = if problems.len() == 1 { "" } else { "s" };
            out.say(format!("{file}: {} problem{s}", problems.len()));
            for p in &problems {
                let at = if p.path.is_empty() { "(file)" } else { &p.path };
                out.say(format!("  {at}: {}", p.message));
            }
            false
        }
        Ok(content) => {
            out.say(format!("{file}: valid"));
            summary(&content, out);
            true
        }
    }
}

fn summary(c: &Content, out: &mut Output) {
    let names: Vec<String> = c
        .options
        .iter()
        .map(|o| format!("{} ({})", o.name, o.id))
        .collect();
    let answers: usize = c.questions.iter().map(|q| q.answers.len()).sum();
    out.say(format!(
        "  \"{}\" — id {}, version {}",
        c.title, c.id, c.version
    ));
    out.say(format!(
        "  {}: {}",
        count(c.options.len(), "option"),
        names.join(", ")
    ));
    out.say(format!(
        "  {} with {}, {}",
        count(c.questions.len(), "question"),
        count(answers, "answer"),
        count(c.grid.rows.len(), "grid row")
    ));
    out.say("  Answering every question toward one option:");
    let width = c
        .options
        .iter()
        .map(|o| o.name.chars().count())
        .max()
        .unwrap_or(0);
    for (i, option) in c.options.iter().enumerate() {
        let outcome = outcome_toward(c, i);
        let top = |k: usize| {
            outcome
                .ranking
                .get(k)
                .map(|s| (c.options[s.option].name.as_str(), s.score))
                .unwrap_or(("", 0))
        };
        let (first, first_score) = top(0);
        let (_, second_score) = top(1);
        let result = match outcome.kind {
            Kind::Clear => format!("{first} wins clearly, {first_score} to {second_score}"),
            Kind::Close => format!("{first} wins, close call, {first_score} to {second_score}"),
            Kind::Tie => {
                let tied: Vec<&str> = outcome
                    .leaders()
                    .iter()
                    .map(|&o| c.options[o].name.as_str())
                    .collect();
                format!("a tie between {} at {first_score}", tied.join(" and "))
            }
            Kind::NoSignal => "no answer moves any score".to_owned(),
        };
        out.say(format!("    toward {:width$} → {result}", option.name));
    }
    let mut never = Vec::new();
    let mut unknown = Vec::new();
    for (i, option) in c.options.iter().enumerate() {
        match reach(c, i) {
            Reach::Wins(_) => {}
            Reach::Never => never.push(option.name.as_str()),
            Reach::Unknown => unknown.push(option.name.as_str()),
        }
    }
    if never.is_empty() && unknown.is_empty() {
        out.say("  Every option can win.");
    }
    if !never.is_empty() {
        out.say(format!(
            "  Can never win: {} — no combination of answers puts it on top; check its weights.",
            never.join(", ")
        ));
    }
    if !unknown.is_empty() {
        out.say(format!(
            "  Not determined (too many answer combinations to try): {}",
            unknown.join(", ")
        ));
    }
}

/// What the outcome pages of one comparison need.
#[derive(Serialize)]
struct Outcomes {
    id: String,
    title: String,
    intro: Option<String>,
    questions: usize,
    /// The widget's key in share links on a page where it has no `id` of its own.
    key: String,
    outcomes: Vec<OutcomeCard>,
}

/// One option's outcome, as a result a reader can reach.
#[derive(Serialize)]
struct OutcomeCard {
    option: String,
    /// The outcome page's file name (`result-flask.html`), as the widget links to it.
    page: String,
    name: String,
    token: String,
    /// The result's headline in the widget ("Flask fits you best").
    headline: String,
    /// The outcome page's title, as the reader who shares it would say it ("Flask fits me best").
    card_title: String,
    sentence: String,
    scores: Vec<OptionScore>,
}

#[derive(Serialize)]
struct OptionScore {
    name: String,
    points: i32,
}

/// `--outcomes FILE`: JSON for the outcome pages; exit 1 if the file is not valid content.
fn outcomes(file: &str, read: &dyn Files) -> Output {
    let mut out = Output::default();
    let content = match read
        .read(file)
        .map_err(|e| vec![e])
        .and_then(|json| load(&json).map_err(|p| p.iter().map(|p| p.to_string()).collect()))
    {
        Ok(content) => content,
        Err(problems) => {
            out.warn(format!("{file}: {}", problems.join("; ")));
            out.code = 1;
            return out;
        }
    };
    let cards = (0..content.options.len())
        .filter_map(|i| match reach(&content, i) {
            Reach::Wins(responses) => Some((i, responses)),
            Reach::Never | Reach::Unknown => None,
        })
        .map(|(i, responses)| {
            let outcome = score(&content, &responses);
            let name = &content.options[i].name;
            let told = announce(&EN, &content, &outcome);
            let progress = Progress::restore(responses, Step::Result);
            OutcomeCard {
                option: content.options[i].id.clone(),
                page: share::outcome_page_name(&content.options[i].id),
                name: name.clone(),
                token: share::encode(&content, &progress),
                headline: told.headline,
                card_title: fill(EN.fits_me(), &[name]),
                sentence: told.shared.unwrap_or_default(),
                scores: outcome
                    .ranking
                    .iter()
                    .map(|s| OptionScore {
                        name: content.options[s.option].name.clone(),
                        points: s.score,
                    })
                    .collect(),
            }
        })
        .collect();
    let report = Outcomes {
        key: share::key(&content.id),
        id: content.id,
        title: content.title,
        intro: content.intro,
        questions: content.questions.len(),
        outcomes: cards,
    };
    match serde_json::to_string_pretty(&report) {
        Ok(json) => out.say(json),
        Err(e) => {
            out.warn(e.to_string());
            out.code = 1;
        }
    }
    out
}
