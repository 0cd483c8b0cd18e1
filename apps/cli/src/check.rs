//! `check`: checks comparison files before they ship.
//!
//! `check FILE.json [FILE.json …]` prints every problem with its path, or a summary of a valid
//! file: its options and questions, where answering every question toward each option leads,
//! and any option that can never win. Exit code 0 when every file is valid, 1 otherwise, 2 on a
//! usage error or a file that cannot be read. It runs the same code as the widget.
//!
//! `check --outcomes FILE` prints, as JSON, what the release build needs to write a preview
//! page per option (scripts/outcomes.mjs): for each option some answers can make win, the share
//! token of such a result, its headline and the sentence a reader shares, and the scores.

use serde::Serialize;

use super::args::{self, Args, Given};
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
pub fn run(program: &str, args: &[String], read: &dyn Files) -> Output {
    let mut out = Output::default();
    let help = format!(
        "usage: {program} FILE.json [FILE.json …]\n       {program} --outcomes FILE.json   (JSON \
         for the outcome pages)\nChecks comparison content for the verdict widget; see \
         docs/content-format.md.\n"
    );
    let (mut files, mut for_outcomes) = (Vec::new(), false);
    let mut args = Args::new(args);
    loop {
        match args.next() {
            Ok(None) => break,
            Ok(Some(Given::Help)) => return out.usage(&help),
            Ok(Some(Given::Flag(flag))) if flag == "--outcomes" => for_outcomes = true,
            Ok(Some(Given::Flag(flag))) => {
                out.warn(format!("{program}: {}", args::unknown(&flag)));
                return out.usage(&help);
            }
            Ok(Some(Given::Plain(file))) => files.push(file),
            Err(why) => {
                out.warn(format!("{program}: {why}"));
                return out.usage(&help);
            }
        }
    }
    match (for_outcomes, files.as_slice()) {
        (true, [file]) => return outcomes(file, read),
        (true, _) => {
            out.warn(format!("{program}: --outcomes takes one file"));
            return out.usage(&help);
        }
        (false, []) => return out.usage(&help),
        (false, _) => {}
    }
    let mut all_valid = true;
    let mut unreadable = false;
    for (i, file) in files.iter().enumerate() {
        if i > 0 {
            out.say("");
        }
        match read.read(file) {
            Ok(json) => all_valid &= check(file, &json, &mut out),
            Err(e) => {
                out.warn(format!("{file}: cannot be read: {e}"));
                unreadable = true;
            }
        }
    }
    // A file that cannot be read is the command line's mistake (2), not the content's (1).
    out.code = if unreadable { 2 } else { u8::from(!all_valid) };
    out
}

/// Checks one file's text and prints the report; true when it is valid.
fn check(file: &str, json: &str, out: &mut Output) -> bool {
    match load(json) {
        Err(problems) => {
            out.say(format!("{file}: {}", count(problems.len(), "problem")));
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
            Kind::AllRuledOut => "every option is ruled out".to_owned(),
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
            "  Can never win: {} — no combination of answers puts it on top; check its weights and rules_out.",
            never.join(", ")
        ));
    }
    // An answer that rules out every option leaves whoever gives it with no recommendation.
    for (q, question) in c.questions.iter().enumerate() {
        for (a, answer) in question.answers.iter().enumerate() {
            if !c.options.is_empty() && c.options.iter().all(|o| answer.rules_out.contains(&o.id)) {
                out.say(format!(
                    "  Warning: questions[{q}].answers[{a}] (\"{}\") rules out every option: a reader who gives it gets no recommendation.",
                    answer.label
                ));
            }
        }
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
