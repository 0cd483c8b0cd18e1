//! The article as blocks: its front matter (YAML between `---` lines or TOML between `+++`
//! lines, read with maintained parsers), then its Markdown (CommonMark with GFM tables, read with
//! `pulldown-cmark`), after the code blocks of site generators' own syntaxes (`{% highlight %}`,
//! `{{< highlight >}}`) are written as fences. No Markdown is read by hand here.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use verdict_core::content::CodeSample;

/// What the front matter says of the post.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// `title`.
    pub title: Option<String>,
    /// `description` (or `excerpt`, `summary`).
    pub description: Option<String>,
}

/// One block of the article, in order.
#[derive(Debug, Clone)]
pub enum Block {
    /// A heading and its level (1–6).
    Heading { level: u8, text: String },
    /// Lines of a paragraph (split at line breaks), with inline markup kept.
    Paragraph(Vec<Text>),
    /// A list's items (nested lists flattened into their own items).
    List(Vec<Text>),
    /// A code block.
    Code(CodeSample),
    /// A table: its header row and its rows.
    Table {
        head: Vec<Text>,
        rows: Vec<Vec<Text>>,
    },
    /// HTML, left out.
    Html,
}

/// A piece of text both with its inline markup (for prose) and plain (for titles and ids).
#[derive(Debug, Clone, Default)]
pub struct Text {
    /// With the inline markup the widget shows (`*em*`, `**strong**`, `` `code` ``, links).
    pub rich: String,
    /// Plain.
    pub plain: String,
    /// The bold words the text starts with (a list item's label: "**Portable**: …").
    pub lead: Option<String>,
}

impl Text {
    fn push(&mut self, rich: &str, plain: &str) {
        self.rich.push_str(rich);
        self.plain.push_str(plain);
    }

    fn trimmed(mut self) -> Self {
        self.rich = self.rich.trim().to_owned();
        self.plain = self.plain.trim().to_owned();
        self.lead = self
            .lead
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty());
        self
    }
}

/// Text with the markup characters escaped (`core::markup` reads a backslash as "literal").
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '`' | '[' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The article: what its front matter says, its blocks, and whether site-generator tags were left
/// out.
pub struct Article {
    /// The front matter (empty when there is none).
    pub front: FrontMatter,
    /// The Markdown's blocks.
    pub blocks: Vec<Block>,
    /// Template tags (`{{ video(…) }}`, `{% include … %}`) that were left out.
    pub tags_left_out: usize,
}

/// Reads `markdown`: the front matter, then the body.
pub fn article(markdown: &str) -> Article {
    let (front, body) = front_matter(markdown);
    let (body, tags_left_out) = with_fences(body);
    Article {
        front,
        blocks: blocks(&body),
        tags_left_out,
    }
}

/// The front matter and the body after it. A post starting with `---` or `+++` lines carries
/// YAML or TOML front matter up to the same line again (`...` also ends YAML).
fn front_matter(markdown: &str) -> (FrontMatter, &str) {
    let text = markdown.strip_prefix('\u{feff}').unwrap_or(markdown);
    let Some(first) = text.lines().next() else {
        return (FrontMatter::default(), text);
    };
    let fence = first.trim_end();
    if fence != "---" && fence != "+++" {
        return (FrontMatter::default(), text);
    }
    let after_first = &text[first.len()..];
    let after_first = after_first.strip_prefix('\n').unwrap_or(after_first);
    let mut offset = 0;
    for line in after_first.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == fence || (fence == "---" && bare == "...") {
            let meta = &after_first[..offset];
            let body = &after_first[offset + line.len()..];
            let front = if fence == "+++" {
                toml_front(meta)
            } else {
                yaml_front(meta)
            };
            return (front, body);
        }
        offset += line.len();
    }
    // No closing line: not front matter (a thematic break at the top, say).
    (FrontMatter::default(), text)
}

fn toml_front(meta: &str) -> FrontMatter {
    let Ok(table) = meta.parse::<toml::Table>() else {
        return FrontMatter::default();
    };
    let text = |keys: &[&str]| {
        keys.iter().find_map(|k| {
            table
                .get(*k)
                .or_else(|| table.get("extra").and_then(|e| e.get(*k)))
                .and_then(|v| v.as_str())
                .map(|s| s.trim().to_owned())
        })
    };
    FrontMatter {
        title: text(&["title"]),
        description: text(&["description", "summary", "excerpt"]),
    }
}

fn yaml_front(meta: &str) -> FrontMatter {
    let Ok(docs) = yaml_rust2::YamlLoader::load_from_str(meta) else {
        return FrontMatter::default();
    };
    let Some(doc) = docs.first() else {
        return FrontMatter::default();
    };
    let text = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| doc[*k].as_str().map(|s| s.trim().to_owned()))
    };
    FrontMatter {
        title: text(&["title"]),
        description: text(&["description", "summary", "excerpt"]),
    }
}

/// The body with `{% highlight go %}…{% endhighlight %}` (Jekyll) and
/// `{{< highlight go >}}…{{< /highlight >}}` (Hugo) written as fenced code, and lines that are a
/// template tag alone left out (counted). Code already fenced is left as it is.
fn with_fences(body: &str) -> (String, usize) {
    let mut out = String::with_capacity(body.len());
    let mut fence: Option<String> = None;
    let mut in_tag_code = false;
    let mut left_out = 0;
    for line in body.split_inclusive('\n') {
        let bare = line.trim();
        if let Some(open) = &fence {
            if bare.starts_with(open.as_str()) {
                fence = None;
            }
            out.push_str(line);
            continue;
        }
        if in_tag_code {
            if is_tag(bare, &["endhighlight"]) || is_tag(bare, &["/highlight"]) {
                out.push_str("```\n");
                in_tag_code = false;
            } else {
                out.push_str(line);
            }
            continue;
        }
        if bare.starts_with("```") || bare.starts_with("~~~") {
            fence = Some(bare.chars().take(3).collect());
            out.push_str(line);
            continue;
        }
        if let Some(language) = highlight_language(bare) {
            out.push_str(&format!("```{language}\n"));
            in_tag_code = true;
            continue;
        }
        let whole_tag = (bare.starts_with("{%") && bare.ends_with("%}"))
            || (bare.starts_with("{{") && bare.ends_with("}}"));
        if whole_tag {
            left_out += 1;
            out.push('\n');
            continue;
        }
        out.push_str(line);
    }
    (out, left_out)
}

/// Whether `line` is the template tag `{% name … %}` or `{{< name … >}}` (also with `%` inside
/// the braces) for one of `names`.
fn is_tag(line: &str, names: &[&str]) -> bool {
    tag_words(line).is_some_and(|words| names.contains(&words[0]))
}

/// The words inside a template tag line.
fn tag_words(line: &str) -> Option<Vec<&str>> {
    let inner = line
        .strip_prefix("{%")
        .and_then(|l| l.strip_suffix("%}"))
        .or_else(|| line.strip_prefix("{{<").and_then(|l| l.strip_suffix(">}}")))
        .or_else(|| line.strip_prefix("{{%").and_then(|l| l.strip_suffix("%}}")))?;
    let inner = inner.trim_matches(|c: char| c == '-' || c.is_whitespace());
    let words: Vec<&str> = inner.split_whitespace().collect();
    (!words.is_empty()).then_some(words)
}

/// The language of a `{% highlight go %}` / `{{< highlight go "linenos=table" >}}` line.
fn highlight_language(line: &str) -> Option<String> {
    let words = tag_words(line)?;
    if words[0] != "highlight" {
        return None;
    }
    Some(
        words
            .get(1)
            .map(|w| w.trim_matches('"').to_owned())
            .unwrap_or_default(),
    )
}

/// The Markdown's blocks, read with pulldown-cmark.
fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    );
    while let Some(event) = parser.next() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let text = inline(&mut parser, TagEnd::Heading(level))
                    .into_iter()
                    .map(|t| t.plain)
                    .collect::<Vec<_>>()
                    .join(" ");
                out.push(Block::Heading {
                    level: heading_level(level),
                    text,
                });
            }
            Event::Start(Tag::Paragraph) => {
                let lines: Vec<Text> = inline(&mut parser, TagEnd::Paragraph)
                    .into_iter()
                    .filter(|l| !l.plain.is_empty())
                    .collect();
                if !lines.is_empty() {
                    out.push(Block::Paragraph(lines));
                }
            }
            Event::Start(Tag::List(_)) => out.push(Block::List(list(&mut parser))),
            Event::Start(Tag::CodeBlock(kind)) => {
                let language = match kind {
                    CodeBlockKind::Fenced(info) => info
                        .split(|c: char| c.is_whitespace() || c == '{' || c == ',')
                        .next()
                        .unwrap_or("")
                        .to_owned(),
                    CodeBlockKind::Indented => String::new(),
                };
                let mut source = String::new();
                for event in parser.by_ref() {
                    match event {
                        Event::Text(t) => source.push_str(&t),
                        Event::End(TagEnd::CodeBlock) => break,
                        _ => {}
                    }
                }
                out.push(Block::Code(CodeSample {
                    language: if language.is_empty() {
                        "code".to_owned()
                    } else {
                        language
                    },
                    caption: None,
                    source: source.trim_end_matches('\n').to_owned(),
                }));
            }
            Event::Start(Tag::Table(_)) => out.push(table(&mut parser)),
            Event::Html(_) | Event::Start(Tag::HtmlBlock) => {
                for event in parser.by_ref() {
                    if matches!(event, Event::End(TagEnd::HtmlBlock)) {
                        break;
                    }
                }
                out.push(Block::Html);
            }
            // Quotes and other containers: their paragraphs and lists come through as blocks.
            _ => {}
        }
    }
    out
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Inline content up to `end`, as lines (split at line breaks); always at least one line. A
/// `<br>` in a table cell is a line break too.
fn inline(parser: &mut Parser<'_>, end: TagEnd) -> Vec<Text> {
    let mut lines = vec![Text::default()];
    let mut link: Option<String> = None;
    // The bold words a line starts with, while they are being read.
    let mut lead: Option<String> = None;
    for event in parser.by_ref() {
        let Some(line) = lines.last_mut() else { break };
        match event {
            Event::End(e) if e == end => break,
            Event::Text(t) => {
                if let Some(lead) = lead.as_mut() {
                    lead.push_str(&t);
                }
                line.push(&escape(&t), &t);
            }
            Event::Code(t) if !t.contains('`') => line.push(&format!("`{t}`"), &t),
            Event::InlineHtml(t) | Event::Html(t)
                if t.trim().to_ascii_lowercase().starts_with("<br") =>
            {
                lines.push(Text::default());
            }
            Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => line.push(&escape(&t), &t),
            Event::SoftBreak | Event::HardBreak => lines.push(Text::default()),
            Event::Start(Tag::Emphasis) | Event::End(TagEnd::Emphasis) => line.push("*", ""),
            Event::Start(Tag::Strong) => {
                if line.plain.trim().is_empty() {
                    lead = Some(String::new());
                }
                line.push("**", "");
            }
            Event::End(TagEnd::Strong) => {
                if let Some(done) = lead.take() {
                    line.lead = Some(done);
                }
                line.push("**", "");
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                let href = dest_url.to_string();
                if verdict_core::markup::is_safe_href(&href) {
                    line.push("[", "");
                    link = Some(href);
                }
            }
            Event::End(TagEnd::Link) => {
                if let Some(href) = link.take() {
                    line.push(&format!("]({href})"), "");
                }
            }
            _ => {}
        }
    }
    lines.into_iter().map(Text::trimmed).collect()
}

/// A list's items (nested lists flattened into their own items).
fn list(parser: &mut Parser<'_>) -> Vec<Text> {
    let mut items = Vec::new();
    let mut depth = 1;
    let mut current: Option<Text> = None;
    let mut lead: Option<String> = None;
    while let Some(event) = parser.next() {
        match event {
            Event::Start(Tag::List(_)) => depth += 1,
            Event::End(TagEnd::List(_)) => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            Event::Start(Tag::Item) => {
                if let Some(item) = current.take() {
                    items.push(item.trimmed());
                }
                current = Some(Text::default());
            }
            Event::End(TagEnd::Item) => {
                if let Some(item) = current.take() {
                    items.push(item.trimmed());
                }
            }
            Event::Start(Tag::Paragraph) => {
                let lines = inline(parser, TagEnd::Paragraph);
                let item = current.get_or_insert_with(Text::default);
                for line in lines {
                    if item.plain.is_empty() && item.lead.is_none() {
                        item.lead = line.lead.clone();
                    }
                    if !item.plain.is_empty() {
                        item.push(" ", " ");
                    }
                    item.push(&line.rich, &line.plain);
                }
            }
            Event::Text(t) => {
                if let Some(lead) = lead.as_mut() {
                    lead.push_str(&t);
                }
                current
                    .get_or_insert_with(Text::default)
                    .push(&escape(&t), &t)
            }
            Event::Code(t) => current
                .get_or_insert_with(Text::default)
                .push(&format!("`{}`", t.replace('`', "")), &t),
            Event::SoftBreak | Event::HardBreak => {
                current.get_or_insert_with(Text::default).push(" ", " ")
            }
            Event::Start(Tag::Emphasis) | Event::End(TagEnd::Emphasis) => {
                current.get_or_insert_with(Text::default).push("*", "")
            }
            Event::Start(Tag::Strong) => {
                let item = current.get_or_insert_with(Text::default);
                if item.plain.trim().is_empty() {
                    lead = Some(String::new());
                }
                item.push("**", "");
            }
            Event::End(TagEnd::Strong) => {
                let item = current.get_or_insert_with(Text::default);
                if let Some(done) = lead.take() {
                    item.lead = Some(done);
                }
                item.push("**", "");
            }
            _ => {}
        }
    }
    items.into_iter().filter(|i| !i.plain.is_empty()).collect()
}

fn table(parser: &mut Parser<'_>) -> Block {
    let mut head = Vec::new();
    let mut rows = Vec::new();
    let mut in_head = false;
    while let Some(event) = parser.next() {
        match event {
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableRow) => rows.push(Vec::new()),
            Event::Start(Tag::TableCell) => {
                // Lines of a cell (a `<br>` breaks them) are joined with "; ".
                let cell = inline(parser, TagEnd::TableCell)
                    .into_iter()
                    .filter(|t| !t.plain.is_empty())
                    .reduce(|mut a, b| {
                        a.push("; ", "; ");
                        a.push(&b.rich, &b.plain);
                        a
                    })
                    .unwrap_or_default();
                match (in_head, rows.last_mut()) {
                    (true, _) => head.push(cell),
                    (false, Some(row)) => row.push(cell),
                    (false, None) => rows.push(vec![cell]),
                }
            }
            Event::End(TagEnd::Table) => break,
            _ => {}
        }
    }
    Block::Table { head, rows }
}
