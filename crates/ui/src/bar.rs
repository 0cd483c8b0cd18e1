//! A horizontal bar drawn in SVG: geometry lives in attributes, not inline styles, so it works
//! under a strict Content-Security-Policy (`style-src 'self'` blocks `style="width: …"`).

use yew::prelude::*;

/// A bar filled to `value / max` (clamped). With a `progress` label it is a progress bar
/// announced as such; without, a picture of a quantity said in words next to it. A function,
/// not a component: it has no state, and each component type costs the WebAssembly a few
/// kilobytes of lifecycle code.
pub fn bar(value: i32, max: i32, progress: Option<String>) -> Html {
    let full = max;
    let max = max.max(1);
    // Hundredths of the full width, in integers: formatting floats would pull ~10 KB of
    // float-printing code into the WASM for this one number.
    let hundredths = i64::from(value.clamp(0, max)) * 10_000 / i64::from(max);
    let svg = html! {
        <svg class="vd-bar-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="vd-bar-track" x="0" y="0" width="100" height="10" rx="5" />
            if hundredths > 0 {
                <rect class="vd-bar-fill" x="0" y="0" width={format!("{}.{:02}", hundredths / 100, hundredths % 100)} height="10" rx="5" />
            }
        </svg>
    };
    match progress {
        Some(label) => html! {
            <div class="vd-bar" role="progressbar"
                aria-valuemin="0" aria-valuemax={full.to_string()}
                aria-valuenow={value.clamp(0, max).to_string()} aria-label={label}>
                { svg }
            </div>
        },
        None => html! { <div class="vd-bar">{ svg }</div> },
    }
}
