//! The content JSON reader: what it accepts, and where it says a file is broken.

use verdict::core::json::{parse, Json, MAX_DEPTH};

fn s(v: &str) -> Json {
    Json::String(v.to_owned())
}

#[test]
fn reads_every_kind_of_value_keeping_key_order() {
    let doc =
        parse(r#" { "b": [1, -2, 3.5, 1e3], "a": {"t": true, "f": false, "n": null}, "s": "x" } "#)
            .unwrap();
    let Json::Object(fields) = doc else {
        panic!("not an object")
    };
    let keys: Vec<_> = fields.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["b", "a", "s"]);
    assert_eq!(
        fields[0].1,
        Json::Array(vec![
            Json::Number("1".into()),
            Json::Number("-2".into()),
            Json::Number("3.5".into()),
            Json::Number("1e3".into()),
        ])
    );
    assert_eq!(fields[2].1, s("x"));
}

#[test]
fn whole_numbers_only_as_integers() {
    assert_eq!(parse("-7").unwrap().as_integer(), Some(-7));
    assert_eq!(parse("2.5").unwrap().as_integer(), None);
    assert_eq!(parse("1e2").unwrap().as_integer(), None);
    assert_eq!(parse("99999999999999999999").unwrap().as_integer(), None);
    assert_eq!(parse("\"3\"").unwrap().as_integer(), None);
}

#[test]
fn resolves_escapes_and_surrogate_pairs() {
    assert_eq!(
        parse(r#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00\u0627""#).unwrap(),
        s("a\"b\\c/d\n\té😀ا")
    );
    assert_eq!(parse("\"اردو — ✓\"").unwrap(), s("اردو — ✓"));
}

fn error_at(text: &str) -> (usize, usize, String) {
    let e = parse(text).unwrap_err();
    (e.line, e.column, e.message)
}

#[test]
fn says_where_and_what_for_each_kind_of_mistake() {
    let cases: &[(&str, usize, usize, &str)] = &[
        ("", 1, 1, "ends where a value was expected"),
        ("{\n  \"a\": 1,\n}", 3, 1, "trailing comma"),
        ("[1, 2,]", 1, 7, "trailing comma"),
        ("{\"a\" 1}", 1, 6, "expected ':'"),
        ("{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}'"),
        ("[1 2]", 1, 4, "expected ',' or ']'"),
        ("{a: 1}", 1, 2, "field name in double quotes"),
        ("{'a': 1}", 1, 2, "field name in double quotes"),
        ("['a']", 1, 2, "double quotes"),
        ("\"open", 1, 6, "not closed"),
        ("\"line\nbreak\"", 1, 6, "line break"),
        ("\"\\x\"", 1, 3, "unknown escape"),
        ("\"\\u12\"", 1, 6, "four hex digits"),
        ("\"\\ud800\"", 1, 8, "unpaired surrogate"),
        ("-", 1, 2, "expected digits"),
        ("1.", 1, 3, "after the decimal point"),
        ("1e", 1, 3, "exponent"),
        ("tru", 1, 1, "expected a value"),
        ("{} x", 1, 4, "after the end"),
        ("{\"a\": 1, \"a\": 2}", 1, 10, "appears twice"),
        ("{\n  \"é\": ü}", 2, 8, "expected a value"),
    ];
    for &(text, line, column, words) in cases {
        let (l, c, m) = error_at(text);
        assert_eq!((l, c), (line, column), "{text:?}: {m}");
        assert!(m.contains(words), "{text:?}: {m}");
    }
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
    let deep = "[".repeat(100_000);
    assert!(parse(&deep)
        .unwrap_err()
        .message
        .contains("nested too deeply"));
}

#[test]
fn the_bundled_contents_parse() {
    for json in [
        verdict::core::content::DEFAULT_CONTENT_JSON,
        include_str!("../examples/content/sqlite-vs-postgresql.json"),
    ] {
        assert!(matches!(parse(json), Ok(Json::Object(_))));
    }
}
