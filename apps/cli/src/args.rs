//! Command lines, read by `lexopt` for every command: `--name value`, `--name=value`, `-h`,
//! `--help`, and files; an option a command does not take is a usage error (exit 2), never a
//! file name.

use lexopt::{Arg, Parser, ValueExt};

/// One argument of a command line, as a command reads it.
pub enum Given {
    /// `-h` or `--help`.
    Help,
    /// `--name` (its value, if the command takes one, is read with [`value`]).
    Flag(String),
    /// A file, or another positional argument.
    Plain(String),
}

/// Reads a command's arguments one at a time.
pub struct Args(Parser);

impl Args {
    /// The arguments after the command's name.
    pub fn new(args: &[String]) -> Self {
        Self(Parser::from_args(args.iter().cloned()))
    }

    /// The next argument, or none at the end; an unreadable one is a usage error.
    pub fn next(&mut self) -> Result<Option<Given>, String> {
        let next = self.0.next().map_err(|e| e.to_string())?;
        Ok(next.map(|arg| match arg {
            Arg::Short('h') | Arg::Long("help") => Given::Help,
            Arg::Short(c) => Given::Flag(format!("-{c}")),
            Arg::Long(name) => Given::Flag(format!("--{name}")),
            Arg::Value(value) => Given::Plain(value.string().unwrap_or_default()),
        }))
    }

    /// The value of the option just read (`--id x` or `--id=x`).
    pub fn value(&mut self, flag: &str) -> Result<String, String> {
        self.0
            .value()
            .map_err(|_| format!("{flag} needs a value"))?
            .string()
            .map_err(|e| e.to_string())
    }
}

/// The usage error for an option a command does not take.
pub fn unknown(flag: &str) -> String {
    format!("no option {flag}")
}
