//! Posts with no decision lines and no when-to-choose sections, as many real ones are: what they
//! list of each option, tables set side by side, sections about one aspect each, "Choose X"
//! headings, check-mark tables written with GitHub's shortcodes, front matter a YAML parser
//! refuses and English titles over posts in other languages. Each draft still passes the rules,
//! or says why not.

use verdict_core::load;
use verdict_import::kinds::Kind;
use verdict_import::sections::unnumbered;
use verdict_import::{draft, Draft};

fn names(d: &Draft) -> Vec<&str> {
    d.content.options.iter().map(|o| o.name.as_str()).collect()
}

/// Each kept question as "text → option (weight)".
fn asked(d: &Draft) -> Vec<String> {
    d.content
        .questions
        .iter()
        .map(|q| {
            let (o, w) = q.answers[0].weights.iter().next().expect("a weight");
            format!("{} → {o} ({w})", q.text)
        })
        .collect()
}

/// The proposals of one kind, each as "text → option".
fn of_kind(d: &Draft, kind: Kind) -> Vec<String> {
    d.proposals
        .iter()
        .filter(|p| p.kind == kind)
        .map(|p| format!("{} → {}", p.text, names(d)[p.option]))
        .collect()
}

/// Whether a proposal's source or reason holds `text` anywhere.
fn proposals_say(d: &Draft, text: &str) -> bool {
    d.proposals
        .iter()
        .any(|p| p.from.contains(text) || p.reason.contains(text))
}

/// Whether a proposal's question holds `text` anywhere.
fn proposes(d: &Draft, text: &str) -> bool {
    d.proposals.iter().any(|p| p.text.contains(text))
}

/// The grid's rows, by their feature.
fn features(d: &Draft) -> Vec<&str> {
    d.content
        .grid
        .rows
        .iter()
        .map(|r| r.feature.as_str())
        .collect()
}

fn passes(d: &Draft) {
    load::checked(d.content.clone()).unwrap_or_else(|p| panic!("{p:#?}\n{:#?}", d.notes));
}

#[test]
fn what_a_post_lists_under_each_option_fills_a_thin_draft_and_says_so() {
    let post = "# Bancos de dados mais usados\n\nDois dos mais usados são:\n\n\
                ## MySQL\n\n- Popular em aplicações web.\n- Fácil de usar, com grande suporte da comunidade.\n- Mantido pela Oracle.\n\n\
                ## PostgreSQL\n\n- Suporte a dados relacionais e não relacionais (JSON, XML).\n- Alta confiabilidade e personalização.\n\n\
                ## Conclusão\n\nA escolha depende das necessidades do projeto.\n";
    let d = draft(post);
    assert_eq!(d.lang, "pt");
    assert_eq!(names(&d), ["MySQL", "PostgreSQL"]);
    // Four questions, each option's in turn, in the post's language; the rest are candidates.
    assert_eq!(
        asked(&d),
        [
            "Isso é importante para você? “Popular em aplicações web” → mysql (1)",
            "Isso é importante para você? “Fácil de usar, com grande suporte da comunidade” → mysql (1)",
            "Isso é importante para você? “Suporte a dados relacionais e não relacionais (JSON, XML)” → postgresql (1)",
            "Isso é importante para você? “Alta confiabilidade e personalização” → postgresql (1)",
        ]
    );
    assert!(d.proposals.iter().all(|p| p.kind == Kind::Trait));
    assert_eq!(d.kept.iter().filter(|k| !**k).count(), 1);
    assert!(d
        .notes
        .iter()
        .any(|n| n.contains("what the post lists of an option")));
    passes(&d);
}

#[test]
fn a_list_after_a_line_that_may_say_otherwise_is_not_taken_for_an_options_traits() {
    // "But new problems come with it": the list is cons, which only the line says.
    let post =
        "# npm vs pnpm\n\nTwo package managers.\n\n## npm\n\nBut new problems come with it.\n\n\
                - Packages you never listed can be imported.\n- Installs are not deterministic.\n\n\
                ## pnpm\n\n### Key Features\n\n- Installs are very fast.\n- Disk space is saved.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["npm", "pnpm"]);
    let leaning: Vec<&str> = d.proposals.iter().map(|p| names(&d)[p.option]).collect();
    assert!(leaning.iter().all(|o| *o == "pnpm"), "{:?}", asked(&d));
    assert_eq!(d.proposals.len(), 2, "{:?}", asked(&d));
}

#[test]
fn a_table_set_side_by_side_lists_each_columns_option() {
    let post = "# Выбор между ASP.NET 4.x и ASP.NET Core\n\nОбе платформы используются для веб-приложений.\n\n\
                | ASP.NET Core | ASP.NET 4.x |\n|---|---|\n\
                |Предназначена для Windows, macOS или Linux|Предназначена для Windows|\n\
                |Более высокая производительность, чем в ASP.NET 4.x|Хорошая производительность|\n";
    let d = draft(post);
    assert_eq!(d.lang, "ru");
    assert_eq!(names(&d), ["ASP.NET 4.x", "ASP.NET Core"]);
    let traits: Vec<(&str, &str)> = d
        .proposals
        .iter()
        .map(|p| (names(&d)[p.option], p.from.as_str()))
        .collect();
    // The first row says nearly the same of both ("Предназначена для Windows…"): it tells them
    // apart in nothing, so it is dropped.
    assert_eq!(
        traits,
        [
            (
                "ASP.NET Core",
                "Более высокая производительность, чем в ASP.NET 4.x"
            ),
            ("ASP.NET 4.x", "Хорошая производительность")
        ]
    );
    assert!(traits.contains(&("ASP.NET 4.x", "Хорошая производительность")));
    assert!(d.proposals.iter().all(|p| p.kind == Kind::Trait));
    // Without a table of features, the grid says what each is good at.
    assert_eq!(d.content.grid.rows.len(), 1);
    passes(&d);
}

#[test]
fn sections_about_one_aspect_each_are_the_grid_and_praise_makes_a_question() {
    let post = "# Vue vs React\n\nZwei Frameworks im Vergleich.\n\n\
                ## Popularität\n\nReact ist seit Jahren das beliebteste Framework und wird öfter eingesetzt. \
                Vue liegt auf dem dritten Platz der Umfragen.\n\n\
                ## 2. Lernkurve\n\nVue ist einfacher zu lernen als alles andere. React verlangt JSX und viel Wissen über JavaScript.\n\n\
                ## Fazit\n\nBeide sind gut.\n";
    let d = draft(post);
    assert_eq!(d.lang, "de");
    let rows = features(&d);
    assert_eq!(rows, ["Popularität", "Lernkurve"]);
    let cell = d.content.grid.rows[1].cells.get("vue").map(String::as_str);
    assert_eq!(cell, Some("Vue ist einfacher zu lernen als alles andere"));
    // "einfacher" praises Vue alone in "Lernkurve"; "beliebteste" is no word of the table, so
    // "Popularität" leans nowhere and asks nothing.
    let aspects = of_kind(&d, Kind::Aspect);
    assert_eq!(aspects, ["Ist dir das wichtig? „Lernkurve“ → Vue"]);
    // The question points at its row.
    let q = d
        .content
        .questions
        .iter()
        .find(|q| q.text.contains("Lernkurve"))
        .expect("kept");
    assert_eq!(q.rows, ["lernkurve"]);
}

#[test]
fn a_choose_x_heading_led_by_a_short_line_asks_that_line() {
    let post = "---\ntitle: \"Which one to choose between Postgres and MySQL\"\n---\n\n\
                This depends on your application.\n\n## Choose Postgres\n**Frequent write operations**\n\n\
                Postgres has a secondary index architecture.\n\n## Choose MySQL\nHigh volumes of reads.\n\
                MySQL supports a clustered index.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Postgres", "MySQL"]);
    let asked = asked(&d);
    assert_eq!(asked.len(), 2, "{asked:?}");
    assert!(asked[0].contains("Frequent write operations") && asked[0].ends_with("postgres (3)"));
    assert!(asked[1].contains("high volumes of reads") && asked[1].ends_with("mysql (3)"));
}

#[test]
fn github_check_mark_shortcodes_rate_a_table() {
    let post = "# pnpm, Yarn and npm\n\n| Feature | pnpm | Yarn | npm | Notes |\n| --- | :-: | :-: | :-: | --- |\n\
                | Workspace support | :white_check_mark: | :white_check_mark: | :white_check_mark: |\n\
                | Zero-Installs | :x: | :white_check_mark: | :x: |\n\
                | Side-effects cache | :heavy_check_mark: | :x: | :x: | Only pnpm. |\n";
    let d = draft(post);
    let row = &d.content.grid.rows[1];
    assert_eq!(row.cells.get("yarn").map(String::as_str), Some("Yes"));
    assert_eq!(row.cells.get("npm").map(String::as_str), Some("No"));
    // A row that only the Notes column leaves short has no empty option cell.
    assert!(
        !d.notes.iter().any(|n| n.contains("empty cells")),
        "{:?}",
        d.notes
    );
    assert_eq!(
        asked(&d),
        [
            "Do you want Zero-Installs? → yarn (2)",
            "Does this matter to you? “Side-effects cache” → pnpm (2)"
        ]
    );
}

#[test]
fn front_matter_a_yaml_parser_refuses_still_gives_the_title_and_an_english_title_lists_the_options()
{
    // A blog export: a quoted excerpt over several lines holding a tab and HTML.
    let post = "---\ntitle: why I prefer mercurial over git\nexcerpt: \" ... kurz\n<p>\tWenn ich gefragt werde\"\n\
                tags:\n  - vcs\n---\n\n<p>Mercurial ist aber einfacher zu bedienen als git. Man kann alles mit Mercurial machen, \
                was man auch mit git machen kann, und die Oberfläche von git ist kompliziert.</p>\n";
    let d = draft(post);
    assert_eq!(d.lang, "de");
    assert_eq!(d.content.title, "why I prefer mercurial over git");
    assert_eq!(names(&d), ["Mercurial", "git"]);
}

#[test]
fn numbered_headings_lose_their_numbers_but_not_their_years() {
    assert_eq!(unnumbered("2、ACID支持方面"), "ACID支持方面");
    assert_eq!(unnumbered("3.1 Overview"), "Overview");
    assert_eq!(unnumbered("1 Overview"), "Overview");
    assert_eq!(unnumbered("#1 Visual Studio Code"), "Visual Studio Code");
    assert_eq!(unnumbered("2023 roadmap"), "2023 roadmap");
    assert_eq!(unnumbered("3D graphics"), "3D graphics");
}

#[test]
fn headings_written_as_links_with_a_bar_tagline_name_the_options_in_a_post_in_another_script() {
    // Each name said once, in its heading: in Japanese prose, Latin letters written as a name
    // are one.
    let post = "---\ntitle: Static-Site-Generators\n---\n\n静的サイトジェネレータとは、テンプレートからHTMLを生成するツールです。\n\n\
                ### <a href=\"http://jekyllrb.com/\" target=\"_blank\">Jekyll</a>｜Ruby\n\nメリット\n* 情報が多い\n\n\
                ### <a href=\"http://gohugo.io/\">Hugo</a>｜Go\n\nメリット\n* 生成が速い\n\n\
                ### <a href=\"http://hexo.io/\">Hexo</a>｜node.js\n\nメリット\n* 全てJavaScriptで完結\n";
    let d = draft(post);
    assert_eq!(d.lang, "ja");
    assert_eq!(names(&d), ["Jekyll", "Hugo", "Hexo"]);
    // The tags are markup, not words anywhere in the draft.
    assert!(!d.content.questions.iter().any(|q| q.text.contains('<')));
    assert_eq!(d.content.questions.len(), 3, "{:?}", asked(&d));
}

#[test]
fn joining_words_and_numbers_are_never_names() {
    let post = "+++\ntitle = \"Text editors: which is the best?\"\n+++\n\n\
                Editors are our most basic tool. Is it Vim? Is it Emacs? Is it another?\n\n\
                ## All editors are different\n\n\
                Some newer text editors like [**Atom**](https://atom.io/) or\n[**VS Code**](https://code.visualstudio.com/) are friendly.\n\n\
                They need a lot of memory, so they may not suit the machine you're\ndeveloping on or you need to work with large files.\n\n\
                [**Sublime Text**](https://www.sublimetext.com/) is very similar in all aspects\n\
                to Atom and VS Code that happens to perform really well.\n";
    let d = draft(post);
    assert!(
        names(&d)
            .iter()
            .all(|n| !["or", "Code", "1", "I"].contains(n)),
        "{:?}",
        names(&d)
    );
}

#[test]
fn a_decision_trees_words_are_never_names() {
    // Each item opens a sentence ("Do you …?"), and so does the advice after its arrow ("→ Use
    // st"): capitalised whatever they are. The options here are lowercase and not found.
    let post = "+++\ntitle = \"Reviewing all Terminals\"\n+++\n\n\
                # Not all Terminals are equal\n\n\
                ## The native ones\n\n\
                Terminals of a desktop are basic. Terminals like these do the job. I tried many \
                Terminals.\n\n\
                ## Simplified decision tree\n\n\
                1. Do you use a desktop environment? → Use the native terminal\n\
                2. Do you enjoy suckless software? → Use st\n\
                3. Do you use wayland? → Use foot\n\
                4. Do you have bad gpu drivers? → Use urxvt\n\
                5. Do you like a featureful experience? → Use wezterm\n";
    let d = draft(post);
    assert!(
        names(&d).iter().all(|n| !["Do", "Use"].contains(n)),
        "{:?}",
        names(&d)
    );
}

#[test]
fn what_a_sentence_says_an_option_suits_is_asked_in_every_word_order() {
    let cases = [
        (
            "pt",
            "# Vue ou React\n\nDois frameworks populares para interfaces.\n\n## Vue\n\n\
             O Vue é ideal para projetos pequenos e equipes iniciantes. O React é muito usado.\n",
            "Isso descreve a sua situação? “Projetos pequenos e equipes iniciantes” → vue (3)",
        ),
        (
            "fr",
            "# MySQL ou MongoDB\n\nDeux bases de données très utilisées.\n\n## MongoDB\n\n\
             MongoDB est idéal pour les grands volumes de données. MySQL reste classique.\n",
            "Cela correspond-il à votre situation\u{a0}? «\u{a0}Les grands volumes de données\u{a0}» → mongodb (3)",
        ),
        (
            "ja",
            "# HugoとGatsby\n\nHugoとGatsbyを比べました。\n\n## Gatsby\n\nGatsbyは大規模サイトに向いている。Hugoは速い。\n",
            "これはあなたの状況に当てはまりますか？「大規模サイト」 → gatsby (3)",
        ),
        (
            "zh",
            "# PostgreSQL和MySQL\n\n两个数据库的比较。\n\n## PostgreSQL\n\nPostgreSQL最适用于需要执行复杂查询的系统，但是更复杂。MySQL也很好。\n",
            "这符合你的情况吗？“需要执行复杂查询的系统” → postgresql (3)",
        ),
        (
            "en",
            "# Jest vs Mocha\n\nTwo test runners.\n\n## Jest\n\nJest is an all-purpose runner and is recommended for testing React applications.\n",
            "Will you be testing React applications? → jest (3)",
        ),
    ];
    for (lang, post, question) in cases {
        let d = draft(post);
        assert_eq!(d.lang, lang);
        assert!(
            asked(&d).iter().any(|q| q == question),
            "{lang}: {:?}",
            asked(&d)
        );
    }
    // A heading's words for a list of uses suit nothing in a sentence.
    let d = draft(
        "# MySQL vs SQLite\n\nTwo databases.\n\n## SQLite\n\nSQLite est mature pour ses cas d’utilisation spécifiques.\n",
    );
    assert!(d.proposals.is_empty(), "{:?}", asked(&d));
}

#[test]
fn a_title_s_short_form_takes_the_name_the_table_writes_whole() {
    let post = "# Mysql vs postgres\n\n| Stat | MySQL | PostgreSQL |\n| --- | --- | --- |\n\
                | Architecture | Relationnel | Relationnel & objet |\n| Licence | GPL | PostgreSQL Licence |\n";
    let d = draft(post);
    assert_eq!(names(&d), ["MySQL", "PostgreSQL"]);
    assert_eq!(d.content.grid.rows.len(), 2);
    // A name that only starts the same way is another product.
    let d = draft("# Vue vs Svelte\n\n| | Vue Router | Svelte |\n|---|---|---|\n| Size | 10 KB | 2 KB |\n\nVue Router and Vue Router.\n");
    assert_eq!(names(&d)[0], "Vue");
}

#[test]
fn a_docs_table_never_closed_over_an_empty_corner_names_the_options_and_a_cost_leans_nowhere() {
    // The header's names come once each; the table is never closed, as browsers allow.
    let post = "Comparisons\n===========\n\nHow Ansible fits in: a comparison with common tools.\n\n<table>\n\
                <tr><td></td><td><font color=\"green\">Ansible</font></td><td>Puppet</td><td>Chef</td></tr>\n\
                <tr><td>Purpose</td><td>Config, Ad-Hoc</td><td>Config</td><td>Config</td></tr>\n\
                <tr><td>Database Required</td><td>No</td><td>Yes</td><td>Yes</td></tr>\n\
                <tr><td>Delegated Hierarchies</td><td>Yes</td><td>No</td><td>No</td></tr>\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Ansible", "Puppet", "Chef"]);
    assert_eq!(d.content.grid.rows.len(), 3);
    // "Yes" to a required database is a cost: no question leans to Puppet for it. A Title Case
    // label is asked in plain words.
    assert_eq!(
        asked(&d),
        ["Do you want delegated hierarchies? → ansible (2)"]
    );
}

#[test]
fn a_feature_two_options_have_leans_to_both_in_one_question() {
    let post = "# Ansible, Puppet, Chef and Salt\n\n| | Ansible | Puppet | Chef | Salt |\n|---|---|---|---|---|\n\
                | Agentless | ✓ | ✗ | ✗ | ✓ |\n| Web UI | ✗ | ✓ | ✓ | ✓ |\n";
    let d = draft(post);
    let q = &d.content.questions;
    // "Web UI" is had by three of four: it tells little, and is not asked.
    assert_eq!(q.len(), 1, "{:?}", asked(&d));
    let weights: Vec<(&str, i32)> = q[0].answers[0]
        .weights
        .iter()
        .map(|(o, w)| (o.as_str(), *w))
        .collect();
    assert_eq!(weights, [("ansible", 2), ("salt", 2)]);
    assert_eq!(d.leaning(&d.proposals[0]), "to Ansible and Salt");
}

#[test]
fn lines_broken_by_hand_under_an_option_are_a_list_and_a_labelled_item_names_its_aspect() {
    let post = "---\ntitle: \"Vue vs. React: Meine ersten Eindrücke\"\n---\n\nIch habe beide ausprobiert.\n\n\
                ## Vue.js\nSehr zugänglich für Einsteiger  \nTemplates erinnern an klassisches HTML  \nGute Dokumentation  \n\n\
                ## React\nNutzt JSX, was gewöhnungsbedürftig ist  \nRiesige Community und viele Bibliotheken  \n";
    let d = draft(post);
    assert_eq!(d.lang, "de");
    assert_eq!(d.content.questions.len(), 4, "{:?}", asked(&d));
    assert!(asked(&d)[0].starts_with("Ist dir das wichtig? „Sehr zugänglich für Einsteiger“"));

    let post = "# Django vs Flask\n\nTwo frameworks.\n\n## How are they different?\n\n\
                * **Small Apps** - Flask is better for very small projects. Django can fit in a file too.\n\
                * **Opinionated** - Django makes more choices for you.\n\n\
                ## Why I Prefer Django\n\nThose are my thoughts.\n\n## Learning curve\n\n\
                - **Learning Curve**: Django takes a while.\n";
    let d = draft(post);
    let asked = asked(&d);
    assert!(
        asked.contains(&"Does this matter to you? “Small Apps” → flask (2)".to_owned()),
        "{asked:?}"
    );
    // A heading's first line is a condition only under a heading that says what to pick.
    assert!(!asked.iter().any(|q| q.contains("thoughts")), "{asked:?}");
}

#[test]
fn a_title_case_con_is_a_thing_to_mind_not_an_activity() {
    let post = "# Redux vs Zustand\n\nTwo state libraries.\n\n## Cons of Redux\n\n- **Learning Curve**: New developers find it hard.\n";
    let d = draft(post);
    assert_eq!(
        asked(&d),
        ["Would this be a problem for you? “Learning Curve” → redux (-2)"]
    );
}

#[test]
fn a_conclusion_giving_each_option_a_purpose_asks_each() {
    let cases = [
        (
            "# Vue vs. React\n\nIch habe beide ausprobiert.\n\n## Vue\n\nVue ist nett.\n\n## React\n\nReact ist groß.\n\n\
             👉 Mein Fazit: Beide haben Stärken – Vue für den schnellen Einstieg, React für große Projekte.\n",
            ["Trifft das auf dich zu? „Den schnellen Einstieg“ → vue (3)", "Trifft das auf dich zu? „Große Projekte“ → react (3)"],
        ),
        (
            "# Vue ou React\n\nJ'ai essayé les deux frameworks.\n\n## Conclusion\n\nVue pour les petits projets, React pour les grandes équipes.\n",
            ["Cela correspond-il à votre situation\u{a0}? «\u{a0}Les petits projets\u{a0}» → vue (3)", "Cela correspond-il à votre situation\u{a0}? «\u{a0}Les grandes équipes\u{a0}» → react (3)"],
        ),
    ];
    for (post, expected) in cases {
        let d = draft(post);
        let asked = asked(&d);
        for q in expected {
            assert!(asked.iter().any(|a| a == q), "{q} not in {asked:?}");
        }
    }
}

#[test]
fn headings_that_set_a_subject_against_others_name_the_options_and_a_when_list_leans_by_its_items()
{
    let post = "---\ntitle: Comparison\n---\n\nJotai was born to solve extra re-renders.\n\n\
                ### How is Jotai different from Zustand?\n\n#### Analogy\n\nJotai is like Recoil. Zustand is like Redux.\n\n\
                #### When to use which\n\n- If you need a replacement for useState+useContext, Jotai fits well.\n\
                - If you want a simple module state, Zustand fits well.\n\
                - If you want to learn something new, either should work.\n\n\
                ### How is Jotai different from Recoil?\n\n#### Analogy\n\nJotai and Recoil share atoms.\n\n\
                If you prefer Redux devtools, Zustand is good to go.\n";
    let d = draft(post);
    let mut found = names(&d);
    found.sort_unstable();
    assert_eq!(found, ["Jotai", "Recoil", "Zustand"]);
    let asked = asked(&d);
    for q in [
        "Do you need a replacement for useState+useContext? → jotai (3)",
        "Do you want a simple module state? → zustand (3)",
    ] {
        assert!(asked.iter().any(|a| a == q), "{q} not in {asked:?}");
    }
    // An item naming no option under a heading that names two is about neither.
    assert!(!asked.iter().any(|a| a.contains("either")), "{asked:?}");
    // A heading asking which one ("选哪个？") asks the whole choice, not a yes or no.
    let d = draft("# MySQL 和 PostgreSQL\n\n两个数据库。\n\n## 选哪个？\n\nMySQL 更简单，PostgreSQL 更强大。\n");
    assert!(
        !d.proposals.iter().any(|p| p.kind == Kind::Heading),
        "{:?}",
        d.proposals
    );
}

#[test]
fn a_japanese_word_holding_to_joins_nothing() {
    // "ところ" (point) holds "と" (and): "Jekyllのイヤなところ" sets nothing against Jekyll.
    let ja = verdict_import::lexicon::of("ja").expect("Japanese");
    assert!(ja.first("Jekyllのイヤなところ", &ja.versus).is_none());
    assert!(ja.first("もっと速い", &ja.and).is_none());
    assert!(ja.first("JekyllとHugo", &ja.versus).is_some());
}

#[test]
fn titles_that_list_with_asides_addresses_and_names_of_several_words() {
    // A comma ends the last name.
    let d = draft(
        "---\ntitle: Tailwind vs Bootstrap, from a Rails developer point of view\n---\n\n\
         I used Bootstrap for years in Rails apps. Then Tailwind came. Rails is my framework; Rails rocks.\n",
    );
    assert_eq!(names(&d), ["Tailwind", "Bootstrap"]);
    // Words of one name stay together where the post writes them so.
    let d = draft(
        "---\ntitle: 'Wieso sollte ich von Mac OS X zu Ubuntu wechseln?'\n---\n\n\
         Ich nutze Mac OS X seit Jahren. Ubuntu ist frei. Mac OS X ist teuer, Ubuntu nicht.\n",
    );
    assert_eq!(names(&d), ["Mac OS X", "Ubuntu"]);
    // A site's address is not an option; names the post says less often than the title's are
    // mentions, not options.
    let d = draft(
        "---\ntitle: \"Perchè son migrato da Wordpress a Hugo\"\n---\n\n\
         Il mio sito **nparisi.com** usava Wordpress. Ora **nparisi.com** usa Hugo. Wordpress era lento; Hugo è veloce.\n",
    );
    assert_eq!(names(&d), ["Wordpress", "Hugo"]);
    let d = draft(
        "---\ntitle: 有了 Prisma 就别用 TypeORM 了\n---\n\nPrisma 比 TypeORM 好用。Prisma 的类型更安全，TypeORM 的 User 实体要写很多装饰器。\
         我们用 Prisma 定义 User。TypeORM 也可以。\n",
    );
    assert_eq!(names(&d), ["Prisma", "TypeORM"]);
}

#[test]
fn a_post_about_one_choice_names_the_other_it_argues_with_as_often() {
    let post = "---\ntitle: \"¿Por qué uso Windows en mi portátil?\"\n---\n\n\
                Muchos dicen que Linux es mejor. Uso Windows cada día. Dicen que Linux es gratis, y Windows no. \
                También dicen que Linux es seguro; Windows también lo es. Mi amigo usa Linux y Windows.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Windows", "Linux"]);
}

#[test]
fn a_verdict_that_advises_two_options_alike_leans_to_both_and_an_affiliate_line_is_no_advice() {
    let post = "# Netlify vs Vercel vs Digital Ocean\n\nThree hosts compared.\n\n\
                If you need server functionality, you can still use serverless functions via Netlify and Vercel.\n\n\
                ## Verdict\n\nIf you have a small project: Go with Netlify or Vercel. They are pretty much the same to me.\n\n\
                If you have a larger project: Use Digital Ocean.\n\n\
                By the way, [use this link to get a free $100 credit](https://example.com/ref) if you want to try out Digital Ocean.\n";
    let d = draft(post);
    let asked = asked(&d);
    assert!(
        asked.contains(&"Do you have a larger project? → digital-ocean (3)".to_owned()),
        "{asked:?}"
    );
    let small = d
        .content
        .questions
        .iter()
        .find(|q| q.text == "Do you have a small project?")
        .expect("asked, beside the other Netlify question");
    let leans: Vec<&str> = small.answers[0]
        .weights
        .iter()
        .map(|(o, _)| o.as_str())
        .collect();
    assert_eq!(leans, ["netlify", "vercel"]);
    assert!(!asked.iter().any(|q| q.contains("try out")), "{asked:?}");
}

#[test]
fn pros_and_cons_written_as_paragraphs_are_points_and_a_condition_about_an_option_asks_nothing() {
    let post = "# Da Wordpress a Hugo\n\nPerché sono passato da Wordpress a Hugo.\n\n## Hugo\n\nHugo è veloce.\n\n\
                ### Contro\n\nDimenticate la comoda interfaccia admin. Niente plugin.\n\n\
                Il SEO andrà fatto manualmente. Il risultato sarà migliore.\n\n\
                ### Pro\n\nIl sito prodotto è rapidissimo. Tutto ha una logica.\n\nHugo si aggiorna da solo con una build.\n";
    let d = draft(post);
    let asked = asked(&d);
    for q in [
        "Sarebbe un problema per te? «Dimenticate la comoda interfaccia admin» → hugo (-2)",
        "Sarebbe un problema per te? «Il SEO andrà fatto manualmente» → hugo (-2)",
        "Per te è importante? «Il sito prodotto è rapidissimo» → hugo (2)",
    ] {
        assert!(asked.iter().any(|a| a == q), "{q} not in {asked:?}");
    }
    // "if you want to try out Digital Ocean": the condition is about the option.
    let d = draft(
        "# Netlify vs Digital Ocean\n\nTwo hosts.\n\n## Verdict\n\n\
         If you want to try out Digital Ocean, it is the better choice for servers.\n",
    );
    assert!(asked_none(&d), "{:?}", d.proposals);
}

fn asked_none(d: &Draft) -> bool {
    d.proposals.iter().all(|p| p.kind != Kind::Recommendation)
}

#[test]
fn a_template_tag_inside_a_sentence_is_the_words_it_shows() {
    let post = "# Wordpress vs Hugo\n\nDue strumenti.\n\n## Contro di Hugo\n\n\
                - I post vanno scritti in {{< external_link \"https://it.wikipedia.org/wiki/Markdown\" \"markdown\" >}}: niente interfacce.\n\
                - Le immagini {{< figure src=\"a.png\" >}} vanno gestite a mano.\n";
    let d = draft(post);
    let said: Vec<&str> = d.proposals.iter().map(|p| p.from.as_str()).collect();
    assert_eq!(
        said,
        [
            "I post vanno scritti in markdown: niente interfacce.",
            "Le immagini  vanno gestite a mano."
        ]
    );
}

#[test]
fn options_named_together_share_an_aspect_cell_and_a_cell_is_said_where_its_option_is_the_subject()
{
    let post = "# Netlify vs Vercel vs Digital Ocean\n\nThree hosts.\n\n## Ease of Use\n\n\
                Vercel and Netlify are easier for frontend-only projects. Serverless functions are simple compared to Digital Ocean. \
                Digital Ocean lets you set up a server.\n";
    let d = draft(post);
    let row = &d.content.grid.rows[0];
    assert_eq!(row.feature, "Ease of Use");
    assert_eq!(
        row.cells.get("netlify").map(String::as_str),
        Some("Vercel and Netlify are easier for frontend-only projects")
    );
    assert_eq!(row.cells.get("vercel"), row.cells.get("netlify"));
    assert_eq!(
        row.cells.get("digital-ocean").map(String::as_str),
        Some("Digital Ocean lets you set up a server")
    );
}

#[test]
fn a_comparative_between_two_names_praises_the_first_and_the_most_praised_leads() {
    let post = "# React Native vs Flutter\n\nTwo ways to build apps.\n\n\
                ## Performance\n\nMany posts ran tests, and all of them say that Flutter is more performant than React Native. \
                In theory, Flutter is faster. React Native is trying to make its bridge faster.\n\n\
                ## Community\n\nCompared to Flutter, React Native is older. React Native has more packages than any other.\n\n\
                ## Learning curve\n\nVue ist egal. React Native is easier than Flutter for a web developer. \
                Flutter is easier than React Native for a Java developer.\n";
    let d = draft(post);
    let aspects: Vec<String> = d
        .proposals
        .iter()
        .filter(|p| p.kind == Kind::Aspect)
        .map(|p| format!("{} → {}: {}", p.text, names(&d)[p.option], p.reason))
        .collect();
    // Flutter is praised twice in "Performance" (once against React Native, in its clause), React
    // Native once; a comparative after both names ("Compared to Flutter, React Native is
    // older") and praise as often for each ("Learning curve") set nobody ahead.
    assert_eq!(
        aspects,
        ["Does this matter to you? “Performance” → Flutter: all of them say that Flutter is more performant than React Native"]
    );
}

#[test]
fn a_table_s_cells_in_words_lean_to_the_one_its_comparative_praises() {
    let post = "# MySQL vs PostgreSQL\n\n| | MySQL | PostgreSQL |\n|---|---|---|\n\
                | Performance | Rapide pour des bases simples | Plus performant sur de gros volumes |\n\
                | Architecture | Relationnel | Relationnel et objet |\n\
                | Vitesse | Plus rapide | Plus rapide |\n\n\
                Les deux bases de données sont libres et très utilisées en production depuis longtemps.\n";
    let d = draft(post);
    assert_eq!(d.lang, "fr");
    let rated = of_kind(&d, Kind::Rated);
    // "Architecture" praises nobody; "Vitesse" praises both alike.
    assert_eq!(rated.len(), 1, "{rated:?}");
    assert!(
        rated[0].ends_with("→ PostgreSQL") && rated[0].contains("erformance"),
        "{rated:?}"
    );
}

#[test]
fn a_title_s_lowercase_words_joined_by_and_are_a_phrase_and_the_option_headings_name_them() {
    let post = "---\ntitle: Entornos de desarrollo remotos y gratuitos\n---\n\n\
                Algunos me habéis preguntado cómo seguir el curso desde el móvil, así que aquí van las opciones.\n\n\
                ## Opciones\n\n### GitHub Codespaces\n\nGitHub Codespaces ofrece 60 horas gratis al mes. \
                Con GitHub Codespaces tienes un VS Code en el navegador.\n\n\
                ### Gitpod\n\nGitpod ofrece 50 horas gratis al mes. Gitpod funciona con GitLab también.\n\n\
                ### AWS EC2\n\nAWS EC2 da una máquina virtual un año gratis. Con AWS EC2 tienes control total.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["GitHub Codespaces", "Gitpod", "AWS EC2"]);
}

#[test]
fn a_versus_word_that_begins_a_name_the_post_writes_is_the_name() {
    // "VS" of "I'm Ditching VS Code" sets nothing against anything.
    let post = "---\ntitle: I'm Ditching VS Code\ntags: [Text Editors, Vim, VS Code]\n---\n\n\
                I used VS Code for years. VS Code is good enough, but Vim is where I live now.\n\n\
                ## Why I Still Like VS Code\n\nVS Code has great extensions and VS Code just works.\n\n\
                ## Why Vim?\n\nVim is fast. Vim runs everywhere, and Vim keeps my hands on the keys.\n\n\
                ## The Switch\n\nIt took a month.\n\n## Explore Further\n\nRead the Vim manual.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["VS Code", "Vim"]);
}

#[test]
fn a_table_of_contents_heading_over_the_whole_post_leaves_the_post() {
    let post = "# 目录：\n\n[数据可靠性](#a)\n\n[性能对比](#b)\n\n\
                ## RocketMQ与Kafka对比\n\n### 数据可靠性\n\n- RocketMQ支持同步刷盘\n- Kafka使用异步刷盘\n\n\
                ### 性能对比\n\n- Kafka单机写入TPS约在百万条/秒\n- RocketMQ单机写入TPS约7万条/秒\n";
    let d = draft(post);
    assert_eq!(d.content.title, "RocketMQ与Kafka对比");
    assert_eq!(names(&d), ["RocketMQ", "Kafka"]);
    assert!(!d.content.grid.rows.is_empty());
}

#[test]
fn what_i_liked_and_did_not_like_are_pros_and_cons_and_it_s_fast_is_said_of_the_option() {
    let post = "# Choosing a static site generator\n\nI tried four and kept one.\n\n\
                ## Jekyll\n\nJekyll is the oldest; GitHub runs Jekyll for you.\n\n#### I liked\n\n- Stable and production-ready\n- Can deploy directly to GitHub Pages\n\n\
                #### I didn't like\n\n- Liquid templates have limited logic\n\n\
                ## Hugo\n\nHugo is written in Go, and Hugo ships as one binary.\n\n#### I liked\n\n- It's fast, especially compared to JavaScript-based alternatives\n\n\
                #### I didn't like\n\n- The template syntax is awful\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Jekyll", "Hugo"]);
    let kinds: Vec<(Kind, &str)> = d
        .proposals
        .iter()
        .map(|p| (p.kind, names(&d)[p.option]))
        .collect();
    assert!(kinds.contains(&(Kind::Pro, "Jekyll")) && kinds.contains(&(Kind::Con, "Jekyll")));
    assert!(kinds.contains(&(Kind::Pro, "Hugo")) && kinds.contains(&(Kind::Con, "Hugo")));
    // Hugo is fast, not the reader's situation: quoted, not "Is it fast…?".
    let fast = d
        .proposals
        .iter()
        .find(|p| p.from.starts_with("It's fast"))
        .expect("asked");
    assert_eq!(
        fast.text,
        "Does this matter to you? “It's fast, especially compared to JavaScript-based alternatives”"
    );
    passes(&d);
}

#[test]
fn a_sentence_opening_with_an_options_pro_or_con_is_one_and_an_advantage_over_another_is_not() {
    let post = "# React ou Vue\n\nReact e Vue são populares. React é do Facebook. Vue é do Evan You.\n\n\
                ## Comunidade\n\nA principal desvantagem do React é o fato de bibliotecas aparecerem diariamente.\n\n\
                A comunidade do Vue é pequena. Uma grande vantagem sobre o Vue é o número de vagas.\n";
    let d = draft(post);
    let found: Vec<String> = d
        .proposals
        .iter()
        .filter(|p| matches!(p.kind, Kind::Pro | Kind::Con))
        .map(|p| format!("{:?} {}: {}", p.kind, names(&d)[p.option], p.text))
        .collect();
    // "vantagem sobre o Vue" praises the other one: nothing of Vue.
    assert_eq!(
        found,
        ["Con React: Isso seria um problema para você? “A principal desvantagem do React é o fato de bibliotecas aparecerem diariamente”"]
    );
}

#[test]
fn questions_about_an_option_or_pointing_elsewhere_are_not_asked_of_the_reader() {
    let post = "# Pulumi vs Terraform\n\nPulumi uses real languages; Terraform uses HCL. Pulumi and Terraform both manage clouds.\n\n\
                ## Is Terraform bad?\n\nTerraform is fine for many teams.\n\n\
                ## Is it related to Rails anyway?\n\nPulumi has nothing to do with Rails.\n\n\
                ## Conclusion\n\nIf you have already invested a lot of time learning HCL, use Terraform. \
                However, if you do so, choose Terraform modules carefully. \
                If you don't need the flexibility though, I would not use Pulumi.\n";
    let d = draft(post);
    let asked = asked(&d);
    assert_eq!(
        asked,
        ["Have you already invested a lot of time learning HCL? → terraform (3)"],
        "{:#?}",
        d.proposals
    );
}

#[test]
fn an_option_named_as_an_items_label_is_not_what_it_is_for_and_adjectives_are_quoted() {
    let post = "# Redux vs Jotai\n\nRedux and Jotai manage state. Redux is older; Jotai is atomic.\n\n\
                ## When to use which\n\n\
                - **Jotai**: Excels where fine-grained reactivity is needed.\n\
                - **Redux**: Large teams that want one way to do things.\n\n\
                ## Redux\n\nRedux has devtools.\n\n### Pros\n\n- Stable, battle-tested and production-ready\n\n\
                ## Jotai\n\nJotai is tiny.\n\n### Pros\n\n- Lightweight\n";
    let d = draft(post);
    let asked = asked(&d);
    assert!(
        !asked.iter().any(|q| q.contains("Is it for jotai")),
        "{asked:#?}"
    );
    assert!(
        asked.contains(
            &"Does this matter to you? “Stable, battle-tested and production-ready” → redux (2)"
                .to_owned()
        ),
        "{asked:#?}"
    );
    assert!(
        asked.contains(&"Does this matter to you? “Lightweight” → jotai (2)".to_owned()),
        "{asked:#?}"
    );
}

#[test]
fn names_keep_their_longer_form_and_lose_emoji_and_a_capitals_title_is_read_as_the_post_writes() {
    let post = "# ⚛️ React vs 🟢 Vue.js - Confronto\n\nReact e Vue.js sono due librerie. React è di Meta; Vue.js è di Evan You.\n";
    assert_eq!(names(&draft(post)), ["React", "Vue.js"]);
    let post = "# SO SÁNH POSTGRESQL VS SQL SERVER\n\nPostgreSQL và SQL Server đều là hệ quản trị cơ sở dữ liệu. \
                SQL Server của Microsoft; PostgreSQL là mã nguồn mở. Cả hai đều dùng SQL. SQL Server chạy trên Windows.\n";
    assert_eq!(names(&draft(post)), ["PostgreSQL", "SQL Server"]);
    let post = "# .NET 5 a .NET Framework dla aplikacji serwerowych\n\n\
                Istnieją dwie implementacje: .NET 5 i .NET Framework. Użyj .NET 5, gdy potrzebujesz kontenerów. \
                Użyj .NET Framework, gdy aplikacja już go używa. .NET Framework działa tylko w systemie Windows.\n";
    assert_eq!(names(&draft(post)), [".NET 5", ".NET Framework"]);
    // The maker's name alone once ("le note di Apple") does not cut the title's "Apple Notes".
    let post = "---\ntitle: \"Notion vs Apple Notes\"\n---\n\nOrmai sto usando Apple Notes al posto di Notion. \
                Ho abbandonato Notion in favore delle semplici note di Apple. Notion era perfetto per il mio uso.\n";
    assert_eq!(names(&draft(post)), ["Notion", "Apple Notes"]);
    // A greeting before a name is no name, though the post heads a section with it.
    let post = "---\ntitle: Au revoir Dropbox, bonjour Nextcloud\n---\n\nJ'ai quitté Dropbox pour Nextcloud. \
                Nextcloud est libre. Dropbox est pratique.\n\n## Bonjour, Nextcloud\n\nNextcloud me plaît.\n";
    assert_eq!(names(&draft(post)), ["Dropbox", "Nextcloud"]);
}

#[test]
fn headings_under_what_is_x_are_x_s_points_and_the_what_is_headings_name_the_options() {
    let post = "---\ntitle: Apa Beda Database SQL dengan Postgree?\n---\n\nDua database populer.\n\n\
                ## Apa itu MySQL?\n\nMySQL adalah database. MySQL bisa dipakai di Linux, Windows atau Mac OS.\n\n\
                #### 1.Bersifat Open Source\n\nMySQL gratis.\n\n#### 2.Mudah Digunakan\n\nMySQL mudah.\n\n\
                ## Apa itu Postgree?\n\nPostgree adalah database. Postgree kuat.\n\n\
                #### 1.Murah\n\nPostgree murah.\n\n#### 2.Dukungan Komunitas\n\nPostgree punya komunitas.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["MySQL", "Postgree"]);
    assert_eq!(unnumbered("1.Bersifat Open Source"), "Bersifat Open Source");
}

#[test]
fn a_title_telling_a_move_from_one_to_another_names_both_in_its_language() {
    let post = "---\ntitle: \"Von iCloud zu Nextcloud: 1 Jahr später\"\n---\n\n\
                Ich habe iCloud ein Jahr lang gegen Nextcloud getauscht. iCloud war bequem, Nextcloud ist frei.\n";
    assert_eq!(names(&draft(post)), ["iCloud", "Nextcloud"]);
    let post = "---\ntitle: 从Hugo到Hexo\n---\n\n我把博客从Hugo迁移到了Hexo。Hugo很快，但是Hexo的主题更多。\n";
    assert_eq!(names(&draft(post)), ["Hugo", "Hexo"]);
    // Lowercase words moved between are no names ("de desarrollo a producción").
    let post = "---\ntitle: Guía de desarrollo a producción\n---\n\nUn texto sobre el desarrollo y la producción de software.\n";
    assert!(names(&draft(post)).is_empty());
}

#[test]
fn an_introduction_setting_its_subject_against_libraries_with_headings_of_their_own_names_them_all()
{
    let post = "---\ntitle: Comparison\ndescription: How Zustand stacks up against similar libraries\n---\n\n\
                Zustand is one of many state management libraries for React.\n\
                On this page we will discuss Zustand\nin comparison to some of these libraries,\n\
                including Redux, Valtio, Jotai, and Recoil.\n\n\
                ## Redux\n\nRedux uses one store. Zustand uses one store too. Redux needs a provider; Zustand does not.\n\n\
                ## Valtio\n\nValtio is mutable. Zustand is immutable. Valtio uses proxies, and Valtio tracks reads.\n\n\
                ## Jotai\n\nJotai has atoms. Zustand has a store. Jotai needs no selectors, and Jotai is small.\n\n\
                ## Recoil\n\nRecoil has atoms too. Recoil needs a root, and Recoil uses string keys.\n";
    assert_eq!(
        names(&draft(post)),
        ["Zustand", "Redux", "Valtio", "Jotai", "Recoil"]
    );
}

#[test]
fn a_heading_giving_a_name_and_another_it_goes_by_names_the_first() {
    let post = "# Blogging tools compared\n\nThree ways to blog.\n\n\
                ## 1) Blogger / Blogspot\n\nBlogger is free. Blogger runs on Google.\n\n\
                ## 2) Wordpress.com\n\nWordpress.com is hosted. Wordpress.com has plans.\n\n\
                ## 3) Ghost\n\nGhost is fast. Ghost is open source.\n";
    assert_eq!(names(&draft(post)), ["Blogger", "Wordpress.com", "Ghost"]);
}

#[test]
fn a_feature_matrix_with_versions_leans_to_the_options_with_the_feature() {
    let post = "# EF Core ve EF6 Karşılaştırması\n\nEF Core ve EF6 iki ayrı kütüphanedir. EF Core yenidir; EF6 eskidir.\n\n\
                | Özellik | EF6.4 | EF Core |\n|:---|:---|:---|\n\
                | Temel sınıf eşleme | Evet | 1.0 |\n| Gölge durumu özellikleri | | 1.0 |\n\
                | Alternatif tuşlar | | 2.1 |\n| EDMX | Evet | |\n";
    let d = draft(post);
    assert_eq!(names(&d), ["EF Core", "EF6"]);
    let rated = of_kind(&d, Kind::Rated);
    // A version number is no rating: "Evet" against "1.0" leans nowhere.
    assert_eq!(rated.len(), 3, "{rated:?}");
    assert!(rated
        .iter()
        .any(|r| r.contains("Gölge") && r.ends_with("EF Core")));
    assert!(rated
        .iter()
        .any(|r| r.contains("EDMX") && r.ends_with("EF6")));
}

#[test]
fn pros_compared_to_the_other_option_are_the_subject_s_and_a_title_asks_no_items() {
    let post = "# Flight vs Fat-Free\n\n## Qu'est-ce que Fat-Free ?\n\nFat-Free est un framework PHP. Flight aussi.\n\n\
                ## Avantages par rapport à Flight\n\n- Plus de plugins intégrés\n- Un ORM intégré\n\n\
                ## Inconvénients par rapport à Flight\n\n- Moins de tests\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Flight", "Fat-Free"]);
    let leans: Vec<(Kind, &str)> = d
        .proposals
        .iter()
        .filter(|p| matches!(p.kind, Kind::Pro | Kind::Con))
        .map(|p| (p.kind, names(&d)[p.option]))
        .collect();
    assert_eq!(
        leans,
        [
            (Kind::Pro, "Fat-Free"),
            (Kind::Pro, "Fat-Free"),
            (Kind::Con, "Fat-Free")
        ]
    );
    // A title that is a when-to-choose question over the whole post: its sections are no items.
    let post = "# Flutter vs React Native: ¿Cuál es mejor para tu proyecto?\n\nFlutter y React Native son populares.\n\n\
                ## Mi experiencia con Flutter\n\nComencé con Flutter hace dos años.\n\n\
                ## El cambio a React Native\n\nLuego probé React Native.\n";
    let d = draft(post);
    assert!(
        !d.proposals
            .iter()
            .any(|p| p.text.contains("Mi experiencia")),
        "{:#?}",
        d.proposals
    );
}

#[test]
fn a_section_whose_only_comparison_names_both_is_an_aspect_row_and_leans_to_the_one_ahead() {
    let post = "---\ntitle: 从Hugo到Hexo\n---\n\n我把博客从 Hugo 换到了 Hexo。Hugo 很快，Hexo 插件多。\n\n\
                ## 构建速度\n\n显然，Hugo 的构建速度是高于 Hexo 的，毕竟很快。\n\n\
                ## 丰富度\n\nHexo 拥有很多插件。Hugo 的插件较少。\n";
    let d = draft(post);
    assert_eq!(d.content.grid.rows[0].feature, "构建速度");
    let aspects = of_kind(&d, Kind::Aspect);
    assert_eq!(aspects, ["这对你重要吗？“构建速度” → Hugo"]);
}

#[test]
fn nuxt_content_components_and_head_front_matter_are_read() {
    let post = "---\nhead:\n  title: 'Docker vs. Podman'\n  meta:\n    - name: 'description'\n      content: 'Which container tool fits?'\n---\n\n\
                :::globalTitle{:size=\"lg\" .mb-5}\nPerformance\n:::\n:::globalParagraph\nPodman is faster than Docker at starting containers.\n:::\n\
                :::globalParagraph\nDocker has a daemon. Podman has none.\n:::\n\
                :::globalTitle{:size=\"sm\" :tag=\"h3\"}\nIn production\n:::\n::globalParagraph\nDocker runs most clusters.\n::\n";
    let d = draft(post);
    assert_eq!(d.content.title, "Docker vs. Podman");
    assert_eq!(names(&d), ["Docker", "Podman"]);
    assert_eq!(d.content.grid.rows[0].feature, "Performance");
    assert!(d
        .proposals
        .iter()
        .any(|p| p.kind == Kind::Aspect && names(&d)[p.option] == "Podman"));
}

#[test]
fn a_table_of_each_options_pros_and_cons_by_row_gives_each_its_own() {
    let post = "## Benchmark : Flutter vs React Native\n\nDeux technologies mobiles, Flutter et React Native.\n\n\
                #### Performance\n\n| Technologie | Points forts | Points faibles |\n|---|---|---|\n\
                | **Flutter** | Compilation en code natif | Applications plus lourdes |\n\
                | **React Native** | Bonne performance avec optimisations | Goulot d'étranglement du bridge |\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Flutter", "React Native"]);
    let leans: Vec<(Kind, &str)> = d
        .proposals
        .iter()
        .map(|p| (p.kind, names(&d)[p.option]))
        .collect();
    assert_eq!(
        leans,
        [
            (Kind::Pro, "Flutter"),
            (Kind::Pro, "React Native"),
            (Kind::Con, "Flutter"),
            (Kind::Con, "React Native")
        ]
    );
    // A table of reasons is no grid: the grid is drafted from the pros and cons, in French.
    let rows = features(&d);
    assert_eq!(rows, ["Points forts", "À surveiller"]);
}

#[test]
fn a_name_that_only_ends_another_listed_takes_the_named_word_before_it() {
    let post = "---\ntitle: \"Enakan Android Native, Flutter atau React Native?\"\n---\n\n\
                Saya sudah mencoba Android Native, Flutter dan React Native. Native lebih cepat. \
                Flutter memakai Dart. React Native memakai JavaScript. Native itu Java atau Kotlin.\n";
    assert_eq!(
        names(&draft(post)),
        ["Android Native", "Flutter", "React Native"]
    );
}

#[test]
fn an_empty_description_in_the_front_matter_is_no_introduction() {
    let post = "---\ntitle: \"Flutter atau React Native?\"\ndescription: \"\"\n---\n\n\
                Flutter memakai Dart dan React Native memakai JavaScript. Flutter cepat; React Native populer.\n";
    let d = draft(post);
    assert_eq!(
        d.content.intro.as_deref(),
        Some("Flutter memakai Dart dan React Native memakai JavaScript. Flutter cepat; React Native populer.")
    );
}

#[test]
fn english_questions_stay_grammatical_or_quote_the_post() {
    use verdict_import::ask::{question, Tone};
    let en = verdict_import::lexicon::english();
    let cases = [
        // A countable thing without its article is quoted; a quality or a plural is wanted.
        (
            "Great plugin ecosystem",
            Tone::Want,
            "Does this matter to you? “Great plugin ecosystem”",
        ),
        ("Website", Tone::Want, "Does this matter to you? “Website”"),
        (
            "Good documentation",
            Tone::Want,
            "Do you want good documentation?",
        ),
        (
            "Everything included",
            Tone::Want,
            "Do you want everything included?",
        ),
        (
            "Config dependencies",
            Tone::Want,
            "Do you want config dependencies?",
        ),
        // A phrase that opens with a preposition names nothing to want or mind: quoted.
        (
            "With regard contributing to the projects",
            Tone::Want,
            "Does this matter to you? “With regard contributing to the projects”",
        ),
        (
            "Under the covers",
            Tone::Avoid,
            "Would this be a problem for you? “Under the covers”",
        ),
        // Adjectives are quoted: nothing to want.
        (
            "Actively Maintained",
            Tone::Want,
            "Does this matter to you? “Actively Maintained”",
        ),
        (
            "Powerful and flexible",
            Tone::Want,
            "Does this matter to you? “Powerful and flexible”",
        ),
        // "Too many" is a thing to mind; what "you can" do with an option is said of it.
        (
            "Too many configurations",
            Tone::Avoid,
            "Are too many configurations a problem for you?",
        ),
        (
            "You can use components of Symfony",
            Tone::Want,
            "Does this matter to you? “You can use components of Symfony”",
        ),
        (
            "you can use components of Symfony",
            Tone::Use,
            "Can you use components of Symfony?",
        ),
        // A bracket the cut left alone goes.
        (
            "your stack is in .NET)",
            Tone::Use,
            "Is your stack in .NET?",
        ),
    ];
    for (phrase, tone, expected) in cases {
        assert_eq!(
            question(phrase, tone, en).as_deref(),
            Some(expected),
            "{phrase}"
        );
    }
}

#[test]
fn half_a_compound_word_is_no_name_and_the_description_lists_the_options() {
    let post = "---\ntitle: Integrations- und Automatisierungsplattformoptionen in Azure\n\
                description: 'Ein Vergleich der Cloud Services: Microsoft Flow, Logic Apps, Functions und WebJobs.'\n---\n\n\
                # Auswählen der richtigen Integrations- und Automatisierungsdienste in Azure\n\n\
                Microsoft Flow, Logic Apps, Functions und WebJobs lösen ähnliche Probleme. Microsoft Flow ist für Benutzer. \
                Logic Apps ist für Entwickler. Functions führt Code aus. WebJobs läuft in App Service. \
                Microsoft Flow und Logic Apps sind Designer. Functions und WebJobs sind Code. Logic Apps skaliert.\n";
    assert_eq!(
        names(&draft(post)),
        ["Microsoft Flow", "Logic Apps", "Functions", "WebJobs"]
    );
}

#[test]
fn enumeration_commas_particles_versions_and_common_nouns_in_titles() {
    // "、" lists names within a side of "和".
    let post = "---\ntitle: Vim、Emacs 和 IDE\n---\n\n我用过 Vim，也用过 Emacs，还有 IDE。Vim 快，Emacs 强，IDE 全。Vim 和 Emacs 都要学。\n";
    assert_eq!(names(&draft(post)), ["Vim", "Emacs", "IDE"]);
    // A Korean particle written apart from a Latin name is not part of it.
    let post = "---\ntitle: \"React 인가 Vue 인가?\"\n---\n\n\
                이 글은 React 와 Vue 의 차이를 비교합니다. React 는 크고 Vue 는 작습니다. React 와 Vue 모두 좋습니다.\n";
    assert_eq!(names(&draft(post)), ["React", "Vue"]);
    // "over competition": a common noun the post does not come back to is no option.
    let post = "# Why I choose Jekyll over competition\n\nJekyll is simple. Hugo is fast. \
                Jekyll runs on GitHub Pages; Hugo needs a build. I tried Hugo for a week and Jekyll for years.\n";
    assert!(!names(&draft(post)).contains(&"competition"));
    // Two versions of one option among others are one option.
    let post = "# React и альтернативы\n\nReact, Angular, Vue и Svelte.\n\n\
                ## React\n\nReact от Meta. React популярен.\n\n## Angular\n\nAngular от Google. Angular большой.\n\n\
                ## Vue 2\n\nVue 2 устарел. Vue прост.\n\n## Vue 3\n\nVue 3 новый. Vue быстр.\n\n\
                ## Svelte\n\nSvelte компилирует. Svelte мал.\n";
    assert_eq!(names(&draft(post)), ["React", "Angular", "Vue", "Svelte"]);
}

#[test]
fn a_name_with_its_latin_spelling_beside_it_is_whole_and_a_trailing_question_leaves_the_list() {
    let post = "---\ntitle: '티스토리(Tistory)와 지킬(Jekyll), 어느 것을 사용할까?'\n---\n\n\
                티스토리는 쉽고 지킬은 자유롭습니다. 티스토리(Tistory)와 지킬(Jekyll)을 비교합니다.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["티스토리(Tistory)", "지킬(Jekyll)"]);
    // The post writes each name either way: "티스토리 블로그는 쉽고" is said of 티스토리(Tistory).
    let named = verdict_import::named::options_in(&d.content.options, "티스토리 블로그는 쉽고");
    assert_eq!(named, [(0, 0)]);
    let post = "# Django and Flask, which one should you use?\n\n\
                Django is big. Flask is small. Django has an admin; Flask has none.\n";
    assert_eq!(names(&draft(post)), ["Django", "Flask"]);
}

#[test]
fn headings_written_in_lowercase_or_with_a_tagline_name_their_options() {
    let post = "# Empaquetadores para 2021\n\nHay nuevas herramientas para empaquetar.\n\n\
                ## esbuild, la alternativa rápida\n\nesbuild está escrito en Go. esbuild es muy rápido.\n\n\
                ## vite, sencillo y optimizado\n\nvite usa esbuild por debajo. vite tiene un servidor rápido. Con vite todo es simple.\n\n\
                ## Snowpack, diseñado para la web moderna\n\nSnowpack usa ESModules. Snowpack tiene plugins. Snowpack es antiguo.\n";
    assert_eq!(names(&draft(post)), ["esbuild", "vite", "Snowpack"]);
}

#[test]
fn a_spanish_question_mark_and_a_chinese_title_s_own_words_are_no_names() {
    let post = "---\ntitle: \"¿Windows o Linux?\"\n---\n\nUso Windows en casa y Linux en el trabajo. Windows es cómodo; Linux es libre.\n";
    assert_eq!(names(&draft(post)), ["Windows", "Linux"]);
    let post = "# 静态博客框架jekyll、hexo和hugo三者之间的区别与差异\n\n\
                jekyll 是最早的。hexo 用 Node。hugo 用 Go，hugo 很快，hexo 主题多，jekyll 简单。\n";
    assert_eq!(names(&draft(post)), ["jekyll", "hexo", "hugo"]);
}

#[test]
fn a_title_on_the_alternatives_to_one_option_weighs_it_against_its_headings() {
    // The introduction names the incumbent beside another; the headings are the alternatives.
    let post = "# Alternativen zu Webpack für 2024\n\n\
                Heute nutzen die meisten **Webpack** oder **Rollup**. Webpack ist mächtig, Rollup schlank.\n\n\
                ## esbuild\n\nesbuild ist in Go geschrieben. esbuild ist sehr schnell.\n\n\
                ## Vite 4\n\nVite nutzt esbuild. Vite hat einen schnellen Server.\n\n\
                ## Vite 5\n\nVite 5 braucht Node 18. Vite ist einfach.\n\n\
                ## Parcel\n\nParcel braucht keine Konfiguration. Parcel ist bequem.\n";
    assert_eq!(
        names(&draft(post)),
        ["Webpack", "esbuild", "Vite", "Parcel"]
    );
    // Where the headings include the incumbent, it leads once.
    let post = "# React 和它的替代品\n\n我们比较 React 与其他框架。\n\n\
                ## React\n\nReact 很流行。React 生态大。\n\n\
                ## Vue\n\nVue 容易上手。Vue 文档好。\n\n\
                ## Svelte\n\nSvelte 没有虚拟 DOM。Svelte 很小。\n";
    assert_eq!(names(&draft(post)), ["React", "Vue", "Svelte"]);
}

#[test]
fn a_title_naming_two_things_without_a_listing_word_names_the_options() {
    // "I abandoned Ghost in favour of WordPress": no "vs", "and" or "or"; the headings are
    // WordPress's features, not options.
    let post = "# Dlaczego porzuciłem Ghost na rzecz WordPress\n\n\
                Do tej pory korzystałem z Ghost. Teraz używam WordPress. Ghost jest szybki, ale WordPress ma wtyczki.\n\n\
                ## Poprawa SEO\n\nWordPress ma Yoast. Ghost nie ma.\n\n\
                ## Menu\n\nMenu w WordPress jest proste.\n";
    assert_eq!(names(&draft(post)), ["Ghost", "WordPress"]);
    // A phrase the title writes in capitals but the post writes in lowercase is no name.
    let post = "---\ntitle: \"¿Por qué uso Windows como mi Sistema Operativo principal?\"\n---\n\n\
                Windows es mi sistema operativo. Muchos dicen que Linux es mejor, pero Windows me sirve.\n\
                Un sistema operativo debe ser cómodo. Linux es libre; Windows es cómodo. Linux es para servidores.\n";
    assert!(!names(&draft(post)).contains(&"Sistema Operativo"));
}

#[test]
fn a_heading_about_one_option_s_extras_is_no_sibling_and_a_table_holding_the_title_s_name_wins() {
    let post = "# Bash vs Zsh vs Fish\n\nThree shells.\n\n\
                ## Bash\n\nBash is everywhere. Bash is old.\n\n\
                ## Zsh\n\nZsh has plugins. Zsh is the macOS default.\n\n\
                ## Fish\n\nFish suggests. Fish highlights.\n\n\
                ## Zsh plugins\n\nOh My Zsh has many. Zsh plugins are easy.\n";
    assert_eq!(names(&draft(post)), ["Bash", "Zsh", "Fish"]);
    // The introduction weighs HTTP against HTTPS again and again; the title names one of the
    // table's providers.
    let post = "---\ntitle: 为什么我不用七牛云\n---\n\n\
                我的网站用 HTTP 和 HTTPS。HTTPS 更安全，HTTP 更便宜。HTTPS 是必须的，HTTP 不行。HTTPS 证书免费。\n\n\
                ## 选择\n\n| 运营商 | 价格 |\n|---|---|\n| 阿里云 | 0.24 |\n| 腾讯云 | 0.21 |\n| 七牛云 | 0.28 |\n\n\
                我选择了腾讯云。七牛云太贵，阿里云一般。腾讯云便宜。\n";
    assert_eq!(names(&draft(post)), ["阿里云", "腾讯云", "七牛云"]);
    // A name right after another in a title without a listing word is part of it.
    let post = "# Github Action에서 Circle CI로 마이그레이션\n\n\
                Github Action 은 느려요. Circle CI 는 빨라요. Github Action 과 Circle CI 를 비교해요. \
                Circle CI 가 좋아요. Github Action 도 괜찮아요.\n";
    assert_eq!(names(&draft(post)), ["Github Action", "Circle CI"]);
    // "::" joins a name's parts; a title is cut at ":" alone.
    let post = "# A Controvérsia Test::Unit vs RSpec\n\n\
                Test::Unit vem com Ruby. RSpec é popular. Test::Unit é simples; RSpec é expressivo.\n";
    assert_eq!(names(&draft(post)), ["Test::Unit", "RSpec"]);
}

#[test]
fn a_verdict_s_reason_for_its_pick_is_asked_of_the_reader() {
    let post =
        "# Bash vs Zsh vs Fish\n\nThree shells. Bash is old. Zsh has themes. Fish suggests.\n\n\
                ## The verdict\n\n\
                I recommend Fish because it's easy to get started. \
                I use Zsh because I have a bunch of aliases written in Bash. \
                I won't ever use Fish because of the difference in syntax. \
                We chose Bash because we wanted a default.\n";
    let d = draft(post);
    assert_eq!(
        of_kind(&d, Kind::Recommendation),
        [
            "Does this matter to you? “Easy to get started” → Fish",
            "Do you have a bunch of aliases written in Bash? → Zsh",
        ]
    );
    let post = "# Hugo 和 Hexo\n\nHugo 用 Go。Hexo 用 Node。Hugo 很快，Hexo 插件多。\n\n\
                ## 总结\n\n我选择 Hugo，因为它的构建速度很快。\n";
    let d = draft(post);
    assert_eq!(
        of_kind(&d, Kind::Recommendation),
        ["这对你重要吗？“它的构建速度很快” → Hugo"]
    );
}

#[test]
fn sub_headings_under_one_option_s_own_heading_are_its_characteristics() {
    let post = "# Vercel vs Netlify\n\nTwo hosts. Vercel is fast. Netlify is simple.\n\n\
                ## Vercel\n\n### Preview deployments\n\nVercel deploys every branch to its own address.\n\n\
                ### Is Vercel expensive?\n\nIt can be.\n\n\
                ### Vercel's internals\n\nA custom edge network.\n\n\
                ## Netlify\n\n### Forms\n\nNetlify handles forms without a server.\n\n\
                ### Conclusion\n\nBoth are fine.\n";
    let d = draft(post);
    assert_eq!(
        of_kind(&d, Kind::Trait),
        [
            "Do you want preview deployments? → Vercel",
            "Do you want forms? → Netlify"
        ]
    );
}

#[test]
fn a_list_of_the_alternatives_names_them_beside_the_title_s_option() {
    let post = "# Heroku alternatives after the free tier\n\n\
                Heroku ended its free tier. Heroku was easy, so where now?\n\n\
                ## The alternatives\n\n\
                - **Render**, the closest to Heroku in feel.\n\
                - Fly.io: apps close to the users.\n\
                - **[Railway](https://railway.app)** — a friendly dashboard.\n\n\
                ## Setting up\n\n\
                - Username: the one you signed up with.\n\
                - Email: where the receipts go.\n\n\
                Render is what I use now. Fly.io is fast. Railway is cheap.\n";
    assert_eq!(
        names(&draft(post)),
        ["Heroku", "Render", "Fly.io", "Railway"]
    );
}

#[test]
fn names_in_a_title_without_a_listing_word_in_any_script_and_siblings_from_one_group() {
    // Every Latin-script run of a title written without spaces, joined where the post writes
    // them together; the description's listing comes after the title's names.
    let post = "---\ntitle: AtomユーザもSublimeユーザも、エディタ「VS CODE」に乗り換えよう\n\
                description: エディタは数あれど、ネックとなる要素はたくさんあります。主にAtomやSublime、BracketsやCodaなどのユーザに向けた記事です。\n---\n\n\
                VS CODE はMicrosoftのエディタです。Atomと似ています。Sublimeより速いです。\
                VS CODE は無料です。Atomは遅い。Sublimeは有料。VS CODE が好き。Atom。Sublime。\n";
    assert_eq!(names(&draft(post)), ["Atom", "Sublime", "VS CODE"]);
    // A title's first word is a name the post writes as one ("Obsidian from Evernote"); the
    // sentence-case headings are features.
    let post = "# Obsidian from Evernote\n\nI used Evernote for years. Obsidian is my home now. \
                Evernote clips the web; Obsidian does not. Obsidian is local. Evernote syncs.\n\n\
                ### Web clipping\n\nEvernote clips pages.\n\n### Mail message captures\n\nEvernote takes mail.\n";
    assert_eq!(names(&draft(post)), ["Obsidian", "Evernote"]);
    // Only the group of headings that holds the title's names adds siblings.
    let post = "# Linux ou Windows?\n\nUso os dois.\n\n## Sobre cada um\n\n### Windows\n\nWindows é comum.\n\n### Linux\n\nLinux é livre.\n\n\
                ## Avaliação\n\n### Facilidade de uso\n\nFacilidade de uso conta. Facilidade de uso no Windows. Facilidade de uso no Linux.\n\n\
                ### Produtividade\n\nProdutividade importa. Produtividade no Linux. Produtividade no Windows.\n";
    assert_eq!(names(&draft(post)), ["Linux", "Windows"]);
}

#[test]
fn a_move_in_a_title_names_its_two_options_whatever_follows_the_comma() {
    let post = "# 从Eclipse到IDEA，金字塔到太空堡垒\n\n\
                Eclipse 很老。IDEA 很新。Eclipse 免费，IDEA 收费。我从 Eclipse 换到 IDEA。\n";
    assert_eq!(names(&draft(post)), ["Eclipse", "IDEA"]);
}

#[test]
fn a_page_comparing_its_subject_with_the_others_names_the_subject_every_section_weighs_against() {
    let post = "# Comparisons with other mail services\n\nI tried a few.\n\n\
                ## Zoho Mail\n\nZoho Mail is cheap. Unlike Gmail it has no ads.\n\n\
                ## Tutanota\n\nTutanota is encrypted. Leaving Gmail for it was easy.\n\n\
                ## ProtonMail\n\nProtonMail is Swiss. It imports from Gmail. I still miss Gmail search.\n";
    assert_eq!(
        names(&draft(post)),
        ["Gmail", "Zoho Mail", "Tutanota", "ProtonMail"]
    );
    // A title asking which one asks among them alone.
    let post = "# Which mail service should I choose?\n\nI tried a few.\n\n\
                ## Zoho Mail\n\nZoho Mail is cheap. Unlike Gmail it has no ads.\n\n\
                ## Tutanota\n\nTutanota is encrypted. Leaving Gmail for it was easy.\n\n\
                ## ProtonMail\n\nProtonMail is Swiss. It imports from Gmail. I still miss Gmail search.\n";
    assert_eq!(names(&draft(post)), ["Zoho Mail", "Tutanota", "ProtonMail"]);
}

#[test]
fn a_cell_opening_with_a_mark_or_a_yes_before_an_aside_rates_and_two_of_three_lean() {
    let post = "# WakaTime vs Hakatime vs Wakapi\n\n\
                | | WakaTime | Hakatime | Wakapi |\n|---|---|---|---|\n\
                | Self-hosted | ⛔️ No | ✅ Yes (Unlicense) | ✅ [Yes](https://wakapi.dev) |\n\
                | Teams | Yes (paid) | No | No |\n| Badges | ✅ Yes | ✅ Yes | ✅ Yes |\n";
    let d = draft(post);
    assert_eq!(
        asked(&d),
        [
            "Does this matter to you? “Self-hosted” → hakatime (2)",
            "Do you want teams? → wakatime (2)"
        ]
    );
    assert_eq!(d.content.questions[0].answers[0].weights.len(), 2);
}

#[test]
fn headings_in_sentence_case_are_phrases_not_names() {
    let post = "# SASS ve CSS\n\nSASS eskidi mi? CSS artık iç içe yazılabiliyor. SASS hâlâ popüler. CSS yerleşik.\n\n\
                ## Farklar\n\n### HTML elementleri\n\nHTML elementleri ile yazmak.\n\n\
                ### BEM desteği\n\nBEM desteği yok.\n";
    assert_eq!(names(&draft(post)), ["SASS", "CSS"]);
    let post = "# Note apps\n\nI moved my notes.\n\n## Web clipping\n\nEvernote clips. Obsidian does not.\n\n\
                ## Mail message captures\n\nEvernote takes mail. Obsidian does not. Evernote is paid.\n";
    assert!(!names(&draft(post)).contains(&"Web clipping"));
}

#[test]
fn a_listing_in_lowercase_takes_its_lowercase_siblings() {
    let post = "# Smart home: zigbee, z-wave czy wifi?\n\nWybieram protokół.\n\n\
                ## zigbee\n\nzigbee jest tani. zigbee ma mesh.\n\n## z-wave\n\nz-wave jest drogi. z-wave działa.\n\n\
                ## wifi\n\nwifi jest wszędzie. wifi zużywa prąd.\n\n\
                ## bluetooth\n\nbluetooth ma mały zasięg. bluetooth jest w telefonie. bluetooth jest tani.\n";
    assert_eq!(
        names(&draft(post)),
        ["zigbee", "z-wave", "wifi", "bluetooth"]
    );
}

#[test]
fn mkdocs_content_tabs_and_admonitions_are_read_as_the_markdown_they_indent() {
    let post = "# Choosing a platform\n\nThree hosts.\n\n## Detailed notes\n\n\
                === \"Fly.io\"\n\n    **Strengths**\n\n    * Servers spread around the world.\n    * A free offering for small apps.\n\n\
                === \"Heroku\"\n\n    **Strengths**\n\n    * The longest record of automated deployments.\n\n    !!! note \"Pricing\"\n\n        Heroku has no free tier.\n\n\
                ## Links\n\nFly.io, Heroku. Fly.io is new. Heroku is old. Fly.io. Heroku.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Fly.io", "Heroku"]);
    assert_eq!(
        of_kind(&d, Kind::Pro).len(),
        3,
        "{:?}",
        of_kind(&d, Kind::Pro)
    );
    // The admonition's text is prose, not code.
    let blocks = verdict_import::read::article(post).blocks;
    assert!(blocks.iter().any(|b| matches!(b,
        verdict_import::read::Block::Paragraph(lines) if lines.iter().any(|l| l.plain.contains("no free tier")))));
}

#[test]
fn heading_attributes_are_no_words_and_a_phrase_between_names_is_no_name() {
    // kramdown, Hugo and VitePress write a heading's anchor after it.
    let post = "# Vue vs React\n\nTwo.\n\n## Why Vue? {#why-vue}\n\n- Small\n\n## Why React? {#why-react .big}\n\n- Big\n";
    let blocks = verdict_import::read::article(post).blocks;
    let headings: Vec<&str> = blocks
        .iter()
        .filter_map(|b| match b {
            verdict_import::read::Block::Heading { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(headings, ["Vue vs React", "Why Vue?", "Why React?"]);
    // "Apple Silicon" equipped with "Mac" is a phrase; "Композиційне API" is a name.
    let post = "# 노트북\n\n`Apple Silicon`이 탑재된 `Mac`과 `Windows`를 비교해요. Mac 은 비싸요. Windows 는 싸요. Mac. Windows.\n";
    assert!(!names(&draft(post)).iter().any(|n| n.contains("탑재된")));
    // A Korean particle joined to a Latin name is not part of it.
    let post = "# 비교\n\n`Apple Silicon`이 좋고 `Windows`가 싸요. Apple Silicon 은 빨라요. Windows 는 흔해요. Apple Silicon. Windows.\n";
    assert!(
        !names(&draft(post))
            .iter()
            .any(|n| n.contains('이') || n.contains('가')),
        "{:?}",
        names(&draft(post))
    );
}

#[test]
fn the_subject_of_a_title_s_pros_before_its_listing_is_an_option_too() {
    let post = "# Kelebihan Linux Fedora Dari Ubuntu dan Windows\n\n\
                Saya pakai Fedora. Dulu Ubuntu, dulu Windows. Fedora stabil. Ubuntu populer. Windows mahal. Fedora cepat.\n";
    assert_eq!(names(&draft(post)), ["Fedora", "Ubuntu", "Windows"]);
    let post = "# Why I chose Pulumi over Terraform\n\nPulumi uses code. Terraform uses HCL. Pulumi is newer. Terraform is older.\n";
    assert_eq!(names(&draft(post)), ["Pulumi", "Terraform"]);
}

#[test]
fn a_label_and_a_measure_are_data_not_a_point_to_ask_about() {
    let post = "# Heroku vs DigitalOcean\n\nTwo hosts. Heroku is easy. DigitalOcean is cheap.\n\n\
                ## Heroku\n\nMin: 0.538s  \nMax: 1.175s  \nAverage: 0.811s\n\n\
                ## DigitalOcean\n\nMin: 0.2s  \nMax: 0.4s  \nPrice: $5 a month\n";
    let d = draft(post);
    assert!(
        of_kind(&d, Kind::Trait).is_empty(),
        "{:?}",
        of_kind(&d, Kind::Trait)
    );
}

#[test]
fn cells_that_grade_in_words_rate_and_a_cost_turns_levels_round() {
    let post = "# GitHub Actions vs CircleCI\n\n\
                | | GitHub Actions | CircleCI |\n|---|---|---|\n\
                | Speed | Slow | Fast |\n| Learning curve | Low | High |\n\
                | Community size | Big | Small |\n| Stability | High | High |\n\
                | Docs | ⭐⭐⭐ Fair | ⭐⭐⭐⭐⭐ Excellent |\n";
    let d = draft(post);
    assert_eq!(
        asked(&d),
        [
            "Does this matter to you? “Speed” → circleci (2)",
            "Does this matter to you? “Learning curve” → github-actions (2)",
            "Does this matter to you? “Community size” → github-actions (2)",
            "Do you want docs? → circleci (2)"
        ]
    );
    // Japanese tables grade with ◎ ○ △ ×; Chinese ones with 快 and 慢; either may grade in English.
    let post = "# Vite と webpack と Parcel の比較\n\n\
                | | Vite | webpack | Parcel |\n|---|---|---|---|\n\
                | 速度 | ◎ | △ | ○ |\n| 学習コスト | 低い | 高い | 低い |\n";
    let d = draft(post);
    assert_eq!(
        asked(&d),
        [
            "これはあなたにとって重要ですか？「速度」 → vite (2)",
            "これはあなたにとって重要ですか？「学習コスト」 → vite (2)"
        ]
    );
    assert_eq!(d.content.questions[1].answers[0].weights.len(), 2);
    let post =
        "# Valine 和 Disqus 和 Gitalk 对比\n\n我的博客需要一个评论系统，这是我试过的三个。\n\n\
                | | Valine | Disqus | Gitalk |\n|---|---|---|---|\n\
                | 速度 | 快 | 慢 | 较慢 |\n| 价格 | Free | Paid | Free |\n";
    assert_eq!(
        asked(&draft(post)),
        [
            "这对你重要吗？“速度” → valine (2)",
            "这对你重要吗？“价格” → valine (2)"
        ]
    );
}

#[test]
fn a_grade_under_a_criterion_s_heading_praises_unless_the_sentence_takes_it_back() {
    let post = "# Flutter vs React Native\n\nTwo ways to build mobile apps.\n\n\
                ## Developer experience\n\nFlutter has a great onboarding. React Native leans on JavaScript tooling.\n\n\
                ## Community\n\nReact Native's community is strong. Flutter is newer and growing.\n\n\
                ## Upgrading\n\nFlutter is easy to upgrade, but it broke our build twice. React Native upgrades are a chore.\n\n\
                ## My journey\n\nFlutter was great fun. React Native came later for me.\n";
    let d = draft(post);
    assert_eq!(
        asked(&d),
        [
            "Does this matter to you? “Developer experience” → flutter (2)",
            "Does this matter to you? “Community” → react-native (2)"
        ]
    );
    // A grade beside "than X" is the other's; a comparative outweighs a grade of the other.
    let post = "# Gitea vs GitLab\n\nSelf-hosted Git.\n\n\
                ## Support\n\n- **Gitea:** Community-driven with active forums.\n\
                - **GitLab:** Offers commercial support, a better choice for businesses.\n\n\
                ## Performance\n\nGitea is fast on a small server. GitLab is slow to start.\n\n\
                ## Documentation\n\nCompared with GitLab, it is simple.\n";
    assert_eq!(
        asked(&draft(post)),
        [
            "Does this matter to you? “Support” → gitlab (2)",
            "Does this matter to you? “Performance” → gitea (2)"
        ]
    );
    // In German: a hedge ("aber") takes the grade back.
    let post = "# Notion oder Obsidian\n\nIch habe beide Werkzeuge lange benutzt und vergleiche sie hier für dich.\n\n\
                ## Einrichtung\n\nNotion ist sehr schnell startklar. Obsidian braucht Ordner und Plugins.\n\n\
                ## Stabilität\n\nObsidian ist stabil, aber die Synchronisation kostet. Notion hängt manchmal.\n";
    assert_eq!(
        asked(&draft(post)),
        ["Ist dir das wichtig? „Einrichtung“ → notion (2)"]
    );
}

#[test]
fn praise_beside_the_language_s_than_is_the_other_s_and_a_match_up_before_a_colon_is_no_name() {
    // "React VS Vue: 성능" is a section on 성능; "compared with React, it is faster" praises Vue.
    let post = "# React vs Vue 2020\n\n프론트엔드 프레임워크를 비교합니다. 어떤 것을 선택해야 할까요?\n\n\
                ## React VS Vue: 성능\n\nReact는 가상 DOM을 사용한다. Vue도 가상 DOM을 사용한다. 그러나 React와 비교했을 때 더 빠른 성능을 제공한다.\n\n\
                ## React VS Vue: 인기도\n\nReact는 많은 회사가 사용한다. Vue는 중국에서 인기가 있다.\n";
    let d = draft(post);
    assert_eq!(features(&d), ["성능", "인기도"]);
    assert_eq!(asked(&d), ["이 점이 중요한가요? “성능” → vue (2)"]);
    // "schneller als iCloud Drive" praises Nextcloud, the one it is not.
    let post = "# Von iCloud Drive zu Nextcloud\n\nEin Jahr mit Nextcloud statt iCloud Drive, und was ich dabei gelernt habe.\n\n\
                ## Stabilität\n\nDie Synchronisation ist schneller als iCloud Drive. Nextcloud läuft ruhig im Keller.\n\n\
                ## Familie\n\nNextcloud hat Konten für alle. iCloud Drive teilt per Apple-ID.\n";
    assert_eq!(
        asked(&draft(post)),
        ["Ist dir das wichtig? „Stabilität“ → nextcloud (2)"]
    );
    // "más…que" sets a name against another; a bare "que" ("c'est que Jekyll…") does not.
    let es = verdict_import::lexicon::of("es").expect("Spanish");
    assert!(es.sets_against(
        "Drupal es más flexible y complicado que WordPress",
        "WordPress"
    ));
    assert!(!es.sets_against("Creo porque WordPress es más simple", "WordPress"));
    let fr = verdict_import::lexicon::of("fr").expect("French");
    assert!(!fr.sets_against("C'est que Jekyll est mature", "Jekyll"));
    assert!(fr.sets_against("Hugo est plus rapide que Jekyll", "Jekyll"));
}

#[test]
fn a_japanese_word_ending_in_hiragana_is_inflected_not_a_name() {
    // "使いにくい" (hard to use) beside WordPress in the introduction is what the post says of it.
    let post = "# 私がWordPressでブログを運営しない理由\n\n\
                WordPressでブログを始めてみたけど、使いにくい。本当におすすめ？\n\n\
                WordPressは使いにくい。WordPressのプラグインは多い。使いにくい理由を説明します。\n\n\
                ## 使いにくい\n\nWordPressの管理画面は複雑です。\n";
    assert!(!names(&draft(post)).contains(&"使いにくい"));
}

#[test]
fn a_pointer_to_more_reading_asks_nothing_and_a_line_opening_a_list_closes_nothing() {
    let post = "# Notion vs Obsidian\n\nI used both for a year.\n\n\
                ## Notes\n\nObsidian links notes. Notion has databases.\n\n\
                ## Takeaways\n\nIf you want to learn more, check out this video where I try Notion for a week. \
                If you are a power user of one, try the other.\n\n\
                You might also want to read:\n\n- [My setup](/setup)\n";
    let d = draft(post);
    assert!(
        d.content
            .questions
            .iter()
            .all(|q| !q.text.contains("learn more")),
        "{:?}",
        asked(&d)
    );
    assert_eq!(d.content.closing, None);
}

#[test]
fn the_sub_headings_of_a_why_heading_are_the_option_s_reasons_quoted_by_their_label() {
    let post = "# Vim vs VS Code\n\nTwo editors.\n\n\
                ## Why Should You Use Vim (Instead Of VS Code)?\n\nVim is different.\n\n\
                ### 1. Efficient Editing: Thought To Code At The Speed Of Thought\n\nVim edits with the keyboard alone.\n\n\
                ### 2. Extremely Lightweight\n\nVim runs on anything. VS Code is an Electron app.\n\n\
                ## Conclusion\n\nTry VS Code first if you like a mouse.\n";
    let d = draft(post);
    let pros = of_kind(&d, Kind::Pro);
    assert_eq!(
        pros,
        [
            "Does this matter to you? “Efficient Editing” → Vim",
            "Does this matter to you? “Extremely Lightweight” → Vim"
        ]
    );
    // A question about problems is no list of cons: "How did WordPress solve my problems?"
    let post = "# Ghost vs WordPress\n\nDlaczego porzuciłem Ghost na rzecz WordPress.\n\n\
                ## Jak WordPress rozwiązał moje problemy?\n\n### Poprawa SEO\n\nWordPress ma wtyczki SEO.\n\n\
                ### Motywy\n\nWordPress ma tysiące motywów. Ghost ma mniej motywów.\n";
    assert!(of_kind(&draft(post), Kind::Con).is_empty());
}

#[test]
fn after_both_names_the_comparative_praises_the_one_the_language_s_than_does_not_mark() {
    let post = "# React vs Vue\n\n프론트엔드 프레임워크를 비교합니다. 어떤 것을 선택해야 할까요?\n\n\
                ## 렌더링\n\nVue는 템플릿을 쓴다. React는 JSX를 쓴다. Vue는 React에 비해 더 빠른 렌더링을 제공한다.\n\n\
                ## 생태계\n\nReact는 Vue보다 라이브러리가 더 많다. Vue는 공식 라우터가 있다.\n";
    assert_eq!(
        asked(&draft(post)),
        ["이 점이 중요한가요? “렌더링” → vue (2)"]
    );
}

#[test]
fn pluses_in_a_cell_rate_as_stars_do() {
    let post = "# MySQL vs PostgreSQL\n\n| | MySQL | PostgreSQL |\n|---|---|---|\n\
                | Extensions | + | +++ |\n| Replication | ++ | ++ |\n| Setup | -- | - |\n";
    assert_eq!(
        asked(&draft(post)),
        ["Do you want extensions? → postgresql (2)"]
    );
}

#[test]
fn a_turkish_capital_i_keeps_every_name_in_place_and_case_endings_are_cut() {
    // "İ" lowercases to two characters: the names after it were lost.
    let post = "---\ntitle: SASS'ın sonu geldi mi?\n---\n\n\
                İlk soru şu: SASS ile yolları ayırmalı mıyız? Artık CSS'e iç içe yazım geldi.\n\n\
                İyi haber: yeni CSS'e değişkenler geldi. Yeni CSS'in renk fonksiyonları var. SASS'ın döngüleri var.\n\n\
                Bence CSS yeterli. Yani SASS derleme ister.\n";
    assert_eq!(names(&draft(post)), ["SASS", "CSS"]);
    let tr = verdict_import::lexicon::of("tr").expect("Turkish");
    assert_eq!(verdict_import::lexicon::lowercase("İYİ CSS"), "İyİ css");
    assert!(tr.has("İyi bir CSS'e", &["css".to_owned()]));
}

#[test]
fn without_a_table_or_pros_the_grid_says_what_the_questions_say_each_option_is_for() {
    let post = "# Postgres vs MySQL\n\nTwo databases.\n\n## Verdict\n\n\
                Postgres is recommended if you have frequent write operations. \
                MySQL is recommended if you need high volumes of reads.\n";
    let d = draft(post);
    assert_eq!(features(&d), ["Good at"]);
    assert!(load::checked(d.content.clone()).is_ok());
}

#[test]
fn a_grade_after_an_aside_on_the_subject_praises_it_and_a_condition_about_an_option_asks_nothing() {
    let post = "---\ntitle: Nomad or Kubernetes\n---\n\nNomad and Kubernetes run containers.\n\n\
                ## Deployment\n\nNomad, being a single binary, is easy to deploy. \
                Kubernetes has a multitude of tools to help you deploy a cluster.\n\n\
                ## Support\n\nWhen Kubernetes breaks, you can use community support. \
                If you do choose Vault, use Nomad with it.\n";
    let d = draft(post);
    let aspects = of_kind(&d, Kind::Aspect);
    assert_eq!(aspects, ["Does this matter to you? “Deployment” → Nomad"]);
    let texts: Vec<&str> = d.proposals.iter().map(|p| p.text.as_str()).collect();
    assert!(texts.contains(&"Do you choose Vault?"), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("breaks")), "{texts:?}");
}

#[test]
fn reasons_a_last_sentence_gives_one_option_are_its_own_and_a_cross_beside_a_root_is_no() {
    let post = "---\ntitle: Kotlin vs Java\n---\n\n## Kotlin vs Java\n\n\
                Java sigue siendo estándar y Kotlin es oficial, pero a continuación listo algunas razones para mudarse a Kotlin.\n\n\
                - El lenguaje y el entorno están maduros\n- Es mucho más seguro que Java\n\n\
                | Parámetro | Java | Kotlin |\n|---|---|---|\n| Seguridad nula | Χ | √ |\n| Miembros estáticos | √ | Χ |\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Kotlin", "Java"]);
    let asked = asked(&d);
    for want in [
        "¿Describe esto tu situación? «El lenguaje y el entorno están maduros» → kotlin",
        "¿Describe esto tu situación? «Es mucho más seguro que Java» → kotlin",
        "¿Te importa esto? «Seguridad nula» → kotlin",
        "¿Te importa esto? «Miembros estáticos» → java",
    ] {
        assert!(
            asked.iter().any(|a| a.starts_with(want)),
            "{want} in {asked:#?}"
        );
    }
}

#[test]
fn a_pros_label_of_several_words_heads_points_written_as_labelled_paragraphs() {
    let post = "---\ntitle: RestAPI vs GraphQL\nlang: pt\n---\n\nRestAPI e GraphQL.\n\n\
                ## Pontos Positivos do RestAPI:\n\n**Simplicidade**: O RestAPI segue princípios simples.\n\n\
                **Cache**: RestAPIs oferecem suporte a cache.\n\n\
                ## Pontos Negativos do GraphQL:\n\n**Curva de Aprendizado**: Pode haver uma curva de aprendizado.\n\n\
                **Caching**: O GraphQL não possui cache embutido.\n";
    let d = draft(post);
    let asked = asked(&d);
    assert_eq!(
        asked,
        [
            "Isso é importante para você? “Simplicidade” → restapi (2)",
            "Isso é importante para você? “Cache” → restapi (2)",
            "Isso seria um problema para você? “Curva de Aprendizado” → graphql (-2)",
            "Isso seria um problema para você? “Caching” → graphql (-2)",
        ]
    );
    // A sentence about the option is quoted, not asked as a want ("Do you want GraphQL fetches …?").
    let post = "---\ntitle: RestAPI vs GraphQL\n---\n\nRestAPI and GraphQL.\n\n## Pros of RestAPI\n\n\
                RestAPI follows simple principles.\n\nIt is cached everywhere.\n\n## Pros of GraphQL\n\n\
                GraphQL fetches only the data.\n\nIt has one endpoint.\n";
    let d = draft(post);
    assert!(
        d.proposals
            .iter()
            .any(|p| p.text == "Does this matter to you? “GraphQL fetches only the data”"),
        "{:#?}",
        d.proposals
    );
}

#[test]
fn a_comparison_whose_than_follows_a_comma_still_sets_one_option_ahead() {
    let post = "---\ntitle: Apache и Nginx\n---\n\nApache и Nginx — веб-серверы.\n\n\
                #### Скорость работы\n\nНа основе тестов, **Nginx** примерно в 2.5 раза быстрее отдает статику, чем **Apache**. \
                Apache старше. Nginx моложе.\n\n\
                #### Поддержка ОС\n\n**Apache** прекрасно работает на Unix. **Nginx** имеет некоторую поддержку Windows.\n";
    let d = draft(post);
    let aspects = of_kind(&d, Kind::Aspect);
    assert_eq!(
        aspects,
        [
            "Для вас это важно? «Скорость работы» → Nginx",
            "Для вас это важно? «Поддержка ОС» → Apache"
        ]
    );
}

#[test]
fn a_partial_yes_rates_below_a_yes_and_resource_needs_are_better_low() {
    let post =
        "---\ntitle: GitLab vs Gitea\n---\n\nGitLab 和 Gitea 的比較。GitLab 很大，Gitea 很小。\n\n\
                | 特性 | GitLab | Gitea |\n|---|---|---|\n\
                | 自動化CI/CD | 是 | 部分支援，需要其他工具 |\n\
                | 資源需求 | 較高 | 較低 |\n\
                | 合併請求 | 是 | 是 |\n";
    let d = draft(post);
    let asked = asked(&d);
    assert_eq!(
        asked,
        [
            "这对你重要吗？“自動化CI/CD” → gitlab (2)",
            "这对你重要吗？“資源需求” → gitea (2)"
        ]
    );
}

#[test]
fn a_recommendation_ranking_runners_up_picks_its_first_and_a_diamond_is_a_partial_yes() {
    let post = "---\ntitle: Home Assistant vs. ioBroker vs. openHAB\n---\n\n\
                Home Assistant, ioBroker und openHAB. Home Assistant ist gut. ioBroker ist gut. openHAB ist gut.\n\n\
                | Kriterium | 🏠 Home Assistant | 🔌 ioBroker | 🧱 openHAB |\n|---|---|---|---|\n\
                | App-Verfügbarkeit | ✅ Android & iOS | 🔶 Browser-basiert | 🔶 Browser-basiert |\n\n\
                ## Bewertung\n\n| Anforderung | Empfehlung |\n|---|---|\n\
                | Dashboard für Pi | **Home Assistant** → Lovelace-UI ist optimal |\n\
                | Basteln mit Skripten | **ioBroker** → Adaptersystem |\n\
                | Deutsche Community | **ioBroker**, gefolgt von openHAB |\n\
                | Lokale Steuerung | Alle drei Systeme |\n\
                | Wenig Aufwand | **Home Assistant** (mit Assistenten) |\n\
                | Nur Namen | ioBroker, openHAB |\n";
    let d = draft(post);
    let asked = asked(&d);
    for want in [
        "Ist dir das wichtig? „App-Verfügbarkeit“ → home-assistant",
        "Trifft das auf dich zu? „Deutsche Community“ → iobroker",
    ] {
        assert!(
            asked.iter().any(|a| a.starts_with(want)),
            "{want} in {asked:#?}"
        );
    }
    assert!(!asked.iter().any(|a| a.contains("Nur Namen")), "{asked:#?}");
}

#[test]
fn a_condition_and_advice_in_an_options_own_section_are_its_even_where_the_condition_comes_first() {
    let post = "---\ntitle: RestTemplate vs WebClient vs Feign\n---\n\nThree clients: RestTemplate, WebClient and Feign.\n\n\
                ## RestTemplate\n\nSimple and easy to use. RestTemplate blocks.\n\n\
                ## Feign\n\nFeign came from Netflix. If you work with Spring Cloud apps, it can be a good choice. \
                Even if you don't use one of them after all, it makes sense to have seen it.\n";
    let texts: Vec<String> = draft(post)
        .proposals
        .iter()
        .map(|p| p.text.clone())
        .collect();
    assert!(
        texts.contains(&"Do you work with Spring Cloud apps?".to_owned()),
        "{texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.contains("one of them")),
        "{texts:?}"
    );
    // Korean says the condition first and ends it with "경우"; a particle follows the advice.
    let post = "---\ntitle: RestTemplate vs WebClient vs Feign 비교\n---\n\nRestTemplate, WebClient, Feign 을 비교한다.\n\n\
                ## RestTemplate\n\n간단하다. RestTemplate 은 blocking 이다.\n\n\
                ## Feign\n\nNetflix 에서 개발 후, 나중에 Spring Cloud 생태계에 통합되었다. \
                Spring Cloud 기능과 쉽게 통합하려는 경우, 좋은 선택이 될 수 있다.\n";
    let d = draft(post);
    assert!(
        d.proposals.iter().any(|p| names(&d)[p.option] == "Feign"
            && p.text == "내 상황에 해당하나요? “Spring Cloud 기능과 쉽게 통합하려는 경우”"),
        "{:#?}",
        d.proposals
    );
}

#[test]
fn a_sentence_of_two_rules_gives_each_option_its_own_condition() {
    let post = "---\ntitle: Puppet or Ansible\n---\n\nPuppet and Ansible are tools. Puppet pulls. Ansible pushes.\n\n\
                ## Wrap Up\n\nIf you need a fixed set of machines, use Puppet, and if you rebuild machines on demand, use Ansible.\n\n\
                In Puppet, if you are at the end of a run, Ansible waits.\n";
    let d = draft(post);
    assert_eq!(
        asked(&d),
        [
            "Do you need a fixed set of machines? → puppet (3)",
            "Do you rebuild machines on demand? → ansible (3)"
        ]
    );
}

#[test]
fn headings_praising_the_option_a_title_prefers_are_its_pros() {
    let post = "---\ntitle: Chrome over Firefox\n---\n\nPer 4 anni ho usato Firefox. Ora uso Chrome. Chrome e Firefox.\n\n\
                ## Chrome è più veloce\n\nL'avvio è rapido.\n\n## Maggiore stabilità\n\nOgni tab è separata.\n\n\
                ## Firefox: il padre dei plugin\n\nFirefox ha inventato i plugin.\n\n## I lati negativi\n\nI temi sono brutti.\n";
    let d = draft(post);
    let pros = of_kind(&d, Kind::Pro);
    assert_eq!(
        pros,
        [
            "Per te è importante? «Chrome è più veloce» → Chrome",
            "Per te è importante? «Maggiore stabilità» → Chrome"
        ]
    );
    // The language's own word for "over": "Hugo statt Jekyll".
    let post = "---\ntitle: Hugo statt Jekyll\n---\n\nIch habe Jekyll benutzt. Jetzt Hugo. Hugo und Jekyll. Hugo baut, Jekyll wartet.\n\n\
                ## Viel schneller beim Bauen\n\nDie Seite baut in einer Sekunde.\n";
    let d = draft(post);
    assert_eq!(
        of_kind(&d, Kind::Pro),
        ["Ist dir das wichtig? „Viel schneller beim Bauen“ → Hugo"]
    );
}

#[test]
fn what_a_sentence_grades_well_of_an_option_it_owns_is_praise_of_it() {
    let post = "---\ntitle: CircleCI vs Travis\n---\n\nJust use CircleCI. Travis was fine.\n\n\
                CircleCI's UI is amazing. Travis's docs are good but old. CircleCI's price is not great.\n";
    let d = draft(post);
    let texts: Vec<String> = d
        .proposals
        .iter()
        .map(|p| format!("{} → {}", p.text, names(&d)[p.option]))
        .collect();
    assert!(
        texts.contains(&"Does this matter to you? “UI” → CircleCI".to_owned()),
        "{texts:?}"
    );
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("Docs") || t.contains("Price")),
        "{texts:?}"
    );
}

#[test]
fn a_name_written_in_one_of_its_spellings_is_cut_where_that_spelling_ends() {
    // "Tistory" is shorter than the option "티스토리(Tistory)": cutting the sentence or heading
    // at the option's length fell inside a Hangul syllable and panicked.
    let post = "---\ntitle: 티스토리(Tistory) vs WordPress\n---\n\n\
                티스토리(Tistory) 와 WordPress 를 비교한다. WordPress 는 설치형이다.\n\n\
                ## 성능\n\nTistory, 가벼운 블로그, 는 빠르다. WordPress 는 무겁다.\n\n\
                ## Tistory: 더 빠른 블로그\n\nWordPress 는 무겁다.\n";
    let d = draft(post);
    // Written alone, the post's text says "Tistory", never "티스토리": the name it drafts.
    assert_eq!(names(&d), ["Tistory", "WordPress"]);
}

#[test]
fn a_conclusions_word_on_each_option_is_what_it_lists_of_it_and_js_names_are_written_bare() {
    // A Japanese title whose quoting "と" ("…だと思う") joins nothing; headings name the options
    // (not the introduction, which lists a "Cli" beside them); the text writes "Vue" for
    // "Vue.js"; the conclusion sums each up after an arrow.
    let post = "---\ntitle: \"自分がReactを選ぶべきだと思う理由\"\n---\n\n\
                Vue と同じく Cli ツールもあるので、React と Vue を比較しながら調べてみることにした。\n\n\
                # React\n\nVue と比べて JavaScript がメインの開発である。React は人気がある。\n\n\
                # Vue.js\n\nReact と比べて単一コンポーネントにまとまっている。Vue は簡単です。\n\n\
                # 結論\n\n\
                - React→大規模になると状態管理的に優勢。\n\
                - Vue→ 学習コストが低いので工数を少なくできる。\n";
    let d = draft(post);
    assert_eq!(d.lang, "ja");
    assert_eq!(names(&d), ["React", "Vue.js"]);
    let traits = of_kind(&d, Kind::Trait);
    assert!(
        traits
            .iter()
            .any(|q| q.contains("状態管理的に優勢") && q.ends_with("→ React")),
        "{traits:#?}"
    );
    assert!(
        traits
            .iter()
            .any(|q| q.contains("学習コストが低い") && q.ends_with("→ Vue.js")),
        "{traits:#?}"
    );
}

#[test]
fn a_js_name_written_bare_is_the_option_only_as_its_makers_case_it() {
    let post = "# Next.js vs Gatsby\n\n\
                Next.js and Gatsby both build React sites. Gatsby builds static pages.\n\n\
                ## Conclusion\n\n\
                - Next: best if you need server-side rendering on every request.\n\
                - If you want a static blog with many plugins, use Gatsby.\n\n\
                The next step is to try both.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Next.js", "Gatsby"]);
    let asked = asked(&d);
    assert!(
        asked
            .iter()
            .any(|q| q.contains("server-side rendering") && q.contains("→ next-js")),
        "{asked:#?}"
    );
    // "The next step" names nothing.
    assert!(!asked.iter().any(|q| q.contains("next step")), "{asked:#?}");
}

#[test]
fn headings_that_wrap_each_option_in_one_repeated_word_name_no_more_options() {
    let post = "# Tre framework a confronto\n\n\
                Abbiamo messo alla prova tre framework in un workshop, come in un reality.\n\n\
                ## Svelte\n\nSvelte compila i componenti. Svelte è veloce.\n\n\
                ## Votazioni Svelte\n\nOttimo per iniziare.\n\n\
                ## Angular\n\nAngular include tutto. Angular è completo.\n\n\
                ## Votazioni Angular\n\nTroppo verboso.\n\n\
                ## LiveView\n\nLiveView vive sul server. LiveView è diverso.\n\n\
                ## Votazioni LiveView\n\nInteressante.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Svelte", "Angular", "LiveView"]);
}

#[test]
fn a_name_in_capitals_is_no_short_form_of_a_longer_name_it_is_a_word_of() {
    // "HHKB" is the keyboard without Bluetooth, not "HHKB BT" shortened: two names, not one twice.
    let post = "# Keyboards for coders\n\nA few keyboards I typed on for a year.\n\n\
                ## HHKB & HHKB BT\n\nThe HHKB is small. The HHKB BT adds Bluetooth.\n";
    assert_eq!(names(&draft(post)), ["HHKB", "HHKB BT"]);
}

#[test]
fn a_table_that_abbreviates_names_the_headings_spell_out_is_theirs_and_ranks_ask_nothing() {
    let post = "# Five hosts for a static site\n\n\
                I tried five hosts with the same site.\n\n\
                ## Netlify\n\nNetlify is easy. Netlify builds are slow.\n\n\
                ## Vercel\n\nVercel is fast. Vercel limits commercial use.\n\n\
                ## Cloudflare Pages\n\nCFP has a huge CDN. CFP builds are old.\n\n\
                ## Final thoughts\n\n\
                | Host | Rank | CDN | Builds | Etc. |\n|---|---|---|---|---|\n\
                | **Vercel** | 1 | 😕 | ✅ | ✅ |\n\
                | **Netlify** | 2 | 😡 | 😕 | 😕 |\n\
                | **CFP** | 3 | ✅ | 😡 | 😕 |\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Vercel", "Netlify", "Cloudflare Pages"]);
    let cdn = &d
        .content
        .grid
        .rows
        .iter()
        .find(|r| r.feature == "CDN")
        .expect("a CDN row")
        .cells;
    assert_eq!(cdn.get("cloudflare-pages").map(String::as_str), Some("Yes"));
    // A face between a thumbs-up and an angry one rates in part; the angry one, no.
    let rated = of_kind(&d, Kind::Rated);
    assert!(
        rated
            .iter()
            .any(|q| q.contains("CDN") && q.ends_with("→ Cloudflare Pages")),
        "{rated:#?}"
    );
    assert!(
        rated
            .iter()
            .any(|q| q.contains("builds") && q.ends_with("→ Vercel")),
        "{rated:#?}"
    );
    // The overall rank and the catch-all row are no criteria; no text says "(CFP)".
    assert!(
        !rated
            .iter()
            .any(|q| q.contains("Rank") || q.contains("Etc")),
        "{rated:#?}"
    );
    assert!(!proposals_say(&d, "(CFP)"));
}

#[test]
fn a_chinese_title_asking_one_or_another_lists_its_latin_names_not_its_lead_phrase() {
    let post =
        "---\ntitle: \"对中国用户而言，Pure Android 是否比 MIUI 或 Flyme 体验更好？\"\n---\n\n\
                我用 Pure Android 很久了。MIUI 和 Flyme 更懂国内用户。\n\n\
                Pure Android 的设计很统一。MIUI 的本地化更好。Flyme 很流畅。\n";
    let d = draft(post);
    assert_eq!(d.lang, "zh");
    assert_eq!(names(&d), ["Pure Android", "MIUI", "Flyme"]);
}

#[test]
fn ok_opening_a_heading_is_no_name() {
    let post = "---\ntitle: 'Why I chose Jekyll for my personal site'\n---\n\n\
                When I first came up with the idea of a blog, Medium seemed the right choice.\n\n\
                But I read about Medium and its paywall. After that, I gave up on Medium.\n\n\
                # OK, Medium is not fit for Developers. But what about the other platforms?\n\n\
                The research about Medium made me cautious. Dev.to has good policies.\n\n\
                # But why not WordPress or any other CMS?\n\n\
                WordPress needs a host. Then I remembered GitHub Pages and that it supports Jekyll.\n";
    let d = draft(post);
    assert!(!names(&d).contains(&"OK"), "{:?}", names(&d));
}

#[test]
fn a_criterions_section_setting_one_option_ahead_asks_though_it_names_no_other() {
    let post = "# Heroku or DigitalOcean?\n\n\
                I moved my app from Heroku to DigitalOcean last year.\n\n\
                ## Pricing\n\nHeroku costs $25 a month. DigitalOcean costs $12 a month.\n\n\
                ## Performance\n\nSurprisingly, DigitalOcean has 40% faster load times.\n\n\
                ## Conclusion\n\nBoth work.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Heroku", "DigitalOcean"]);
    let aspects = of_kind(&d, Kind::Aspect);
    assert!(
        aspects
            .iter()
            .any(|q| q.contains("Performance") && q.ends_with("→ DigitalOcean")),
        "{aspects:#?}"
    );
    // A row needs what the section says of two options or more.
    assert!(!features(&d).contains(&"Performance"), "{:?}", features(&d));
}

#[test]
fn one_of_the_advantages_of_an_option_is_its_pro_and_than_may_take_a_preposition() {
    let post = "# Notion vs Obsidian\n\n\
                Two note apps, compared.\n\n\
                ## Data ownership\n\n\
                One of the biggest advantages of Obsidian is that you own your notes as files.\n\n\
                ## Extensibility\n\n\
                Notion has an API. Obsidian has plugins. \
                It is much easier to build your own system with Obsidian than with Notion.\n\n\
                ## Conclusion\n\nIt depends.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Notion", "Obsidian"]);
    let pros = of_kind(&d, Kind::Pro);
    assert!(
        pros.iter()
            .any(|q| q.contains("own your notes") && q.ends_with("→ Obsidian")),
        "{pros:#?}"
    );
    // The comparative before both names praises the one "than with" does not mark.
    let aspects = of_kind(&d, Kind::Aspect);
    assert!(
        aspects
            .iter()
            .any(|q| q.contains("Extensibility") && q.ends_with("→ Obsidian")),
        "{aspects:#?}"
    );
}

#[test]
fn it_has_one_options_benefits_but_its_limits_too_is_neither_pro_nor_con() {
    let post = "# Hugo vs Jekyll vs Gatsby\n\n\
                ## Gatsby\n\nIt has all Jekyll's benefits, but also all of the same limitations.\n\n\
                ## Hugo\n\nHugo is fast. Hugo is one binary.\n\n\
                ## Jekyll\n\nJekyll is Ruby. Jekyll is old.\n";
    let d = draft(post);
    assert!(
        !d.proposals
            .iter()
            .any(|p| p.from.contains("all Jekyll's benefits")),
        "{:#?}",
        d.proposals.iter().map(|p| &p.text).collect::<Vec<_>>()
    );
}

#[test]
fn a_concession_sets_no_condition_in_its_language() {
    // "Auch wenn" (even if) concedes; "Wenn du" sets a condition.
    let post = "---\ntitle: RestTemplate vs WebClient vs Feign\n---\n\nDrei Clients: RestTemplate, WebClient und Feign.\n\n\
                ## RestTemplate\n\nEinfach zu nutzen. RestTemplate blockiert.\n\n\
                ## Feign\n\nFeign kommt von Netflix. Wenn du Spring Cloud nutzt, ist es eine gute Wahl. \
                Auch wenn du lieber Kotlin schreibst, ist es eine gute Wahl.\n";
    let d = draft(post);
    assert_eq!(d.lang, "de");
    let from: Vec<&str> = d.proposals.iter().map(|p| p.from.as_str()).collect();
    assert!(
        from.iter().any(|f| f.starts_with("Wenn du Spring Cloud")),
        "{from:?}"
    );
    assert!(!from.iter().any(|f| f.starts_with("Auch wenn")), "{from:?}");
}

#[test]
fn a_short_heading_that_sets_one_option_ahead_heads_its_reasons() {
    let post = "# Vim vs Emacs\n\nI used both this year.\n\n\
                ## Vim wins\n\nAs of today, I still prefer Vim.\n\n\
                1. Vim keeps me in the terminal.\n\
                2. Vim keeps me on the home row as much as possible.\n\n\
                ## What I learned\n\nEmacs was worth the time. Emacs has great modes.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Vim", "Emacs"]);
    let pros = of_kind(&d, Kind::Pro);
    assert!(
        pros.iter()
            .any(|q| q.contains("home row") && q.ends_with("→ Vim")),
        "{pros:#?}"
    );
    // The heading asks through its reasons, not itself.
    assert!(!pros.iter().any(|q| q.contains("Vim wins")), "{pros:#?}");
    // Headings of one frame, one per option, title sections; they praise neither.
    let post = "# Umami vs Plausible\n\nI switched.\n\n\
                ## What Umami does better\n\nUmami is the full product.\n\n\
                - **Screen sizes.** Umami shows actual resolutions.\n\
                - **Sessions.** Umami shows each visit.\n\n\
                ## What Plausible does better\n\nThe dashboard is cleaner. Plausible imports data.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Umami", "Plausible"]);
    assert!(!proposes(&d, "does better"), "{:#?}", asked(&d));
}

#[test]
fn kramdowns_attribute_list_after_a_link_shows_nothing() {
    let post = "# Jekyll vs Hugo\n\n## Pros of Jekyll\n\n\
                - Runs on [GitHub Pages](https://pages.github.com){:target=\"_blank\"} for free\n\
                - Many themes\n\n## Pros of Hugo\n\n- Builds in milliseconds\n- One binary\n";
    let d = draft(post);
    let asked = asked(&d);
    assert!(
        asked
            .iter()
            .any(|q| q.starts_with("Do you want it to run on GitHub Pages for free?")),
        "{asked:#?}"
    );
    assert!(!proposals_say(&d, "{:"));
}

#[test]
fn a_condition_with_nothing_after_its_word_asks_nothing() {
    let post = "# Notion oder Obsidian?\n\nZwei Notiz-Apps im Vergleich.\n\n## Fazit\n\n\
                Wähle Notion, wenn du\n\n- im Team arbeitest\n- sofort loslegen willst\n\n\
                Obsidian, wenn du lokale Dateien möchtest.\n";
    let d = draft(post);
    assert_eq!(d.lang, "de");
    assert!(
        !d.proposals.iter().any(|p| p.text.ends_with("„Wenn du“")),
        "{:#?}",
        asked(&d)
    );
}

#[test]
fn arrows_in_a_title_chain_a_move_in_any_language() {
    let post = "---\ntitle: 'WordPress → Эгея → DocPad'\n---\n\n\
                Сначала блог был на WordPress. Потом я написал Эгею. Теперь DocPad.\n\n\
                WordPress тяжёлый. Эгея простая. DocPad генерирует статику.\n";
    let d = draft(post);
    assert_eq!(d.lang, "ru");
    assert_eq!(names(&d), ["WordPress", "Эгея", "DocPad"]);
}

#[test]
fn a_move_in_the_introduction_ends_with_its_sentence_and_headings_grading_an_option_praise_it() {
    let post = "---\ntitle: \"Perché sono passato a Jekyll\"\n---\n\n\
                Il primo obiettivo è fatto: `finire il trasloco dei blog miei e di mia moglie da WordPress a Jekyll`. \
                Resta però una domanda.\n\n\
                ### WordPress è costoso\n\nRichiede un hosting con `php` e `mySQL`. Jekyll no.\n\n\
                ### WordPress è pesante e lento\n\nWordPress è lento.\n\n\
                ### Jekyll è veloce\n\nJekyll è veloce. Molto veloce.\n";
    let d = draft(post);
    assert_eq!(d.lang, "it");
    assert_eq!(names(&d), ["WordPress", "Jekyll"]);
    let pros = of_kind(&d, Kind::Pro);
    assert!(
        pros.iter()
            .any(|q| q.contains("Jekyll è veloce") && q.ends_with("→ Jekyll")),
        "{pros:#?}"
    );
    // A grade that finds fault praises nothing.
    assert!(!pros.iter().any(|q| q.contains("lento")), "{pros:#?}");
}

#[test]
fn a_concession_asks_nothing_wherever_the_condition_is_read() {
    // Advice naming its option: "Even if …" is no condition the reader answers.
    let post = "# Pulumi vs Terraform\n\nTwo tools.\n\n## Conclusion\n\n\
                Even if your stack is in .NET, Pulumi is the better choice. \
                If you need many providers, Terraform is the better choice.\n";
    let asked = asked(&draft(post));
    assert!(
        asked
            .iter()
            .any(|q| q.starts_with("Do you need many providers?")),
        "{asked:#?}"
    );
    assert!(
        !asked
            .iter()
            .any(|q| q.starts_with("Is your stack in .NET?")),
        "{asked:#?}"
    );
}

#[test]
fn a_heading_with_no_text_gives_no_title() {
    // An image for a first heading: the front matter's title is the draft's.
    let post = "---\ntitle: Hugo or Jekyll\n---\n\n# ![](logo.png)\n\n\
                Hugo and Jekyll both build blogs.\n\n## Hugo\n\nHugo is fast.\n\n\
                ## Jekyll\n\nJekyll is simple.\n";
    let d = draft(post);
    assert_eq!(d.content.title, "Hugo or Jekyll");
    assert_eq!(names(&d), ["Hugo", "Jekyll"]);
}

#[test]
fn a_post_about_one_choice_sets_it_against_the_name_it_comes_back_to_most() {
    // The title names one option; the text sets it against another, named far less often.
    let post = "---\ntitle: Neden Linux kullanmalıyım?\n---\n\n\
                Bence Linux bedava. Her sunucu Linux kullanır. Artık Linux hızlı. Tabii Linux \
                güvenli. Zaten Linux açık kaynak. Bugün Linux esnek. Evet Linux her yerde.\n\n\
                Ama Windows pahalı. Bazen Windows yavaş. Oyunlar için Windows daha iyi. \
                Ofis işleri Linux ile de olur. Belki Ubuntu kolay. Sence Linux nasıl?\n";
    assert_eq!(names(&draft(post)), ["Linux", "Windows"]);
}

#[test]
fn a_name_written_with_a_capital_inside_it_is_a_name_in_the_text() {
    // "macOS" opens in lowercase: its capital inside still names it.
    let post = "---\ntitle: Linux and the other systems\n---\n\n\
                I think Linux is free. Sure, Linux is fast. But Windows is everywhere. Most \
                Windows laptops run games. And Windows costs money. I tried macOS too. Then \
                macOS updated. Then macOS was slow. So Linux wins for me.\n";
    assert_eq!(names(&draft(post)), ["Linux", "Windows", "macOS"]);
}

#[test]
fn the_others_a_title_sets_its_option_against_are_no_option() {
    // "over other alternatives": "other" is no name, whatever the case the post writes it in.
    let post = "---\ntitle: Choosing Hugo over other alternatives\n---\n\n\
                I used Jekyll for years. Then I tried Hugo. Hugo builds fast. With Jekyll, builds \
                were slow. Other tools exist, but other generators felt heavy. Hugo won. I still \
                like Jekyll a little, but Hugo is home now. Other people may disagree.\n";
    assert_eq!(names(&draft(post)), ["Hugo", "Jekyll"]);
}

#[test]
fn a_title_pairing_part_or_criterion_words_names_no_options() {
    // "Pros and cons" or "Security and privacy" in a title are what the post weighs, not options.
    let post = "# Escolhendo um editor: Vantagens e Desvantagens\n\n\
        Há muitos editores.\n\n## Principais editores\n\n### Vim\n\n#### Vantagens\n\n\
        - Rápido em qualquer terminal\n\n#### Desvantagens\n\n- Difícil de aprender\n\n\
        ### Emacs\n\n#### Vantagens\n\n- Extensível em Lisp\n\n#### Desvantagens\n\n\
        - Atalhos longos\n\nVim e Emacs são antigos. Vim é leve; Emacs é pesado.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Vim", "Emacs"], "{:#?}", d.notes);
    let post = "# Messenger im Vergleich: Sicherheit und Datenschutz\n\n\
        In diesem Beitrag vergleichen wir Threema und Signal. In jedem Abschnitt eine Tabelle.\n\n\
        ## Verschlüsselung\n\n| Messenger | Standard |\n|---|---|\n| Threema | Ja |\n| Signal | Ja |\n\n\
        ## Metadaten\n\n| Messenger | Gespeichert |\n|---|---|\n| Threema | Wenig |\n| Signal | Kaum |\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Threema", "Signal"], "{:#?}", d.notes);
}

#[test]
fn a_first_line_asking_which_of_the_names_it_lists_gives_the_options() {
    let post =
        "---\ntitle: '我的博客'\n---\n\nvitepress、docusaurus、docsify 怎么选？\n\n## 对比\n\n\
        - vitepress 使用 vue 编写\n  - 优点：构建速度快\n  - 缺点：插件少\n\
        - docusaurus 使用 react 编写\n  - 优点：功能齐全\n  - 缺点：依赖多\n\
        - docsify 不需要构建\n  - 优点：零配置\n  - 缺点：不利于搜索引擎\n";
    let d = draft(post);
    assert_eq!(
        names(&d),
        ["vitepress", "docusaurus", "docsify"],
        "{:#?}",
        d.notes
    );
    // The labelled items under an item opening with a name are that name's pros and cons.
    let pros = of_kind(&d, Kind::Pro);
    assert!(
        pros.contains(&"这对你重要吗？“构建速度快” → vitepress".to_owned()),
        "{pros:#?}"
    );
    assert!(
        pros.contains(&"这对你重要吗？“零配置” → docsify".to_owned()),
        "{pros:#?}"
    );
    let cons = of_kind(&d, Kind::Con);
    assert!(
        cons.iter()
            .any(|c| c.contains("依赖多") && c.ends_with("docusaurus")),
        "{cons:#?}"
    );
    // A long opening line that only mentions a "which" word is no listing.
    let post = "> Hola a todos, hoy hablo de Pinia, y espero que sepáis cuál usar entre Pinia o Vuex en vuestro proyecto.\n\n\
        ## Diferencias entre Pinia y Vuex\n\nPinia es más simple que Vuex. Vuex es más antiguo que Pinia.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Pinia", "Vuex"], "{:#?}", d.notes);
}

#[test]
fn a_list_a_heading_says_holds_the_options_names_them_by_their_first_capitalised_words() {
    let post = "# Looking for a new password manager\n\n\
        My old one is gone, so it is time to look elsewhere.\n\n## What I need\n\n\
        - Works on every device I own, including an old tablet.\n- Can be self-hosted.\n\n\
        ## Options I'm considering\n\n\
        - Bitwarden on my own server, which people say is solid now.\n\
        - KeePassXC looks like the simplest option, with a file I sync myself.\n\
        - Proton Pass (*new this year*) has good reviews, but I may as well use Bitwarden.\n\n\
        Bitwarden, KeePassXC or Proton Pass: let me know what you use. KeePassXC is free.\n";
    let d = draft(post);
    assert_eq!(
        names(&d),
        ["Bitwarden", "KeePassXC", "Proton Pass"],
        "{:#?}",
        d.notes
    );
    // The heading that lists them is no aspect to ask about.
    assert!(
        !asked(&d).iter().any(|q| q.contains("Options")),
        "{:#?}",
        asked(&d)
    );
}

#[test]
fn asides_and_advice_headings_are_no_aspects_and_a_lettered_heading_loses_its_letter() {
    let post = "# Svelte vs Solid\n\n## A) Setup\n\nSvelte is easier to set up than Solid. \
        Solid needs a few more steps.\n\n## FAQ\n\nSolid is faster than Svelte in most benchmarks. \
        Svelte is popular.\n\n## Use stores instead of context\n\nSvelte is simpler here than Solid. \
        Solid has signals.\n\n## Personal opinion\n\nSvelte is better than Solid for me. Solid is fine.\n";
    let d = draft(post);
    let aspects = of_kind(&d, Kind::Aspect);
    assert_eq!(
        aspects,
        ["Does this matter to you? “Setup” → Svelte"],
        "{:#?}",
        d.notes
    );
    assert_eq!(unnumbered("b) Performance"), "Performance");
    assert_eq!(unnumbered("Ab) Performance"), "Ab) Performance");
}

#[test]
fn the_subject_an_introduction_sets_against_its_listing_is_an_option_too() {
    let post = "---\ntitle: ¿Por qué elegir Eleventy?\n---\n\n\
        Existen otros dos generadores con los que Eleventy compite directamente: Astro y Gatsby.\n\n\
        Astro usa islas; Gatsby usa React. Eleventy no usa ningún framework.\n\n\
        Publicar con Eleventy es inmediato, pero con Astro o Gatsby hace falta más.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Eleventy", "Astro", "Gatsby"], "{:#?}", d.notes);
}

#[test]
fn a_title_phrase_opening_with_a_frequent_word_is_no_name() {
    // "the AI coding tools": the others, which the post's table names.
    let post = "# SO SÁNH AIDER VỚI CÁC AI CODING TOOLS\n\n\
        | Tiêu chí | Aider | Copilot | Cursor |\n|---|---|---|---|\n\
        | Giá | Miễn phí | Trả phí | Trả phí |\n| Terminal | Có | Không | Không |\n\n\
        Aider chạy trong terminal. Copilot chạy trong editor. Cursor là một editor. \
        Aider, Copilot và Cursor đều dùng AI.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Aider", "Copilot", "Cursor"], "{:#?}", d.notes);
}

#[test]
fn problems_with_an_option_are_its_cons_and_what_people_like_its_pros() {
    let post = "# pnpm vs Bun\n\npnpm and Bun both install packages.\n\n\
        ### Problems with pnpm\n\n- pnpm needs Node.js installed first\n\
        - Symlinked node_modules confuse some older tools\n\n\
        What developers like about Bun:\n\n- Installs in a fraction of the time\n- One binary for everything\n";
    let d = draft(post);
    assert_eq!(names(&d), ["pnpm", "Bun"], "{:#?}", d.notes);
    let cons = of_kind(&d, Kind::Con);
    // The name keeps its own lowercase where it opens the question's quote.
    assert!(
        cons.contains(
            &"Would this be a problem for you? “pnpm needs Node.js installed first” → pnpm"
                .to_owned()
        ),
        "{cons:#?}"
    );
    let pros = of_kind(&d, Kind::Pro);
    assert_eq!(
        pros,
        [
            "Does this matter to you? “Installs in a fraction of the time” → Bun",
            "Do you want one binary for everything? → Bun"
        ]
    );
}

#[test]
fn a_clause_that_denies_what_an_option_suits_suits_nothing_and_whoever_wants_is_a_condition() {
    let post = "# Threema oder Signal\n\nThreema und Signal sind Messenger.\n\n## Fazit\n\n\
        Threema ist stark bei Firmenfunktionen, aber nicht ideal für kostenlose Nutzung. \
        Wer maximale Transparenz will, sollte Signal nutzen.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Threema", "Signal"], "{:#?}", d.notes);
    let kept = asked(&d);
    assert!(!kept.iter().any(|q| q.contains("kostenlose")), "{kept:#?}");
    assert!(
        kept.contains(
            &"Trifft das auf dich zu? „Wer maximale Transparenz will“ → signal (3)".to_owned()
        ),
        "{kept:#?}"
    );
    // Japanese denies after the words: "向いていない".
    let post = "# Hugo と Jekyll\n\nHugo と Jekyll を比べます。\n\n## まとめ\n\n\
        Jekyll は大規模サイトには向いていない。Hugo は大規模サイトに向いている。\n";
    let d = draft(post);
    let kept = asked(&d);
    assert!(!kept.iter().any(|q| q.ends_with("jekyll (3)")), "{kept:#?}");
}

#[test]
fn the_one_cell_a_row_sets_in_bold_is_its_winner_and_supported_is_a_grade() {
    let post = "# Vaultwarden vs KeePassXC\n\n\
        | Feature | Vaultwarden | KeePassXC |\n|---|---|---|\n\
        | **Price** | **Free** to host | Free |\n\
        | **Sync** | **Across devices** | A file you sync yourself |\n\
        | **Browser autofill** | Supported | Not supported |\n\
        | **Offline use** | Limited | Limited |\n\n\
        Vaultwarden runs on a server. KeePassXC runs on the desktop.\n";
    let d = draft(post);
    let rated = of_kind(&d, Kind::Rated);
    assert!(
        rated
            .iter()
            .any(|r| r.contains("Sync") && r.ends_with("Vaultwarden")),
        "{rated:#?}"
    );
    assert!(
        rated
            .iter()
            .any(|r| r.contains("Browser autofill") && r.ends_with("Vaultwarden")),
        "{rated:#?}"
    );
    // Both free, one bold: "Free" grades both alike, so nothing leans.
    assert!(!rated.iter().any(|r| r.contains("Price")), "{rated:#?}");
    assert!(!rated.iter().any(|r| r.contains("Offline")), "{rated:#?}");
}

#[test]
fn lowercase_words_a_which_title_joins_in_a_latin_script_language_are_no_names() {
    let post = "# Cuál distro elegir y por qué\n\nHay muchas distros. Te cuento por qué uso una, \
        y por qué no otra, y por qué importa.\n\n## Debian\n\nDebian es estable.\n\n\
        ## Fedora\n\nFedora es moderna. Fedora y Debian son libres.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Debian", "Fedora"], "{:#?}", d.notes);
}

#[test]
fn a_hand_wrapped_paragraph_is_no_list_and_a_heading_each_option_repeats_is_no_trait() {
    let post = "# Navigateurs : Firefox ou Flock\n\nDeux navigateurs.\n\n## Firefox\n\n\
        Le navigateur libre, rapide et sûr.\n\n## Flock\n\n\
        Imaginez Firefox... mais qui aide à poster dans ton\n\
        blogue (WordPress, LiveJournal,\n\
        Blogger), ajouter des photos\n\
        (Picasa, Flickr).\n\n\
        ### Votes Firefox\n\n#### Anne\n\nNote : 9\n\n#### Marc\n\nNote : 7\n\n\
        ### Votes Flock\n\n#### Anne\n\nNote : 6\n\n#### Marc\n\nNote : 8\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Firefox", "Flock"], "{:#?}", d.notes);
    let traits = of_kind(&d, Kind::Trait);
    assert!(
        !traits
            .iter()
            .any(|t| t.contains("Picasa") || t.contains("Blogue")),
        "{traits:#?}"
    );
    assert!(
        !traits
            .iter()
            .any(|t| t.contains("Anne") || t.contains("Marc")),
        "{traits:#?}"
    );
}

#[test]
fn a_condition_s_clause_keeps_the_commas_inside_its_brackets() {
    let post = "# .NET 8 czy .NET Framework\n\n.NET 8 i .NET Framework to dwie platformy.\n\n\
        ## Podsumowanie\n\nJeśli aplikacja musi działać na wielu platformach (Windows, Linux i macOS), \
        użyj .NET 8.\n";
    let d = draft(post);
    assert!(
        proposals_say(&d, "Linux")
            && d.proposals
                .iter()
                .any(|p| p.text.contains("(Windows, Linux i macOS)")),
        "{:#?}",
        d.proposals.iter().map(|p| &p.text).collect::<Vec<_>>()
    );
}

#[test]
fn a_list_of_needs_each_with_the_option_to_pick_asks_each_need() {
    let post = "# Hatch vs uv\n\nHatch and uv both manage Python projects.\n\n## Conclusion\n\n\
        Which should you use? It depends.\n\n\
        * Scripts: use uv\n* Libraries: use Hatch\n* Applications: use uv (or Docker)\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Hatch", "uv"], "{:#?}", d.notes);
    let kept = asked(&d);
    for want in [
        "Is it for scripts? → uv (3)",
        "Is it for libraries? → hatch (3)",
        "Is it for applications? → uv (3)",
    ] {
        assert!(kept.contains(&want.to_owned()), "{want} in {kept:#?}");
    }
    // A ranking names no need.
    let post = "# SSG-Vergleich: Hugo und Jekyll\n\nHugo und Jekyll im Vergleich.\n\n\
        - Platz 1: Hugo\n- Platz 2: Jekyll\n";
    let d = draft(post);
    assert!(
        !asked(&d).iter().any(|q| q.contains("Platz")),
        "{:#?}",
        asked(&d)
    );
}

#[test]
fn an_option_s_own_section_advising_under_a_condition_asks_the_condition_and_denied_advice_asks_nothing(
) {
    let post = "# Docsify、Hexo 和 VuePress\n\n三个工具。\n\n### Docsify\n\nDocsify 是一个工具。\
        如果不关注 SEO，安装简单不想有大量依赖，他是比较好的选择。\n\n### Hexo\n\n\
        Hexo 是一个博客框架。如果你想写博客，它是很好的选择。\n\n### VuePress\n\n\
        VuePress 是基于Vue开发的平台。从这可以看出，VuePress 现在或许并不是一个很好的选择。\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Docsify", "Hexo", "VuePress"], "{:#?}", d.notes);
    let kept = asked(&d);
    assert!(
        kept.contains(&"你想写博客吗？ → hexo (3)".to_owned()),
        "{kept:#?}"
    );
    assert!(
        kept.iter()
            .any(|q| q.contains("如果不关注 SEO") && q.ends_with("docsify (3)")),
        "{kept:#?}"
    );
    assert!(
        !kept.iter().any(|q| q.ends_with("vuepress (3)")),
        "{kept:#?}"
    );
}

#[test]
fn headings_giving_an_option_a_purpose_each_ask_the_purpose() {
    let post = "# Julia vs R\n\nJulia and R are both used for numbers.\n\n\
        ## R for Statistics\n\nR has every test.\n\n## Julia for Simulations\n\nJulia is fast.\n\n\
        ## R for Plotting\n\nggplot2.\n";
    let d = draft(post);
    let kept = asked(&d);
    for want in [
        "Is it for statistics? → r (3)",
        "Is it for simulations? → julia (3)",
        "Will you be plotting? → r (3)",
    ] {
        assert!(kept.contains(&want.to_owned()), "{want} in {kept:#?}");
    }
    // Turkish says what for before the name.
    let post =
        "# Go mu Rust mı?\n\nGo ve Rust iki dil.\n\n### Ağ Servisleri için Go\n\nGo basit.\n\n\
        ### Gömülü Sistemler için Rust\n\nRust güvenli.\n";
    let d = draft(post);
    let kept = asked(&d);
    assert!(
        kept.iter()
            .any(|q| q.contains("Gömülü Sistemler") && q.ends_with("rust (3)")),
        "{kept:#?}"
    );
    // One such heading alone is a section's title, not a pattern.
    let post = "# Julia vs R\n\nJulia and R.\n\n## R for Beginners\n\nR is old. Julia is new.\n";
    assert!(!asked(&draft(post)).iter().any(|q| q.contains("beginners")));
}

#[test]
fn prose_that_sets_one_option_ahead_is_a_candidate_the_author_may_tick() {
    let post = "# Docker vs. Podman\n\nDocker uses a daemon.\n\n## Podman\n\n\
        By default, Podman runs rootless. This makes the security profile significantly better \
        than Docker. Podman starts containers faster. I love Docker, and it made me a better \
        engineer. Docker starts faster, but only on a Mac. Podman wouldn't make you a better admin.\n\n\
        ## Verdict\n\nVue ist einfacher als React.\n";
    let d = draft(post);
    let found = of_kind(&d, Kind::Comparative);
    for want in [
        "Does this matter to you? “This makes the security profile significantly better than Docker” → Podman",
        "Does this matter to you? “Podman starts containers faster” → Podman",
    ] {
        assert!(found.contains(&want.to_owned()), "{want} in {found:#?}");
    }
    // Praise of the author, a hedged grade and a denied one are no comparisons.
    for not in ["better engineer", "only on a Mac", "better admin"] {
        assert!(
            !found.iter().any(|q| q.contains(not)),
            "{not} in {found:#?}"
        );
    }
    // Candidates only: what an option is, not what the reader needs.
    assert!(
        asked(&d).iter().all(|q| !q.contains("faster")),
        "{:#?}",
        asked(&d)
    );
    // In German, set against the other with "als".
    let post = "# Vue oder React?\n\nVue und React sind Frameworks.\n\n\
        Vue ist einfacher als React. React hat mehr Nutzer.\n";
    let found = of_kind(&draft(post), Kind::Comparative);
    assert!(
        found
            .iter()
            .any(|q| q.contains("Vue ist einfacher als React") && q.ends_with("→ Vue")),
        "{found:#?}"
    );
}

#[test]
fn might_be_a_better_choice_with_a_condition_is_a_recommendation() {
    let post = "# pip vs Anaconda\n\npip and Anaconda install packages.\n\n\
        If you're working on a data science project, Anaconda might be a better choice. \
        pip is the default.\n";
    let kept = asked(&draft(post));
    assert!(
        kept.contains(&"Are you working on a data science project? → anaconda (3)".to_owned()),
        "{kept:#?}"
    );
}

#[test]
fn latin_names_set_apart_by_commas_in_another_script_s_title_are_its_options() {
    let post = "---\ntitle: \"클라우드 서비스, Dropbox, iCloud, GoogleDrive 다 쓰기\"\n---\n\n\
        클라우드 서비스는 많다. Dropbox 는 안정적이다. iCloud 는 맥에 좋다. GoogleDrive 는 크다.\n";
    assert_eq!(names(&draft(post)), ["Dropbox", "iCloud", "GoogleDrive"]);
    // Commas in a Latin-script title list words, not names, unless the title joins them.
    let post = "# Testing, linting, shipping\n\nHow Jest and Vitest run tests.\n";
    assert!(names(&draft(post)).is_empty(), "{:?}", names(&draft(post)));
}

#[test]
fn headings_that_open_with_a_name_and_a_colon_s_tagline_name_the_options() {
    let post = "# A Review of Some of the Most Popular Static Site Generators\n\nI tried a few.\n\n\
        ## Jekyll: The Static Site Generator That Powers GitHub Pages\n\nJekyll is Ruby. Jekyll is old.\n\n\
        ## Gatsby: A React.js Framework to Build Static Sites\n\nGatsby is React. Gatsby is big.\n\n\
        ## Hugo — The Fastest Static Site Generator Ever Created\n\nHugo is Go. Hugo is fast.\n\n\
        ## Verdict\n\nUse Hugo.\n";
    assert_eq!(names(&draft(post)), ["Jekyll", "Gatsby", "Hugo"]);
    // Numbered parts are no names.
    let post = "# Migrasi ke Hugo dari Jekyll\n\nSaya pindah dari Jekyll ke Hugo.\n\n\
        # Alasan #1: Tema Yang Keren\n\nHugo punya tema.\n\n# Alasan #2: Cepat\n\nHugo cepat.\n\n\
        # Alasan #3: Ingin Mencoba Hal Baru\n\nHugo baru.\n";
    assert_eq!(names(&draft(post)), ["Jekyll", "Hugo"]);
}

#[test]
fn a_group_holding_the_best_one_s_names_and_more_lists_the_options_in_full() {
    // A table of shortcuts names two; the headings name three; the summary, led by bold names,
    // all four the post compares.
    let post = "# Escolha sua IDE\n\nPodemos escolher uma IDE.\n\n\
        ## Eclipse\n\nO Eclipse é simples. Eclipse tem plugins.\n\n\
        ## IntelliJ\n\nO IntelliJ é inteligente. IntelliJ é pago.\n\n\
        ## Visual Studio Code\n\nÉ um editor simples.\n\n\
        #### Resumindo:\n\n\
        * **Eclipse**: Mais utilizada no ambiente corporativo.\n\
        * **NetBeans**: Utilizada mais em ambiente acadêmico.\n\
        * **IntelliJ**: Oferece muitos recursos.\n\
        * **VS Code**: Muito utilizada por desenvolvedores front-end.\n\n\
        ## Atalhos\n\n| Ação | Eclipse | IntelliJ |\n|---|---|---|\n| Buscar | Ctrl+H | Ctrl+Shift+F |\n\
        | Renomear | Alt+Shift+R | Shift+F6 |\n";
    assert_eq!(
        names(&draft(post)),
        ["Eclipse", "NetBeans", "IntelliJ", "VS Code"]
    );
    // What a bigger group adds must be names of their own: not words around another name.
    let post =
        "# Text editors\n\nFour editors.\n\n## VS Code & Sublime Text\n\nVS Code is rich. Sublime \
        Text is fast.\n\n## Emacs & Vim\n\nEmacs is a world. Vim is modal.\n\n## Overview\n\n\
        | | **VS Code** | **Sublime Text** | **Emacs** and **Vim** |\n|---|---|---|---|\n\
        | Ease of use | Beginner-friendly | User-friendly | Steep |\n";
    assert_eq!(
        names(&draft(post)),
        ["VS Code", "Sublime Text", "Emacs", "Vim"]
    );
}

#[test]
fn a_list_its_line_counts_in_digits_names_the_options() {
    let post = "---\ntitle: \"Ok scriviamo! Ma dove?\"\n---\n\nLa domanda è: dove scrivo?\n\n\
        Tra tutti ero tentato (e indeciso) tra questi 4:\n\n- **Wordpress**\n- **Jekyll**\n- **Ghost**\n- **Medium**\n\n\
        [Wordpress](https://wordpress.com/) è il CMS più utilizzato. Wordpress **fa tutto. Troppo.**\n\n\
        Per quanto riguarda il resto, mi piaceva molto l'idea.\n\n\
        [Jekyll](https://jekyllrb.com/) mi stuzzicava. Jekyll era nuovo per me.\n\n\
        [Medium](https://medium.com/) è la semplicità. Medium è un servizio online.\n";
    assert_eq!(
        names(&draft(post)),
        ["Wordpress", "Jekyll", "Ghost", "Medium"]
    );
    // A count that is not the list's says nothing of it.
    let post = "---\ntitle: \"Ok scriviamo! Ma dove?\"\n---\n\nLa domanda è: dove scrivo?\n\n\
        Ho provato 2 cose:\n\n- **Wordpress**\n- **Jekyll**\n- **Ghost**\n\nFine.\n";
    assert!(names(&draft(post)).len() != 3, "{:?}", names(&draft(post)));
}

#[test]
fn the_tool_of_choice_for_a_purpose_suits_it_in_each_language() {
    for (post, want) in [
        (
            "# R ou Python ?\n\nDeux langages.\n\nR, quant à lui, est un langage de choix pour \
             l’analyse de données. Python est généraliste.\n",
            "L’analyse de données",
        ),
        (
            "# R or Python?\n\nTwo languages.\n\nR is the language of choice for statistical \
             research. Python is general.\n",
            "statistical research",
        ),
    ] {
        let kept = asked(&draft(post));
        assert!(
            kept.iter()
                .any(|q| q.contains(want) && q.ends_with("r (3)")),
            "{want} in {kept:#?}"
        );
    }
}

#[test]
fn a_sentence_opening_with_a_pro_or_con_in_an_option_s_own_section_is_that_option_s() {
    let post = "# Alternativas a Thunderbird\n\nHay clientes de correo.\n\n## Geary\n\n\
        Geary es un cliente ligero. El punto negativo de este cliente de email es que no tiene plugins.\n\n\
        ## Evolution\n\nEvolution es completo. Una ventaja es que trae calendario y contactos.\n\n\
        Las desventajas:\n\n- Es pesado\n";
    let d = draft(post);
    let cons = of_kind(&d, Kind::Con);
    assert!(
        cons.iter()
            .any(|q| q.contains("no tiene plugins") && q.ends_with("→ Geary")),
        "{cons:#?}"
    );
    let pros = of_kind(&d, Kind::Pro);
    assert!(
        pros.iter()
            .any(|q| q.contains("trae calendario") && q.ends_with("→ Evolution")),
        "{pros:#?}"
    );
    // A label alone, or a line that only announces, is no point.
    assert!(
        !pros
            .iter()
            .chain(&cons)
            .any(|q| q.contains("Las desventajas")),
        "{cons:#?}"
    );
}

#[test]
fn points_marked_good_or_bad_are_pros_and_cons_whatever_the_heading() {
    // Lines broken by hand under a bold label naming the option, in a "pros and cons" section.
    let post = "# Raspberry Pi vs Thin Client\n\nZwei kleine Server.\n\n## Vor- und Nachteile\n\n\
        **Thin Client:**\n\n&#x2705; RAM erweiterbar  \n&#x2705; Gebraucht günstig  \n\
        &#x274C; Braucht mehr Strom\n\n**Raspberry Pi:**\n\n✅ Sehr Energiesparend  \n✅ Viele GPIOs  \n\
        ❌ RAM nicht erweiterbar\n";
    let d = draft(post);
    let (pros, cons) = (of_kind(&d, Kind::Pro), of_kind(&d, Kind::Con));
    assert!(
        pros.iter()
            .any(|q| q.contains("RAM erweiterbar") && q.ends_with("→ Thin Client")),
        "{pros:#?}"
    );
    assert!(
        pros.iter()
            .any(|q| q.contains("Sehr Energiesparend") && q.ends_with("→ Raspberry Pi")),
        "{pros:#?}"
    );
    assert!(
        cons.iter()
            .any(|q| q.contains("Braucht mehr Strom") && q.ends_with("→ Thin Client")),
        "{cons:#?}"
    );
    assert!(
        cons.iter()
            .any(|q| q.contains("RAM nicht erweiterbar") && q.ends_with("→ Raspberry Pi")),
        "{cons:#?}"
    );
    // A list's marks say it too, under a heading of both.
    let post = "# Gatsby vs Next.js\n\nTwo frameworks.\n\n## Next.js pros and cons\n\n\
        - ✅ Easy data fetching with plain Node\n- ❌ No plugin ecosystem to speak of\n";
    let d = draft(post);
    assert!(
        of_kind(&d, Kind::Con)
            .iter()
            .any(|q| q.contains("No plugin ecosystem")),
        "{:#?}",
        d.proposals
    );
    assert!(
        of_kind(&d, Kind::Pro)
            .iter()
            .any(|q| q.contains("easy data fetching")),
        "{:#?}",
        d.proposals
    );
}

#[test]
fn a_cons_word_holding_a_pros_word_is_still_cons() {
    // "デメリット" (demerits) holds "メリット" (merits).
    let post = "# HugoとWordPressの比較\n\nHugoとWordPressを比べます。\n\n## Hugoのデメリット\n\n\
        - 管理画面がないので外出先から更新できない\n- 動的な表示ができない\n";
    let cons = of_kind(&draft(post), Kind::Con);
    assert!(
        cons.iter().any(|q| q.contains("管理画面がない")),
        "{cons:#?}"
    );
}

#[test]
fn purpose_headings_over_prose_that_praises_options_ask_the_purpose() {
    let post = "# Mechanical keyboard switches\n\nRed, Brown, Blue and Black are the common ones.\n\n\
        ### For gaming:\n\nSome games need fast double taps, Red and Black switches are the best for these.\n\n\
        ### For office usage:\n\nBlue is loud. Red, and Brown seem to be the best fit for an office.\n\n\
        ### For typing at home:\n\nAnything goes at home.\n";
    let kept = asked(&draft(post));
    for want in [
        "Will you be gaming? → red (3)",
        "Is it for office usage? → red (3)",
    ] {
        assert!(kept.contains(&want.to_owned()), "{want} in {kept:#?}");
    }
    // A purpose heading alone is a section's title, not a pattern.
    let post = "# Mechanical keyboard switches\n\nRed, Brown and Blue.\n\n\
        ### For gaming:\n\nRed and Black switches are the best for these.\n";
    assert!(!asked(&draft(post)).iter().any(|q| q.contains("gaming")));
}

#[test]
fn a_paragraph_led_by_an_aspect_in_bold_is_a_section_on_that_aspect() {
    let post = "# GitHub vs Bitbucket\n\nDos servicios para Git.\n\n\
        **Repositorios privados.** En GitHub no te permite tener repositorios privados gratis. Bitbucket \
        ofrece repositorios privados sin coste.\n\n\
        **Comunidad.** La comunidad de GitHub es mucho más grande. Bitbucket tiene menos proyectos públicos.\n\n\
        **Ganador:** depende del proyecto, pero GitHub para la mayoría de la gente.\n";
    let d = draft(post);
    let rows = features(&d);
    assert!(rows.contains(&"Repositorios privados"), "{rows:?}");
    // The verdict's label is no aspect.
    assert!(!rows.iter().any(|r| r.contains("Ganador")), "{rows:?}");
}

#[test]
fn an_option_s_plural_names_it() {
    let post = "# Kobo vs Kindle\n\nTwo e-readers.\n\n## Built-in Light\n\n\
        Kobos have an adjustable backlight on almost all of their models.\n\n\
        Kindle has edge lighting on some of its models.\n";
    assert!(
        features(&draft(post)).contains(&"Built-in Light"),
        "{:?}",
        features(&draft(post))
    );
}

#[test]
fn a_thing_s_plural_in_lowercase_and_a_name_cased_inside_name_their_option() {
    // "Tablet" is a thing the post writes in lowercase ("las tablets"); "e-Reader" and "iPad"
    // are cased inside, their plurals as their makers case them.
    let post =
        "# Tablet vs e-Reader: ¿cuál ganará?\n\nDos aparatos para leer libros y mucho más.\n\n\
        ## Software\n\nLas tablets usan sobre todo Android o iOS. \
        En contraste, los e-Readers de Kindle tienen una menor oferta de aplicaciones.\n\n\
        ## Peso\n\nLos e-Readers son más ligeros que cualquier tablet del mercado. \
        Una tablet pesa unos 600 gramos.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Tablet", "e-Reader"]);
    assert_eq!(features(&d), ["Software", "Peso"]);
    // The Spanish comparative agrees with its plural subject ("más ligeros").
    let aspects = of_kind(&d, Kind::Aspect);
    assert_eq!(aspects, ["¿Te importa esto? «Peso» → e-Reader"]);
    let post = "# iPhone vs Android\n\nTwo phones.\n\n## Updates\n\n\
        iPhones get updates for six years. Android phones get them for three.\n\n\
        ## Apps\n\nMost Androids run any app store. Apps on iPhones come from one store.\n";
    assert_eq!(features(&draft(post)), ["Updates", "Apps"]);
}

#[test]
fn the_post_s_conclusion_in_its_last_section_is_not_that_section_s_aspect() {
    let post = "# Kindle vs iPad\n\nDos aparatos para leer.\n\n\
        ## Pantalla\n\nEl Kindle tiene una pantalla de tinta. El iPad tiene una pantalla de color.\n\n\
        ## Conectividad\n\nEl Kindle solo tiene Wifi. El iPad tiene también datos móviles.\n\n\
        En definitiva, el iPad sería el claro ganador, ya que es más rápido y más potente.\n";
    let d = draft(post);
    assert_eq!(features(&d), ["Pantalla", "Conectividad"]);
    // The verdict praises the iPad overall, not its connectivity.
    let aspects = of_kind(&d, Kind::Aspect);
    assert!(aspects.is_empty(), "{aspects:?}");
    // A summary that is the section's own still counts ("In short, …" without a comma).
    let post = post.replace("En definitiva, el iPad", "Aquí el iPad");
    let aspects = of_kind(&draft(&post), Kind::Aspect);
    assert_eq!(aspects, ["¿Te importa esto? «Conectividad» → iPad"]);
}

#[test]
fn a_heading_asking_why_is_no_aspect() {
    let post = "# Android o iPhone\n\nUso Android da sempre.\n\n\
        ## Perché sì\n\nLe App su iPhone sono più veloci e più curate. Android ha App meno curate.\n\n\
        ## Batteria\n\niPhone dura un giorno. Android dura due giorni ed è più veloce da caricare.\n";
    let d = draft(post);
    assert_eq!(features(&d), ["Batteria"]);
    let aspects = of_kind(&d, Kind::Aspect);
    assert_eq!(aspects, ["Per te è importante? «Batteria» → Android"]);
}

#[test]
fn a_pros_or_cons_label_item_makes_the_points_nested_under_it_that_kind() {
    let post = "# Linux vs Windows\n\nI use both every day.\n\n## Linux\n\nA free system.\n\n\
        * Pros\n    * Free, no license needed\n    * Runs well on old hardware\n\
        * Cons:\n    * Few games run on it\n\n\
        ## Windows\n\nA popular system.\n\n* **Pros**\n    * Every program runs on it\n\
        * Cons\n    * Heavy, 4GB RAM is not enough\n\n\
        ## Verdict\n\nBoth are fine.\n";
    let d = draft(post);
    assert_eq!(
        of_kind(&d, Kind::Pro),
        [
            "Does this matter to you? “Free, no license needed” → Linux",
            "Do you want it to run well on old hardware? → Linux",
            "Does this matter to you? “Every program runs on it” → Windows"
        ]
    );
    // A list before the verb is no subject to ask about: quoted.
    assert_eq!(
        of_kind(&d, Kind::Con),
        [
            "Would this be a problem for you? “Few games run on it” → Linux",
            "Would this be a problem for you? “Heavy, 4GB RAM is not enough” → Windows"
        ]
    );
    // Written as a heading inside the item, in Indonesian's plain words.
    let post = "---\ntitle: Linux VS Windows\n---\n\nSaya pakai keduanya.\n\n## Linux\nSistem operasi bebas.\n\n\
        * ## Positif\n    * Gratis, tidak perlu membeli lisensi\n\n* ## Negatif\n    * Susah main game Windows\n\n\
        ## Windows\nSistem operasi populer.\n\n* ## Positif\n    * Semua software bisa digunakan\n";
    let d = draft(post);
    assert_eq!(of_kind(&d, Kind::Pro).len(), 2, "{:?}", d.proposals);
    assert_eq!(of_kind(&d, Kind::Con).len(), 1, "{:?}", d.proposals);
    // A label with its point after a colon is that point, not a label of the items after it.
    let post = "# Typora 和 Notion\n\n两个笔记软件。\n\n## Typora\n\n- **特点**：所见即所得\n- **缺点**：主题较少\n\
        - **价格**：买断制\n\n## Notion\n\n- **特点**：块编辑\n- **缺点**：访问速度慢\n- **价格**：每月四美元\n";
    let d = draft(post);
    let cons = of_kind(&d, Kind::Con);
    assert!(cons.iter().all(|c| !c.contains("价格")), "{cons:?}");
}

#[test]
fn a_row_where_one_option_lacks_what_the_others_describe_asks_for_the_feature() {
    let post = "# GitHub Copilot vs Gemini Code Assist\n\nTwo assistants for writing code.\n\n\
        | Feature | GitHub Copilot | Gemini Code Assist |\n|---|---|---|\n\
        | Model choice | Claude Sonnet, GPT-4o | Gemini 2.5 Pro |\n\
        | Cloud integration | None | Deep Google Cloud integration |\n\
        | Offline mode | — | Cached completions (beta) |\n\
        | Limitations | None | Ten users per seat |\n";
    let d = draft(post);
    let rated = of_kind(&d, Kind::Rated);
    assert_eq!(
        rated,
        [
            "Do you want cloud integration? → Gemini Code Assist",
            "Does this matter to you? “Offline mode” → Gemini Code Assist"
        ]
    );
    // In the post's language ("Keine").
    let post = "# Posteo vs Fastmail\n\nZwei Mail-Anbieter im Vergleich.\n\n\
        | Funktion | Posteo | Fastmail |\n|---|---|---|\n\
        | Kalender | Keine | CalDAV mit Freigaben |\n";
    let rated = of_kind(&draft(post), Kind::Rated);
    assert_eq!(rated.len(), 1, "{rated:?}");
    assert!(rated[0].ends_with("→ Fastmail"), "{rated:?}");
}

#[test]
fn a_row_of_costs_in_one_unit_leans_to_the_cheapest() {
    let post = "# GitHub Copilot vs Gemini Code Assist\n\nTwo assistants for writing code.\n\n\
        | Feature | GitHub Copilot | Gemini Code Assist |\n|---|---|---|\n\
        | **Personal price** | ~$10 / month (460 TL) | ~$19 / month (870 TL) |\n\
        | Bundle size | 1,200 KB | 950 KB |\n\
        | Memory | 2 GB | 1.5 |\n\
        | Free tier | 2k completions / month | 6k requests / day |\n";
    let d = draft(post);
    let rated = of_kind(&d, Kind::Rated);
    assert_eq!(
        rated,
        [
            "Does this matter to you? “Personal price” → GitHub Copilot",
            "Does this matter to you? “Bundle size” → Gemini Code Assist"
        ]
    );
}

#[test]
fn a_move_title_s_names_count_in_any_of_their_spellings() {
    // The post writes "Angular" and "React"; its title "AngularJS" and "ReactJS".
    let post = "---\ntitle: \"Mi experiencia cambiando de AngularJS a ReactJS\"\n---\n\n\
        Trabajé con Angular durante años y cambié a React hace unos meses.\n\n\
        ## Antes de todo\n\nAngular me dio estructura. Con React escribo menos código.\n\n\
        ## Conclusión\n\nReact me gusta más que Angular.\n";
    assert_eq!(names(&draft(post)), ["AngularJS", "ReactJS"]);
}

#[test]
fn a_name_the_post_mostly_writes_shorter_is_found_by_it() {
    let post = "# MySQL vs PostgreSQL\n\nTwo databases. Postgres and MySQL are both free.\n\n\
        ## Postgres Advantages over MySQL\n\nPostgres is an object-relational database.\n\n\
        Postgres implements MVCC without read locks\n\
        Postgres supports parallel query plans that use many cores\n\n\
        ## When to use MySQL\n\nPostgres is still less popular than MySQL (for example, if you \
        need a hosting plan, most offer MySQL only, so use MySQL).\n";
    let d = draft(post);
    assert_eq!(names(&d), ["MySQL", "PostgreSQL"]);
    // The pros are Postgres's, a line each; the condition inside brackets asks nothing.
    assert_eq!(
        of_kind(&d, Kind::Pro),
        [
            "Does this matter to you? “Postgres is an object-relational database” → PostgreSQL",
            "Does this matter to you? “Postgres implements MVCC without read locks” → PostgreSQL",
            "Does this matter to you? “Postgres supports parallel query plans that use many cores” → PostgreSQL"
        ]
    );
    assert!(
        !asked(&d).iter().any(|q| q.contains("hosting plan")),
        "{:?}",
        asked(&d)
    );
    // Found in a script written without spaces, the short form shorter than the name.
    let post =
        "# MySQL と PostgreSQL の比較\n\nPostgres と MySQL を比べます。Postgres は強い。\n\n\
        ## 用途\n\nPostgresは大規模なサイトに向いている。MySQLは小さなブログに向いている。\n";
    let d = draft(post);
    assert_eq!(names(&d), ["MySQL", "PostgreSQL"]);
    assert!(
        d.proposals
            .iter()
            .any(|p| p.text.contains("大規模なサイト")),
        "{:?}",
        d.proposals
    );
    // A word the name is made of is another thing ("Java" of "JavaScript"), and so is a
    // name before its domain ("WordPress" of "WordPress.com").
    let post = "# JavaScript vs Python\n\nJava, Java and Java are older. Java runs on the JVM. \
        JavaScript runs in browsers. Python runs scripts.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["JavaScript", "Python"]);
    assert!(!proposals_say(&d, "JVM"), "{:?}", d.proposals);
}

#[test]
fn a_name_of_several_words_is_found_by_its_last_ones_and_keeps_its_own_section() {
    let post = "# GitHub Copilot vs Gemini Code Assist\n\nTwo assistants. Copilot is older; \
        Copilot runs in many editors and Copilot Chat answers questions.\n\n\
        ## GitHub Copilot\n\nGitHub Copilot completes code as you type.\n\n\
        ## Gemini Code Assist\n\nGemini Code Assist reads a million tokens.\n\n\
        ## Which should you choose?\n\nIf your budget is tight, Copilot Pro is the most sensible choice.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["GitHub Copilot", "Gemini Code Assist"]);
    assert!(
        asked(&d)
            .iter()
            .any(|q| q.starts_with("Is your budget tight? → github-copilot")),
        "{:?}",
        asked(&d)
    );
    // Its own section is still its own, the short name kept only for finding it.
    let about = d.content.options[0]
        .about
        .as_ref()
        .map(|a| a.title.as_str());
    assert_eq!(about, Some("GitHub Copilot"));
}

#[test]
fn a_section_where_one_option_lacks_what_the_other_has_leans_to_the_other() {
    let post = "# RocketMQ vs Kafka\n\nTwo message queues.\n\n\
        ## Retrying failed messages\n\nRocketMQ retries a failed message on a schedule. \
        Kafka does not support retries.\n\n\
        ## Storage\n\nRocketMQ keeps messages on disk. Kafka keeps messages in logs, and if the disk \
        does not support it, nothing is kept.\n";
    let d = draft(post);
    assert_eq!(
        of_kind(&d, Kind::Aspect),
        ["Does this matter to you? “Retrying failed messages” → RocketMQ"]
    );
    let post = "# RocketMQ 和 Kafka 对比\n\n两个消息队列。\n\n## 消费失败重试\n\n\
        RocketMQ消费失败支持定时重试，每次重试间隔时间顺延。Kafka消费失败不支持重试。\n";
    assert_eq!(
        of_kind(&draft(post), Kind::Aspect),
        ["这对你重要吗？“消费失败重试” → RocketMQ"]
    );
}

#[test]
fn check_marks_with_one_cell_in_words_rate_without_it() {
    let post = "# 评论系统对比：Disqus、Gitalk、LiveRe、Valine、Waline\n\n五个评论系统。\n\n\
        | 第三方评论系统 | 开源 | 可否实现 PJAX |\n| :-- | :-- | :-- |\n\
        | Disqus | ❌ | ✔️ |\n| Gitalk | ✔️ | ❌ |\n| LiveRe | ❌ | ❌ |\n\
        | Valine | 薛定谔的开源 | ✔️ |\n| Waline | ✔️ | ✔️ |\n";
    let d = draft(post);
    let rated: Vec<String> = d
        .proposals
        .iter()
        .filter(|p| p.kind == Kind::Rated)
        .map(|p| {
            let mut to = vec![p.option];
            to.extend(&p.also);
            format!("{} → {to:?}", p.text)
        })
        .collect();
    // "Open source" leans to the two marked so; Valine's words rate it neither way.
    assert_eq!(rated, ["这对你重要吗？“开源” → [1, 4]"]);
    // Not a row asking about the option, whose "yes" may be the worse.
    let post = post.replace("| 开源 |", "| 跟踪用户？ |");
    let d = draft(&post);
    assert!(!proposes(&d, "跟踪用户"), "{:?}", d.proposals);
}

#[test]
fn a_section_s_winner_named_so_leans_its_aspect() {
    let post = "# React vs Vue in 2024\n\nBoth are popular libraries for interfaces.\n\n\
        ## Performance\n\nVue renders long lists with its compiler. React uses a virtual DOM.\n\n\
        **Winner: Vue**\n\n\
        ## Community\n\nReact has many packages. Vue has a friendly forum.\n\n**Winner:** React\n\n\
        ## Tooling\n\nReact has Create React App. Vue has Vite.\n\nWinner: tie.\n";
    let d = draft(post);
    assert_eq!(
        of_kind(&d, Kind::Aspect),
        [
            "Does this matter to you? “Performance” → Vue",
            "Does this matter to you? “Community” → React"
        ]
    );
    // In the post's language, an article between ("o ponto vai para o Windows"), and the
    // sentence's reason naming the other.
    let post = "# Linux ou Windows?\n\nUso os dois há anos.\n\n## Facilidade de uso\n\n\
        Nesse critério o ponto vai para o Windows também, uma vez que no Linux tudo depende da \
        distribuição.\n\n## Produtividade\n\nLinux e Windows servem para trabalhar.\n";
    assert_eq!(
        of_kind(&draft(post), Kind::Aspect),
        ["Isso é importante para você? “Facilidade de uso” → Windows"]
    );
}

#[test]
fn where_a_name_ends_is_where_the_post_s_spelling_of_it_ends() {
    // "Vue" of "Vue.js": the options a sentence opens with, joined by "and", share its cell
    // though the name as written is shorter than the option's.
    let post = "# Vue.js vs React vs Svelte\n\nThree frameworks. Vue, React and Svelte all render \
        components.\n\n## Learning curve\n\nVue and React are easier to learn for beginners. \
        Svelte has its own compiler and syntax to learn.\n\n\
        ## Speed\n\nVue is fast. React is fine. Svelte compiles away.\n";
    let d = draft(post);
    assert_eq!(features(&d), ["Learning curve", "Speed"]);
    let cell = d.content.grid.rows[0]
        .cells
        .get("react")
        .map(String::as_str);
    assert_eq!(
        cell,
        Some("Vue and React are easier to learn for beginners")
    );
}

#[test]
fn a_bold_item_broken_over_lines_is_read_without_cutting_a_character() {
    // The bold words run over a line break: the item's text spells them otherwise (a space for
    // the break), so their length is no place to cut it.
    let post = "# Terraform vs CloudFormation\n\nどちらを選ぶか。\n\n## 補足\n\n\
        * **Terraformでベースのインフラを構築**\n* **CloudFormationまたはCDtitle: Why I chose A\n\
        Kでアプリ系リソース（Lambda, API Gatewayなど）を管理**\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Terraform", "CloudFormation"]);
}

#[test]
fn a_thing_an_option_owns_is_graded_without_its_aside() {
    let post = "# CircleCI vs Travis\n\nI used both.\n\n\
        CircleCI's ability to parse the test results (which I didn't appreciate till it was gone) is amazing. \
        Travis is fine.\n";
    let d = draft(post);
    let praised = of_kind(&d, Kind::Praise);
    assert!(
        praised
            .iter()
            .any(|q| q.contains("Ability to parse the test results”")),
        "{praised:#?}"
    );
}

#[test]
fn features_unique_to_an_option_are_its_pros_unless_denied() {
    let post = "# Preact vs React\n\nPreact is not a reimplementation of React.\n\n\
        ## Features unique to Preact\n\n### Native support for ES Modules\n\nPreact was built with ES Modules in mind.\n\n\
        ### Raw HTML attribute names\n\nPreact aims to match the DOM specification.\n";
    let pros = of_kind(&draft(post), Kind::Pro);
    assert!(
        pros.iter()
            .any(|q| q.contains("Native support for ES Modules")),
        "{pros:#?}"
    );
    let post = "# React Native vs Flutter\n\nTwo toolkits.\n\n\
        This is not unique to React Native, it is rather a software development problem.\n";
    assert!(
        of_kind(&draft(post), Kind::Pro).is_empty(),
        "{:#?}",
        draft(post).proposals
    );
}

#[test]
fn a_purpose_first_then_advice_for_one_option_asks_the_purpose() {
    let post = "# React vs Vue\n\nTwo frameworks.\n\n## My take\n\n\
        For professional use, there's really no choice but to learn React. \
        For side projects, Vue is the better choice because it is harder to do poorly.\n";
    let kept = asked(&draft(post));
    assert!(
        kept.iter()
            .any(|q| q.to_lowercase().contains("professional use") && q.ends_with("react (3)")),
        "{kept:#?}"
    );
    assert!(
        kept.iter()
            .any(|q| q.contains("side projects") && q.ends_with("vue (3)")),
        "{kept:#?}"
    );
    let post = "# Angular o React: ¿cuál elegir?\n\nAngular y React son dos frameworks muy populares para la web.\n\n\
        Para proyectos grandes, usa Angular. React es más flexible y tiene una comunidad enorme.\n";
    let kept = asked(&draft(post));
    assert!(
        kept.iter()
            .any(|q| q.to_lowercase().contains("proyectos grandes") && q.ends_with("angular (3)")),
        "{kept:#?}"
    );
    // Ways of speaking and choices left open ask nothing.
    let post = "# pip vs conda\n\nTwo tools.\n\nFor example, you could use pip. \
        For local development, you can choose between pip and conda.\n";
    let kept = asked(&draft(post));
    assert!(
        !kept
            .iter()
            .any(|q| q.contains("example") || q.contains("local development")),
        "{kept:#?}"
    );
}

#[test]
fn a_command_to_type_asks_nothing_and_a_verb_before_its_object_wants_to() {
    let post = "# pip vs conda\n\nTwo package managers for Python.\n\n## Pros of pip\n\n\
        - Install a package\n- Small and simple\n\n## Pros of conda\n\n- Handles native libraries\n\n\
        ## Features of conda\n\n* Activate a virtual environment : `conda activate env_name`\n\
        * Remove a package : `conda remove package_name`\n";
    let kept = asked(&draft(post));
    assert!(
        kept.contains(&"Do you want to install a package? → pip (2)".to_owned()),
        "{kept:#?}"
    );
    assert!(
        !kept
            .iter()
            .any(|q| q.contains("virtual environment") || q.contains("Remove a package")),
        "{kept:#?}"
    );
}

#[test]
fn advice_leans_to_the_pick_not_to_what_it_is_set_against_and_a_run_on_condition_still_asks() {
    let post = "# Flutter or React Native\n\nTwo frameworks for mobile apps.\n\n\
        If your application will have custom layouts, choose Flutter over React Native. \
        If you need a small bundle, use React Native because it is lighter than Flutter. \
        Instead, if you want to add a feature inside an existing native app (the case from part three) \
        you should choose React Native.\n";
    let kept = asked(&draft(post));
    let leans = |text: &str| {
        draft(post)
            .content
            .questions
            .iter()
            .find(|q| q.text == text)
            .map(|q| {
                q.answers[0]
                    .weights
                    .iter()
                    .map(|(k, _)| k.clone())
                    .collect::<Vec<_>>()
            })
    };
    assert_eq!(
        leans("Will your application have custom layouts?"),
        Some(vec!["flutter".to_owned()]),
        "{kept:#?}"
    );
    assert_eq!(
        leans("Do you need a small bundle?"),
        Some(vec!["react-native".to_owned()]),
        "{kept:#?}"
    );
    assert_eq!(
        leans("Do you want to add a feature inside an existing native app?"),
        Some(vec!["react-native".to_owned()]),
        "{kept:#?}"
    );
    // A letter whose lowercase is longer ("İ") before the advice does not move where it is cut.
    let post = "# Flutter or React Native\n\nTwo frameworks for mobile apps.\n\n\
        If you want İİİİİİİİİİİİ to add a feature you should choose React Native.\n";
    let kept = asked(&draft(post));
    assert!(
        kept.iter()
            .any(|q| q.starts_with("Do you want İİİİİİİİİİİİ to add a feature? ")),
        "{kept:#?}"
    );
}

#[test]
fn a_name_is_written_as_the_post_mostly_writes_it_with_its_short_form_kept() {
    // "Mint" heads its section; the post writes "Linux Mint" everywhere else.
    let post = "# Mis 3 distros de Linux favoritas\n\nTres distros que uso.\n\n## 1. Fedora\n\nFedora es estable y moderna.\n\n\
        ## 2. EndeavourOS\n\nEndeavourOS es rápida.\n\n## 3. Mint\n\nAhora toca Linux Mint, es fácil de usar. \
        Le instalé Linux Mint a mi hermana. Con Linux Mint todo funciona.\n";
    assert_eq!(names(&draft(post)), ["Fedora", "EndeavourOS", "Linux Mint"]);
    // A sentence's first word is no part of a name ("Then macOS"), nor is a table's column of
    // its own ("Vue Router" under "Vue vs Svelte").
    let post = "---\ntitle: Linux and the other systems\n---\n\n\
                I think Linux is free. Sure, Linux is fast. But Windows is everywhere. Most \
                Windows laptops run games. And Windows costs money. I tried macOS too. Then \
                macOS updated. Then macOS was slow. So Linux wins for me.\n";
    assert_eq!(names(&draft(post)), ["Linux", "Windows", "macOS"]);
}

#[test]
fn a_heading_that_is_a_phrase_names_the_one_name_inside_it() {
    let post =
        "---\ntitle: Cerita blog saya\n---\n\nSaya pindah dari Jekyll ke Hexo. Jekyll bagus, \
        tapi Hexo lebih lengkap. Dokumentasi Hexo jelas dan Jekyll kurang fitur.\n\n\
        ## Ternyata Bukan Jekyll\n\nSaya coba Jekyll dulu. Jekyll tidak punya arsip.\n\n\
        ## Bertemu dengan Hexo\n\nHexo punya semuanya.\n";
    assert_eq!(names(&draft(post)), ["Jekyll", "Hexo"]);
    // A compound noun's capital after its hyphen names nothing said once ("System-Setup").
    let post = "# Mein Wechsel zu Fedora\n\nIch nutze jetzt Fedora statt Ubuntu. Fedora ist modern, \
        Ubuntu ist stabil. Fedora hat neue Pakete.\n\n## Auftritt Fedora: Der Sweetspot\n\nFedora läuft gut.\n\n\
        ## System-Setup: Was ich konfiguriert habe\n\nDNF und zsh.\n";
    assert!(
        !names(&draft(post)).contains(&"System-Setup"),
        "{:?}",
        names(&draft(post))
    );
    // A source file's name over its code is no option ("# admin.py" in a code sample).
    let post = "# Python web frameworks\n\nTwo frameworks. Django has an admin; Flask is small. Django is big.\n\n\
        | Feature | Django | Flask |\n|---|---|---|\n| Admin | Yes | No |\n| Size | Large | Small |\n\n\
        ## Django\n\nDjango does a lot.\n\n## Flask\n\nFlask does little.\n\n## admin.py\n\nRegister models here.\n";
    assert_eq!(names(&draft(post)), ["Django", "Flask"]);
}

#[test]
fn a_tables_yes_and_no_in_the_posts_language_rate_the_options() {
    let post = "# WhatsApp vs Signal vs Matrix\n\nTrois messageries que j'ai utilisées pendant des années, \
        et voici ce que j'en pense pour la vie privée.\n\n\
        | Service | Chiffrement | Open source | Topologie |\n|---|---|---|---|\n\
        | WhatsApp | bout en bout | non | centralisé |\n| Signal | bout en bout | oui | centralisé |\n\
        | Matrix | bout en bout | oui | décentralisé |\n";
    let d = draft(post);
    let open = d
        .content
        .questions
        .iter()
        .find(|q| q.text.contains("Open source"))
        .unwrap_or_else(|| panic!("{:#?}", asked(&d)));
    let leans: Vec<&str> = open.answers[0]
        .weights
        .iter()
        .map(|(k, _)| k.as_str())
        .collect();
    assert_eq!(leans, ["signal", "matrix"]);
    // "oui mais…" is a yes taken back in part: it leans less than "oui".
    let hedged = post.replace(
        "| Signal | bout en bout | oui |",
        "| Signal | bout en bout | oui mais… |",
    );
    let d = draft(&hedged);
    let open = d
        .content
        .questions
        .iter()
        .find(|q| q.text.contains("Open source"))
        .unwrap_or_else(|| panic!("{:#?}", asked(&d)));
    let weights: Vec<(String, i32)> = open.answers[0]
        .weights
        .iter()
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    let of = |o: &str| weights.iter().find(|(k, _)| k == o).map_or(0, |(_, v)| *v);
    assert!(
        of("signal") < of("matrix") && of("matrix") > 0,
        "{weights:?}"
    );
    // "Si" without its accent is Spanish "Sí".
    let post =
        "# Vue o React\n\nDos frameworks muy populares para construir interfaces web modernas, \
        y esto es lo que pienso de cada uno después de usarlos.\n\n\
        | Criterio | Vue | React |\n|---|---|---|\n| JSX | No | Si |\n| Plantillas | Si | No |\n";
    assert_eq!(
        draft(post).content.questions.len(),
        2,
        "{:#?}",
        asked(&draft(post))
    );
}

#[test]
fn a_heading_whose_section_links_to_its_site_names_an_option_the_post_writes_in_lowercase() {
    let post = "# My password managers\n\nI used many password managers over the years: bitwarden, enpass and keepass.\n\n\
        ### Bitwarden\n\n[Website](https://bitwarden.com/)\nBitwarden is open source. Bitwarden syncs. I like bitwarden.\n\n\
        ### Enpass\n\n[Website](https://www.enpass.io/)\nEnpass is local. Enpass syncs by your cloud.\n\n\
        ### Keepass\n\n[Website](https://keepass.info/)\nI used keepass briefly; keepass files are hard to sync, \
        and keepass on a phone needs an app.\n\n### Verdict\n\nBitwarden is my favourite, enpass a close second.\n";
    let found: Vec<String> = names(&draft(post))
        .iter()
        .map(|n| n.to_lowercase())
        .collect();
    assert_eq!(found, ["bitwarden", "enpass", "keepass"]);
    // No link to its site: a heading written once is no name among names ("### Verdict" aside).
    let post = post.replace("[Website](https://keepass.info/)\n", "");
    assert_eq!(names(&draft(&post)), ["Bitwarden", "Enpass"]);
}

#[test]
fn under_a_title_that_prefers_one_option_its_aspect_sections_are_reasons_for_it() {
    // My own post: the title prefers one; each section is one of its reasons, said without
    // a word of praise ("better", "faster").
    let post = "---\ntitle: Why I reach for Caddy over Nginx\n---\n\n\
Both serve my sites. Here is why Caddy stays.\n\n\
## Certificates\n\n\
Caddy gets and renews certificates on its own. With Nginx I ran certbot from a cron job.\n\n\
## Configuration files\n\n\
Caddy reads a site from three lines. Nginx wants a server block with a dozen directives.\n\n\
## Documentation\n\n\
Caddy documents every directive with an example you can paste.\n\n\
## Reverse proxy\n\n\
Nginx and Caddy both proxy to my apps, but Nginx needs more directives to get there.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Caddy", "Nginx"]);
    let aspects = of_kind(&d, Kind::Aspect);
    // "Documentation" names Caddy alone: a criterion, so still an aspect.
    for aspect in ["Certificates", "Configuration files", "Documentation"] {
        assert!(
            aspects
                .iter()
                .any(|a| a.contains(aspect) && a.ends_with("→ Caddy")),
            "{aspect}: {aspects:?}"
        );
    }
    // A section whose sentence about the preferred one takes something back is no reason.
    assert!(
        !aspects.iter().any(|a| a.contains("Reverse proxy")),
        "{aspects:?}"
    );
    passes(&d);

    // Without the preference, the same sections are rows at most, never reasons.
    let even = post.replace("Why I reach for Caddy over Nginx", "Caddy and Nginx");
    let d = draft(&even);
    assert!(
        of_kind(&d, Kind::Aspect).is_empty(),
        "{:?}",
        of_kind(&d, Kind::Aspect)
    );
}

#[test]
fn an_option_named_by_go_with_it_suits_nothing_the_reader_is() {
    let post = "---\ntitle: Pulumi vs Terraform\n---\n\n\
Pulumi and Terraform both provision infrastructure. Pulumi uses real languages.\n\n\
## Which one?\n\n\
In the end, choose what suits you. If it's Terraform then go with it! If it's Pulumi, welcome!\n";
    let d = draft(post);
    assert!(
        !proposes(&d, "“Then”"),
        "{:?}",
        d.proposals.iter().map(|p| &p.text).collect::<Vec<_>>()
    );
}

#[test]
fn a_name_its_makers_write_as_one_word_is_found_written_apart() {
    // "ProtonMail" as "Proton mail": the heading names the option, so it is no aspect.
    let post = "---\ntitle: Why Fastmail over ProtonMail\n---\n\n\
I moved from ProtonMail to Fastmail a year ago. ProtonMail was fine. Fastmail is my home now.\n\n\
## Clear pricing\n\n\
Fastmail has clear pricing with three tiers. ProtonMail had add-ons I never understood.\n\n\
## Migrating from Proton mail\n\n\
Fastmail imported every folder in an hour. ProtonMail needed its bridge to export them.\n";
    let d = draft(post);
    let aspects = of_kind(&d, Kind::Aspect);
    assert!(
        aspects.iter().any(|a| a.contains("Clear pricing")),
        "{aspects:?}"
    );
    assert!(
        !aspects.iter().any(|a| a.contains("Migrating")),
        "{aspects:?}"
    );
}

#[test]
fn conditions_run_on_into_their_advice_are_each_asked_in_any_language() {
    // My own posts: one sentence of three rules, no comma between a condition and its advice,
    // the last joined by "and" and a short word ("and so if", "y ya si").
    let sections = |names: [&str; 3], says: [&str; 3]| {
        names
            .iter()
            .zip(says)
            .enumerate()
            .map(|(i, (n, s))| format!("## {}. {n}\n\n{n} {s}\n\n", i + 1))
            .collect::<String>()
    };
    let en = format!(
        "---\ntitle: My three favourite distros\n---\n\n\
These are my three: EndeavourOS, Fedora and Linux Mint.\n\n{}## Conclusion\n\n\
If you need something ready to use then go with Linux Mint, if you like speed then stick with \
EndeavourOS and so if you want something stable then opt for Fedora.\n",
        sections(
            ["EndeavourOS", "Fedora", "Linux Mint"],
            [
                "is fast and based on Arch.",
                "is stable and backed by Red Hat.",
                "is easy and looks like Windows.",
            ]
        )
    );
    let d = draft(&en);
    assert_eq!(
        asked(&d),
        [
            "Do you need something ready to use? → linux-mint (3)",
            "Do you like speed? → endeavouros (3)",
            "Do you want something stable? → fedora (3)",
        ]
    );
    let es = format!(
        "---\ntitle: Mis tres distros favoritas\n---\n\n\
Estas son mis tres: EndeavourOS, Fedora y Linux Mint.\n\n{}## Conclusión\n\n\
Si necesitas algo listo para usarse te recomiendo Linux Mint, si te gusta la velocidad entonces \
te diría que vayas a EndeavourOS y ya si quieres algo estable te diría que fueras por Fedora.\n",
        sections(
            ["EndeavourOS", "Fedora", "Linux Mint"],
            [
                "es rápida y está basada en Arch.",
                "es estable y tiene el apoyo de Red Hat.",
                "es fácil y se parece a Windows.",
            ]
        )
    );
    let d = draft(&es);
    assert_eq!(
        asked(&d),
        [
            "¿Necesitas algo listo para usarse? → linux-mint (3)",
            "¿Te gusta la velocidad? → endeavouros (3)",
            "¿Quieres algo estable? → fedora (3)",
        ]
    );
    // A verb of the condition's own is no advice: "if you are hoping to use X" asks nothing.
    let own = en.replace(
        "If you need something ready to use then go with Linux Mint",
        "If you are hoping to use Linux Mint",
    );
    assert!(
        !asked(&draft(&own)).iter().any(|q| q.contains("hoping")),
        "{:?}",
        asked(&draft(&own))
    );
}

#[test]
fn a_titles_two_options_take_no_sibling_from_headings_that_outline_the_post() {
    // My own post: the headings are its outline ("RUBY FOUNDATION", "RAILS"), not one per
    // option; "Rails" comes back often, and is a framework of one of the two.
    let post = "---\ntitle: \"Perl or Ruby? We compare!\"\n---\n\n\
Perl and Ruby are both scripting languages. Ruby has Rails. Perl has CPAN.\n\n\
## RUBY FOUNDATION\n\nWe build on Ruby and Rails every day. Rails saves us time.\n\n\
## Perl\n\nPerl is everywhere on servers. Perl scripts are short.\n\n\
## Ruby\n\nRuby reads well. Ruby has gems for everything, and Rails is its best known.\n\n\
## RAILS\n\nRails gives us an admin and migrations. Rails is mature.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Perl", "Ruby"]);
    // Without the outline's heading, the headings are one per option, Rails among them.
    let grouped = post.replace("## RUBY FOUNDATION\n\nWe build", "We build");
    assert_eq!(names(&draft(&grouped)), ["Perl", "Ruby", "Rails"]);
}

#[test]
fn code_inside_a_bold_label_is_part_of_it() {
    let post = "---\ntitle: Sass vs CSS\n---\n\nSass and CSS both style pages. CSS caught up.\n\n\
## Sass\n\n### Pros\n\n\
- **Loops and `map.get`**: CSS has nothing like them yet.\n\
- **Mixins**: reuse a block of rules with arguments.\n\n\
## CSS\n\n### Pros\n\n\
- **No build step**: the browser reads it as written.\n\
- **Custom properties**: variables that change at run time.\n";
    let d = draft(post);
    let texts: Vec<&str> = d.proposals.iter().map(|p| p.text.as_str()).collect();
    assert!(
        texts.iter().any(|t| t.contains("Loops and map.get")),
        "{texts:?}"
    );
}

#[test]
fn a_sentence_that_introduces_what_follows_is_no_point_of_its_own() {
    let post = "---\ntitle: MySQL vs Postgres\n---\n\nMySQL and Postgres are databases.\n\n\
## What is Postgres?\n\n\
Postgres is an open source database used by thousands of companies. Here are the advantages \
of Postgres:\n\n\
#### 1. Open source\n\nNobody owns it.\n\n\
## What is MySQL?\n\nMySQL is a database owned by Oracle.\n";
    let d = draft(post);
    assert!(
        !proposals_say(&d, "Here are the advantages"),
        "{:?}",
        d.proposals.iter().map(|p| &p.text).collect::<Vec<_>>()
    );
}

#[test]
fn then_closes_a_condition_before_its_advice() {
    let post =
        "---\ntitle: SVN vs Git\n---\n\nSVN and Git both keep history. Git is distributed.\n\n\
## Conclusion\n\nThat being said, if you have no version control yet then start with Git \
directly.\n";
    let d = draft(post);
    assert_eq!(
        asked(&d),
        ["Do you have no version control yet? → git (3)"],
        "{:#?}",
        d.notes
    );
}

#[test]
fn advice_with_nothing_about_the_reader_quotes_its_label_or_asks_nothing() {
    let post = "---\ntitle: C# vs Java\n---\n\nC# and Java are both typed languages. Java runs \
everywhere.\n\n## Conclusion\n\nHere - I'll spoil it for you - C# is better.\n\n\
Games and game development: C# is the best choice thanks to Unity.\n";
    let d = draft(post);
    let kept = asked(&d);
    assert!(
        kept.contains(
            &"Does this describe your situation? “Games and game development” → c (3)".to_owned()
        ),
        "{kept:#?}"
    );
    assert!(!kept.iter().any(|q| q.contains("spoil")), "{kept:#?}");
}

#[test]
fn under_a_title_that_prefers_one_option_its_bold_led_aspects_are_reasons_for_it() {
    let post = "---\ntitle: Why I prefer Ubuntu over Windows\n---\n\nA friend asked me.\n\n\
**Simpler setup.** On Ubuntu I unpack a ZIP and edit the path. Windows wants installers and \
restarts for everything.\n\n\
**The command line.** Ubuntu puts the terminal first, and I learned my tools there. Windows \
hides it behind menus.\n";
    let d = draft(post);
    let aspects = of_kind(&d, Kind::Aspect);
    for aspect in ["Simpler setup", "The command line"] {
        assert!(
            aspects
                .iter()
                .any(|a| a.contains(aspect) && a.ends_with("→ Ubuntu")),
            "{aspect}: {aspects:?}"
        );
    }
}

#[test]
fn a_title_asking_why_of_one_option_makes_its_aspect_sections_reasons_for_it() {
    // My own post: "Why I chose Caddy", one option named; its sections are its reasons.
    let post =
        "---\ntitle: Why I chose Caddy\n---\n\nCaddy and Nginx are both web servers. I ran Nginx \
for years. Then I tried Caddy, and Caddy stayed.\n\n\
## Certificates\n\nCaddy gets and renews certificates on its own. With Nginx I ran certbot.\n\n\
## Documentation\n\nCaddy documents every directive with an example you can paste.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Caddy", "Nginx"]);
    let aspects = of_kind(&d, Kind::Aspect);
    for aspect in ["Certificates", "Documentation"] {
        assert!(
            aspects
                .iter()
                .any(|a| a.contains(aspect) && a.ends_with("→ Caddy")),
            "{aspect}: {aspects:?}"
        );
    }
    // A title that denies its one option picks nothing.
    let denied = post.replace("Why I chose Caddy", "Why I don't use Caddy");
    let d = draft(&denied);
    assert!(
        !of_kind(&d, Kind::Aspect)
            .iter()
            .any(|a| a.ends_with("→ Caddy")),
        "{:?}",
        of_kind(&d, Kind::Aspect)
    );
}

#[test]
fn a_body_in_sections_of_level_one_under_a_front_matter_title_is_titled_by_the_front_matter() {
    // My own post: the theme draws the title, and the body's "#" headings are its sections.
    let post = "---\ntitle: \"Caddy vs. Nginx: A Comparison\"\n---\n\n\
# Config + TLS = :heart:\n\nCaddy reads one short file and gets its certificates itself. Nginx \
needs certbot beside it.\n\n\
# Performance\n\nNginx serves static files a little faster under heavy load. Caddy is close.\n\n\
# Modules\n\nNginx has a module for nearly everything. Caddy's plugins are compiled in.\n";
    let d = draft(post);
    assert_eq!(d.content.title, "Caddy vs. Nginx: A Comparison");
    assert_eq!(names(&d), ["Caddy", "Nginx"]);
    // With nothing above its first section, the intro is that section's first paragraph.
    let intro = d.content.intro.as_deref().unwrap_or_default();
    assert!(intro.starts_with("Caddy reads one short file"), "{intro}");
    // One heading of level 1 is still the post's title.
    let titled = post
        .replace("# Performance", "## Performance")
        .replace("# Modules", "## Modules");
    assert_eq!(draft(&titled).content.title, "Config + TLS = :heart:");
}

#[test]
fn the_word_a_condition_opens_with_is_no_option() {
    // My own post: "If …" opens its sentences, and a listing beside them is no name.
    let post = "---\n\
title: \"There is no ideal web server\"\n\
---\n\
There is no ideal web server, for work and for home.\n\
\n\
Written from a PHP developer perspective. Maybe similar to all non-.net languages.\n\
\n\
# Caddy\n\
* Most popular with newcomers.\n\
* For work, it is just not from the old family, no central repository of modules. Most servers run Nginx.\n\
* Caddy 2 has a JSON API, at last!\n\
\n\
# Nginx\n\
* Very good for work. What you learn here you can use on every server.\n\
* It sucks for a small home server... From time to time workarounds are needed.\n\
\n\
If you want some fancy modules that a site does not need.. then you have to rely on work of unpaid developers. If they have not done what you need then no private business will do it for you. In comparison to Caddy, there is no big Nginx group who pays for … anything.\n\
\n\
# Apache\n\
* Tends to be the best for work and home use.\n\
* If you don’t like its files, then.. you can use another one.\n\
\n\
There is no clear winner here. If you have another server then please share it in a comment.\n\
";
    let d = draft(post);
    assert!(!names(&d).contains(&"If"), "{:?}", names(&d));
    assert!(
        names(&d).starts_with(&["Caddy", "Nginx"]),
        "{:?}",
        names(&d)
    );
}

#[test]
fn a_models_mark_in_a_title_keeps_the_name_it_ends() {
    // My own post: "V2" is the mark of "Polar vantage V2", not a name alone.
    let post = "---\n\
title: \"Polar vantage V2 vs Coros Pace 2\"\n\
---\n\
I ran with the Polar vantage V2 for a year, then with the Coros Pace 2. The V2 is heavier; the Coros Pace 2 lasts longer.\n\
\n\
## Battery\n\
\n\
The V2 lasts a week with GPS on most days. The Coros Pace 2 lasts two. Polar says the V2 lasts forty hours of training.\n\
\n\
## Maps\n\
\n\
Neither has maps. The V2 shows a breadcrumb trail, and the Coros Pace 2 does too.\n\
\n\
## Verdict\n\
\n\
If you train by heart rate, choose the Polar vantage V2. If you want the lightest watch, choose the Coros Pace 2.\n\
";
    assert_eq!(names(&draft(post)), ["Polar vantage V2", "Coros Pace 2"]);
    // A name in lowercase after a capitalised word is that word's: "Garmin" is no option of its
    // own beside "fenix 6s", however often the post says it alone.
    let post = "---\n\
title: \"Garmin fenix 6s vs Coros Pace 2\"\n\
---\n\
I ran with a Garmin for years, then with the Coros Pace 2. Garmin makes heavier watches; the Coros Pace 2 lasts longer. Garmin's app is better, and Garmin Connect has more.\n\
\n\
## Battery\n\
\n\
The fenix 6s lasts a week with GPS on most days. The Coros Pace 2 lasts two. Garmin says the fenix 6s lasts forty hours of training.\n\
\n\
## Maps\n\
\n\
Garmin has maps on the fenix 6s. The Coros Pace 2 shows a breadcrumb trail.\n\
\n\
## Verdict\n\
\n\
If you want maps, choose the fenix 6s. If you want the lightest watch, choose the Coros Pace 2. Garmin or Coros, both are fine.\n\
";
    assert_eq!(names(&draft(post)), ["fenix 6s", "Coros Pace 2"]);
}

#[test]
fn a_heading_of_words_around_an_article_is_no_name_among_named_siblings() {
    // My own post: "Making a Choice" heads a section beside "Bear" and "Craft"; said nowhere
    // else, it is a title, not a third option.
    let post = "---\n\
title: \"My notes, three years on\"\n\
---\n\
I kept notes in Bear for three years, and in Craft for one. Bear is plain Markdown; Craft is blocks.\n\
\n\
## Bear\n\
\n\
Bear keeps every note as Markdown. Bear syncs through iCloud, and Bear's search is fast. I liked Bear's tags.\n\
\n\
## Craft\n\
\n\
Craft builds pages of blocks. Craft shares a page as a site, and Craft has a web app. Craft costs more.\n\
\n\
## Making a Choice\n\
\n\
If you write long texts, take Bear. If you share pages with others, take Craft.\n\
";
    assert_eq!(names(&draft(post)), ["Bear", "Craft"]);
}

#[test]
fn an_mdx_component_first_a_lowercase_header_and_a_key_to_its_marks() {
    // My own post: a component opens it (not an HTML page's <article>), the table's header names
    // the options in lowercase, one with a colon inside ("node:test"), and a row of its own labels
    // a group of rows. Read as a page, the table was lost and its key's marks ("Y", "N") were
    // taken for the options.
    let post = "<ArticleHeader @article={{this.model}} />\n\
\n\
Every year I look at the test runners again. This time I wanted `node:test` in the race.\n\
\n\
## Comparison\n\
\n\
| Feature | tape | uvu | mocha | node:test |\n\
| --- | --- | --- | --- | --- |\n\
| **parallel** | N | N | Y | Y |\n\
| **watch mode** | N | Y | Y | Y |\n\
| ----- *Nice to have* ----- | | | | |\n\
| **snapshots** | N | N | N | Y |\n\
\n\
Key:\n\
\n\
- `Y`: yes, the runner does it\n\
- `N`: no, it does not\n\
\n\
## Decision\n\
\n\
`node:test` is built in, so tape and uvu feel small beside it. mocha is old, but node:test wins for me; tape and uvu and mocha stay in old projects.\n\
";
    let d = draft(post);
    assert_eq!(names(&d), ["tape", "uvu", "mocha", "node:test"]);
    assert_eq!(features(&d), ["parallel", "watch mode", "snapshots"]);
}

#[test]
fn the_subject_of_a_docs_page_is_the_name_most_sections_set_theirs_against() {
    // My own page, comparing its own bundler with one heading each for the others: "Rollup",
    // whose API it builds on, is said more often, but fewer sections weigh theirs against it.
    let post = "---\n\
title: Comparisons with Other Bundlers | Guide\n\
---\n\
\n\
# Comparisons with Other Bundlers\n\
\n\
## Webpack\n\
\n\
Webpack bundles everything through loaders. On large projects, Rolldown is faster than Webpack. It builds on Rollup's API, and Rollup is simpler than Webpack. Rollup users feel at home; Rollup plugins mostly work. Rollup has a long history.\n\
\n\
## Parcel\n\
\n\
Parcel needs no configuration. Rolldown is faster than Parcel for libraries. Rollup is slower than Parcel to start. Rollup is where the plugin API comes from, and Rollup documents it well.\n\
\n\
## esbuild\n\
\n\
esbuild is written in Go. Rolldown is slower than esbuild on tiny builds, but Rolldown splits code better. Rollup never tried to be fast, and Rollup does not need to be. Rollup stays.\n\
";
    assert_eq!(
        names(&draft(post)),
        ["Rolldown", "Webpack", "Parcel", "esbuild"]
    );
}

#[test]
fn headings_of_an_epithet_then_a_name_after_a_dash_name_the_options() {
    // My own post: each section is headed "what it is — its name".
    let post = "---\n\
title: About messengers\n\
---\n\
\n\
Friends keep asking me which messenger to install. Here is what I tell them.\n\
\n\
## The safest bet — Signal\n\
\n\
Signal encrypts everything by default. Signal is free, and Signal asks for little data.\n\
\n\
## A fair compromise — Threema\n\
\n\
Threema needs no phone number. Threema costs a few francs once, and Threema runs its own servers.\n\
\n\
## The easiest — WhatsApp\n\
\n\
Everyone already has WhatsApp. WhatsApp belongs to Meta, and WhatsApp backs up to the cloud.\n\
\n\
## In short\n\
\n\
If privacy comes first, take Signal. If you want no phone number, take Threema.\n\
";
    assert_eq!(names(&draft(post)), ["Signal", "Threema", "WhatsApp"]);
}

#[test]
fn a_ranking_of_more_options_than_a_comparison_holds_drafts_its_first_and_names_the_rest() {
    // My own post: eight editors, one numbered heading each, best first.
    let editors = [
        "Vim", "Emacs", "Helix", "Kakoune", "Micro", "Nano", "Zed", "Lapce",
    ];
    let mut post = "---\ntitle: Terminal editors I tried this year\n---\n\n\
I spent a year moving between terminal editors. Here they are, best first.\n"
        .to_owned();
    for (i, e) in editors.iter().enumerate() {
        post.push_str(&format!(
            "\n## {}. {e}\n\n{e} starts fast. I used {e} for a month, and {e} stayed in my \
dotfiles. Compared with the others, {e} has its own idea of editing.\n",
            i + 1
        ));
    }
    let d = draft(&post);
    assert_eq!(
        names(&d),
        ["Vim", "Emacs", "Helix", "Kakoune", "Micro", "Nano"]
    );
    assert!(
        d.notes
            .iter()
            .any(|n| n.contains("compares 8 options") && n.contains("Zed, Lapce left out")),
        "{:#?}",
        d.notes
    );
}

#[test]
fn a_condition_in_the_authors_own_words_is_quoted_not_asked_of_the_reader() {
    // My own post: "if you use xcaddy … unlike when I first tried it" holds the author's "I";
    // asked of the reader it would read "Do you use xcaddy … when I first tried it?".
    let post = "---\n\
title: Caddy vs Nginx\n\
---\n\
\n\
Both serve my sites. Here is when each fits.\n\
\n\
## When to choose Caddy\n\
\n\
Out of the box, Caddy comes with some useful modules (like the file server and the proxy) and installing more isn't hard at all if you use xcaddy which actually works very well unlike when I first tried it on Debian.\n\
\n\
## When to choose Nginx\n\
\n\
Choose Nginx if you need every module there is.\n\
";
    let d = draft(post);
    let xcaddy: Vec<&String> = d
        .proposals
        .iter()
        .map(|p| &p.text)
        .filter(|t| t.contains("xcaddy"))
        .collect();
    assert!(!xcaddy.is_empty(), "{:?}", d.proposals);
    assert!(
        xcaddy.iter().all(|t| !t.starts_with("Do you")),
        "{xcaddy:?}"
    );
    assert!(proposes(&d, "Do you need every module there is?"));
}

#[test]
fn a_pro_said_of_the_option_the_sentence_before_names_is_its_and_loose_words_are_no_pro() {
    // "its advantage" after a sentence about Go alone: Go's pro, the "But" left out of the quote.
    let post = "# Node.js and Go\n\nTwo tools I use.\n\n## Node.js and Go\n\n\
                The learning curve of Node.js is low.\n\n\
                Go, on the other hand, has a higher learning curve. But its advantage is that it is \
                compiled and makes simple, objective code.\n\n\
                These same strengths add weight that may be overkill for Node.js users. Its problems \
                were solved long ago by the community.\n\n\
                Go is verbose. So this disadvantage doesn't apply to everyone out there.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Node.js", "Go"]);
    assert_eq!(
        of_kind(&d, Kind::Pro),
        ["Does this matter to you? “Its advantage is that it is compiled and makes simple, objective code” → Go"]
    );
    // A looser word ("strengths", "problems") after a sentence about one option is no point of
    // it, nor is a label whose sentence takes the point back ("doesn't apply").
    assert!(of_kind(&d, Kind::Con).is_empty(), "{:#?}", d.proposals);
    // The same in Portuguese, with the language's label ("vantagem").
    let post = "# Node.js e Go\n\nDuas ferramentas.\n\n## Node.js e Go\n\n\
                O Go, por outro lado, tem uma curva de aprendizado um pouco mais alta. Mas a vantagem \
                da mesma é ser compilada e ter uma premissa de bons códigos bem feitos.\n";
    let d = draft(post);
    assert_eq!(
        of_kind(&d, Kind::Pro),
        ["Isso é importante para você? “A vantagem da mesma é ser compilada e ter uma premissa de bons códigos bem feitos” → Go"]
    );
}

#[test]
fn a_score_after_a_comma_in_the_title_is_no_part_of_a_name() {
    // "Native against the web, 5:2": the score is the post's, not the option's.
    let post = "---\ntitle: Натив против веба, 5:2\n---\n\nЯ понял, что веб-приложения пока не заменят нативные.\n\n\
                ## Веб-приложение проще сделать. 0:1 в пользу веба\n\nТекст.\n\n                ## Хранение данных. 1:1, очко в пользу натива\n\nНатив надёжнее, чем приложение веба.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Натив", "веба"]);
    let post =
        "---\ntitle: Foo vs Bar, 5:2\n---\n\nFoo or Bar: a match of two.\n\nFoo won, Bar lost.\n";
    assert_eq!(names(&draft(post)), ["Foo", "Bar"]);
}

#[test]
fn a_sentence_asking_why_to_choose_an_option_gives_the_list_after_it_as_its_pros() {
    let list = "\n\n1. Stability: the poor stability of Ubuntu desktop is why I left it.\n\
                2. Ecosystem: Ubuntu has longer LTS versions, but Fedora has the RedHat ecosystem.\n\
                3. Looks: Gnome on Fedora looks clean and simple to me.\n\nFinally, try Korora.\n";
    let post = format!(
        "---\ntitle: Fedora vs Ubuntu\n---\n\nThere are countless comparisons online.\n\n\
         So here I want to talk directly about why to choose Fedora?{list}"
    );
    let d = draft(&post);
    assert_eq!(names(&d), ["Fedora", "Ubuntu"]);
    // Every reason is Fedora's, the one naming Ubuntu too.
    assert_eq!(
        of_kind(&d, Kind::Pro),
        [
            "Do you want stability? → Fedora",
            "Does this matter to you? “Ecosystem” → Fedora",
            "Does this matter to you? “Looks” → Fedora"
        ]
    );
    // In Chinese, a particle between "why" and the name ("为什么要选 Fedora？").
    let post = "---\ntitle: Fedora vs Ubuntu\n---\n\n网上已经有了无数的比较。\n\n\
                鉴于我的偏好，所以在这里我想直接谈谈为什么要选 Fedora？\n\n\
                1. 稳定：Ubuntu 桌面版糟糕的稳定性是我放弃它的直接原因。\n\
                2. 生态：CentOS 有着我用过的最棒的服务器发行版。\n";
    let d = draft(post);
    assert_eq!(
        of_kind(&d, Kind::Pro),
        [
            "这对你重要吗？“稳定” → Fedora",
            "这对你重要吗？“生态” → Fedora"
        ]
    );
}

#[test]
fn a_native_name_with_its_latin_spelling_is_written_as_the_post_writes_it() {
    // The Korean title gives "리액트(React)"; the text only ever writes "React" and "vue.js".
    let post = "---\ntitle: 리액트(React) vs 뷰(Vue.js)\n---\n\n처음 시작하는 사람 중에는 React와 vue.js가 뭐가 다르지? \
                쉽고 빠르고 가벼운 프로젝트는 vue.js로, 규모가 있는 환경이 필요하다면 React.\n";
    assert_eq!(names(&draft(post)), ["React", "Vue.js"]);
    // Where the text writes the native name, it stays as the title gives it.
    let post = "---\ntitle: 티스토리(Tistory) vs 벨로그(Velog)\n---\n\n티스토리는 오래됐다. 벨로그는 개발자용이다. \
                티스토리는 광고가 된다. 벨로그는 깔끔하다.\n";
    assert_eq!(names(&draft(post)), ["티스토리(Tistory)", "벨로그(Velog)"]);
}

#[test]
fn a_word_of_the_title_a_post_without_spaces_never_says_is_no_option() {
    // "Hello, Hugo!" over a Japanese post on moving from WordPress to Hugo.
    let post = "---\ntitle: \"Hello, Hugo!\"\n---\n\nこのサイトのフレームワークをWordPressからHugoに乗り換えてみた。\n\n\
                その理由として、\n\n- Markdownでコンテンツを書ける\n\
                - WordPressは動作が重い\n- Hugoは静的サイトジェネレータであるため、WordPressよりも軽量な動作が期待できる\n";
    let d = draft(post);
    assert!(!names(&d).contains(&"Hello"), "{:?}", names(&d));
    assert_eq!(names(&d), ["WordPress", "Hugo"]);
}

#[test]
fn a_sentence_introducing_a_list_of_what_an_option_is_known_for_praises_nothing_itself() {
    let post = "# Chrome vs Firefox\n\nI moved to Firefox.\n\n## Stability\n\nChrome is known for two things:\n\n\
                1) Crashing a lot\n2) Separate processes\n\n## Speed\n\nChrome is known for its speed and its extensions.\n";
    let d = draft(post);
    let praised = of_kind(&d, Kind::Praise);
    assert!(
        !praised.iter().any(|p| p.contains("two things")),
        "{praised:?}"
    );
    assert!(praised.iter().any(|p| p.contains("speed")), "{praised:?}");
}

#[test]
fn the_reasons_to_use_an_option_are_its_pros_in_a_markdown_post_under_a_pasted_head() {
    // A Markdown post with a page's <head> over it, a stylesheet's <link> in it: still Markdown.
    let post = "---\ntitle: linux_vs_windows\n---\n\n<head>\n<link rel='stylesheet' href='/style/github2.css'/>\n</head>\n\n\
                Linux vs windows\n================\n\n看到王垠的博客，这篇文章影响了很多人。\n\n\
                我使用Linux有5年了，现在Linux是我的主操作系统。我使用Linux的原因是：\n\n\
                1. 工作需要。我每天都需要ssh到服务器上做各种操作。\n2. 学习需要。学习C语言，显然Linux下最方便。\n\n\
                但是，我离不开windows。windows 很好。\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Linux", "windows"]);
    assert_eq!(of_kind(&d, Kind::Pro).len(), 2, "{:#?}", d.proposals);
    assert!(of_kind(&d, Kind::Pro)
        .iter()
        .all(|p| p.ends_with("→ Linux")));
    // In English, the reasons before the name.
    let post = "---\ntitle: Linux vs Windows\n---\n\nI have used Linux for 5 years. The reasons I use Linux are:\n\n\
                1. Work: I ssh into servers every day.\n2. Learning: learning C is easiest there.\n\nWindows is fine too.\n";
    let d = draft(post);
    assert_eq!(
        of_kind(&d, Kind::Pro),
        [
            "Does this matter to you? “Work” → Linux",
            "Will you be learning? → Linux"
        ]
    );
}

#[test]
fn comparatives_the_smaller_languages_lacked_set_an_option_ahead_in_an_aspects_section() {
    // Indonesian "lebih andal" (more reliable), Russian "зрелее" (more mature), Vietnamese
    // "trực quan hơn" (more intuitive): each section's praise leans its question to the option.
    let cases = [
        (
            "---\ntitle: SSD atau HDD\n---\n\nMana yang lebih baik untuk laptop?\n\n## Ketahanan\n\n\
             SSD juga lebih andal dalam cuaca ekstrim. HDD punya piringan yang berputar di dalamnya.\n\n\
             ## Harga\n\nSSD dan HDD sama-sama tersedia di banyak toko.\n",
            "SSD",
        ),
        (
            "---\ntitle: Django или Flask\n---\n\nЧто выбрать для нового проекта?\n\n## Экосистема\n\n\
             Django зрелее и существует с 2005 года. Flask появился позже, в 2010 году.\n\n\
             ## Код\n\nDjango и Flask написаны на Python.\n",
            "Django",
        ),
        (
            "---\ntitle: Vue hay React\n---\n\nNên chọn cái nào?\n\n## Cú pháp\n\n\
             Vue trực quan hơn với template quen thuộc. React dùng JSX cho mọi thành phần.\n\n\
             ## Cộng đồng\n\nVue và React đều có cộng đồng lớn.\n",
            "Vue",
        ),
    ];
    for (post, winner) in cases {
        let d = draft(post);
        let aspects = of_kind(&d, Kind::Aspect);
        assert_eq!(aspects.len(), 1, "{post}\n{aspects:?}\n{:#?}", d.proposals);
        assert!(aspects[0].ends_with(&format!("→ {winner}")), "{aspects:?}");
    }
}

#[test]
fn a_chinese_or_arabic_title_preferring_one_option_to_another_gives_its_praising_headings() {
    // "而不是" (rather than) and "بدلاً من" (instead of) had no entry: the title set no option
    // ahead, and its sections' praising headings were no pros.
    let post = "---\ntitle: Hugo 还是 Jekyll\n---\n\n# 选择 Hugo 而不是 Jekyll\n\n我用过 Jekyll。现在用 Hugo。Hugo 很快，Jekyll 很慢。\n\n\
                ## 更快的构建速度\n\n一秒钟就能构建整个网站。\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Hugo", "Jekyll"]);
    assert_eq!(of_kind(&d, Kind::Pro).len(), 1, "{:#?}", d.proposals);
    assert!(of_kind(&d, Kind::Pro)[0].ends_with("→ Hugo"));
    let post =
        "---\ntitle: Hugo مقابل Jekyll\n---\n\n# Hugo بدلاً من Jekyll\n\nاستخدمت Jekyll. الآن Hugo. Hugo سريع و Jekyll بطيء.\n\n\
                ## بناء أسرع بكثير\n\nيُبنى الموقع في ثانية واحدة.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Hugo", "Jekyll"]);
    assert_eq!(of_kind(&d, Kind::Pro).len(), 1, "{:#?}", d.proposals);
    assert!(of_kind(&d, Kind::Pro)[0].ends_with("→ Hugo"));
}

#[test]
fn why_the_author_left_an_option_gives_its_cons_not_its_pros() {
    let list = "\n\n1. Stability: the poor stability of the desktop.\n2. Ecosystem: the long LTS versions.\n\nFinally, try Korora.\n";
    let post = format!(
        "---\ntitle: Fedora vs Ubuntu\n---\n\nMany comparisons exist.\n\nWhy I left Ubuntu:{list}"
    );
    let d = draft(&post);
    assert!(of_kind(&d, Kind::Pro).is_empty(), "{:#?}", d.proposals);
    assert_eq!(
        of_kind(&d, Kind::Con),
        [
            "Would this be a problem for you? “Stability” → Ubuntu",
            "Would this be a problem for you? “Ecosystem” → Ubuntu"
        ]
    );
    // A heading, in Russian: "Почему я ушёл с Ubuntu" (why I left Ubuntu).
    let post = "---\ntitle: Fedora или Ubuntu\n---\n\nСравнений много. Fedora и Ubuntu.\n\n## Почему я ушёл с Ubuntu\n\n\
                - Стабильность рабочего стола оставляет желать лучшего\n";
    let d = draft(post);
    assert!(of_kind(&d, Kind::Pro).is_empty(), "{:#?}", d.proposals);
    assert_eq!(of_kind(&d, Kind::Con).len(), 1, "{:#?}", d.proposals);
    // Loving one still lists its pros.
    let post = format!(
        "---\ntitle: Fedora vs Ubuntu\n---\n\nMany comparisons exist.\n\nWhy I love Fedora:{list}"
    );
    assert_eq!(of_kind(&draft(&post), Kind::Pro).len(), 2);
}

#[test]
fn a_list_on_one_aspect_with_a_sentence_per_option_says_what_each_one_is() {
    // "Other aspects": an item per option, each a sentence with its name first.
    let post = "# Jekyll, Hexo and Hugo: the differences\n\nThree static site generators.\n\n\
                ## Build speed\n\n- Jekyll: 15.90\n- Hugo: 4.90\n- Hexo: in between the two of them\n\n\
                ## Other aspects\n\n\
                - Jekyll is supported by GitHub, which builds the pages for you.\n\
                - Hexo provides a handy deploy command that publishes in one step.\n\
                - Hugo's official documentation is very well written.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Jekyll", "Hexo", "Hugo"]);
    let traits = of_kind(&d, Kind::Trait);
    assert_eq!(traits.len(), 3, "{traits:#?}");
    assert!(traits[1].contains("deploy command") && traits[1].ends_with("→ Hexo"));
    // The measures under each name ("Hexo: in between the two of them") are a table's column,
    // not points; a list of reasons that names an option in two items of four is not an item
    // per option (나는 Jekyll에 남는다: the reasons to stay with Jekyll).
    let post = "---\ntitle: Jekyll vs Hugo\n---\n\nJekyll과 Hugo.\n\n## 남는 이유\n\n\
                - Jekyll은 여전히 잘 작동하고 있다.\n- Hugo를 비롯한 다른 도구로 넘어가기에는 진입장벽이 존재한다.\n\
                - 마음에 드는 테마가 없다.\n- 데이터가 많지 않다.\n";
    assert!(of_kind(&draft(post), Kind::Trait).is_empty());
}

#[test]
fn why_yes_and_why_no_sections_of_a_move_give_the_pros_and_cons_of_where_it_goes() {
    let post = "---\ntitle: Passare da Android a iPhone\n---\n\nUso Android da sempre, ma penso all'iPhone. Android o iPhone?\n\n\
                ## Perché sì.\n\n\
                Partiamo dal motivo principale: la **privacy**. Apple non vende i nostri dati.\n\n\
                Il secondo motivo sono le **App migliori**, e su questo non si discute.\n\n\
                ## Perché no.\n\n\
                Arriviamo ora ai lati negativi, e alle motivazioni che mi frenano.\n\n\
                Altra grande motivazione è ovviamente il **prezzo**: stabile, fisso.\n\n\
                Infine c'è il problema più fastidioso: il **connettore Lightning**, basta!\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Android", "iPhone"]);
    // The bold key words are the points; the sentence is the reason.
    assert_eq!(
        of_kind(&d, Kind::Pro),
        [
            "Per te è importante? «Privacy» → iPhone",
            "Per te è importante? «App migliori» → iPhone"
        ]
    );
    assert_eq!(
        of_kind(&d, Kind::Con),
        [
            "Sarebbe un problema per te? «Prezzo» → iPhone",
            "Sarebbe un problema per te? «Connettore Lightning» → iPhone"
        ]
    );
    assert!(proposals_say(&d, "Partiamo dal motivo principale"));
    // Where bold sets whole claims apart, each paragraph's first sentence stays its point.
    let post = "---\ntitle: React vs Vue\n---\n\nReact and Vue.\n\n## React\n\n### The Good\n\n\
                Because of its popularity, **there are an absolute ton of resources to learn it.**\n\n\
                React's popularity also means there is **plenty of 3rd party support**.\n\n\
                The popularity of React also makes it a great skill for finding a job.\n";
    let pros = of_kind(&draft(post), Kind::Pro);
    assert_eq!(pros.len(), 3, "{pros:#?}");
    assert!(pros[1].contains("React's popularity also means"));
}

#[test]
fn an_item_of_a_list_that_is_no_kind_of_its_own_is_read_as_a_sentence() {
    // A TL;DR list: what each item says counts as it would in a paragraph.
    let post = "---\ntitle: Playwright vs Cypress\n---\n\nHow does Playwright compare to Cypress?\n\n## TL;DR\n\n\
                - Playwright is more performant than Cypress\n\
                - Subjectively, I prefer Playwright in APIs and DX\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Playwright", "Cypress"]);
    assert!(
        of_kind(&d, Kind::Pro).iter().any(
            |q| q.contains("I prefer Playwright in APIs and DX") && q.ends_with("→ Playwright")
        ),
        "{:#?}",
        d.proposals
    );
    assert_eq!(
        of_kind(&d, Kind::Comparative).len(),
        1,
        "{:#?}",
        d.proposals
    );
    // "Known for" a comparison lists no strengths ("… and AWS" is none of Heroku's).
    let post = "---\ntitle: Heroku vs Fly.io\n---\n\nHeroku or Fly.io? Fly.io is new.\n\n## Costs\n\n\
                Heroku is known for being more expensive than options such as VPS providers, and AWS.\n";
    assert!(!proposes(&draft(post), "AWS"));
}

#[test]
fn a_package_path_heading_is_one_name() {
    let post = "---\ntitle: Go HTTP libraries\n---\n\nWhich one? fasthttp is fast, net/http is standard. \
                Use net/http or fasthttp.\n\n## net/http\n\nThe standard library. net/http supports HTTP/2.\n\n\
                ## fasthttp\n\nA fast library. fasthttp does not support HTTP/2.\n";
    assert_eq!(names(&draft(post)), ["net/http", "fasthttp"]);
    // A scoped npm package, "@" and all.
    let post = "---\ntitle: Vite and the others\n---\n\nSnowpack, WMR and @web/dev-server compared.\n\n\
                ## Snowpack\n\nSnowpack is a bundler. Snowpack is fast.\n\n## WMR\n\nWMR is small. WMR is by Preact.\n\n\
                ## @web/dev-server\n\n@web/dev-server is low level. @web/dev-server is good.\n";
    assert_eq!(names(&draft(post)), ["Snowpack", "WMR", "@web/dev-server"]);
}

#[test]
fn the_needs_an_author_lists_are_the_reader_s_for_the_option_the_post_moves_to() {
    let needs = "- Sync between my laptop and my phone\n- Open source software, for the safety of my data\n\
                 - About 10 GB of storage: I have 3 GB on Dropbox\n";
    // Under a heading, and after a line, in the post's language.
    let post = format!(
        "---\ntitle: Goodbye Dropbox, hello Nextcloud\n---\n\nI used Dropbox for years. Now Nextcloud.\n\n\
         ## My requirements\n\n{needs}\n## Hello, Nextcloud\n\nIt works. Dropbox is gone.\n"
    );
    let d = draft(&post);
    assert_eq!(names(&d), ["Dropbox", "Nextcloud"]);
    let wanted = of_kind(&d, Kind::WhenToChoose);
    assert_eq!(wanted.len(), 3, "{wanted:#?}");
    // Every need is the destination's, the one naming Dropbox too.
    assert!(
        wanted.iter().all(|q| q.ends_with("→ Nextcloud")),
        "{wanted:#?}"
    );
    let post = "---\ntitle: Au revoir Dropbox, bonjour Nextcloud\n---\n\nJ'utilise Dropbox depuis 2014, Nextcloud depuis peu. Dropbox ou Nextcloud ?\n\n\
                ## Cahier des charges\n\nEn matière d'archivage, il me faut :\n\n\
                - Une synchronisation entre PC et mobile\n- Une solution en logiciel libre\n";
    let wanted = of_kind(&draft(post), Kind::WhenToChoose);
    assert_eq!(wanted.len(), 2, "{wanted:#?}");
    assert!(wanted.iter().all(|q| q.ends_with("→ Nextcloud")));
    // Requirements nobody says are theirs ("System requirements") are no reader's needs.
    let post = post
        .replace("il me faut", "on trouve")
        .replace("Cahier des charges", "Prérequis");
    assert!(of_kind(&draft(&post), Kind::WhenToChoose).is_empty());
}

#[test]
fn the_reasons_an_author_gives_for_moving_to_an_option_are_its_pros() {
    // In a "why" section: "… decided to switch to Astro was because of its faster build times".
    let post = "---\ntitle: From Next.js to Astro\n---\n\nI rebuilt my site from Next.js to Astro.\n\n### Why move to Astro?\n\n\
                The first reason I decided to switch to Astro was because of its faster build times. Next.js got slow.\n\n\
                The second reason I switched to Astro was because it's more performant.\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Next.js", "Astro"]);
    assert_eq!(
        of_kind(&d, Kind::Pro),
        [
            "Does this matter to you? “Faster build times” → Astro",
            "Does this matter to you? “More performant” → Astro"
        ]
    );
    // A list after "why I've switched to X:".
    let post = "---\ntitle: From Vim to VS Code\n---\n\nVim for years, VS Code now.\n\n\
                TL;DR of why I've switched to VS Code:\n\n\
                - Everything just works with minimal configuration\n- It works on macOS, Linux, and Windows\n";
    let pros = of_kind(&draft(post), Kind::Pro);
    assert_eq!(pros.len(), 2, "{pros:#?}");
    assert!(pros.iter().all(|q| q.ends_with("→ VS Code")));
}

#[test]
fn a_line_giving_the_reasons_for_one_option_or_what_one_gets_wrong_heads_its_list() {
    let post = "---\ntitle: Moving From Vim to Emacs\n---\n\nI used Vim for years, and tried Emacs once. Vim or Emacs?\n\n\
                The reason why I made up my mind this time is because I found Emacs can solve some problems:\n\n\
                - More convenient package management.\n- High quality packages.\n";
    let pros = of_kind(&draft(post), Kind::Pro);
    assert_eq!(pros.len(), 2, "{pros:#?}");
    assert!(pros.iter().all(|q| q.ends_with("→ Emacs")));
    // The reasons for leaving one are no pros of it.
    let post = post.replace(
        "I found Emacs can solve",
        "I left Emacs, which could not solve",
    );
    assert!(of_kind(&draft(&post), Kind::Pro).is_empty());
    let post = "---\ntitle: Back to Chrome from Firefox\n---\n\nChrome for a decade, then Firefox. Chrome or Firefox?\n\n\
                Here are some things that Firefox gets wrong on mobile:\n\n\
                - Firefox crashes a lot, both on Android and on iOS.\n- Firefox sucks at multi monitor.\n";
    let cons = of_kind(&draft(post), Kind::Con);
    assert_eq!(cons.len(), 2, "{cons:#?}");
    assert!(cons.iter().all(|q| q.ends_with("→ Firefox")));
}

#[test]
fn a_comma_inside_brackets_does_not_cut_a_comparison() {
    let post = "---\ntitle: Vue vs React\n---\n\nVue or React? Both are fine. Vue and React.\n\n## Performance\n\n\
                In our tests Vue was faster (smaller bundles, lighter runtime) than React.\n\n\
                ## Community\n\nReact has more users. Vue has fewer.\n";
    assert_eq!(
        of_kind(&draft(post), Kind::Aspect),
        ["Does this matter to you? “Performance” → Vue"]
    );
}

#[test]
fn a_winner_named_before_the_word_crowning_it_and_a_model_s_short_name() {
    // "これは Elite 85t の勝ち": the post writes "Jabra Elite 85t" by its model's words.
    let post = "---\ntitle: 'Jabra Elite 85t とSONY WF-1000XM4 を比較'\n---\n\n\
                Jabra Elite 85t と SONY WF-1000XM4 を比較します。Elite 85t を選びます。Elite 85t は安い。\n\n\
                ## 操作性\n\nこれは Elite 85t の勝ち、そしてこれが一番の要因。WF-1000XM4 もカスタマイズできます。\n\n\
                ## 音質\n\nWF-1000XM4 の方が少しクリア。Elite 85t の方が中低音が太い。WF-1000XM4 は高い。\n";
    let d = draft(post);
    assert_eq!(names(&d), ["Jabra Elite 85t", "SONY WF-1000XM4"]);
    assert_eq!(
        of_kind(&d, Kind::Aspect),
        ["これはあなたにとって重要ですか？「操作性」 → Jabra Elite 85t"]
    );
    // "…はReactに軍配が上がる", "Hugo胜出".
    let post = "---\ntitle: Hugo 和 Hexo 对比\n---\n\nHugo 和 Hexo 都是静态网站生成器。Hugo 和 Hexo。\n\n\
                ## 构建速度\n\n在构建速度上 Hugo胜出，Hexo 需要更久。\n\n## 主题\n\nHexo 的主题更多。Hugo 的主题也不少。\n";
    assert_eq!(
        of_kind(&draft(post), Kind::Aspect),
        ["这对你重要吗？“构建速度” → Hugo"]
    );
}

#[test]
fn a_table_typed_in_a_plain_code_block_is_a_table() {
    let table = "```\n                 hexo                 hugo\n速度              快                   特别快\n\
                 主题              总量更多              良好主题生态圈\n文档              有中文文档            文档超详细\n```\n";
    let post = format!("+++\ntitle = \"hugo vs hexo\"\n+++\n\n### hugo 和 hexo 对比\n\n汇总了一下对比结果\n\n{table}\n因为本身更喜欢golang，所以选择了hugo\n");
    let d = draft(&post);
    assert_eq!(names(&d), ["hugo", "hexo"]);
    assert_eq!(features(&d), ["速度", "主题", "文档"]);
    // "特别快" (especially fast) grades above "快".
    assert_eq!(of_kind(&d, Kind::Rated), ["这对你重要吗？“速度” → hugo"]);
    // "爆速" (blazing fast) above "速い", in Japanese.
    let japanese = "---\ntitle: Hugo と Hexo の比較\n---\n\nHugo と Hexo を比べます。Hugo と Hexo。\n\n\
                | | Hugo | Hexo |\n|---|---|---|\n| ビルド速度 | 爆速 | 速い |\n| テーマ | 多い | 多い |\n";
    assert_eq!(
        of_kind(&draft(japanese), Kind::Rated),
        ["これはあなたにとって重要ですか？「ビルド速度」 → Hugo"]
    );
    // Code lined up with spaces stays code.
    let code = "```\nlet a    = 1;\nlet bb   = 2;\nlet ccc  = 3;\n```\n";
    let post = post.replace(table, code);
    assert!(features(&draft(&post)).is_empty());
}

#[test]
fn a_verdict_s_pick_that_came_out_on_top_asks_its_first_reason_of_the_reader() {
    let post = "---\ntitle: \"Kobo vs Kindle: Which e-reader to buy?\"\n---\n\nA Kobo or a Kindle? Kobo and Kindle.\n\n\
                ## Verdict\n\nSo which is better? The Kobo came out on top for me because I am not in the USA and \
                because of the integration with Overdrive.\n";
    assert_eq!(
        of_kind(&draft(post), Kind::Recommendation),
        ["Are you not in the USA? → Kobo"]
    );
}
