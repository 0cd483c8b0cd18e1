//! `import`: a first draft of content from an article you already wrote.
//!
//! `import article.md > draft.json` writes the draft (JSON) to standard output and what it
//! could not find to standard error, followed by the content rules' problems if the draft breaks
//! any. Exit code 0 when the draft passes the rules, 1 when it needs work, 2 on a usage error.
//! The studio (editor.html) runs the same importer. See `verdict_core::import` for what it
//! recognises.

use super::args::{self, Args, Given};
use super::{Files, Output};
use verdict_core::{load, write};
use verdict_import as import;
use verdict_import::Draft;

/// What the importer found, as the studio shows it before the author picks: the options and
/// where, every proposed question (`[x]` in the draft, `[ ]` a candidate) with the option it
/// leans to and the line it came from, and the grid's rows.
fn inventory(file: &str, draft: &Draft, out: &mut Output) {
    let c = &draft.content;
    out.warn(format!("{file}: read as {}", draft.lang));
    let options: Vec<String> = draft
        .options
        .iter()
        .map(|o| format!("{} ({})", o.name, o.from))
        .collect();
    out.warn(format!(
        "{file}: options: {}",
        if options.is_empty() {
            "none found".to_owned()
        } else {
            options.join(", ")
        }
    ));
    out.warn(format!(
        "{file}: questions ({} in the draft, {} candidates):",
        draft.kept.iter().filter(|k| **k).count(),
        draft.kept.iter().filter(|k| !**k).count()
    ));
    for (p, kept) in draft.proposals.iter().zip(&draft.kept) {
        let lean = draft.leaning(p);
        let from: String = p.from.chars().take(90).collect();
        out.warn(format!(
            "  [{}] {} ({lean}, from {}: \"{from}\")",
            if *kept { "x" } else { " " },
            p.text,
            p.kind.label()
        ));
    }
    let rows: Vec<&str> = c.grid.rows.iter().map(|r| r.feature.as_str()).collect();
    out.warn(format!(
        "{file}: grid rows: {}",
        if rows.is_empty() {
            "none".to_owned()
        } else {
            rows.join(", ")
        }
    ));
}

/// `PROGRAM ARTICLE.md` (`PROGRAM` is how the tool was called: `verdict-import`, `verdict import`).
pub fn run(program: &str, args: &[String], files: &dyn Files) -> Output {
    let mut out = Output::default();
    let help = format!(
        "usage: {program} ARTICLE.md > draft.json\nDrafts comparison content for the verdict \
         widget from a post (Markdown, MDX or HTML).\n"
    );
    let mut named = Vec::new();
    let mut args = Args::new(args);
    loop {
        match args.next() {
            Ok(None) => break,
            Ok(Some(Given::Plain(file))) => named.push(file),
            Ok(Some(Given::Help)) => return out.usage(&help),
            Ok(Some(Given::Flag(flag))) => {
                out.warn(format!("{program}: {}", args::unknown(&flag)));
                return out.usage(&help);
            }
            Err(why) => {
                out.warn(format!("{program}: {why}"));
                return out.usage(&help);
            }
        }
    }
    let [file] = named.as_slice() else {
        return out.usage(&help);
    };
    let markdown = match files.read(file) {
        Ok(text) => text,
        Err(e) => {
            out.warn(format!("{file}: cannot be read: {e}"));
            out.code = 2;
            return out;
        }
    };
    let draft = import::draft(&markdown);
    out.say(write::to_json(&draft.content));
    inventory(file, &draft, &mut out);
    for note in &draft.notes {
        out.warn(format!("{file}: {note}"));
    }
    if let Err(problems) = load::checked(draft.content) {
        out.warn(format!(
            "{file}: the draft needs work before it passes the content rules:"
        ));
        for p in problems {
            out.warn(format!("  {p}"));
        }
        out.code = 1;
    }
    out
}
