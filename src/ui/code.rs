//! A code sample: monospace, indentation kept, scrollable on its own on narrow screens.

use yew::prelude::*;

use super::texts::use_texts;
use crate::core::content::CodeSample;
use crate::core::locale::fill;

/// Properties of [`CodeBlock`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct Props {
    /// The sample.
    pub sample: CodeSample,
}

/// One code sample with its language label.
#[component]
pub fn CodeBlock(props: &Props) -> Html {
    let sample = &props.sample;
    let label = fill(use_texts().code_sample, &[&sample.language]);
    html! {
        // Code reads left to right in every interface language.
        <figure class="vd-code" dir="ltr">
            <figcaption>
                <span class="vd-lang">{ &sample.language }</span>
                if let Some(caption) = &sample.caption {
                    <span class="vd-caption">{ caption }</span>
                }
            </figcaption>
            // Focusable so keyboard users can scroll long lines (the region is labelled).
            <pre tabindex="0" role="region" aria-label={label}><code>{ &sample.source }</code></pre>
        </figure>
    }
}
