//! Progress kept between visits, as the widget writes it into the browser's storage: the
//! [`Saved`] value through serde, in postcard's compact form, one character per byte (storage
//! holds strings). The widget carries no JSON parser, so it keeps none for this either.
//!
//! The entry's key already names the content and its version (see `web::storage::key`), so a
//! value is only checked against the questions: anything that does not fit them, or is not this
//! shape at all, is ignored rather than misread.

use serde::{Deserialize, Serialize};

use super::content::Content;
use super::quiz::{Importance, Progress, Response, Say, Step};

/// Progress as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    /// Where the reader was.
    pub step: Step,
    /// One response per question.
    pub responses: Vec<Response>,
    /// How much each question matters to the reader.
    pub importance: Vec<Importance>,
    /// Which answers are must-haves.
    pub musts: Vec<bool>,
}

/// Progress as earlier versions stored it (answers alone): still read, so an update keeps the
/// reader's place.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
struct SavedAnswers {
    step: Step,
    responses: Vec<Response>,
}

/// What to store for `progress`: nothing for a quiz not started, so the entry is removed.
pub fn save(progress: &Progress) -> Option<String> {
    if *progress == Progress::new(progress.responses().len()) {
        return None;
    }
    let saved = Saved {
        step: progress.step(),
        responses: progress.responses().to_vec(),
        importance: progress.say().importance.clone(),
        musts: progress.say().musts.clone(),
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
    let saved: Saved = postcard::from_bytes(&bytes).ok().or_else(|| {
        postcard::from_bytes::<SavedAnswers>(&bytes)
            .ok()
            .map(|old| Saved {
                step: old.step,
                responses: old.responses,
                importance: Vec::new(),
                musts: Vec::new(),
            })
    })?;
    if let Step::Question(i) = saved.step {
        if i >= saved.responses.len() {
            return None;
        }
    }
    let say = Say {
        importance: saved.importance,
        musts: saved.musts,
    };
    let progress = Progress::restore(saved.responses, saved.step).with_say(say);
    progress
        .fits(content.questions.iter().map(|q| q.answers.len()))
        .then_some(progress)
}
