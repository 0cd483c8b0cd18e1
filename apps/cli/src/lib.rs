//! The command-line tool's entry point: `verdict check`, `import`, `render`, `link`, `markdown`
//! and `publish`, over the same core as the widget. Each command is a function of its arguments and of a way
//! to read files, and returns what it prints and its exit code, so one implementation serves:
//!
//! - the native binaries `verdict-check` and `verdict-import` (for people who have cargo);
//! - `npx verdict`, the same code compiled to WebAssembly for Node (`src/bin/verdict-cli.rs`,
//!   `cli/verdict.js` in the npm package), which needs no Rust on the blogger's machine.
//!
//! `render` and `publish` draw a widget's first view with Yew's server-side rendering, so they
//! need the widget's views (feature `ssr`; `publish` also draws a card, feature `card`); `check`,
//! `import`, `link` and `markdown` need only the core.

mod args;
#[cfg(feature = "card")]
pub mod card;
pub mod check;
pub mod import;
pub mod link;
#[cfg(feature = "ssr")]
pub mod publish;
#[cfg(feature = "ssr")]
pub mod render;

/// Reads the files a command names.
pub trait Files {
    /// The text of the file at `path`, or why it cannot be read.
    fn read(&self, path: &str) -> Result<String, String>;
}

/// The files of this machine (the native binaries).
pub struct Disk;

impl Files for Disk {
    fn read(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|e| e.to_string())
    }
}

/// What a command printed, and how it ended.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Output {
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
    /// The exit code: 0 done, 1 the content needs work, 2 a usage error (a file that cannot be
    /// read included).
    pub code: u8,
    /// Files to write: path and contents (`render --out`, `publish`).
    pub files: Vec<(String, Vec<u8>)>,
}

impl Output {
    /// Prints it (the native binaries) and gives the exit code.
    pub fn print(&self) -> std::process::ExitCode {
        for (path, contents) in &self.files {
            let written = std::path::Path::new(path)
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(path, contents));
            if let Err(e) = written {
                eprintln!("{path}: cannot be written: {e}");
                return std::process::ExitCode::from(2);
            }
        }
        print!("{}", self.stdout);
        eprint!("{}", self.stderr);
        std::process::ExitCode::from(self.code)
    }

    /// Appends a line to standard output.
    pub fn say(&mut self, line: impl AsRef<str>) {
        self.stdout.push_str(&printable(line.as_ref()));
        self.stdout.push('\n');
    }

    /// Appends a line to standard error.
    pub fn warn(&mut self, line: impl AsRef<str>) {
        self.stderr.push_str(&printable(line.as_ref()));
        self.stderr.push('\n');
    }

    /// Ends with a usage error and this help.
    pub(crate) fn usage(mut self, help: &str) -> Self {
        self.stderr.push_str(help);
        self.code = 2;
        self
    }
}

/// A comparison file read and checked: its text and content, or `None` with what is wrong said
/// on stderr (a file that cannot be read: exit 2; problems: each with its path, exit 1).
pub(crate) fn checked_file(
    file: &str,
    files: &dyn Files,
    out: &mut Output,
) -> Option<(String, verdict_core::content::Content)> {
    use verdict_core::load::{self, Loaded};
    let json = match files.read(file) {
        Ok(json) => json,
        Err(e) => {
            out.warn(format!("{file}: cannot be read: {e}"));
            out.code = 2;
            return None;
        }
    };
    match Loaded::from(load::from_json(&json)) {
        Loaded::Content(content) => Some((json, (*content).clone())),
        Loaded::Problems(problems) => {
            let s = if problems.len() == 1 { "" } else { "s" };
            out.warn(format!("{file}: {} problem{s}", problems.len()));
            for p in problems.iter() {
                let at = if p.path.is_empty() { "(file)" } else { &p.path };
                out.warn(format!("  {at}: {}", p.message));
            }
            out.code = out.code.max(1);
            None
        }
    }
}

/// `text` safe for a terminal: control characters other than line breaks and tabs written as
/// `\u{1b}`, so a content file quoted in a message cannot send commands to the terminal (or
/// rewrite a CI log).
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && c != '\n' && c != '\t' {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// The tool's help, for `verdict --help` (and a command it does not know).
pub fn help(program: &str) -> String {
    format!(
        "usage: {program} COMMAND [ARGUMENTS]\n\
         \n\
         Commands:\n  \
           check FILE.json [FILE.json …]   check comparisons: every problem with its path\n  \
           import ARTICLE.md > draft.json   draft a comparison from a Markdown article\n  \
           render FILE.json [OPTIONS]       the widget's first view as HTML, for a page\n  \
           link FILE.json [--base URL]      one address that carries the comparison (nothing to host)\n  \
           markdown FILE.json [OPTIONS]     the comparison as Markdown, for where no widget goes\n  \
           publish FILE.json --out DIR      a page per comparison: card, oEmbed, embed page (npx only)\n  \
           hugo [SITE] [--local]           check and draw a Hugo site's widgets (npx only)\n  \
           jekyll [SITE] [--local]         check and draw a Jekyll site's widgets (npx only)\n\
         \n\
         `{program} COMMAND --help` says more. Exit codes: 0 done, 1 the content needs work,\n\
         2 a usage error. The content format: docs/content-format.md (in the package too).\n"
    )
}

/// Runs `verdict ARGS…` for a command that needs no widget views (`check`, `import`); `render`
/// is [`render::run`].
pub fn run(program: &str, args: &[String], files: &dyn Files) -> Output {
    match args.first().map(String::as_str) {
        Some("check") => check::run(&format!("{program} check"), &args[1..], files),
        Some("import") => import::run(&format!("{program} import"), &args[1..], files),
        Some("link") => link::run(&format!("{program} link"), &args[1..], files),
        Some("markdown") => link::markdown(&format!("{program} markdown"), &args[1..], files),
        Some("-h" | "--help") => Output {
            stdout: help(program),
            ..Output::default()
        },
        Some("-V" | "--version") => Output {
            stdout: format!("{program} {}\n", env!("CARGO_PKG_VERSION")),
            ..Output::default()
        },
        Some(other) => {
            let mut out = Output::default();
            out.warn(format!("{program}: no command \"{other}\""));
            out.usage(&help(program))
        }
        None => Output::default().usage(&help(program)),
    }
}
