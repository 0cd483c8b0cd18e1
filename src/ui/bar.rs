//! A horizontal bar drawn in SVG: geometry lives in attributes, not inline styles, so it works
//! under a strict Content-Security-Policy (`style-src 'self'` blocks `style="width: …"`).

use yew::prelude::*;

/// Properties of [`Bar`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct Props {
    /// The filled amount (clamped to 0..=max).
    pub value: i32,
    /// The full amount.
    pub max: i32,
    /// What the bar shows, for assistive technology.
    pub label: String,
    /// A progress bar (announced as such) rather than a picture of a quantity.
    #[prop_or_default]
    pub progress: bool,
    /// Extra class, e.g. to colour the winner's bar.
    #[prop_or_default]
    pub class: Classes,
}

/// A bar filled to `value / max`.
#[component]
pub fn Bar(props: &Props) -> Html {
    let max = props.max.max(1);
    // Hundredths of the full width, in integers: formatting floats would pull ~10 KB of
    // float-printing code into the WASM for this one number.
    let hundredths = i64::from(props.value.clamp(0, max)) * 10_000 / i64::from(max);
    let svg = html! {
        <svg class="vd-bar-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="vd-bar-track" x="0" y="0" width="100" height="10" rx="5" />
            if hundredths > 0 {
                <rect class="vd-bar-fill" x="0" y="0" width={format!("{}.{:02}", hundredths / 100, hundredths % 100)} height="10" rx="5" />
            }
        </svg>
    };
    if props.progress {
        html! {
            <div class={classes!("vd-bar", props.class.clone())} role="progressbar"
                aria-valuemin="0" aria-valuemax={props.max.to_string()}
                aria-valuenow={props.value.clamp(0, max).to_string()} aria-label={props.label.clone()}>
                { svg }
            </div>
        }
    } else {
        html! { <div class={classes!("vd-bar", props.class.clone())}>{ svg }</div> }
    }
}
