//! Names the post gives together: sibling headings, a table's header or first column, a
//! flowchart's leaves, a list of the alternatives; the subjects of pros headings and the subject
//! a group is set against.

use super::*;

/// A heading that looks like the name of a thing: short, not a question or a topic line
/// ("Comparison of services", "Event vs. message services" are topics).
pub(super) fn short_heading(text: &str, lex: &Lexicon) -> Option<String> {
    let text = text.replace("**", "");
    let text = unnumbered(text.trim());
    // "X vs Y" is a topic; "VS Code" is a name.
    let versus = lex.first(text, &lex.versus).is_some_and(|(at, _)| at > 0);
    if text.contains(['?', '？', '؟', ',', '，']) || versus {
        return None;
    }
    // A heading of a part ("Conclusion", "Vorteile", "Final thoughts") is not a name.
    let parts = [
        &lex.conclusion,
        &lex.pros,
        &lex.cons,
        &lex.when_to_choose,
        &lex.when_not,
        &lex.traits,
        &lex.usage,
    ];
    if parts.iter().any(|words| lex.has(text, words)) {
        return None;
    }
    // The heading is the name alone, a tagline after a colon or a dash aside ("Jekyll: The
    // Static Site Generator That Powers GitHub Pages").
    // A colon inside a word is the name's own ("node:test").
    let cut = text.char_indices().find(|&(at, c)| match c {
        ':' => !text[at + 1..].starts_with(char::is_alphanumeric),
        _ => matches!(c, '：' | '—' | '–' | '｜' | '|'),
    });
    let head = cut.map_or(text, |(at, _)| &text[..at]).trim();
    let name = if head.is_empty() || head == text.trim_end_matches([':', '：']).trim() {
        as_name(text)?
    } else if head.split_whitespace().last().is_some_and(|w| {
        w.trim_start_matches('#')
            .chars()
            .all(|c| c.is_ascii_digit())
    }) {
        // "Alasan #1: Tema Yang Keren", "Step 2: Install": a numbered part, not a name.
        return None;
    } else {
        as_name(head)?
    };
    let head = head.trim_start_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '#'));
    (head.split(['(', '[', '（']).next().unwrap_or(head).trim() == name
        && name.split_whitespace().count() <= 3
        && !lex.has(&name, &lex.and)
        && !lex.has(&name, &lex.or))
    .then_some(name)
}

/// The names in a heading or a header cell: the name alone, or names joined by the language's
/// "and", "&" or "/" ("Angular e Vue", "**Emacs** and **Vim**", "VS Code & Sublime Text").
pub(super) fn heading_names(text: &str, lex: &Lexicon) -> Vec<String> {
    if let Some(name) = short_heading(text, lex) {
        // "Blogger / Blogspot": a name and another it goes by.
        let name = match name.split_once(" / ") {
            Some((first, _)) => first.trim().to_owned(),
            None => name,
        };
        return vec![name];
    }
    let text = unnumbered(text.trim()).replace("**", "");
    let text = text.trim_end_matches([':', '：', ' ']);
    // "net/http", "@web/dev-server": a package's path is one name, in lowercase as it is written.
    let path = text.trim_start_matches('@');
    if let Some((scope, name)) = path.split_once('/') {
        let word = |w: &str| {
            w.len() >= 2
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        };
        if word(scope) && word(name) && text.len() <= 24 {
            return vec![text.to_owned()];
        }
    }
    // "esbuild, la alternativa rápida a Webpack": a name and its tagline in lowercase words.
    if let Some((name, tagline)) = text.split_once([',', '，']) {
        let tagline = tagline.trim();
        if tagline.starts_with(char::is_lowercase) && tagline.split_whitespace().count() >= 2 {
            return short_heading(name, lex).into_iter().collect();
        }
    }
    if text.contains(['?', '？', '؟', ',', '，']) {
        return Vec::new();
    }
    let joins: Vec<String> = lex
        .and
        .iter()
        .cloned()
        .chain(["&".to_owned(), "/".to_owned()])
        .collect();
    let parts: Vec<String> = split_words(text, &joins, lex, false, &Body::new(""))
        .iter()
        .flat_map(|p| {
            p.split('/')
                .map(str::trim)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|p| !p.is_empty())
        .collect();
    if !(2..=3).contains(&parts.len()) {
        return Vec::new();
    }
    let names: Vec<String> = parts.iter().filter_map(|p| short_heading(p, lex)).collect();
    if names.len() == parts.len() {
        names
    } else {
        Vec::new()
    }
}

/// The headings whose phrases are read for the one name inside them ([`inner_name`]).
const PHRASE_HEADINGS: usize = 200;

/// The hosts of the links in a line's markup ("[Website](https://www.enpass.io/)" → "www.enpass.io").
fn link_hosts(rich: &str) -> Vec<String> {
    rich.match_indices("](http")
        .filter_map(|(at, _)| {
            let url = &rich[at + 2..];
            let rest = url.split_once("://")?.1;
            let host = rest.split(['/', ')', '?', '#', ' ']).next()?;
            (!host.is_empty()).then(|| host.to_lowercase())
        })
        .collect()
}

/// The one name inside a heading that is a phrase ("Wechsel auf Linux", "Working with Hugo",
/// "Ternyata Bukan Jekyll"): a word the post writes alone as a name three times or more, where
/// it writes the heading nowhere else and the heading's other words as no name of their own
/// ("Visual Studio Code" keeps its "Visual Studio").
fn inner_name(heading: &str, body: &Body, lex: &Lexicon) -> Option<String> {
    let words: Vec<&str> = heading.split_whitespace().collect();
    if words.len() < 2 || body.mentions(heading) > 1 {
        return None;
    }
    let text: &str = body;
    // Written alone: no capitalised word right before or after it ("Code" of "VS Code" is not).
    let alone = |w: &str| {
        let capital = |x: Option<&str>| {
            x.is_some_and(|x| x.chars().count() > 1 && x.starts_with(char::is_uppercase))
        };
        text.match_indices(w)
            .filter(|&(at, _)| {
                let before = text[..at]
                    .strip_suffix(' ')
                    .and_then(|b| b.rsplit([' ', '\n']).next());
                let after = text[at + w.len()..]
                    .strip_prefix(' ')
                    .and_then(|a| a.split([' ', '\n']).next());
                !cut_from_a_word(text, at, w.len()) && !capital(before) && !capital(after)
            })
            .take(3)
            .count()
    };
    let named: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| {
            w.chars().count() >= 2
                && strictly_named(w, lex)
                && body.as_written(w) >= 3
                && alone(w) >= 3
        })
        .collect();
    let [name] = named.as_slice() else {
        return None;
    };
    let rest = words
        .iter()
        .filter(|w| *w != name)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    // Words, not a version ("Vite 4" is Vite's fourth).
    let phrase = rest
        .split_whitespace()
        .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3);
    (phrase && body.as_written(&rest) <= body.mentions(heading)).then(|| (*name).to_owned())
}

/// Names found in the post besides its title: headings that are a name each, among siblings of
/// the same level under the same parent ("headings" where two or more siblings are names, "a
/// heading" for one alone; a heading under another name's heading is that name's), "What is X?"
/// and pros-and-cons headings, a table's header ("a table header") and first column ("a
/// table"), and mermaid flowcharts' leaves. Each with the kind of place it was found.
pub(super) fn other_names(
    blocks: &[Block],
    lex: &Lexicon,
    body: &Body,
) -> (Vec<(String, &'static str)>, Vec<Group>) {
    let mut found = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    // Every heading: its level, the names it gives, the heading it is under.
    let mut headings: Vec<(u8, Vec<String>, Option<usize>)> = Vec::new();
    // The headings about one option's pros or cons ("Kelebihan MySQL"), and the names they give.
    let mut about_one: HashSet<usize> = HashSet::new();
    let mut pros_of: Vec<String> = Vec::new();
    let mut pros_seen: HashSet<String> = HashSet::new();
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut loose_names: Vec<Option<String>> = Vec::new();
    // The sites each heading's section links to (hosts, lowercase).
    let mut linked: Vec<Vec<String>> = Vec::new();
    for block in blocks {
        let lines: &[crate::read::Text] = match block {
            Block::Paragraph(lines) | Block::List(lines) => lines,
            _ => &[],
        };
        if let Some(hosts) = linked.last_mut() {
            hosts.extend(lines.iter().flat_map(|l| link_hosts(&l.rich)));
        }
        if let Block::Heading { level, text } = block {
            while stack.last().is_some_and(|(l, _)| *l >= *level) {
                stack.pop();
            }
            // Each phrase is looked up in the whole post: the first headings only, as a post has
            // them (a hostile one can have thousands).
            let phrase = |n: String| match headings.len() < PHRASE_HEADINGS {
                true => inner_name(&n, body, lex).unwrap_or(n),
                false => n,
            };
            let given: Vec<String> = heading_names(text, lex).into_iter().map(phrase).collect();
            // One word the post may also write in lowercase ("### Enpass" over "bitwarden or
            // enpass"): kept aside, a name if its section links to its site and its siblings are
            // names.
            loose_names.push(match given.as_slice() {
                [one] if !one.contains(' ') && strictly_named(one, lex) && !junk(one, lex) => {
                    Some(one.clone())
                }
                _ => None,
            });
            linked.push(Vec::new());
            let mut names: Vec<String> = given
                .into_iter()
                .filter(|n| name_like(n, body, lex) || lowercase_name(n, body, lex))
                .collect();
            // An epithet, then the name after a dash ("Самый надежный — KeePass"), looked up in
            // the whole post as a phrase is: the first headings only.
            if names.is_empty() && headings.len() < PHRASE_HEADINGS {
                names.extend(named_after_dash(text, body, lex));
            }
            if let Some(subject) = subject_of(text, lex).map(phrase) {
                if pros_seen.insert(subject.to_lowercase()) {
                    pros_of.push(subject.clone());
                }
                found.push((subject, "its pros and cons"));
                about_one.insert(headings.len());
            }
            headings.push((*level, names, stack.last().map(|(_, i)| *i)));
            stack.push((*level, headings.len() - 1));
        }
    }
    // Sibling groups: (level, parent) → their names. A group of two or more names is the
    // options'; a heading under one of theirs is about that option, not another.
    let count = |headings: &[(u8, Vec<String>, Option<usize>)]| {
        let mut sizes: HashMap<SiblingKey, usize> = HashMap::new();
        for heading in headings {
            *sizes.entry((heading.0, heading.2)).or_default() += heading.1.len();
        }
        sizes
    };
    let named = count(&headings);
    for (i, loose) in loose_names.into_iter().enumerate() {
        let key = (headings[i].0, headings[i].2);
        let site = |name: &String| {
            let bare: String = name
                .to_lowercase()
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect();
            linked[i].iter().any(|host| host.contains(&bare))
        };
        if let Some(name) = loose.filter(|n| headings[i].1.is_empty() && site(n)) {
            if named.get(&key).copied().unwrap_or(0) >= 2 {
                headings[i].1.push(name);
            }
        }
    }
    let sizes = count(&headings);
    let group_of = |i: usize| (headings[i].0, headings[i].2);
    let size = |key: SiblingKey| sizes.get(&key).copied().unwrap_or(0);
    let under_option = |mut i: usize| {
        while let Some(parent) = headings[i].2 {
            // Under "Kelebihan MySQL", "1. Bersifat Open Source" is one of MySQL's pros.
            if (!headings[parent].1.is_empty() && size(group_of(parent)) >= 2)
                || about_one.contains(&parent)
            {
                return true;
            }
            i = parent;
        }
        false
    };
    let mut by_key: Vec<Vec<String>> = Vec::new();
    let mut key_at: HashMap<SiblingKey, usize> = HashMap::new();
    for (i, (_, names, _)) in headings.iter().enumerate() {
        if names.is_empty() || under_option(i) {
            continue;
        }
        let kind = if size(group_of(i)) >= 2 {
            "headings"
        } else {
            "a heading"
        };
        found.extend(names.iter().map(|n| (n.clone(), kind)));
        match key_at.get(&group_of(i)) {
            Some(&at) => by_key[at].extend(names.iter().cloned()),
            None => {
                key_at.insert(group_of(i), by_key.len());
                by_key.push(names.clone());
            }
        }
    }
    groups.extend(
        by_key
            .into_iter()
            .map(|g| without_labels(&g))
            .map(|g| without_phrases(g, body, lex))
            .filter(|g| g.len() >= 2)
            .map(|g| Group {
                kind: "headings",
                names: g,
            }),
    );
    // The options whose pros or cons have headings of their own ("Kelebihan MySQL",
    // "Kekurangan Postgree").
    if pros_of.len() >= 2 && pros_of.iter().all(|n| strictly_named(n, lex)) {
        groups.push(Group {
            kind: "its pros and cons",
            names: pros_of,
        });
    }
    // Headings that each set one subject against another ("How is Jotai different from
    // Zustand?", "Jotai vs Recoil"): the subject and every other one.
    let pairs: Vec<Vec<String>> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text, .. } => Some(text),
            _ => None,
        })
        .filter(|t| lex.first(t, &lex.versus).is_some_and(|(at, _)| at > 0))
        .map(|t| listed(t, lex, body))
        .filter(|names| names.len() == 2 && names.iter().all(|n| name_like(n, body, lex)))
        .collect();
    if pairs.len() >= 2 {
        let shared = pairs[0].iter().find(|n| {
            pairs
                .iter()
                .all(|p| p.iter().any(|m| m.eq_ignore_ascii_case(n)))
        });
        if let Some(subject) = shared {
            let mut names = vec![subject.clone()];
            for n in pairs.iter().flatten() {
                if !names.iter().any(|m| m.eq_ignore_ascii_case(n)) {
                    names.push(n.clone());
                }
            }
            found.extend(names.iter().map(|n| (n.clone(), "headings")));
            groups.push(Group {
                kind: "headings",
                names,
            });
        }
    }
    // Headings that pair one aspect with one option each ("Eklentiler - VsCode", "Eklentiler -
    // Vim", "Startup: Vim"): the names that come back beside two or more aspects.
    if let Some(names) = aspect_pairs(blocks, lex, body) {
        found.extend(names.iter().map(|n| (n.clone(), "headings")));
        groups.push(Group {
            kind: "headings",
            names,
        });
    }
    // The lists a heading says hold the options ("Options I'm considering").
    for group in list_groups(blocks, lex, |l| &l.candidates, false) {
        found.extend(group.names.iter().map(|n| (n.clone(), "a list")));
        groups.push(group);
    }
    // A list its line counts ("tra questi 4:", "these three:" written as a digit): its names.
    for group in counted_lists(blocks, lex) {
        found.extend(group.names.iter().map(|n| (n.clone(), "a list")));
        groups.push(group);
    }
    // A summary's list, each item led by a name in bold ("#### Resumindo:", "- **NetBeans**:
    // Utilizada mais em ambiente acadêmico"): the options it sums up.
    for group in list_groups(blocks, lex, |l| &l.conclusion, true) {
        found.extend(group.names.iter().map(|n| (n.clone(), "a summary")));
        groups.push(Group {
            kind: "a summary",
            names: group.names,
        });
    }
    for block in blocks {
        match block {
            Block::Table { head, rows } => {
                // A header naming two or more things the post names again is the options'.
                let mut named: Vec<String> = Vec::new();
                // Over an empty corner cell the header is the options' ("| | Ansible | Chef |"),
                // each maybe named only there; a table of criteria heads its column of options.
                let least = if head.first().is_some_and(|c| c.plain.trim().is_empty()) {
                    1
                } else {
                    2
                };
                // A header of more cells than a comparison has options names no options; each
                // cell is looked up in the whole post, so only the first few are weighed.
                for cell in head.iter().skip(1).take(HEADER_CELLS) {
                    for name in heading_names(&cell.plain, lex)
                        .into_iter()
                        .chain(as_name(&cell.plain))
                    {
                        if !named.iter().any(|n| n.eq_ignore_ascii_case(&name))
                            && body.mentions(&name) >= least
                        {
                            named.push(name);
                        }
                    }
                }
                if named.len() >= 2 {
                    found.extend(named.iter().map(|n| (n.clone(), "a table header")));
                    groups.push(Group {
                        kind: "a table header",
                        names: named,
                    });
                }
                if rows.len() >= 2 {
                    let column: Vec<String> = rows
                        .iter()
                        .filter_map(|r| r.first())
                        .filter_map(|c| as_name(&c.plain))
                        .collect();
                    found.extend(column.iter().map(|n| (n.clone(), "a table")));
                    if (2..=6).contains(&column.len()) && column.len() == rows.len() {
                        groups.push(Group {
                            kind: "a table",
                            names: column,
                        });
                    }
                }
            }
            Block::Code(code) if code.language.eq_ignore_ascii_case("mermaid") => {
                let leaves = flowchart_leaves(&code.source);
                found.extend(leaves.iter().map(|n| (n.clone(), "a flowchart")));
                if leaves.len() >= 2 {
                    groups.push(Group {
                        kind: "a flowchart",
                        names: leaves,
                    });
                }
            }
            _ => {}
        }
    }
    (found, groups)
}

/// The name after a heading's dash, where the words before it are no name ("Разумный
/// компромисс — Bitwarden", "The safest bet – Signal").
fn named_after_dash(heading: &str, body: &Body, lex: &Lexicon) -> Option<String> {
    let (_, tail) = [" — ", " – ", " - "]
        .iter()
        .find_map(|dash| heading.rsplit_once(dash))?;
    let name = as_name(tail)?;
    (name.split_whitespace().count() <= 3
        && strictly_named(&name, lex)
        && !junk(&name, lex)
        && name_like(&name, body, lex))
    .then_some(name)
}

/// A group's names without those that wrap another of its names in a word the group repeats
/// ("Votazioni Svelte", "Votazioni Angular" beside "Svelte" and "Angular": the sections of each
/// one's votes). A word beside one name alone may be part of it ("React Native" beside "React").
fn without_labels(group: &[String]) -> Vec<String> {
    // Each name is weighed against every other: a group too big to hold the options with a
    // label each (a post can head ten thousand sections) is left as it is.
    if group.len() > 2 * LABELLED_OPTIONS {
        return group.to_vec();
    }
    let label_of = |name: &str| -> Option<String> {
        group
            .iter()
            .filter(|o| o.len() < name.len())
            .find_map(|other| {
                let word = name
                    .strip_suffix(other.as_str())
                    .and_then(|b| b.strip_suffix(' '))
                    .or_else(|| {
                        name.strip_prefix(other.as_str())
                            .and_then(|a| a.strip_prefix(' '))
                    })?
                    .trim();
                (!word.is_empty()).then(|| word.to_lowercase())
            })
    };
    let labels: Vec<Option<String>> = group.iter().map(|n| label_of(n)).collect();
    group
        .iter()
        .zip(&labels)
        .filter(|(_, label)| {
            label
                .as_ref()
                .is_none_or(|l| labels.iter().flatten().filter(|m| *m == l).count() < 2)
        })
        .map(|(n, _)| n.clone())
        .collect()
}

/// A group of headings without the phrases among them: words around one of the language's
/// articles in lowercase ("Making a Choice" after "Obsidian" and "Logseq") that the post says
/// nowhere else. A name with an article in it is written again ("Remember the Milk").
fn without_phrases(group: Vec<String>, body: &Body, lex: &Lexicon) -> Vec<String> {
    // Each is looked up in the whole post: a group too big to be the options is left as it is.
    if group.len() > MOST_LISTED {
        return group;
    }
    group
        .into_iter()
        .filter(|name| {
            let words: Vec<&str> = name.split_whitespace().collect();
            let inner_article = words.len() >= 3
                && words[1..words.len() - 1]
                    .iter()
                    .any(|w| lex.articles.iter().any(|a| a == w));
            !inner_article || body.mentions(name) >= 2
        })
        .collect()
}

/// A group's names with two or more versions of one among others taken as that one ("Vue 2"
/// and "Vue 3" beside React are Vue; "Python 2" and "Python 3" alone are the choice).
pub(super) fn one_per_version(group: &[String]) -> Vec<String> {
    let versions: Vec<Option<String>> = group.iter().map(|n| without_version(n)).collect();
    let mut versioned: HashMap<&str, usize> = HashMap::new();
    for base in versions.iter().flatten() {
        *versioned.entry(base.as_str()).or_default() += 1;
    }
    let base_of = |i: usize| versions[i].as_deref().unwrap_or(group[i].as_str());
    let others_too = (0..group.len()).any(|i| !base_of(i).eq_ignore_ascii_case(base_of(0)));
    let mut names: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (i, n) in group.iter().enumerate() {
        let n = match versions[i].as_deref() {
            Some(base) if others_too && versioned[base] >= 2 => base.to_owned(),
            _ => n.clone(),
        };
        if seen.insert(n.to_lowercase()) {
            names.push(n);
        }
    }
    names
}

/// Lists under a heading, or after a line, that says it lists them in one of the language's
/// `words` ([`Lexicon::alternatives`], [`Lexicon::candidates`], [`Lexicon::conclusion`]), whose
/// items each open with a name (`led_only`: a name in bold, nothing else): in bold, as a link, before a comma ("- **[Verdaccio](…)**, the best self-hosted
/// registry", "- NPM Enterprise, which …") or as the item's first capitalised words ("- Syncthing
/// looks like the nicest distributed option").
pub(super) fn list_groups(
    blocks: &[Block],
    lex: &Lexicon,
    words: fn(&Lexicon) -> &[String],
    led_only: bool,
) -> Vec<Group> {
    let says = |text: &str| lex.has_or_english(text, words);
    let mut heading_says = false;
    let mut groups = Vec::new();
    for (at, block) in blocks.iter().enumerate() {
        let items = match block {
            Block::Heading { text, .. } => {
                heading_says = says(text);
                continue;
            }
            Block::List(items) => items,
            _ => continue,
        };
        let line_says = at > 0
            && matches!(&blocks[at - 1], Block::Paragraph(lines) if lines.iter().any(|l| says(&l.plain)));
        if !heading_says && !line_says {
            continue;
        }
        let names: Vec<String> = items
            .iter()
            .filter_map(|item| {
                if led_only {
                    return item
                        .lead
                        .as_deref()
                        .and_then(|lead| as_name(lead.trim().trim_end_matches([',', ':', '：'])))
                        .filter(|n| !junk(n, lex) && n.split_whitespace().count() <= 3);
                }
                let opening = item.lead.clone().unwrap_or_else(|| {
                    let plain = item.plain.trim();
                    let cut = plain
                        .find([',', ':', '：', '，'])
                        .or_else(|| plain.find(" - "))
                        .or_else(|| plain.find(" – "))
                        .unwrap_or(plain.len());
                    plain[..cut].to_owned()
                });
                let opening = opening.trim().trim_end_matches([',', ':', '：']);
                if opening.split_whitespace().count() <= 4 {
                    return as_name(opening);
                }
                // The item's first words written with a capital ("Resilio Sync (né …) has").
                let run: Vec<&str> = opening
                    .split_whitespace()
                    .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
                    .take(3)
                    .collect();
                let run = run.join(" ");
                (!run.is_empty() && !junk(&run, lex))
                    .then(|| as_name(&run))
                    .flatten()
            })
            .collect();
        if names.len() >= 2 && names.len() * 3 >= items.len() * 2 {
            groups.push(Group {
                kind: "a list",
                names,
            });
        }
    }
    groups
}

/// Lists of two to six items that the line before them counts in digits and introduces ("Tra
/// tutti ero tentato (e indeciso) tra questi 4:"), each item a name alone: those names.
fn counted_lists(blocks: &[Block], lex: &Lexicon) -> Vec<Group> {
    let mut groups = Vec::new();
    for pair in blocks.windows(2) {
        let (Block::Paragraph(lines), Block::List(items)) = (&pair[0], &pair[1]) else {
            continue;
        };
        let Some(line) = lines.last().map(|l| l.plain.trim()) else {
            continue;
        };
        let counted = line
            .split(|c: char| !c.is_ascii_digit())
            .any(|n| n.parse::<usize>().ok() == Some(items.len()));
        if !(2..=6).contains(&items.len()) || !line.ends_with([':', '：']) || !counted {
            continue;
        }
        let names: Vec<String> = items
            .iter()
            .filter_map(|item| {
                let text = item.plain.trim().trim_end_matches(['.', ',', ';']);
                (text.split_whitespace().count() <= 3)
                    .then(|| as_name(text))
                    .flatten()
                    .filter(|n| !junk(n, lex))
            })
            .collect();
        if names.len() == items.len() {
            groups.push(Group {
                kind: "a list",
                names,
            });
        }
    }
    groups
}

/// The most options a group of headings with a label each can hold.
const LABELLED_OPTIONS: usize = 6;

/// How many of a table header's cells are weighed as names.
const HEADER_CELLS: usize = 12;

/// How many of a section's named words are weighed as the page's subject.
pub(super) const SUBJECTS_WEIGHED: usize = 32;

/// The name each option's section sets its option against, where the page compares one
/// subject with the others ("Vitest" under "Jest", "Cypress" and "uvu"): written as a name,
/// in every section (all but one of four or more), and named in the post at least as often as
/// any option.
pub(super) fn subject_of_sections(
    names: &[String],
    titles: &[&str],
    blocks: &[Block],
    body: &Body,
    lex: &Lexicon,
) -> Option<String> {
    // Each option's section: the blocks under the heading that names it.
    let mut sections: Vec<String> = Vec::new();
    for name in names {
        let at = blocks
            .iter()
            .position(|b| matches!(b, Block::Heading { text, .. } if mentions(text, name) > 0))?;
        let Block::Heading { level, .. } = &blocks[at] else {
            return None;
        };
        let text: Vec<String> = blocks[at + 1..]
            .iter()
            .take_while(|b| !matches!(b, Block::Heading { level: l, .. } if l <= level))
            .map(|b| match b {
                Block::Paragraph(lines) | Block::List(lines) => lines
                    .iter()
                    .map(|l| l.plain.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                Block::Heading { text, .. } => text.clone(),
                _ => String::new(),
            })
            .collect();
        sections.push(text.join(" "));
    }
    let least = if sections.len() >= 4 {
        sections.len() - 1
    } else {
        sections.len()
    };
    let most = names.iter().map(|n| body.mentions(n)).max()?;
    // Candidates: the named words inside the first section's sentences (not the capital a
    // sentence opens with), each looked up in every section.
    let mut seen: HashSet<String> = HashSet::new();
    sections
        .first()?
        .split(['.', '!', '?', '\n', ':', ';', '。', '！', '？'])
        .flat_map(|sentence| {
            sentence
                .split(|c: char| !(c.is_alphanumeric() || matches!(c, '+' | '#' | '-')))
                .filter(|w| !w.is_empty())
                .skip(1)
        })
        .map(|w| w.trim_matches('-'))
        .filter(|w| w.chars().count() >= 2 && strictly_named(w, lex) && !junk(w, lex))
        .filter(|w| seen.insert(w.to_lowercase()))
        .filter(|w| !names.iter().any(|n| mentions(n, w) > 0))
        .map(|w| (body.mentions(w), w))
        .filter(|(said, _)| *said >= most)
        // Each is sought in every section: a section of thousands of names weighs a few.
        .take(SUBJECTS_WEIGHED)
        .filter(|(_, w)| sections.iter().filter(|s| mentions(s, w) > 0).count() >= least)
        // Set against them, not only named beside them ("Spring MVC", "a Postgres add-on"):
        // half the sections compare with it.
        .map(|(said, w)| {
            let compared = sections.iter().filter(|s| compares_with(s, w, lex)).count();
            (said, compared, w)
        })
        .filter(|(_, compared, w)| {
            // A title's own subject the post names alone ("Moving away from GMail"), not as
            // the first word of longer names ("Spring MVC", "Spring Cloud", "Spring 5").
            let titled =
                titles.iter().any(|t| mentions(t, w) > 0) && !heads_longer_names(&sections, w);
            compared * 2 >= sections.len() || titled
        })
        .filter(|(_, _, w)| name_like(w, body, lex))
        // The one the most sections set their option against, then the most said.
        .max_by_key(|(said, compared, _)| (*compared, *said))
        .map(|(_, _, w)| best_spelling(w, body))
}

/// Whether `word` is written mostly as the first word of a longer name in `texts` ("Spring MVC",
/// "Spring 5").
fn heads_longer_names(texts: &[String], word: &str) -> bool {
    let (mut alone, mut heading) = (0, 0);
    for text in texts {
        for (at, _) in text.match_indices(word) {
            let after = &text[at + word.len()..];
            if after.starts_with(|c: char| c.is_alphanumeric()) {
                continue;
            }
            let next = after.strip_prefix(' ').unwrap_or("");
            if next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
                heading += 1;
            } else {
                alone += 1;
            }
        }
    }
    heading > alone
}

/// Whether a sentence of `text` names `name` with a comparison: the language's comparatives,
/// its "than" or its "vs".
fn compares_with(text: &str, name: &str, lex: &Lexicon) -> bool {
    text.split(['.', '!', '?', '\n', ';', '。', '！', '？'])
        .filter(|sentence| mentions(sentence, name) > 0)
        .any(|sentence| {
            // "Leaving Gmail for it", "It imports from Gmail": a move away from it.
            let lower = lowercase(sentence);
            let moved_from = [lex, crate::lexicon::english()].iter().any(|l| {
                crate::lexicon::moves(&l.from_to).any(|(from, _)| l.find(&lower, from).is_some())
            });
            moved_from
                || lex.has_or_english(sentence, |l| &l.favours)
                || lex.has_or_english(sentence, |l| &l.than)
                || lex.has_or_english(sentence, |l| &l.better)
                || lex.has_or_english(sentence, |l| &l.versus)
        })
}

/// A heading's place among its siblings: its level and the heading it is under.
pub(super) type SiblingKey = (u8, Option<usize>);

/// Names the post gives together, one per heading of a group, cell of a header or first column,
/// or leaf of a flowchart: the options, where the group is theirs.
pub(super) struct Group {
    pub(super) kind: &'static str,
    pub(super) names: Vec<String>,
}

/// The labels of a mermaid flowchart's leaves (nodes no arrow leaves): where a decision tree
/// ends, it names what to pick.
pub(super) fn flowchart_leaves(source: &str) -> Vec<String> {
    let mut labels: Vec<(String, String)> = Vec::new();
    let mut sources: Vec<String> = Vec::new();
    let node = |text: &str| -> Option<(String, Option<String>)> {
        let text = text.trim().trim_end_matches(';');
        let id: String = text
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if id.is_empty() {
            return None;
        }
        let rest = &text[id.len()..];
        let label = rest
            .trim_start_matches(['[', '(', '{', '>', '/'])
            .trim_end_matches([']', ')', '}', '/'])
            .trim_matches('"')
            .trim();
        Some((
            id,
            (!rest.is_empty() && !label.is_empty()).then(|| label.to_owned()),
        ))
    };
    for line in source.lines() {
        let line = line.trim();
        if line.starts_with("graph") || line.starts_with("flowchart") || line.starts_with("%%") {
            continue;
        }
        let parts: Vec<&str> = line.split("-->").flat_map(|p| p.split("---")).collect();
        for (i, part) in parts.iter().enumerate() {
            // "|Yes| C[Django]": the edge's label goes.
            let part = match part.trim().strip_prefix('|') {
                Some(rest) => rest.split_once('|').map_or(rest, |(_, after)| after),
                None => part,
            };
            if let Some((id, label)) = node(part) {
                if let Some(label) = label {
                    labels.push((id.clone(), label));
                }
                if i + 1 < parts.len() {
                    sources.push(id);
                }
            }
        }
    }
    let mut leaves: Vec<String> = Vec::new();
    for (id, label) in labels {
        if !sources.contains(&id) {
            if let Some(name) = as_name(&label) {
                if !leaves.contains(&name) {
                    leaves.push(name);
                }
            }
        }
    }
    leaves
}

/// The option a pros-and-cons, when-to-use or "What is" heading is about ("Advantages of
/// SQLite", "Vorteile von Go", "When To Use MySQL", "¿Qué es Django?").
pub fn subject_of(heading: &str, lex: &Lexicon) -> Option<String> {
    let lists = [
        &lex.pros,
        &lex.cons,
        &lex.when_to_choose,
        &lex.when_not,
        &lex.what_is,
    ];
    for list in lists {
        if let Some((at, word)) = lex.first(heading, list) {
            let rest = heading[at + word.len()..]
                .trim_start_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '#'));
            // "Vorteile von Go", "Avantages de React": the word that joins them goes.
            let rest = rest
                .split_once(' ')
                .filter(|(join, _)| {
                    join.chars().count() <= 3 && join.chars().all(char::is_lowercase)
                })
                .map_or(rest, |(_, after)| after);
            let rest = rest.trim_end_matches(['?', ':', '.', '!', '？', '：', '؟']);
            let frequent_word = |n: &String| {
                lex.common.iter().any(|w| w.eq_ignore_ascii_case(n)) || n.chars().count() < 2
            };
            if let Some(name) = as_name(rest).filter(|n| !frequent_word(n)) {
                return Some(name);
            }
            // Where the language puts the name first ("VUE 缺点", "Hugoのスキなところ",
            // "Go'nun avantajları", "X के फायदे").
            if HEAD_FINAL.contains(&lex.lang.as_str()) {
                if let Some(name) = name_before(&heading[..at]) {
                    return Some(name);
                }
            }
        }
    }
    None
}

/// Languages that say "X's advantages" with the name before the topic word.
pub(super) const HEAD_FINAL: &[&str] = &["ja", "zh", "ko", "tr", "hi", "bn", "ur", "fa"];

/// The name a heading gives before its topic word: the first run of Latin letters (and the signs
/// names use) in it, without a possessive ending ("Go'nun"), or the whole of a short part.
pub(super) fn name_before(before: &str) -> Option<String> {
    let latin =
        |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '#' | '-' | '_' | ' ');
    let run: String = before
        .trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
        .chars()
        .take_while(|c| latin(*c))
        .collect();
    let run = run.split(['\'', '’']).next().unwrap_or("").trim();
    if run.chars().any(|c| c.is_ascii_alphabetic()) {
        return as_name(run).or_else(|| tidy(run));
    }
    let bare = before.trim().trim_end_matches(['の', '的', '의', ' ']);
    (bare.chars().any(is_unspaced_script) && (1..=8).contains(&bare.chars().count()))
        .then(|| bare.to_owned())
}

/// The one other name an introduction's sentence gives beside every name of a group (at most
/// five), named first and about as often as they are: what the post compares them with.
pub(super) fn subject_against(
    group: &[String],
    intro_sentences: &[String],
    body: &Body,
    lex: &Lexicon,
) -> Option<String> {
    if group.len() >= 6 {
        return None;
    }
    let least = group.iter().map(|n| body.mentions(n)).min()?.max(3);
    intro_sentences.iter().take(3).find_map(|sentence| {
        if !group.iter().all(|n| mentions(sentence, n) > 0) {
            return None;
        }
        // It comes before the group's names, within a sentence's reach of them.
        let first_of_group = group
            .iter()
            .filter_map(|n| sentence.to_lowercase().find(&n.to_lowercase()))
            .min()?;
        let before: Vec<&str> = sentence
            .get(..first_of_group)?
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
            .collect();
        let mut others: Vec<String> = Vec::new();
        for word in &before[before.len().saturating_sub(30)..] {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '#' | '+'));
            let is_other = !word.is_empty()
                && strictly_named(word, lex)
                && !junk(word, lex)
                && !group
                    .iter()
                    .any(|n| n.eq_ignore_ascii_case(word) || mentions(n, word) > 0)
                && body.mentions(word) >= least
                // Written so in most of its mentions: not "In" opening a sentence.
                && body.as_written(word) * 2 >= body.mentions(word);
            if is_other && !others.iter().any(|o| o == word) {
                others.push(word.to_owned());
            }
        }
        match &others[..] {
            [one] => Some(one.clone()),
            _ => None,
        }
    })
}

/// A name without its version number ("Vue" of "Vue 3", "Python" of "Python 2.7").
pub(super) fn without_version(name: &str) -> Option<String> {
    let (base, version) = name.rsplit_once(' ')?;
    let version = version.trim_start_matches(['v', 'V']);
    (!version.is_empty()
        && version.starts_with(|c: char| c.is_ascii_digit())
        && version
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == 'x'))
    .then(|| base.trim().to_owned())
}

/// The options of headings that each pair an aspect with one of them, on either side of a dash,
/// a colon or a bar: names that come back beside two or more of the same aspects.
fn aspect_pairs(blocks: &[Block], lex: &Lexicon, body: &Body) -> Option<Vec<String>> {
    let pairs: Vec<(String, String)> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text, .. } => Some(unnumbered(text.trim()).replace("**", "")),
            _ => None,
        })
        .filter_map(|t| {
            crate::sections::LABEL_MARKS
                .iter()
                .find_map(|sep| t.split_once(sep))
                .map(|(a, b)| (a.trim().to_owned(), b.trim().to_owned()))
        })
        .collect();
    // Names on one side, aspects on the other: whichever side gives two or more names that each
    // come back beside two or more aspects.
    for names_right in [true, false] {
        let mut aspects_of: Vec<(String, Vec<String>)> = Vec::new();
        for (left, right) in &pairs {
            let (name, aspect) = if names_right {
                (right, left)
            } else {
                (left, right)
            };
            let aspect = lowercase(aspect);
            match aspects_of
                .iter_mut()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
            {
                Some((_, aspects)) if !aspects.contains(&aspect) => aspects.push(aspect),
                Some(_) => {}
                None => aspects_of.push((name.clone(), vec![aspect])),
            }
        }
        let names: Vec<String> = aspects_of
            .iter()
            .filter(|(_, aspects)| aspects.len() >= 2)
            .filter(|(n, aspects)| {
                // The aspects it shares with another name.
                aspects_of.iter().any(|(m, theirs)| {
                    m != n && aspects.iter().filter(|a| theirs.contains(a)).count() >= 2
                })
            })
            .filter_map(|(n, _)| as_name(n))
            .filter(|n| name_like(n, body, lex) && n.split_whitespace().count() <= 3)
            .collect();
        if (2..=6).contains(&names.len()) {
            return Some(names);
        }
    }
    None
}
