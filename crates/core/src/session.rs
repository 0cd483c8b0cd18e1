//! One widget's session: the reader's progress plus what the widget has to tell them about how
//! it started (a link it could not open, saved progress it can resume). The Yew reducer wraps
//! [`Session::apply`]; how a session starts is [`Session::start`], both tested natively.

use super::content::Content;
use super::quiz::{Action, Progress};
use super::saved;
use super::share::{self, Found, ShareError};

/// Something the widget says once, above the quiz, until the reader moves on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A link for this widget could not be used; the quiz starts fresh.
    BadLink(ShareError),
}

/// What the reader can do with the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionAction {
    /// A quiz action (answer, skip, back, restart…).
    Quiz(Action),
    /// Take this session instead: what the address says after the browser went back or
    /// forward (see [`Session::start`]).
    Restore(Session),
    /// Take up the saved progress on offer.
    Resume,
    /// Decline the saved progress and the notice.
    Dismiss,
}

/// A widget's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// Where the reader is and what they answered.
    pub progress: Progress,
    /// Progress saved on an earlier visit, offered until the reader accepts or moves on.
    pub resume: Option<Progress>,
    /// A notice about how the session started.
    pub notice: Option<Notice>,
}

impl Session {
    /// A fresh session on `content`.
    pub fn fresh(content: &Content) -> Self {
        Self {
            progress: Progress::new(content.questions.len()),
            resume: None,
            notice: None,
        }
    }

    /// How a session starts: a link in the fragment wins (a bad one is said and ignored);
    /// otherwise saved progress (as stored, see [`saved`]) is offered, unless it is unusable or
    /// there is nothing in it.
    pub fn start(content: &Content, link: Found<'_>, saved: Option<&str>) -> Self {
        let mut session = Self::fresh(content);
        match link {
            Found::Token(token) => match share::decode(content, token) {
                Ok(progress) => session.progress = progress,
                Err(e) => session.notice = Some(Notice::BadLink(e)),
            },
            Found::Damaged => session.notice = Some(Notice::BadLink(ShareError::Malformed)),
            Found::Nothing => {
                session.resume = saved
                    .and_then(|text| saved::restore(content, text))
                    .filter(|p| !p.is_untouched());
            }
        }
        session
    }

    /// The session after `action`. Any change answers the offer and the notice: they go.
    pub fn apply(&self, action: SessionAction) -> Self {
        let progress = match action {
            SessionAction::Quiz(action) => {
                let progress = self.progress.apply(action);
                if progress == self.progress {
                    return self.clone();
                }
                progress
            }
            SessionAction::Restore(session) => return session,
            SessionAction::Resume => match &self.resume {
                Some(saved) => saved.clone(),
                None => return self.clone(),
            },
            SessionAction::Dismiss => self.progress.clone(),
        };
        Self {
            progress,
            resume: None,
            notice: None,
        }
    }
}
