//! The inline markup: what it turns into, and what it refuses.

use verdict::core::markup::{is_safe_href, parse, refused_links, Span};

fn text(s: &str) -> Span {
    Span::Text(s.to_owned())
}

#[test]
fn plain_text_is_one_span() {
    assert_eq!(
        parse("Go to /admin and relax."),
        [text("Go to /admin and relax.")]
    );
    assert_eq!(parse(""), [text("")]);
}

#[test]
fn emphasis_strong_code_and_links_become_spans() {
    assert_eq!(
        parse("Use *Django* with **care**, run `pip install flask` or read [the docs](https://flask.palletsprojects.com/)."),
        [
            text("Use "),
            Span::Emphasis("Django".into()),
            text(" with "),
            Span::Strong("care".into()),
            text(", run "),
            Span::Code("pip install flask".into()),
            text(" or read "),
            Span::Link {
                text: "the docs".into(),
                href: "https://flask.palletsprojects.com/".into()
            },
            text("."),
        ]
    );
}

#[test]
fn unclosed_markers_stay_literal() {
    assert_eq!(parse("2 * 3 = 6"), [text("2 * 3 = 6")]);
    assert_eq!(parse("a `tick"), [text("a `tick")]);
    assert_eq!(parse("[not a link] (x)"), [text("[not a link] (x)")]);
    assert_eq!(parse("**"), [text("**")]);
}

#[test]
fn backslash_makes_a_marker_literal() {
    assert_eq!(parse(r"\*not emphasis\*"), [text("*not emphasis*")]);
    assert_eq!(parse(r"*a \* b*"), [Span::Emphasis("a * b".into())]);
}

#[test]
fn code_is_literal_inside() {
    assert_eq!(parse("`*x*`"), [Span::Code("*x*".into())]);
}

#[test]
fn html_is_just_text() {
    let payload = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    assert_eq!(parse(payload), [text(payload)]);
}

#[test]
fn only_http_and_https_links_are_followed() {
    for bad in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<b>x</b>",
        "vbscript:x",
        "//evil.example",
        "/relative",
        "https://exa mple.com",
        "",
    ] {
        assert!(!is_safe_href(bad), "{bad}");
        let spans = parse(&format!("see [this]({bad}) now"));
        assert!(
            !spans.iter().any(|s| matches!(s, Span::Link { .. })),
            "{bad}: {spans:?}"
        );
        assert_eq!(spans, [text("see this now")], "{bad}");
    }
    assert!(is_safe_href("https://example.com/a?b=c#d"));
    assert!(is_safe_href("HTTP://example.com"));
    assert_eq!(
        parse("[Flask](https://en.wikipedia.org/wiki/Flask_(web_framework))"),
        [Span::Link {
            text: "Flask".into(),
            href: "https://en.wikipedia.org/wiki/Flask_(web_framework)".into()
        }]
    );
}

#[test]
fn refused_links_lists_each_bad_address() {
    assert_eq!(
        refused_links("[a](javascript:alert(1)) and [b](https://ok.example) and [c](data:x)"),
        ["javascript:alert(1)", "data:x"]
    );
}

#[test]
fn any_text_parses_without_panicking_and_keeps_its_characters() {
    // Every byte position of awkward input: markers, escapes at the end, multi-byte characters.
    let samples = [
        "\\",
        "*\\",
        "[x](",
        "[é](https://é",
        "`",
        "**ü**",
        "اردو *زور*",
        "\\é",
        "[a\\](b)](https://x)",
    ];
    for s in samples {
        let joined: String = parse(s)
            .into_iter()
            .map(|span| match span {
                Span::Text(t) | Span::Emphasis(t) | Span::Strong(t) | Span::Code(t) => t,
                Span::Link { text, .. } => text,
            })
            .collect();
        assert!(!joined.is_empty() || s.is_empty(), "{s}");
    }
}
