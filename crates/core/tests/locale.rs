//! The widget's own words in its 20 languages: every table has every key and fills the same
//! holes as English, nothing is left in English, counts take the forms CLDR's plural rules say,
//! the sentences fill their placeholders, and tags find their table.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use verdict_core::load;
use verdict_core::locale::numbers::Cldr;
use verdict_core::locale::{
    fill, for_tag, languages, register, table_for, Category, Dir, Numbers, Shape, Texts,
    CATEGORIES, EN, FIELDS,
};
use verdict_core::quiz::Response::{self, Chose, NotSure, Open};
use verdict_core::scoring::score;
use verdict_core::share::ShareError;

const YES: Response = Chose(0);
const NO: Response = Chose(1);

/// The languages the widget must speak (issue #23), English first.
const TWENTY: [&str; 20] = [
    "en", "ur", "hi", "bn", "es", "pt", "fr", "de", "it", "pl", "uk", "ru", "tr", "id", "vi", "ja",
    "ko", "zh", "ar", "fa",
];

const TABLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/locale/tables");

fn holes(template: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}').expect("a { without }");
        out.insert(after[..close].to_owned());
        rest = &after[close + 1..];
    }
    out
}

fn speaking(lang: &str) -> &'static Texts {
    let texts = for_tag(lang);
    assert_eq!(texts.lang(), lang, "no table for {lang}");
    texts
}

/// Every string of a table by name (`based_on.one` for a count's forms).
fn strings(texts: &Texts) -> BTreeMap<String, String> {
    let mut names = Vec::new();
    for (name, shape) in FIELDS {
        match shape {
            Shape::Plural => names.extend(CATEGORIES.map(|c| format!("{name}.{c}"))),
            _ => names.push(name.to_string()),
        }
    }
    names
        .into_iter()
        .zip(texts.parts())
        .filter(|(name, text)| !(name.contains('.') && text.is_empty()))
        .map(|(name, text)| (name, (*text).to_owned()))
        .collect()
}

#[test]
fn every_table_reads_has_every_key_and_is_built_in() {
    // A table the model cannot read is left out of the build: say here exactly why.
    let mut files: Vec<_> = std::fs::read_dir(TABLES)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let table: toml::Table = text
            .parse()
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert!(
            table
                .get("review")
                .and_then(|r| r.as_str())
                .is_some_and(|r| r.contains("Please check")),
            "{}: no reviewer's note (review = \"\"\"…Please check…\"\"\")",
            file.display()
        );
        let parts =
            Texts::parts_of_toml(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let stem = file.file_stem().unwrap().to_str().unwrap();
        assert_eq!(
            parts[0],
            stem,
            "{}: lang differs from the file's name",
            file.display()
        );
        assert_eq!(
            speaking(stem).parts(),
            parts,
            "{stem}: the built-in table differs from its file"
        );
    }
    // A broken table says what is wrong, key by key.
    let broken = "lang = \"xx\"\ndir = \"up\"\nprogress = \"{0}\"\nextra = 1\n";
    let said = Texts::parts_of_toml(broken).unwrap_err();
    for words in [
        "dir should be \"ltr\" or \"rtl\"",
        "progress should be { one = …, other = … }",
        "extra is not a key",
        "kicker is missing",
    ] {
        assert!(said.contains(words), "{words}: {said}");
    }
    let spoken: Vec<&str> = languages().iter().map(|t| t.lang()).collect();
    for lang in TWENTY {
        assert!(spoken.contains(&lang), "{lang} is missing: {spoken:?}");
    }
    assert_eq!(files.len(), spoken.len(), "every table (English's too)");
}

#[test]
fn every_language_fills_the_same_holes_as_english() {
    let english: BTreeMap<String, &str> = EN.templates().into_iter().collect();
    for texts in languages() {
        for (name, translated) in texts.templates() {
            // A count's forms have the holes of English's `other`.
            let base = name.split('.').next().unwrap();
            let en = english
                .get(&format!("{base}.other"))
                .or_else(|| english.get(&name))
                .unwrap_or_else(|| panic!("{}: {name} has no English", texts.lang()));
            let (want, got) = (holes(en), holes(translated));
            if want == got {
                continue;
            }
            // Only a form for a single number may leave it unsaid ("إجابة واحدة": one answer;
            // "إجابتان": two answers), and it must say everything else.
            let category = name.rsplit('.').next().unwrap();
            let numbers = covered(texts.lang(), category);
            assert!(
                numbers.len() == 1 && got == want.iter().filter(|h| *h != "0").cloned().collect(),
                "{}: {name} has holes {got:?}, English {want:?} (the form covers {numbers:?})",
                texts.lang()
            );
        }
    }
}

/// The integers 0–1000 the language's rules put in this category.
fn covered(lang: &str, category: &str) -> Vec<u64> {
    let rules = Cldr::new(lang);
    (0..=1000)
        .filter(|&n| format!("{:?}", rules.category(n)).to_lowercase() == category)
        .collect()
}

#[test]
fn nothing_is_left_in_english_or_empty() {
    // Fields that are the same word in English and in the language, on purpose.
    let same: &[(&str, &str)] = &[
        ("de", "quiz"),
        ("pl", "quiz"),
        ("de", "comma"),
        ("de", "full_stop"),
    ];
    // Words no translation keeps (a whole word, any case).
    let english_words = [
        "the", "your", "you", "fits", "answers", "skipped", "dismiss", "continue", "restart",
        "copy", "share", "back", "next", "why", "scores",
    ];
    let en = strings(&EN);
    for texts in languages().into_iter().filter(|t| t.lang() != "en") {
        let lang = texts.lang();
        for (name, text) in strings(texts) {
            assert!(!text.trim().is_empty(), "{lang}: {name} is empty");
            let field = name.split('.').next().unwrap();
            let kept = same.contains(&(lang, field))
                || matches!(field, "lang" | "dir" | "comma" | "full_stop");
            if !kept {
                assert_ne!(en.get(&name), Some(&text), "{lang}: {name} is the English");
            }
            let words: Vec<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
                .collect();
            for word in english_words {
                assert!(
                    !words.iter().any(|w| w == word),
                    "{lang}: {name} has the English word {word:?}: {text}"
                );
            }
        }
    }
}

#[test]
fn counts_follow_cldr_for_0_1_2_5_11_21_101() {
    // CLDR's cardinal categories for these numbers, written out from the rules
    // (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html).
    use Category::{Few as F, Many as M, One as O, Other as X, Two as T, Zero as Z};
    let numbers = [0, 1, 2, 5, 11, 21, 101];
    let expected: [(&str, [Category; 7]); 20] = [
        ("en", [X, O, X, X, X, X, X]),
        ("ur", [X, O, X, X, X, X, X]),
        ("hi", [O, O, X, X, X, X, X]),
        ("bn", [O, O, X, X, X, X, X]),
        ("es", [X, O, X, X, X, X, X]),
        ("pt", [O, O, X, X, X, X, X]),
        ("fr", [O, O, X, X, X, X, X]),
        ("de", [X, O, X, X, X, X, X]),
        ("it", [X, O, X, X, X, X, X]),
        ("pl", [M, O, F, M, M, M, M]),
        ("uk", [M, O, F, M, M, O, O]),
        ("ru", [M, O, F, M, M, O, O]),
        ("tr", [X, O, X, X, X, X, X]),
        ("id", [X, X, X, X, X, X, X]),
        ("vi", [X, X, X, X, X, X, X]),
        ("ja", [X, X, X, X, X, X, X]),
        ("ko", [X, X, X, X, X, X, X]),
        ("zh", [X, X, X, X, X, X, X]),
        ("ar", [Z, O, T, F, M, M, X]),
        ("fa", [O, O, X, X, X, X, X]),
    ];
    for (lang, categories) in expected {
        let rules = Cldr::new(lang);
        for (n, want) in numbers.into_iter().zip(categories) {
            assert_eq!(rules.category(n), want, "{lang}: {n}");
        }
        // Each count either keeps its words whatever the number (only `other`), or has a form
        // for every category the language's rules use.
        let used: BTreeSet<String> = (0..=1000)
            .map(|n| format!("{:?}", rules.category(n)).to_lowercase())
            .collect();
        for (name, forms) in speaking(lang).counts() {
            let has: BTreeSet<String> = forms.forms().iter().map(|(c, _)| c.to_string()).collect();
            assert!(
                has.len() == 1 || used.is_subset(&has),
                "{lang}: {name} has forms {has:?}; the language uses {used:?}"
            );
        }
    }
}

#[test]
fn counts_read_as_each_language_says_them() {
    let said = |lang: &str, n: usize| {
        let texts = speaking(lang);
        texts.problem_count(&Cldr::new(lang), n)
    };
    assert_eq!(said("en", 1), "Its content has 1 problem to fix:");
    assert_eq!(said("en", 4), "Its content has 4 problems to fix:");
    assert_eq!(
        said("ru", 1),
        "В содержимом 1 ошибка, которую нужно исправить:"
    );
    assert_eq!(
        said("ru", 3),
        "В содержимом 3 ошибки, которые нужно исправить:"
    );
    assert_eq!(
        said("ru", 5),
        "В содержимом 5 ошибок, которые нужно исправить:"
    );
    assert_eq!(
        said("ru", 21),
        "В содержимом 21 ошибка, которую нужно исправить:"
    );
    assert_eq!(
        said("pl", 22),
        "Jego treść zawiera 22 błędy do poprawienia:"
    );
    assert_eq!(
        said("pl", 12),
        "Jego treść zawiera 12 błędów do poprawienia:"
    );
    assert_eq!(said("ar", 1), "في محتواه مشكلة واحدة يجب إصلاحها:");
    assert_eq!(said("ar", 2), "في محتواه مشكلتان يجب إصلاحهما:");
    assert_eq!(said("ar", 3), "في محتواه 3 مشكلات يجب إصلاحها:");
    assert_eq!(said("ar", 11), "في محتواه 11 مشكلة يجب إصلاحها:");
    assert_eq!(said("ja", 1), "内容に修正が必要な問題が1件あります：");
    let en = Cldr::new("en");
    assert_eq!(EN.point_count(&en, 1), "1 point");
    assert_eq!(EN.point_count(&en, -1), "-1 point");
    assert_eq!(EN.point_count(&en, 0), "0 points");
    assert_eq!(
        EN.summary(&en, 1, 1, 5),
        "Based on 1 answer, 1 not sure, 5 skipped."
    );
    assert_eq!(EN.summary(&en, 7, 0, 0), "Based on 7 answers.");
    let ur = speaking("ur");
    assert_eq!(
        ur.summary(&Cldr::new("ur"), 3, 0, 2),
        "3 جوابات کی بنیاد پر، 2 چھوڑے گئے۔"
    );
    // French says 0 and 1 in the singular.
    let fr = speaking("fr");
    assert_eq!(
        fr.summary(&Cldr::new("fr"), 0, 0, 1),
        "D’après 0 réponse, 1 passée."
    );
    assert_eq!(
        fr.progress_label(&Cldr::new("fr"), 1, 1),
        "1 sur 1 question traitée"
    );
    assert_eq!(EN.progress_label(&en, 2, 7), "2 of 7 questions done");
    assert_eq!(EN.question_count(&en, 3, 7), "Question 3 of 7");
}

/// Digits as a language writes them (what the browser's `Intl.NumberFormat` does).
struct Eastern;

impl Numbers for Eastern {
    fn category(&self, n: u64) -> Category {
        Cldr::new("ar").category(n)
    }
    fn digits(&self, n: i64) -> String {
        n.to_string()
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(0x660 + d).unwrap(),
                None => c,
            })
            .collect()
    }
}

#[test]
fn numbers_are_written_in_the_digits_they_are_given() {
    let ar = speaking("ar");
    assert_eq!(ar.question_count(&Eastern, 3, 7), "السؤال ٣ من ٧");
    assert_eq!(ar.point_count(&Eastern, -2), "-٢ نقطتان");
    let edition = ShareError::OtherContentVersion {
        link: 1,
        current: 2,
    };
    assert!(
        verdict_core::locale::bad_link_notice(ar, &Eastern, &edition)
            .contains("الطبعة ١، والحالية ٢")
    );
}

#[test]
fn every_sentence_fills_its_placeholders() {
    let article = load::embedded_default().unwrap();
    let flask = score(&article, &[NO, NO, NO, YES, YES, YES, NO]);
    let tie = score(&article, &[Open, Open, Open, YES, Open, Open, YES]);
    let errors = [
        ShareError::Malformed,
        ShareError::UnknownFormat("v9".into()),
        ShareError::OtherContentVersion {
            link: 1,
            current: 2,
        },
        ShareError::Mismatch,
    ];
    for texts in languages() {
        let say = Cldr::new(texts.lang());
        let mut sentences = vec![
            texts.summary(&say, 5, 1, 1),
            texts.progress_label(&say, 2, 7),
            texts.question_count(&say, 2, 7),
            texts.welcome_back(&say, 3, 7),
            texts.point_count(&say, 21),
            texts.problem_count(&say, 101),
            texts.list(&["A".into(), "B".into(), "C".into()]),
        ];
        let told = verdict_core::locale::announce(texts, &article, &flask);
        assert!(
            told.headline.contains("Flask"),
            "{}: {}",
            texts.lang(),
            told.headline
        );
        let shared = told.shared.unwrap();
        assert!(
            shared.contains("Flask") && shared.contains(&article.title),
            "{}: {shared}",
            texts.lang()
        );
        sentences.push(shared);
        let tied = verdict_core::locale::announce(texts, &article, &tie)
            .shared
            .unwrap();
        assert!(
            tied.contains("Django") && tied.contains("Flask"),
            "{}: {tied}",
            texts.lang()
        );
        sentences.push(tied);
        sentences.push(fill(texts.fits_me(), &["Flask"]));
        for error in &errors {
            let notice = verdict_core::locale::bad_link_notice(texts, &say, error);
            assert!(
                !notice.contains(&*texts.bad_link().replace("{0}", "")),
                "{}: the reason is missing from {notice}",
                texts.lang()
            );
            sentences.push(notice);
        }
        assert!(
            sentences[0].contains('5'),
            "{}: {}",
            texts.lang(),
            sentences[0]
        );
        assert!(sentences[3].contains('3') && sentences[3].contains('7'));
        for sentence in sentences {
            assert!(
                !sentence.contains('{') && !sentence.contains('}'),
                "{}: a hole left in {sentence}",
                texts.lang()
            );
        }
    }
}

#[test]
fn tags_find_their_table_and_anything_else_is_english() {
    assert_eq!(for_tag("ur").lang(), "ur");
    assert_eq!(for_tag("ur-PK").lang(), "ur");
    assert_eq!(for_tag("UR_pk").lang(), "ur");
    assert_eq!(for_tag("en-GB").lang(), "en");
    // A region falls back to its language: European Portuguese to the Brazilian table,
    // Traditional Chinese to the Simplified one (the closest there is; see the README).
    assert_eq!(for_tag("pt-PT").lang(), "pt");
    assert_eq!(for_tag("pt-BR").lang(), "pt");
    assert_eq!(for_tag("zh-TW").lang(), "zh");
    assert_eq!(for_tag("zh-Hant-HK").lang(), "zh");
    assert_eq!(for_tag("de-AT").lang(), "de");
    assert_eq!(table_for(" JA-jp"), "ja");
    // Unknown, empty or odd: English, no error.
    for tag in ["xx", "", "-", "klingon-x-1", "fil", "\u{0}"] {
        assert_eq!(for_tag(tag).lang(), "en", "{tag:?}");
    }
}

#[test]
fn right_to_left_languages_are_arabic_persian_and_urdu() {
    for texts in languages() {
        let rtl = matches!(texts.lang(), "ar" | "fa" | "ur");
        assert_eq!(texts.dir() == Dir::Rtl, rtl, "{}", texts.lang());
        assert_eq!(texts.dir().as_attr(), if rtl { "rtl" } else { "ltr" });
        // Arrows point the way the reader moves: back is → in a right-to-left layout.
        assert!(
            texts.back().contains(if rtl { '→' } else { '←' }),
            "{}",
            texts.lang()
        );
        assert!(
            texts.next().contains(if rtl { '←' } else { '→' }),
            "{}",
            texts.lang()
        );
    }
}

#[test]
fn the_compact_form_is_what_the_widget_is_given() {
    // What build.rs writes and the loader hands over reads back as the table; a list that is
    // not a table is an error, not a panic, and a language given twice is kept once.
    let out = Path::new(env!("OUT_DIR")).join("locales");
    for lang in TWENTY.iter().filter(|l| **l != "en") {
        let json = std::fs::read_to_string(out.join(format!("{lang}.json"))).unwrap();
        let parts: Vec<String> = serde_json::from_str(&json).unwrap();
        let texts = register(parts.join("\0")).unwrap();
        assert!(
            std::ptr::eq(texts, speaking(lang)),
            "{lang}: registered twice"
        );
    }
    assert!(register("xx\0ltr".into()).is_err());
    assert!(register(String::new()).is_err());
    let english: Vec<String> =
        serde_json::from_str(&std::fs::read_to_string(out.join("en.json")).unwrap()).unwrap();
    assert_eq!(EN.parts(), english, "the built-in English is its table");
    let index: Vec<String> =
        serde_json::from_str(&std::fs::read_to_string(out.join("index.json")).unwrap()).unwrap();
    assert_eq!(index.len(), 20);
}

#[test]
fn fill_puts_arguments_in_their_holes_in_any_order() {
    assert_eq!(fill("Question {0} of {1}", &["3", "7"]), "Question 3 of 7");
    let ur = speaking("ur");
    assert_eq!(fill(ur.question_of(), &["3", "7"]), "سوال 3 از 7");
    // Braces that are not holes, and holes without an argument, stay as written.
    assert_eq!(fill("{x} {0} {5} {", &["a"]), "{x} a {5} {");
    assert_eq!(fill("{0}", &["{1}", "no"]), "{1}");
}

#[test]
fn lists_read_naturally() {
    let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(EN.list(&names(&["Django"])), "Django");
    assert_eq!(
        EN.list(&names(&["Django", "Flask", "FastAPI"])),
        "Django, Flask and FastAPI"
    );
    assert_eq!(
        speaking("ur").list(&names(&["Django", "Flask", "FastAPI"])),
        "Django، Flask اور FastAPI"
    );
    assert_eq!(
        speaking("ja").list(&names(&["Django", "Flask", "FastAPI"])),
        "Django、FlaskとFastAPI"
    );
}

#[test]
fn bad_link_notices_say_why_in_the_readers_language() {
    let edition = ShareError::OtherContentVersion {
        link: 1,
        current: 2,
    };
    let en = Cldr::new("en");
    assert_eq!(
        verdict_core::locale::bad_link_notice(&EN, &en, &edition),
        "This shared link could not be opened: the link was made for another edition of this guide (edition 1, this is edition 2). Here is a fresh start instead."
    );
    assert!(
        verdict_core::locale::bad_link_notice(speaking("ur"), &Cldr::new("ur"), &edition)
            .contains("ایڈیشن 1، اب 2")
    );
    assert_eq!(
        verdict_core::locale::link_problem(&EN, &en, &ShareError::Malformed),
        EN.link_damaged()
    );
}

#[test]
fn a_shared_result_says_what_it_is_in_one_plain_sentence() {
    let article = load::embedded_default().unwrap();
    assert_eq!(article.title, "Django vs Flask: which should you pick?");
    let flask = score(&article, &[NO, NO, NO, YES, YES, YES, NO]);
    assert_eq!(
        verdict_core::locale::announce(&EN, &article, &flask)
            .shared
            .as_deref(),
        Some("I got Flask on “Django vs Flask: which should you pick?”")
    );
    let tie = score(&article, &[Open, Open, Open, YES, Open, Open, YES]);
    assert_eq!(
        verdict_core::locale::announce(&EN, &article, &tie)
            .shared
            .as_deref(),
        Some("Django and Flask tied for me on “Django vs Flask: which should you pick?”")
    );
    assert_eq!(
        verdict_core::locale::announce(&EN, &article, &score(&article, &[Open; 7])).shared,
        None
    );
}

#[test]
fn a_result_is_announced_as_clear_close_tied_or_undecided() {
    let article = load::embedded_default().unwrap();
    let told = |responses: &[Response]| {
        verdict_core::locale::announce(&EN, &article, &score(&article, responses))
    };
    let clear = told(&[NO, NO, NO, YES, YES, YES, NO]);
    assert_eq!(
        (clear.eyebrow, clear.headline.as_str()),
        (EN.clear_fit(), "Flask fits you best")
    );
    let close = told(&[YES, NotSure, NotSure, NotSure, NotSure, YES, NotSure]);
    assert_eq!(close.eyebrow, EN.close_call());
    assert!(close.headline.contains("Django"), "{}", close.headline);
    let tie = told(&[Open, Open, Open, YES, Open, Open, YES]);
    assert_eq!(tie.eyebrow, EN.tie());
    assert!(
        tie.headline.contains("Django and Flask"),
        "{}",
        tie.headline
    );
    let none = told(&[Open; 7]);
    assert_eq!(
        (none.eyebrow, none.headline.as_str()),
        (EN.no_signal(), EN.no_recommendation())
    );
}

#[test]
fn the_loader_finds_its_notice_where_the_table_has_it() {
    // embed.js reads "could not be loaded" from a fetched table by this place (build.rs writes
    // it into the loader): every table's string there is that table's notice.
    let slot = verdict_core::locale::slot_of("could_not_load").expect("a text field");
    for texts in languages() {
        assert_eq!(
            texts.parts()[slot],
            texts.could_not_load(),
            "{}",
            texts.lang()
        );
    }
    assert_eq!(
        EN.could_not_load(),
        "This decision guide could not be loaded."
    );
    assert_eq!(
        verdict_core::locale::slot_of("progress"),
        None,
        "a count is not one string"
    );
    assert_eq!(verdict_core::locale::slot_of("nothing"), None);
}
