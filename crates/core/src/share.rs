//! Share links: a reader's progress as a short, versioned token in the URL fragment.
//!
//! A widget's state is one `key=token` part of the fragment, next to whatever else the page
//! keeps there (`#intro&vd.django-vs-flask=v1.1.r0010001`). The key names the widget
//! (`vd.` + its instance name), so two widgets on a page never read each other's state, and
//! parts that are not ours are kept as they are.
//!
//! The token is `v1.<content version>.<step><one character per question>`:
//! - `v1`: the token format; a later format gets a new number and this one keeps decoding;
//! - the content's `version`: links made for other versions of the content are refused with
//!   a clear reason rather than misread, since their answers may mean something else now;
//! - the step: `r` for the result, or the 0-based question index followed by `-`;
//! - per question: the chosen answer's index as `0`–`9`, `a`–`z`; `x` for "Not sure"; `_` for
//!   skipped or not reached.
//!
//! When the reader said how much questions matter or made answers must-haves, the token is
//! `v2.<content version>.<step><answers>.<say>`: the same, and one character per question for
//! what they said: `n` as the author weighed it, `z` not at all, `a` a lot; in capitals when the
//! answer is a must-have. Tokens without any of that are still written `v1`, so the links of
//! readers who never touch it are as they were, and `v1` links still open.
//!
//! The decoder refuses anything it cannot fully account for. (Saved progress is kept apart, in
//! its own compact form: see `saved`.)

use super::content::Content;
use super::quiz::{Importance, Progress, Response, Say, Step};
use super::validate::MAX_QUESTIONS;

/// The token format this module writes for answers alone.
pub const FORMAT: &str = "v1";
/// The token format for answers with what the reader said besides (importance, must-haves).
pub const FORMAT_SAID: &str = "v2";
/// What every key of ours starts with.
pub const KEY_PREFIX: &str = "vd.";
/// Longest token the decoder looks at; anything longer is refused without being read. Derived
/// from the content limits, so every quiz the rules accept has links that work: the format, a
/// `u32` version, the step (`r`, or the last question's index and `-`) and a character per
/// question.
pub const MAX_TOKEN_LEN: usize = FORMAT.len()
    + 1
    + U32_DIGITS
    + 1
    + digits(MAX_QUESTIONS - 1)
    + 1
    + MAX_QUESTIONS
    + 1
    + MAX_QUESTIONS;

/// Digits of the largest `u32`.
const U32_DIGITS: usize = digits(u32::MAX as usize);

/// How many decimal digits `n` has.
const fn digits(mut n: usize) -> usize {
    let mut count = 1;
    while n >= 10 {
        n /= 10;
        count += 1;
    }
    count
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
const NOT_SURE: char = 'x';
const OPEN: char = '_';
const RESULT: char = 'r';

/// Why a token could not be used. The words for each are in the locale table
/// (`Texts::link_problem`), in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Empty, cut short or otherwise not in the expected shape.
    Malformed,
    /// Made by a newer (or unknown) version of the widget.
    UnknownFormat(String),
    /// Made for another version of the content.
    OtherContentVersion {
        /// The version the link was made for.
        link: u32,
        /// The version on the page now.
        current: u32,
    },
    /// The answers do not fit the questions (wrong count, or an answer that does not exist).
    Mismatch,
}

/// Encodes `progress` on `content` as a token.
pub fn encode(content: &Content, progress: &Progress) -> String {
    let said = !progress.say().is_default();
    let mut token = format!(
        "{}.{}.",
        if said { FORMAT_SAID } else { FORMAT },
        content.version
    );
    match progress.step() {
        Step::Result => token.push(RESULT),
        Step::Question(i) => {
            token.push_str(&i.to_string());
            token.push('-');
        }
    }
    token.extend(progress.responses().iter().map(|r| match r {
        Response::Open => OPEN,
        Response::NotSure => NOT_SURE,
        Response::Chose(i) => DIGITS.get(*i).map_or(OPEN, |&d| char::from(d)),
    }));
    if said {
        token.push('.');
        let say = progress.say();
        token.extend((0..progress.responses().len()).map(|q| {
            let c = match say.importance(q) {
                Importance::Normal => 'n',
                Importance::None => 'z',
                Importance::High => 'a',
            };
            if say.must(q) {
                c.to_ascii_uppercase()
            } else {
                c
            }
        }));
    }
    token
}

/// The token to keep for `progress`: none for a fresh quiz, so it leaves the address and
/// storage clean.
pub fn token_for(content: &Content, progress: &Progress) -> Option<String> {
    (*progress != Progress::new(content.questions.len())).then(|| encode(content, progress))
}

/// Decodes a token made by [`encode`] for `content`; refuses anything it cannot fully account for.
pub fn decode(content: &Content, token: &str) -> Result<Progress, ShareError> {
    if token.is_empty() || token.len() > MAX_TOKEN_LEN || !token.is_ascii() {
        return Err(ShareError::Malformed);
    }
    let mut fields = token.splitn(3, '.');
    let (Some(format), Some(version), Some(state)) = (fields.next(), fields.next(), fields.next())
    else {
        return Err(ShareError::Malformed);
    };
    if format != FORMAT && format != FORMAT_SAID {
        return if is_format_name(format) {
            Err(ShareError::UnknownFormat(format.to_owned()))
        } else {
            Err(ShareError::Malformed)
        };
    }
    let version = parse_number(version).ok_or(ShareError::Malformed)?;
    let link = u32::try_from(version).map_err(|_| ShareError::Malformed)?;
    if link != content.version {
        return Err(ShareError::OtherContentVersion {
            link,
            current: content.version,
        });
    }
    // A v2 token's answers are followed by what the reader said.
    let (state, said) = if format == FORMAT_SAID {
        let (state, said) = state.split_once('.').ok_or(ShareError::Malformed)?;
        (state, Some(said))
    } else {
        (state, None)
    };
    let (step, answers) = if let Some(rest) = state.strip_prefix(RESULT) {
        (Step::Result, rest)
    } else {
        let (index, rest) = state.split_once('-').ok_or(ShareError::Malformed)?;
        (
            Step::Question(parse_number(index).ok_or(ShareError::Malformed)?),
            rest,
        )
    };
    if answers.len() != content.questions.len() {
        return Err(ShareError::Mismatch);
    }
    if let Step::Question(i) = step {
        if i >= content.questions.len() {
            return Err(ShareError::Mismatch);
        }
    }
    let responses = answers
        .chars()
        .zip(&content.questions)
        .map(|(c, question)| match c {
            OPEN => Ok(Response::Open),
            NOT_SURE => Ok(Response::NotSure),
            _ => match DIGITS.iter().position(|&d| char::from(d) == c) {
                Some(i) if i < question.answers.len() => Ok(Response::Chose(i)),
                Some(_) => Err(ShareError::Mismatch),
                None => Err(ShareError::Malformed),
            },
        })
        .collect::<Result<Vec<_>, _>>()?;
    let progress = Progress::restore(responses, step);
    let Some(said) = said else {
        return Ok(progress);
    };
    if said.len() != content.questions.len() {
        return Err(ShareError::Mismatch);
    }
    let mut say = Say::default();
    for c in said.chars() {
        say.importance.push(match c.to_ascii_lowercase() {
            'n' => Importance::Normal,
            'z' => Importance::None,
            'a' => Importance::High,
            _ => return Err(ShareError::Malformed),
        });
        say.musts.push(c.is_ascii_uppercase());
    }
    // One spelling per state: a v2 token says something a v1 token could not.
    if say.is_default() {
        return Err(ShareError::Malformed);
    }
    Ok(progress.with_say(say))
}

/// `v` followed by digits: the shape of a format name, even one this build does not know.
fn is_format_name(s: &str) -> bool {
    s.len() > 1 && s.starts_with('v') && s[1..].bytes().all(|b| b.is_ascii_digit())
}

/// A decimal number without sign or leading zeros (so each value has exactly one spelling).
fn parse_number(s: &str) -> Option<usize> {
    let canonical = !s.is_empty()
        && s.len() <= U32_DIGITS
        && s.bytes().all(|b| b.is_ascii_digit())
        && (s == "0" || !s.starts_with('0'));
    canonical.then(|| s.parse().ok()).flatten()
}

/// The fragment key of the widget named `instance` (`vd.django-vs-flask`).
pub fn key(instance: &str) -> String {
    format!("{KEY_PREFIX}{instance}")
}

/// What the fragment says about one widget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found<'a> {
    /// Nothing for this widget.
    Nothing,
    /// A token for this widget.
    Token(&'a str),
    /// A part that can only be a damaged link to this widget (e.g. cut off inside the key).
    Damaged,
}

/// Looks for `key`'s token in a fragment (with or without the leading `#`).
pub fn find<'a>(fragment: &'a str, key: &str) -> Found<'a> {
    let mut found = Found::Nothing;
    for part in parts(fragment) {
        match classify(part, key) {
            Found::Token(token) => return Found::Token(token),
            Found::Damaged => found = Found::Damaged,
            Found::Nothing => {}
        }
    }
    found
}

/// The fragment with `key` set to `token` (or removed when `token` is `None`), keeping every
/// other part as it was and in its place. Returns it without the leading `#`.
pub fn with_token(fragment: &str, key: &str, token: Option<&str>) -> String {
    let ours = token.map(|token| format!("{key}={token}"));
    let mut placed = false;
    let mut out: Vec<&str> = Vec::new();
    for part in parts(fragment) {
        if classify(part, key) == Found::Nothing {
            out.push(part);
        } else if let (Some(ours), false) = (&ours, placed) {
            // Our new part takes the place of our first old one; any others go.
            out.push(ours);
            placed = true;
        }
    }
    if let (Some(ours), false) = (&ours, placed) {
        out.push(ours);
    }
    out.join("&")
}

/// The address `href` with `key`'s part of its fragment set to `token` (or removed), every
/// other part kept; no `#` at all when nothing is left in the fragment.
pub fn url_with(href: &str, key: &str, token: Option<&str>) -> String {
    let (page, fragment) = href.split_once('#').unwrap_or((href, ""));
    let fragment = with_token(fragment, key, token);
    if fragment.is_empty() {
        page.to_owned()
    } else {
        format!("{page}#{fragment}")
    }
}

/// The address of the page that previews `option`'s outcome, next to the page at `page_href`
/// (`…/verdict/` or `…/verdict/index.html` → `…/verdict/result-flask.html`): the release build
/// writes one per option, with the tags chat apps read for a preview card. Query and fragment are
/// left off; the caller adds this widget's part of the fragment.
pub fn outcome_page(page_href: &str, option_id: &str) -> String {
    let page = page_href.split(['#', '?']).next().unwrap_or(page_href);
    let folder = page.rfind('/').map_or(page, |slash| &page[..=slash]);
    format!("{folder}{}", outcome_page_name(option_id))
}

/// The file name of `option_id`'s outcome page (`result-flask.html`): the release build writes
/// it under this name (told by the checker), and the widget links to it.
pub fn outcome_page_name(option_id: &str) -> String {
    format!("result-{option_id}.html")
}

/// What one `&`-separated part of a fragment is to the widget with `key`.
fn classify<'a>(part: &'a str, key: &str) -> Found<'a> {
    match part.split_once('=') {
        Some((k, token)) if k == key => Found::Token(token),
        // A link cut short inside our key: `vd.django-vs-fl`.
        None if part.starts_with(KEY_PREFIX) && key.starts_with(part) => Found::Damaged,
        _ => Found::Nothing,
    }
}

fn parts(fragment: &str) -> impl Iterator<Item = &str> {
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .split('&')
        .filter(|p| !p.is_empty())
}

/// A name for each widget on a page, in page order: the host's `id` when it has a usable one,
/// else the content's id; a name already taken gets `-2`, `-3`, … so no two widgets share one.
pub fn instance_names<'a>(
    widgets: impl IntoIterator<Item = (Option<&'a str>, &'a str)>,
) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for (host_id, content_id) in widgets {
        let taken: Vec<&str> = names.iter().map(String::as_str).collect();
        let name = instance_name(host_id, content_id, &taken);
        names.push(name);
    }
    names
}

/// The name of a widget that starts while the widgets named `taken` are live: the host's `id`
/// when it has a usable one, else the content's id, with `-2`, `-3`, … if that is taken. Widgets
/// that start in page order get the names [`instance_names`] gives them.
pub fn instance_name(host_id: Option<&str>, content_id: &str, taken: &[&str]) -> String {
    let base = host_id.filter(|id| is_name(id)).unwrap_or(content_id);
    let mut name = base.to_owned();
    let mut n = 1;
    while taken.contains(&name.as_str()) {
        n += 1;
        name = format!("{base}-{n}");
    }
    name
}

/// Whether `s` can be used in a key as it is: what content ids allow, so links stay readable.
fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}
