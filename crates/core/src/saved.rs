//! Progress kept between visits, as the widget writes it into the browser's storage: the
//! [`Saved`] value through serde, in postcard's compact form, one character per byte (storage
//! holds strings). The widget carries no JSON parser, so it keeps none for this either.
//!
//! The entry's key already names the content and its version (see `web::storage::key`), so a
//! value is only checked against the questions: anything that does not fit them, or is not this
//! shape at all, is ignored rather than misread.

use serde::{Deserialize, Serialize};

use super::content::Content;
use super::quiz::{Progress, Response, Step};

/// Progress as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    /// Where the reader was.
    pub step: Step,
    /// One response per question.
    pub responses: Vec<Response>,
}

/// What to store for `progress`: nothing for a quiz not started, so the entry is removed.
pub fn save(progress: &Progress) -> Option<String> {
    if *progress == Progress::new(progress.responses().len()) {
        return None;
    }
    let saved = Saved {
        step: progress.step(),
        responses: progress.responses().to_vec(),
    };
    let bytes = postcard::to_allocvec(&saved).ok()?;
    Some(bytes.into_iter().map(char::from).collect())
}

/// The progress a stored value holds for `content`, if it is ours and fits its questions.
pub fn restore(content: &Content, text: &str) -> Option<Progress> {
    let bytes = text
        .chars()
        .map(|c| u8::try_from(c).ok())
        .collect::<Option<Vec<u8>>>()?;
    let saved: Saved = postcard::from_bytes(&bytes).ok()?;
    if let Step::Question(i) = saved.step {
        if i >= saved.responses.len() {
            return None;
        }
    }
    let progress = Progress::restore(saved.responses, saved.step);
    progress
        .fits(content.questions.iter().map(|q| q.answers.len()))
        .then_some(progress)
}
