//! `link` and `markdown`: a comparison where nothing is hosted, and where no widget goes.
//!
//! `link FILE.json [--base URL]` prints one address that carries the comparison in its fragment
//! (`…/guide.html#guide=v1.…`, see `verdict_core::link`): the hosted page runs it in the reader's
//! browser; nothing reaches a server. `--base` is where a copy of the widget's `dist/` is served
//! (default: the project's site, where this build knows it).
//!
//! `markdown FILE.json [--quiz URL] [--card URL]` prints the comparison as Markdown for
//! cross-posting (Medium, Substack, a README): the grid as a table, "Choose X if …" lines, the
//! verdict, and the card picture linking to the quiz when their addresses are given.

use super::args::{self, Args, Given};
use super::{checked_file, Files, Output};
use verdict_core::link;
use verdict_core::markdown::{to_markdown, Links};

/// The project's site, where the release build was told it (`VERDICT_SITE_URL`).
pub const SITE: Option<&str> = option_env!("VERDICT_SITE_URL");

/// A command's file, and the options given with their values.
type Parsed = (String, Vec<(String, String)>);

/// A command's file and its options' values (none: `--help`), or a usage error.
fn parse(args: &[String], flags: &[&str]) -> Result<Option<Parsed>, String> {
    let mut args = Args::new(args);
    let (mut file, mut given) = (None, Vec::new());
    while let Some(next) = args.next()? {
        match next {
            Given::Help => return Ok(None),
            Given::Plain(f) if file.is_none() => file = Some(f),
            Given::Plain(f) => return Err(format!("one file at a time ({f} is a second)")),
            Given::Flag(flag) if flags.contains(&flag.as_str()) => {
                let value = args.value(&flag)?;
                given.push((flag, value));
            }
            Given::Flag(flag) => return Err(args::unknown(&flag)),
        }
    }
    file.map(|f| Some((f, given)))
        .ok_or_else(|| "name a comparison file".to_owned())
}

/// `PROGRAM FILE.json [--base URL]`.
pub fn run(program: &str, args: &[String], files: &dyn Files) -> Output {
    let help = format!(
        "usage: {program} FILE.json [--base URL]\n\
         Prints one address that carries the comparison: open it, share it; nothing to host.\n\
         \n  \
           --base URL   where a copy of the widget's dist/ is served (its guide.html){}\n",
        SITE.map(|s| format!(" (default: {s})")).unwrap_or_default()
    );
    let mut out = Output::default();
    let (file, given) = match parse(args, &["--base"]) {
        Ok(Some(parsed)) => parsed,
        Ok(None) => return out.usage(&help),
        Err(why) => {
            out.warn(format!("{program}: {why}"));
            return out.usage(&help);
        }
    };
    let base = given
        .iter()
        .find(|(f, _)| f == "--base")
        .map(|(_, v)| v.clone())
        .or_else(|| SITE.map(str::to_owned));
    let Some(base) = base else {
        out.warn(format!("{program}: give --base: the address where a copy of the widget's dist/ is served (this build knows no default)"));
        return out.usage(&help);
    };
    if !(base.starts_with("https://") || base.starts_with("http://")) {
        out.warn(format!(
            "{program}: --base must be an http(s) address, not {base}"
        ));
        return out.usage(&help);
    }
    let Some((json, _)) = checked_file(&file, files, &mut out) else {
        return out;
    };
    let base = if base.ends_with(".html") || base.ends_with('/') {
        base
    } else {
        format!("{base}/")
    };
    let url = link::url(&base, &json);
    out.say(&url);
    out.warn(format!(
        "{file}: a link of {} characters",
        url.chars().count()
    ));
    if url.len() > LONG {
        out.warn(format!(
            "{file}: longer than {LONG} characters: browsers, Slack, WhatsApp and e-mail keep it, but Discord and Telegram cut messages this long; share a published page there (verdict publish), or host the file and use guide.html?src=…"
        ));
    }
    out
}

/// Links longer than this are cut by some of the places people paste them (Discord's messages
/// hold 2,000 characters, Telegram's 4,096).
pub const LONG: usize = 4_000;

/// `PROGRAM FILE.json [--quiz URL] [--card URL]`.
pub fn markdown(program: &str, args: &[String], files: &dyn Files) -> Output {
    let help = format!(
        "usage: {program} FILE.json [--quiz URL] [--card URL]\n\
         Prints the comparison as Markdown for where no widget goes (Medium, Substack, a README).\n\
         \n  \
           --quiz URL   the hosted quiz (a `verdict link`, or a published page) the Markdown links to\n  \
           --card URL   the comparison's card picture (`verdict publish` writes card.png)\n"
    );
    let mut out = Output::default();
    let (file, given) = match parse(args, &["--quiz", "--card"]) {
        Ok(Some(parsed)) => parsed,
        Ok(None) => return out.usage(&help),
        Err(why) => {
            out.warn(format!("{program}: {why}"));
            return out.usage(&help);
        }
    };
    let Some((_, content)) = checked_file(&file, files, &mut out) else {
        return out;
    };
    let pick = |name: &str| {
        given
            .iter()
            .find(|(f, _)| f == name)
            .map(|(_, v)| v.clone())
    };
    let links = Links {
        quiz: pick("--quiz"),
        card: pick("--card"),
    };
    out.stdout.push_str(&to_markdown(&content, &links));
    out
}
