//! A code sample: monospace, indentation kept, scrollable on its own on narrow screens.

use yew::prelude::*;

use verdict_core::content::CodeSample;
use verdict_core::locale::{fill, Texts};

/// One code sample with its language label. `place` names it among the others (its section and,
/// where a section has several, its number): each sample is a labelled region, and two regions
/// of one name are indistinguishable in a screen reader's list of them. A plain function rather
/// than a component: it has no state, and each component type costs the WebAssembly a few
/// kilobytes of lifecycle code.
pub fn code_block(t: &'static Texts, sample: &CodeSample, place: &str) -> Html {
    let label = format!(
        "{}: {}",
        fill(t.code_sample(), &[&sample.language]),
        sample.caption.as_deref().unwrap_or(place)
    );
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
