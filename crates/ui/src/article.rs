//! The article's supporting material: the short answer, what each option is, when to choose
//! it, who uses it, the verdict and the closing line. Folded away so the quiz stays in front.

use yew::prelude::*;

use super::code::code_block;
use super::rich::{fill_html, rich};
use verdict_core::content::{Content, Section};
use verdict_core::locale::{fill, Texts};

/// A titled section (body, points, bullets, code samples, closing remark) with its title at
/// heading level `level` (3 to 6). `within` names what holds it where the same section is also
/// shown elsewhere (the article's fold of a result's case), so its code regions' names differ
/// from the other copy's. A function, not a component: it has no state of its own.
pub fn section_view(t: &'static Texts, s: &Section, level: u8, within: Option<&str>) -> Html {
    let tag = format!("h{}", level.clamp(3, 6));
    html! {
        <div class="vd-section" dir="auto">
            <@{tag} class="vd-section-heading">{ &s.title }</@>
            { body(t, s, within) }
        </div>
    }
}

/// Everything of a section but its title.
fn body(t: &'static Texts, s: &Section, within: Option<&str>) -> Html {
    html! {
        <>
            if let Some(body) = &s.body { <p>{ rich(body) }</p> }
            { for s.points.iter().map(|p| html! { <p>{ rich(p) }</p> }) }
            if !s.bullets.is_empty() {
                <ul>{ for s.bullets.iter().map(|b| html! { <li>{ rich(b) }</li> }) }</ul>
            }
            { for s.code.iter().enumerate().map(|(i, c)| {
                let title = match within {
                    Some(within) => format!("{within}, {}", s.title),
                    None => s.title.to_string(),
                };
                let place = if s.code.len() > 1 {
                    format!("{title} ({}/{})", i + 1, s.code.len())
                } else {
                    title
                };
                code_block(t, c, &place)
            }) }
            if let Some(after) = &s.after { <p>{ rich(after) }</p> }
        </>
    }
}

/// The article's material as folding sections, then the closing line; as a card of its own in
/// the full layout (`card`), else inside the compact layout's fold. A plain function, not a
/// component: it has no state of its own.
pub fn article_notes(t: &'static Texts, c: &Content, card: bool) -> Html {
    // Titles from the content are isolated (<bdi>), so an English "What is Django?" keeps its
    // punctuation in place inside a right-to-left interface.
    let fold = |summary: Html, inner: Html| {
        html! {
            <details class="vd-fold">
                <summary>{ summary }</summary>
                <div class="vd-fold-body" dir="auto">{ inner }</div>
            </details>
        }
    };
    let with_users = c.options.iter().any(|o| !o.used_by.is_empty());
    html! {
        <section class={classes!("vd-article", card.then_some("vd-card"))} part={card.then_some("card")} aria-labelledby="vd-article-title">
            <h3 id="vd-article-title" class={classes!("vd-section-title", (!card).then_some("vd-sr"))}>{ t.from_article() }</h3>
            if let Some(short) = &c.short_answer {
                { fold(html! { <bdi>{ &short.title }</bdi> }, body(t, short, None)) }
            }
            { for c.options.iter().filter_map(|o| o.about.as_ref()).map(|about| {
                fold(html! { <bdi>{ &about.title }</bdi> }, body(t, about, None))
            }) }
            { for c.options.iter().filter(|o| !o.when_to_choose.is_empty()).map(|o| {
                let title = fill(t.when_to_choose(), &[&o.name]);
                let sections = html! { { for o.when_to_choose.iter().map(|s| html! {
                    { section_view(t, s, 4, Some(&title)) }
                }) } };
                fold(fill_html(t.when_to_choose(), &[&o.name]), sections)
            }) }
            if with_users {
                { fold(
                    match &c.usage {
                        Some(u) => html! { <bdi>{ &u.title }</bdi> },
                        None => html! { { t.who_uses() } },
                    },
                    html! {
                        <>
                            { for c.options.iter().filter(|o| !o.used_by.is_empty()).map(|o| html! {
                                <div class="vd-users">
                                    <h4 class="vd-section-heading">{ fill_html(t.companies_using(), &[&o.name]) }</h4>
                                    <ul>{ for o.used_by.iter().map(|u| html! { <li>{ u }</li> }) }</ul>
                                </div>
                            }) }
                            if let Some(after) = c.usage.as_ref().and_then(|u| u.after.as_ref()) {
                                <p>{ rich(after) }</p>
                            }
                        </>
                    },
                ) }
            }
            if let Some(v) = &c.verdict {
                { fold(html! { <bdi>{ &v.title }</bdi> }, html! {
                    <>
                        if let Some(b) = &v.body { <p>{ rich(b) }</p> }
                        if !v.bullets.is_empty() {
                            <ul>{ for v.bullets.iter().map(|b| html! { <li>{ rich(b) }</li> }) }</ul>
                        }
                        if let Some(a) = &v.after { <p>{ rich(a) }</p> }
                    </>
                }) }
            }
            if let Some(closing) = &c.closing {
                <p class="vd-closing" dir="auto">{ rich(closing) }</p>
            }
        </section>
    }
}
