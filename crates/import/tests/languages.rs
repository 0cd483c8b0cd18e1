//! The importer in the languages we ship: every table reads and follows English's; a post is read
//! in its language (by its front matter, else its script and frequent words); titles list their
//! options with the language's own words; headings of pros, cons and conclusions are understood
//! whatever the language's word order; and every word the draft writes is in the post's language.

use verdict_import::draft;
use verdict_import::kinds::Kind;
use verdict_import::lexicon::{self, detect};

#[test]
fn every_table_reads_and_says_the_same_things_as_english() {
    let all = lexicon::all();
    assert_eq!(all.len(), lexicon::TABLES.len(), "a table did not read");
    assert_eq!(all[0].lang, "en");
    for (file, table) in lexicon::TABLES.iter().map(|(l, _)| l).zip(all) {
        assert_eq!(
            *file, table.lang,
            "lexicon/{file}.toml says it is {}",
            table.lang
        );
        for (name, words) in [
            ("versus", &table.versus),
            ("and", &table.and),
            ("or", &table.or),
            ("pros", &table.pros),
            ("cons", &table.cons),
            ("conclusion", &table.conclusion),
            ("when_to_choose", &table.when_to_choose),
            ("if_you", &table.if_you),
            ("use_verbs", &table.use_verbs),
            ("favours", &table.favours),
            ("burdens", &table.burdens),
            ("grades", &table.grades),
            ("levels", &table.levels),
            ("costs", &table.costs),
            ("criteria", &table.criteria),
            ("hedges", &table.hedges),
            ("than", &table.than),
            ("cases", &table.cases),
            ("common", &table.common),
        ] {
            assert!(!words.is_empty(), "{file}: {name} is empty");
            assert!(
                words.iter().all(|w| !w.trim().is_empty()),
                "{file}: {name} has an empty word"
            );
        }
        for (name, template) in [
            ("matters", &table.matters),
            ("problem", &table.problem),
            ("fits", &table.fits),
            ("reason_pro", &table.reason_pro),
            ("reason_con", &table.reason_con),
            ("reason_fits", &table.reason_fits),
            ("reason_avoid", &table.reason_avoid),
        ] {
            assert_eq!(
                template.matches("{0}").count(),
                1,
                "{file}: {name} must say {{0}} once: {template}"
            );
        }
        assert!(
            !table.yes.is_empty() && !table.no.is_empty() && table.yes != table.no,
            "{file}: yes and no"
        );
        assert!(!table.review.is_empty(), "{file}: a note for its reviewer");
        for entries in [&table.grades, &table.levels] {
            assert_eq!(
                lexicon::scored(entries).count(),
                entries.len(),
                "{file}: a grade is written \"word=score\": {entries:?}"
            );
        }
    }
}

/// A few sentences of a post in each language, as bloggers write them.
const SAMPLES: &[(&str, &str)] = &[
    ("en", "When you choose a framework, the community and the documentation matter more than the benchmarks. This is what I learned."),
    ("de", "Wenn du dich für ein Framework entscheidest, sind die Community und die Dokumentation wichtiger als die Benchmarks. Das habe ich gelernt."),
    ("es", "Cuando eliges un framework, la comunidad y la documentación importan más que los benchmarks. Esto es lo que aprendí en los últimos años."),
    ("fr", "Quand vous choisissez un framework, la communauté et la documentation comptent plus que les benchmarks. C'est ce que j'ai appris avec le temps."),
    ("pt", "Quando você escolhe um framework, a comunidade e a documentação importam mais do que os benchmarks. Isso é o que eu aprendi também."),
    ("it", "Quando scegli un framework, la comunità e la documentazione contano più dei benchmark. Questo è quello che ho imparato negli anni."),
    ("pl", "Kiedy wybierasz framework, społeczność i dokumentacja są ważniejsze niż benchmarki. Tego się nauczyłem przez te lata i to jest dla mnie ważne."),
    ("tr", "Bir framework seçerken topluluk ve dokümantasyon, benchmarklardan daha önemlidir. Bu yıllar içinde öğrendiğim şey bu ve bunu size anlatmak istiyorum."),
    ("id", "Ketika Anda memilih framework, komunitas dan dokumentasi lebih penting daripada benchmark. Ini yang saya pelajari selama bertahun-tahun dan ini sangat berguna."),
    ("vi", "Khi bạn chọn một framework, cộng đồng và tài liệu quan trọng hơn các bài benchmark. Đây là những gì tôi đã học được trong nhiều năm qua."),
    ("ru", "Когда вы выбираете фреймворк, сообщество и документация важнее, чем бенчмарки. Это то, что я понял за эти годы, и это можно проверить."),
    ("uk", "Коли ви обираєте фреймворк, спільнота і документація важливіші, ніж бенчмарки. Це те, що я зрозумів за ці роки, і це також можна перевірити."),
    ("ja", "フレームワークを選ぶときは、ベンチマークよりもコミュニティとドキュメントのほうが大切です。これは私が何年もかけて学んだことです。"),
    ("zh", "选择框架的时候，社区和文档比基准测试更重要。这是我这些年学到的东西，也是我想和你分享的经验。"),
    ("ko", "프레임워크를 선택할 때는 벤치마크보다 커뮤니티와 문서가 더 중요합니다. 이것이 제가 몇 년 동안 배운 것입니다."),
    ("ar", "عندما تختار إطار عمل، فإن المجتمع والتوثيق أهم من اختبارات الأداء. هذا ما تعلمته على مر السنين في هذا المجال."),
    ("fa", "وقتی یک فریم‌ورک را انتخاب می‌کنید، جامعه و مستندات از بنچمارک‌ها مهم‌تر است. این چیزی است که من در این سال‌ها یاد گرفتم."),
    ("ur", "جب آپ کوئی فریم ورک چنتے ہیں تو کمیونٹی اور دستاویزات بینچ مارک سے زیادہ اہم ہوتی ہیں۔ یہ وہ ہے جو میں نے ان سالوں میں سیکھا ہے۔"),
    ("hi", "जब आप कोई फ्रेमवर्क चुनते हैं, तो बेंचमार्क से ज़्यादा समुदाय और दस्तावेज़ महत्वपूर्ण होते हैं। यह मैंने इन वर्षों में सीखा है।"),
    ("bn", "যখন আপনি একটি ফ্রেমওয়ার্ক বেছে নেন, তখন বেঞ্চমার্কের চেয়ে কমিউনিটি আর ডকুমেন্টেশন বেশি গুরুত্বপূর্ণ। এটা আমি এত বছরে শিখেছি।"),
];

#[test]
fn a_post_is_read_in_its_language_by_its_script_and_frequent_words() {
    assert_eq!(
        SAMPLES.len(),
        lexicon::TABLES.len(),
        "a sample for every language we ship"
    );
    for (lang, text) in SAMPLES {
        assert_eq!(detect(text, None).lang, *lang, "{text}");
    }
    // The front matter's language wins; a region subtag is the language's.
    assert_eq!(detect(SAMPLES[0].1, Some("pt-BR")).lang, "pt");
    // A language we have no table for: read by the text.
    assert_eq!(detect(SAMPLES[1].1, Some("nl")).lang, "de");
}

/// The questions a post's draft asks, as written.
fn questions(post: &str) -> Vec<String> {
    draft(post)
        .content
        .questions
        .iter()
        .map(|q| q.text.clone())
        .collect()
}

/// The names a post's draft compares.
fn options(post: &str) -> Vec<String> {
    draft(post)
        .content
        .options
        .iter()
        .map(|o| o.name.clone())
        .collect()
}

#[test]
fn titles_list_their_options_with_the_languages_own_words() {
    for (title, want) in [
        ("# Docker oder Podman? Ein Vergleich", ["Docker", "Podman"]),
        (
            "# Adobe Connect und Zoom im Vergleich",
            ["Adobe Connect", "Zoom"],
        ),
        (
            "# GitHub ou GitLab : lequel choisir ?",
            ["GitHub", "GitLab"],
        ),
        ("# GitHub x GitLab: qual escolher?", ["GitHub", "GitLab"]),
        ("# React o Vue: ¿cuál elegir en 2026?", ["React", "Vue"]),
        ("# Scegliere tra Django e Flask", ["Django", "Flask"]),
        ("# Vue czy React?", ["Vue", "React"]),
        ("# React mı Vue mu?", ["React", "Vue"]),
        (
            "# Laravel vs CodeIgniter: siapa yang menang?",
            ["Laravel", "CodeIgniter"],
        ),
        ("# So sánh Django với Flask", ["Django", "Flask"]),
        (
            "# Выбор между ASP.NET 4.x и ASP.NET Core",
            ["ASP.NET 4.x", "ASP.NET Core"],
        ),
        ("# Vue чи React: що обрати?", ["Vue", "React"]),
        ("# DjangoとFlaskの違いとは", ["Django", "Flask"]),
        ("# JekyllからHugoへ", ["Jekyll", "Hugo"]),
        ("# Vue 和 React 如何选择", ["Vue", "React"]),
        ("# MySQL vs PostgreSQL 对比分析", ["MySQL", "PostgreSQL"]),
        ("# Jekyll와 Hugo 비교", ["Jekyll", "Hugo"]),
    ] {
        let body = format!(
            "{title}\n\n{a} and {b}: {a} is one, {b} the other. {a}. {b}.\n",
            a = want[0],
            b = want[1]
        );
        assert_eq!(options(&body), want, "{title}");
    }
}

#[test]
fn a_languages_article_and_a_word_both_names_share_are_no_part_of_them() {
    // "o .NET": Portuguese writes an article before a name, and the post writes them together.
    let post = "# Por que não troquei o .NET pelo Ruby?\n\n\
                Gosto de Ruby, mas não deixei o .NET. Uso o .NET no trabalho e Ruby em casa.\n\n\
                ## Por que o .NET é bacana?\n\nO .NET tem o Visual Studio. Ruby tem Rails.\n";
    assert_eq!(options(post), [".NET", "Ruby"]);
    // "Cloud Cost vs. On-Premises Cost" compares the cloud and on-premises, as the post names them.
    let post = "---\ntitle: \"Cloud Cost vs. On-Premises Cost\"\n---\n\n\
                Die Cloud ist teuer. On-Premises ist Arbeit. Cloud und On-Premises kosten.\n\n\
                ## Hardware\n\nIn der Cloud zahlt man pro Stunde, On-Premises pro Jahr.\n";
    assert_eq!(options(post), ["Cloud", "On-Premises"]);
    // "Nomad Good, Kubernetes Bad": a verdict after the first name, which the post never writes.
    let post = "---\ntitle: 'Nomad Good, Kubernetes Bad'\n---\n\n\
                Nomad is easy. Nomad is small. Kubernetes is big. Kubernetes is hard. Nomad wins.\n";
    assert_eq!(options(post), ["Nomad", "Kubernetes"]);
    // "Vercel Netlify dan Cloudflare": no comma parts two names the post writes apart.
    let post = "---\ntitle: 'Adu Cepat Vercel Netlify dan Cloudflare'\n---\n\n\
                Membandingkan antara Vercel, Netlify, dan Cloudflare. Vercel cepat. Netlify mudah. \
                Cloudflare gratis. Vercel dan Netlify. Cloudflare juga.\n";
    assert_eq!(options(post), ["Vercel", "Netlify", "Cloudflare"]);
    // "From Angular to React": the move's own word is no name.
    let post = "---\ntitle: 'From Angular to React'\n---\n\nAngular was fine. React is better. \
                From the start, Angular. From now on, React. Angular, React.\n";
    assert_eq!(options(post), ["Angular", "React"]);
    // "WordPress" is found inside each "WordPress.com": the post names the site whole.
    let post =
        "---\ntitle: WordPress.com と Tumblr 比較\n---\n\nWordPress と Tumblr を比べた。\n\n\
                ## Tumblr\n\nTumblr は簡単。Tumblr は速い。\n\n## WordPress.com\n\n\
                WordPress.com は多機能。WordPress.com は重い。WordPress.com が好き。\n";
    let mut names = options(post);
    names.sort();
    assert_eq!(names, ["Tumblr", "WordPress.com"]);
}

#[test]
fn headings_that_pair_an_aspect_with_an_option_name_the_options() {
    let post = "# Neden Vim? Bölüm 1\n\nIDE, Editor gibi araçlar kullandım. Vim ve VsCode.\n\n\
                ## Eklentisiz - VsCode\n\nVsCode yavaş.\n\n## Eklentisiz - Vim\n\nVim hızlı.\n\n\
                ## Büyük Dosyalar - VsCode\n\nVsCode donuyor.\n\n## Büyük Dosyalar - Vim\n\nVim açıyor.\n";
    let mut names = options(post);
    names.sort();
    assert_eq!(names, ["Vim", "VsCode"]);
}

#[test]
fn a_framework_every_section_names_is_no_option_unless_they_are_set_against_it() {
    // The ways to call an API in Spring: "Spring 5", "Spring MVC" name where each lives.
    let post = "---\ntitle: Spring 에서 외부 API를 호출하는 방법 비교\n---\n\n\
                ## RestTemplate\n\nRestTemplate 은 간단하다. 그러나 Spring 5부터 업데이트는 없다. 이제 Spring 6.\n\n\
                ## WebClient\n\n또한 Spring MVC 에서도 WebClient 를 쓴다. 그리고 Spring Boot 와 함께.\n\n\
                ## Feign\n\n이것은 Spring Cloud 에 통합되었다. 그래서 Spring Cloud 에서 Feign.\n";
    assert_eq!(options(post), ["RestTemplate", "WebClient", "Feign"]);
    // Each section sets its option against the page's subject: that one is an option too.
    let post = "---\ntitle: Comparisons with other test runners\n---\n\n\
                ## Jest\n\nJest is older, and Vitest is faster than Jest. So Vitest wins.\n\n\
                ## Cypress\n\nCypress runs in a browser; Vitest is better for unit tests. Use Vitest.\n\n\
                ## uvu\n\nuvu is small. Vitest is more reliable than uvu, and Vitest is quick.\n";
    assert_eq!(options(post), ["Vitest", "Jest", "Cypress", "uvu"]);
}

#[test]
fn pros_and_cons_headings_are_read_whatever_the_word_order() {
    for (post, lang) in [
        ("# Go oder Rust?\n\n## Vorteile von Go\n\n- Schnelle Kompilierung\n\n## Nachteile von Rust\n\n- Steile Lernkurve\n", "de"),
        ("# Go ou Rust ?\n\n## Les avantages de Go\n\n- Compilation rapide\n\n## Inconvénients de Rust\n\n- Courbe d'apprentissage raide\n", "fr"),
        ("# Go 还是 Rust？\n\n## Go 的优点\n\n- 编译速度快\n\n## Rust 缺点\n\n- 学习曲线陡峭\n", "zh"),
        ("# GoとRustの比較\n\n## Goのメリット\n\n- コンパイルが速い\n\n## Rustのデメリット\n\n- 学習コストが高い\n", "ja"),
        ("# Go vs Rust 비교\n\n## Go 장점\n\n- 빠른 컴파일\n\n## Rust 단점\n\n- 가파른 학습 곡선\n", "ko"),
        ("# Go mu Rust mı?\n\n## Go avantajları\n\n- Hızlı derleme\n\n## Rust dezavantajları\n\n- Dik öğrenme eğrisi\n", "tr"),
    ] {
        let d = draft(post);
        assert_eq!(d.lang, lang, "{post}");
        let lex = d.lexicon();
        let q = &d.content.questions;
        assert_eq!(q.len(), 2, "{post}: {q:#?}");
        // The pro leans to Go, the con away from Rust, both asked in the post's language.
        assert!(q.iter().any(|q| q.answers[0].weights.get("go").copied().unwrap_or(0) > 0), "{post}: {q:#?}");
        assert!(q.iter().any(|q| q.answers[0].weights.get("rust").copied().unwrap_or(0) < 0), "{post}: {q:#?}");
        for question in q {
            assert_eq!(question.answers[0].label, lex.yes);
            assert_eq!(question.answers[1].label, lex.no);
        }
    }
}

#[test]
fn the_words_of_a_draft_are_in_the_posts_language() {
    let post = "---\ntitle: \"Svelte ou React : lequel choisir ?\"\n---\n\n## Avantages de Svelte\n\n- Des bundles plus petits\n\n## Inconvénients de React\n\n- Un runtime plus lourd\n";
    let d = draft(post);
    assert_eq!(d.lang, "fr");
    let lex = d.lexicon();
    assert_eq!(d.content.grid.feature_label, lex.feature);
    for q in &d.content.questions {
        assert!(
            !q.text.contains("Does this") && !q.text.contains("Would this"),
            "{}",
            q.text
        );
        for a in &q.answers {
            assert!([&lex.yes, &lex.no].contains(&&a.label), "{}", a.label);
            if let Some(reason) = &a.reason {
                assert!(!reason.contains("The post"), "{reason}");
            }
        }
    }
}

#[test]
fn a_condition_about_the_reader_is_asked_as_its_language_asks_a_question() {
    // The language's question of the condition, not the condition quoted in a frame.
    for (post, asked) in [
        (
            "# Drupal vs WordPress\n\nDrupal y WordPress son dos gestores de contenidos muy populares.\n\n\
             ## Conclusión\n\nSi quieres realizar una página sencilla, usa WordPress. Si quieres crear una web empresarial, usa Drupal.\n",
            ["¿Quieres realizar una página sencilla?", "¿Quieres crear una web empresarial?"],
        ),
        (
            "# Hugo oder Jekyll\n\nHugo und Jekyll sind zwei beliebte Generatoren für statische Seiten.\n\n\
             ## Fazit\n\nWenn du sofort loslegen willst, nimm Hugo. Wenn du schon Ruby kennst, nimm Jekyll.\n",
            ["Willst du sofort loslegen?", "Kennst du schon Ruby?"],
        ),
        (
            "# Vue oder React\n\nVue und React sind zwei beliebte Frameworks für Oberflächen.\n\n\
             ## Fazit\n\nWenn du Einfachheit willst, nimm Vue. Wenn dir Sicherheit und Tempo wichtig sind, nimm React.\n",
            ["Willst du Einfachheit?", "Sind dir Sicherheit und Tempo wichtig?"],
        ),
        (
            "# Hugo ou Jekyll ?\n\nHugo et Jekyll sont deux générateurs de sites statiques très populaires.\n\n\
             ## Conclusion\n\nSi vous voulez de la rapidité, choisissez Hugo. Si vous connaissez déjà Ruby, choisissez Jekyll.\n",
            ["Vous voulez de la rapidité ?", "Vous connaissez déjà Ruby ?"],
        ),
        (
            "# Vue czy React?\n\nVue i React to dwa popularne frameworki do budowy interfejsów.\n\n\
             ## Podsumowanie\n\nJeśli potrzebujesz prostoty, wybierz Vue. Jeśli budujesz duży projekt, wybierz React.\n",
            ["Czy potrzebujesz prostoty?", "Czy budujesz duży projekt?"],
        ),
    ] {
        let texts = questions(post);
        assert_eq!(texts, asked, "{post}");
    }
    // A mood a question cannot take stays quoted: "se você quiser" asks no "Você quiser …?".
    let post = "# Vue ou React?\n\nVue e React são dois frameworks muito populares para interfaces.\n\n\
                ## Conclusão\n\nSe você quiser simplicidade, use Vue. Se você precisa de um ecossistema enorme, use React.\n";
    let texts = questions(post);
    assert_eq!(
        texts,
        [
            "Isso descreve a sua situação? “Se você quiser simplicidade”",
            "Você precisa de um ecossistema enorme?"
        ]
    );
}

#[test]
fn pelican_and_multimarkdown_key_lines_are_front_matter() {
    let post = "Title: Hugo vs Jekyll\nDate: 2010-07-17 22:27\nTags: Hugo, Jekyll\nLang: en\n\n\
                Hugo is fast. Jekyll is Ruby. Hugo builds in Go, Jekyll in Ruby.\n";
    let d = draft(post);
    assert_eq!(d.content.title, "Hugo vs Jekyll");
    assert_eq!(options(post), ["Hugo", "Jekyll"]);
    // A first line that only looks like one ("Note: …") with no title is the post's text.
    let post = "Title: Hugo vs Jekyll\nTags: Hugo, Jekyll\n\nHugo is fast.\n";
    let read = verdict_import::read::article(post);
    assert_eq!(read.front.tags, ["Hugo", "Jekyll"]);
    assert_eq!(read.blocks.len(), 1);
    let post = "Note: this is old.\n\nHugo vs Jekyll. Hugo is fast. Jekyll is Ruby.\n";
    let read = verdict_import::read::article(post);
    assert_eq!(read.front, Default::default());
    assert_eq!(read.blocks.len(), 2);
    // Closed by a line of dashes, as some engines write it.
    let post = "title: Mercurial vs git\ntags: vcs, hg, git\n----\n\n\
                Mercurial проще, git быстрее. Я использую git каждый день, а Mercurial иногда.\n";
    let read = verdict_import::read::article(post);
    assert_eq!(read.front.title.as_deref(), Some("Mercurial vs git"));
    assert_eq!(read.blocks.len(), 1);
    assert_eq!(options(post), ["Mercurial", "git"]);
}

#[test]
fn json_front_matter_and_tags_are_read() {
    let post = "{\n\"title\": \"Javascript vs Python\",\n\"tags\": [\"Javascript\", \"Python\"]\n}\nJavascript ve Python uzun yıllardır programlama dünyasının göbeğinde bulunan iki dil. Bu dillerin geliştiricileri arasında bir karşılaştırma var ve Python ile Javascript hakkında çok şey söylenebilir.\n";
    let d = draft(post);
    assert_eq!(d.content.title, "Javascript vs Python");
    assert_eq!(d.lang, "tr");
    assert_eq!(options(post), ["Javascript", "Python"]);
}

#[test]
fn a_post_about_one_choice_names_the_others_in_its_text_and_tags() {
    // "Staying on Jekyll": the title names one; the tags and the text name the other.
    let post = "---\ntitle: \"Jekyll에 남기\"\ntags: [Jekyll, Hugo]\n---\n\n정적 사이트 생성기를 Jekyll에서 Hugo로 바꾸려다가 말았습니다. Hugo는 빠르지만 Jekyll은 여전히 잘 작동합니다. 결국 Jekyll에 남았습니다. Hugo를 다시 볼 수도 있습니다.\n";
    let d = draft(post);
    assert_eq!(d.lang, "ko");
    assert_eq!(options(post), ["Jekyll", "Hugo"]);
}

#[test]
fn a_word_is_found_only_where_the_text_does_not_go_on_with_it() {
    let (hi, ko, ja) = (
        lexicon::of("hi").unwrap(),
        lexicon::of("ko").unwrap(),
        lexicon::of("ja").unwrap(),
    );
    // "या" (or) is not the end of "क्या" (what): a virama joins the letters.
    assert!(hi.find("react क्या है", "या").is_none());
    assert!(hi.find("react या vue", "या").is_some());
    // "와" (and) joined to a Latin name is a word of its own.
    assert_eq!(ko.find("jekyll와 hugo", "와"), Some("jekyll".len()));
    // A Latin word in a Japanese post needs its own boundaries; a Japanese one does not.
    assert!(ja.find("devserverを使う", "vs").is_none());
    assert!(ja.find("react vs vue", "vs").is_some());
    assert!(ja.find("reactとvue", "と").is_some());
    // "かもしれない" (might) holds "もし" (if), and is not it.
    assert!(ja
        .find("複雑なイメージかもしれないですが", "もし")
        .is_none());
    assert!(ja.find("もし速さが大事ならpnpm", "もし").is_some());
}

#[test]
fn a_name_is_spelled_as_the_post_writes_it_never_cut_from_a_longer_word() {
    // "postgres" is a prefix of "PostgreSQL": the post's spelling of "postgres" is "Postgres", not
    // the first letters of the longer name.
    let post = "# Mysql vs postgres\n\nWe ran MySQL and PostgreSQL side by side. MySQL was quicker to set up; \
                PostgreSQL, which everyone calls Postgres, kept up under load.\n";
    assert_eq!(options(post), ["MySQL", "Postgres"]);
    // A name joined to CJK text (no spaces) is still found as written.
    let post = "# Hugo还是Jekyll\n\n我用过Hugo和Jekyll。Hugo很快。\n";
    assert_eq!(options(post), ["Hugo", "Jekyll"]);
}

/// Every word of one language's lists, for [`a_lexicon_word_alone_anywhere_drafts_without_panicking`].
fn every_word(lex: &verdict_import::lexicon::Lexicon) -> Vec<&str> {
    [
        &lex.versus,
        &lex.and,
        &lex.or,
        &lex.between,
        &lex.which,
        &lex.when_to_choose,
        &lex.when_not,
        &lex.pros,
        &lex.cons,
        &lex.traits,
        &lex.conclusion,
        &lex.what_is,
        &lex.usage,
        &lex.pro_labels,
        &lex.con_labels,
        &lex.if_you,
        &lex.if_after,
        &lex.concedes,
        &lex.prefers,
        &lex.use_verbs,
        &lex.better,
        &lex.favours,
        &lex.burdens,
        &lex.costs,
        &lex.criteria,
        &lex.hedges,
        &lex.than,
        &lex.purpose,
        &lex.cases,
        &lex.alternatives,
        &lex.because,
        &lex.noise,
    ]
    .into_iter()
    .flatten()
    .map(String::as_str)
    .collect()
}

#[test]
fn a_lexicon_word_alone_anywhere_drafts_without_panicking() {
    // A heading that is one word of a list and nothing else ("## Why", "## Почему") ends where
    // the word's own trailing space would: no offset may run past it.
    for lex in verdict_import::lexicon::all() {
        let mut post = String::from("# Alpha vs Beta\n\nAlpha and Beta.\n\n");
        for word in every_word(lex) {
            let mut capital = word.trim().chars();
            let capital: String = capital
                .next()
                .map(|c| c.to_uppercase().chain(capital).collect())
                .unwrap_or_default();
            post.push_str(&format!(
                "## {word}\n\n- {capital}\n\n### {capital}\n\n{word}\n\n"
            ));
        }
        let d = draft(&post);
        assert!(!d.content.options.is_empty(), "{}", lex.lang);
    }
}

#[test]
fn the_best_choice_for_a_purpose_asks_the_purpose_in_every_language() {
    for (post, asked) in [
        (
            "# Vue o React\n\nVue y React son dos frameworks muy populares para interfaces web modernas que he usado mucho.\n\n\
             ## Conclusión\n\nVue es ideal para principiantes. React es la mejor opción para proyectos grandes.\n",
            "¿Describe esto tu situación? «Proyectos grandes»",
        ),
        (
            "# Vue czy React\n\nVue i React to dwa bardzo popularne frameworki do budowy interfejsów, których używam od dawna.\n\n\
             ## Podsumowanie\n\nVue jest idealny dla początkujących. React to najlepszy wybór dla dużych projektów.\n",
            "Czy to opisuje twoją sytuację? „Dużych projektów”",
        ),
    ] {
        let texts = questions(post);
        assert!(texts.iter().any(|t| t == asked), "{texts:?}");
    }
    // The author's own case is none: "la mejor opción para mí".
    let post = "# Vue o React\n\nVue y React son dos frameworks muy populares para interfaces web modernas que he usado mucho.\n\n\
                ## Conclusión\n\nReact es la mejor opción para mí.\n";
    let texts = questions(post);
    assert!(texts.iter().all(|t| !t.contains("«Mí»")), "{texts:?}");
}

#[test]
fn a_name_declined_as_polish_declines_it_is_still_the_option() {
    let post = "# Vue czy React\n\nVue i React to dwa bardzo popularne frameworki do budowy interfejsów, których używam od dawna.\n\n\
                ## Zalety Vue\n\n- Prosta składnia\n- Małe paczki\n\n## Wady Reacta\n\n- Stroma krzywa uczenia\n- Dużo bibliotek\n";
    let d = draft(post);
    let steep = d
        .content
        .questions
        .iter()
        .find(|q| q.text.contains("Stroma krzywa"))
        .unwrap_or_else(|| panic!("{:?}", d.content.questions));
    // A con of React leans away from it: "Yes" counts against React.
    let against: Vec<(&str, i32)> = steep.answers[0]
        .weights
        .iter()
        .map(|(k, v)| (k.as_str(), *v))
        .collect();
    assert!(against.iter().all(|(k, _)| *k == "react"), "{against:?}");
}

#[test]
fn a_statement_about_the_reader_is_asked_as_its_language_asks_it() {
    for (post, asked) in [
        (
            "# Vue o React\n\nVue y React son dos frameworks muy populares para interfaces web modernas que he usado mucho.\n\n\
             ## Cuándo elegir Vue\n\n- Tu equipo es pequeño\n- Quieres aprender rápido\n\n\
             ## Cuándo elegir React\n\n- Necesitas un ecosistema enorme\n",
            vec!["¿Tu equipo es pequeño?", "¿Quieres aprender rápido?", "¿Necesitas un ecosistema enorme?"],
        ),
        (
            "# Vue oder React\n\nVue und React sind zwei beliebte Frameworks für moderne Weboberflächen, die ich lange genutzt habe.\n\n\
             ## Wann Vue wählen\n\n- Du willst schnell lernen\n- Kleine Bundles\n",
            vec!["Willst du schnell lernen?"],
        ),
        (
            "# Vue czy React\n\nVue i React to dwa bardzo popularne frameworki do budowy interfejsów, których używam od dawna.\n\n\
             ## Kiedy wybrać Vue\n\n- Twój zespół jest mały\n- Chcesz szybko się nauczyć\n",
            vec!["Czy twój zespół jest mały?", "Czy chcesz szybko się nauczyć?"],
        ),
    ] {
        let texts = questions(post);
        for want in asked {
            assert!(texts.iter().any(|t| t == want), "{want} in {texts:?}");
        }
    }
    // Among an option's pros, "you can …" says what the option lets the reader do: quoted.
    let post = "# Vercel ou Netlify\n\nVercel et Netlify sont deux hébergeurs très populaires que j'utilise depuis longtemps.\n\n\
                ## Avantages de Vercel\n\n- Vous pouvez déployer en un clic\n- Des aperçus par branche\n";
    let texts = questions(post);
    assert!(
        texts.iter().all(|t| !t.starts_with("Vous pouvez")),
        "{texts:?}"
    );
    // "Tiene …" may be the option's as much as the reader's: quoted, not asked of the reader.
    let post = "# Vue o React\n\nVue y React son dos frameworks muy populares para interfaces web modernas que he usado mucho.\n\n\
                ## Desventajas de React\n\n- Tiene una curva de aprendizaje alta\n";
    let texts = questions(post);
    assert!(texts.iter().all(|t| !t.starts_with("¿Tiene")), "{texts:?}");
}

#[test]
fn a_when_to_choose_heading_with_the_name_inside_its_phrase_is_one() {
    let post = "# Vue oder React\n\nVue und React sind zwei beliebte Frameworks für moderne Weboberflächen, die ich lange genutzt habe.\n\n\
                ## Wann Vue wählen\n\n- Dein Team ist klein\n\n## Wann React wählen\n\n- Dein Projekt ist groß\n";
    let texts = questions(post);
    assert_eq!(texts, ["Ist dein Team klein?", "Ist dein Projekt groß?"]);
}

#[test]
fn a_korean_when_to_choose_heading_says_when_you_should_choose() {
    let post = "# Vue vs React\n\nVue와 React는 오랫동안 사용해 온 매우 인기 있는 프론트엔드 프레임워크입니다.\n\n\
                ## Vue를 선택해야 할 때\n\n- 팀이 작을 때\n\n## React를 선택해야 할 때\n\n- 큰 생태계가 필요할 때\n";
    assert_eq!(draft(post).content.questions.len(), 2);
}

#[test]
fn a_german_noun_after_its_article_is_no_option() {
    // My own post: German writes its nouns with a capital; "Webseite" comes back after "eine"
    // and "die" as no product's name does.
    let post = "---\ntitle: \"Eine Webseite bauen: Jekyll\"\n---\n\n\
Lange lief meine Webseite mit Wordpress. Eine Webseite mit Wordpress braucht PHP und eine \
Datenbank. Die Webseite war oft langsam, und Wordpress wollte ständig Updates.\n\n\
Jekyll baut die Webseite aus Markdown-Dateien. Jekyll braucht keine Datenbank, und Jekyll \
läuft auf GitHub Pages kostenlos. Wordpress kann mehr Plugins, aber Jekyll ist schneller.\n\n\
## Fazit\n\nFür eine kleine Webseite nehme ich Jekyll, für einen Shop Wordpress.\n";
    let names = options(post);
    let has = |n: &str| names.iter().any(|m| m == n);
    assert!(!has("Webseite"), "{names:?}");
    assert!(has("Jekyll") && has("Wordpress"), "{names:?}");
}

#[test]
fn an_article_before_a_titles_last_option_is_no_part_of_it() {
    // My own post, mostly about one of the two: the title asks "un Mac o un PC?", the text
    // names the PC twice.
    let post = "---\ntitle: ¿Debería comprarme un Mac o un PC?\n---\n\n\
Me lo preguntan a menudo cuando saco mi Mac. Uso Mac desde hace años, y Apple cuida el \
sistema. Mac OS es estable y el Mac dura mucho.\n\n\
Un PC armado cuesta menos, y con un PC eliges cada pieza. Aun así, el Mac me compensa: Apple \
da soporte y Mac OS no se cuelga.\n";
    let names = options(post);
    assert_eq!(names, ["Mac", "PC"]);
    let en = post.replace(
        "¿Debería comprarme un Mac o un PC?",
        "Should I buy a Mac or a PC?",
    );
    let names = options(&en);
    assert_eq!(names, ["Mac", "PC"]);
}

#[test]
fn a_condition_before_advice_for_two_options_is_asked_in_the_posts_language() {
    // My own post: the advice names two options, the condition's verb comes last.
    let post = "---\ntitle: Signal, Threema oder Telegram\n---\n\n\
Signal, Threema und Telegram sind Messenger. Signal ist kostenlos. Threema kostet Geld. \
Telegram hat Kanäle.\n\n## Fazit\n\n\
Wenn dir Sicherheit und Privatsphäre am Herz liegen, solltest du es mit Signal oder Threema \
probieren.\n";
    let texts = questions(post);
    assert!(
        texts
            .iter()
            .any(|t| t == "Liegen dir Sicherheit und Privatsphäre am Herz?"),
        "{texts:?}"
    );
}

#[test]
fn a_chinese_condition_is_asked_as_chinese_asks_a_yes_no_question() {
    // My own post: "如果…" conditions before advice, one with "的话" closing it, one denying.
    let post =
        "---\ntitle: Vue 还是 React\n---\n\nVue 和 React 都是前端框架。React 的生态更大。\n\n\
## 结论\n\n如果你需要高度定制化的架构，选择 React。如果项目规模较大的话，选择 React。\
如果你想快速上手，选择 Vue。如果你不需要服务端渲染，选择 Vue。\n";
    let texts = questions(post);
    for asked in [
        "你需要高度定制化的架构吗？",
        "项目规模较大吗？",
        "你想快速上手吗？",
    ] {
        assert!(texts.iter().any(|t| t == asked), "{asked}: {texts:?}");
    }
    // A condition that denies stays quoted: "yes" to "你不需要…吗？" would say two things.
    assert!(!texts.iter().any(|t| t.starts_with("你不")), "{texts:?}");
}

#[test]
fn a_vietnamese_condition_about_the_reader_is_asked_with_co_and_khong() {
    // My own post: "Nếu bạn X thì nên dùng Y"; a denied or "là" condition stays quoted.
    let post = "---\ntitle: VS Code hay IntelliJ\n---\n\n\
VS Code và IntelliJ đều là trình soạn thảo. IntelliJ mạnh cho Java.\n\n## Kết luận\n\n\
Nếu bạn thích làm nhiều thứ khác nhau ngoài Java thì nên dùng VS Code. Nếu bạn không muốn tốn \
tiền thì nên dùng VS Code. Nếu bạn là người mới thì nên dùng IntelliJ.\n";
    let texts = questions(post);
    assert!(
        texts
            .iter()
            .any(|t| t == "Bạn có thích làm nhiều thứ khác nhau ngoài Java không?"),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains("“Nếu bạn không muốn tốn tiền”")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("“Nếu bạn là người mới”")),
        "{texts:?}"
    );
}

#[test]
fn what_an_option_suits_in_japanese_and_korean_is_what_the_particle_marks() {
    // My own posts: what comes after "向いている" ends the sentence; what is marked by "に"/"에"
    // (after a degree word) is what the option suits.
    let ja =
        "---\ntitle: WindowsとMacの比較\n---\n\nWindowsとMacはどちらも人気です。\n\n## まとめ\n\n\
ゲームをしたい人は、Windowsが向いているかもしれません。Macは動画編集に最も向いている。\n";
    let texts: Vec<String> = draft(ja).proposals.iter().map(|p| p.text.clone()).collect();
    assert!(
        !texts.iter().any(|t| t.contains("「かもしれません」")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("「動画編集」")),
        "{texts:?}"
    );
    let ko = "---\ntitle: Django와 Flask 비교\n---\n\nDjango와 Flask는 파이썬 프레임워크입니다.\n\n## 결론\n\n\
- Django: 복잡한 엔터프라이즈급 애플리케이션에 가장 적합\n- Flask: 작은 서비스에 적합\n";
    let texts: Vec<String> = draft(ko).proposals.iter().map(|p| p.text.clone()).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("“복잡한 엔터프라이즈급 애플리케이션”")),
        "{texts:?}"
    );
}

#[test]
fn a_spanish_condition_with_ocupar_and_pues_is_asked() {
    // Mexican Spanish "ocupar" for "necesitar", and "pues" closing the condition.
    let post = "---\ntitle: Mis distros favoritas\n---\n\nEstas son: Fedora y Linux Mint.\n\n\
## Fedora\n\nFedora es estable.\n\n## Linux Mint\n\nLinux Mint es fácil.\n\n## Conclusión\n\n\
Si ocupas algo listo para usarse pues te recomiendo Linux Mint.\n";
    let texts = questions(post);
    assert!(
        texts.iter().any(|t| t == "¿Ocupas algo listo para usarse?"),
        "{texts:?}"
    );
}

#[test]
fn a_turkish_section_says_which_option_is_ahead_in_its_aspect() {
    // "önde" (ahead) and "öne geçiyor" (takes the lead) set one option ahead in Turkish.
    let post = "---\ntitle: Windows ve Linux arasındaki fark\n---\n\nİkisini de yıllardır kullanıyorum.\n\n\
## Oyun performansı\n\nLinux'ta denediğim oyun sayısı az. Windows için her oyun uyarlanıyor. \
Kısacası oyun performansı konusunda Windows önde oluyor.\n\n\
## Günlük kullanım\n\nWindows'ta tarayıcı yavaş açılıyor. Burada Linux açık ara öne geçiyor.\n";
    let texts = questions(post);
    assert_eq!(
        texts,
        [
            "Bu sizin için önemli mi? “Oyun performansı”",
            "Bu sizin için önemli mi? “Günlük kullanım”"
        ],
        "{texts:?}"
    );
}

#[test]
fn a_pro_or_con_named_in_a_declined_form_opens_a_point() {
    // Polish and Russian put the word in the instrumental: "Dodatkową zaletą Jekylla jest …",
    // "Главным недостатком Mercurial является …".
    let pl = "---\ntitle: WordPress czy Jekyll\n---\n\nPrzeszedłem z WordPressa na Jekylla.\n\n\
## Czym jest Jekyll?\n\nJekyll to generator stron. \
Dodatkową zaletą Jekylla jest możliwość hostowania strony na GitHub Pages.\n";
    let ru = "---\ntitle: Mercurial или Git\n---\n\nЯ использую обе системы.\n\n## Скорость\n\n\
Главным недостатком Mercurial является медленная работа с большими репозиториями.\n";
    for (post, kind, said) in [
        (pl, Kind::Pro, "hostowania strony"),
        (ru, Kind::Con, "медленная работа"),
    ] {
        let d = draft(post);
        assert!(
            d.proposals
                .iter()
                .any(|p| p.kind == kind && p.text.contains(said)),
            "{:?}",
            d.proposals
        );
    }
}

#[test]
fn a_condition_said_first_before_the_pick_is_asked_in_the_frame() {
    // Japanese and Korean end a condition with a marker, the pick right after it.
    let ja = "---\ntitle: Next.js App Router vs Remix\n---\n\nNext.js App Router（以降App Router）とRemixを比べた。App Routerは新しい。\
App RouterはReactの機能を使う。Remixは標準的だ。\n\n## 結論\n\n\
Remixのほうが作りがわかりやすい。反面、最新機能のRSCを使うのであればApp Router一択となる。\n";
    let texts: Vec<String> = draft(ja).proposals.iter().map(|p| p.text.clone()).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.ends_with("「最新機能のRSCを使うのであれば」")),
        "{texts:?}"
    );
    // Its short name ("App Router" of "Next.js App Router") names the option.
    assert_eq!(options(ja), ["Next.js App Router", "Remix"]);
}

#[test]
fn a_turkish_condition_said_with_its_suffix_before_the_pick_is_quoted() {
    // Turkish says "if" with a suffix at the end of the condition's verb ("-sanız", "-ysa").
    let post = "---\ntitle: GitHub Copilot mı Gemini Code Assist mi?\n---\n\nİki asistanı karşılaştırdım.\n\n\
## Hangisini Seçmelisin?\n\n\
1. Büyük projelerle uğraşıyorsanız, Gemini Code Assist hayat kurtarır.\n\
2. Altyapınız Google Cloud üzerindeyse Gemini Code Assist size yeter.\n\
3. Bir masa, GitHub Copilot ucuzdur.\n";
    let texts = questions(post);
    assert_eq!(
        texts,
        [
            "Bu sizin durumunuza uyuyor mu? “Büyük projelerle uğraşıyorsanız”",
            "Bu sizin durumunuza uyuyor mu? “Altyapınız Google Cloud üzerindeyse”"
        ],
        "{texts:?}"
    );
}

#[test]
fn a_title_listing_words_the_post_never_says_again_names_no_options() {
    // My own post: "2019 年底、终端编辑器大比拼！" ("end of 2019, the big terminal editor
    // showdown") lists a date and a phrase; the headings name the editors.
    let post = "---\n\
title: 2019 年底、终端编辑器大比拼！\n\
---\n\
\n\
**TL;DR**：直接用 Helix！\n\
\n\
## 前言\n\
\n\
这个题目我一直想写。我用过很多编辑器，每个都折腾了很久。\n\
\n\
## Vim\n\
\n\
Vim 到处都有。Vim 的插件很多，但是配置很花时间。我用 Vim 写了五年代码。\n\
\n\
## Emacs\n\
\n\
Emacs 什么都能做。Emacs 启动慢，Emacs 的快捷键也难记。\n\
\n\
## Helix\n\
\n\
Helix 开箱即用。Helix 自带语言服务器支持，Helix 的选择模式很好用。\n\
\n\
## 结论\n\
\n\
如果你喜欢折腾，选 Vim。如果你想开箱即用，选 Helix。\n\
";
    assert_eq!(options(post), ["Vim", "Emacs", "Helix"]);
}
