//! "Copy link" (and "Share…" where the browser has a share sheet) for the result.
//!
//! The link is the page's address (or its outcome's page, or the embedding post's: see
//! `web::address::share_url`) with this widget's token in the fragment. "Copy link" and the share
//! sheet carry one plain sentence before it ("I got Flask on …"); "Link only" copies the link
//! alone. Where the Clipboard API is missing or refused, the text appears in a selected field to
//! copy by hand. "Link copied" is said for a few seconds, then the button is as before.

use gloo_timers::callback::Timeout;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::texts::Language;
use verdict_web::{address, clipboard};

/// Properties of [`ShareLink`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct Props {
    /// The widget's key in the fragment.
    pub link_key: AttrValue,
    /// The token of the result being shared.
    pub token: AttrValue,
    /// A title for the share sheet.
    pub title: AttrValue,
    /// The sentence shared before the link ("I got Flask on …"), when there is a result to say.
    pub sentence: Option<AttrValue>,
    /// The content's id: where the page declares outcome pages for it, the link is the pick's.
    pub content_id: AttrValue,
    /// The recommended option's id.
    pub pick: Option<AttrValue>,
    /// The widget's language.
    pub language: Language,
}

/// How long "Link copied" stays (long enough to read, and to be announced).
const COPIED_FOR_MS: u32 = 4_000;

#[derive(Debug, Clone, PartialEq)]
enum Copy {
    Idle,
    Copied,
    /// The clipboard refused: the link to copy by hand.
    ByHand(String),
}

/// The share controls.
#[component]
pub fn ShareLink(props: &Props) -> Html {
    let t = props.language.texts;
    let status = use_state(|| Copy::Idle);
    // The pending "back to idle" timer: replaced by each copy, cancelled when dropped.
    let reset = use_mut_ref(|| None::<Timeout>);
    let field = use_node_ref();
    let link = {
        let (key, token) = (props.link_key.clone(), props.token.clone());
        let (content_id, pick) = (props.content_id.clone(), props.pick.clone());
        move || address::share_url(&key, &token, &content_id, pick.as_deref()).unwrap_or_default()
    };
    // "Copy link" copies the sentence and the link, "Link only" the link alone.
    let copy = |with_sentence: bool| {
        let status = status.clone();
        let reset = reset.clone();
        let link = link.clone();
        let sentence = props.sentence.clone().filter(|_| with_sentence);
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let reset = reset.clone();
            let url = link();
            let text = match &sentence {
                Some(sentence) => format!("{sentence} {url}"),
                None => url,
            };
            spawn_local(async move {
                if clipboard::copy(&text).await {
                    status.set(Copy::Copied);
                    let idle = status.clone();
                    *reset.borrow_mut() =
                        Some(Timeout::new(COPIED_FOR_MS, move || idle.set(Copy::Idle)));
                } else {
                    status.set(Copy::ByHand(text));
                }
            });
        })
    };
    let on_share = {
        let (title, sentence, link) = (props.title.clone(), props.sentence.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (title, sentence, url) = (title.clone(), sentence.clone(), link());
            spawn_local(async move {
                // Cancelling the share sheet is the reader's choice, not an error to report.
                let _ = clipboard::share(&title, sentence.as_deref(), &url).await;
            });
        })
    };
    // When the link has to be copied by hand, select it so one keystroke copies it.
    {
        let field = field.clone();
        use_effect_with((*status).clone(), move |status| {
            if let (Copy::ByHand(_), Some(input)) =
                (status, field.cast::<web_sys::HtmlInputElement>())
            {
                let _ = input.focus();
                input.select();
            }
        });
    }
    let (copy_all, copy_link) = (copy(true), copy(false));
    html! {
        <div class="vd-share">
            <div class="vd-share-actions">
                <button type="button" part="button" class="vd-secondary" onclick={copy_all}>{ t.copy_link() }</button>
                if props.sentence.is_some() {
                    <button type="button" part="button" class="vd-link" onclick={copy_link}>{ t.copy_link_only() }</button>
                }
                if clipboard::can_share() {
                    <button type="button" part="button" class="vd-secondary" onclick={on_share}>{ t.share() }</button>
                }
                <span class="vd-copied" role="status">
                    { if *status == Copy::Copied { t.link_copied() } else { "" } }
                </span>
            </div>
            if let Copy::ByHand(url) = &*status {
                <label class="vd-share-field">
                    <span>{ t.copy_by_hand() }</span>
                    <input type="text" readonly=true value={url.clone()} ref={field} />
                </label>
            }
        </div>
    }
}
