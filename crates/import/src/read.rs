//! The article as blocks: its front matter (YAML between `---` lines or TOML between `+++`
//! lines, read with maintained parsers), then its body: Markdown (CommonMark with GFM tables,
//! read with `pulldown-cmark`) after the code blocks of site generators' own syntaxes
//! (`{% highlight %}`, `{{< highlight >}}`) are written as fences and MDX's `import`/`export`
//! lines left out; HTML (a page's article, or HTML blocks inside Markdown such as tables and
//! JSX headings) read by [`super::html`] into the same blocks. Images give no text (their alt
//! text is not the author's argument). No Markdown or HTML is read by hand here.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use verdict_core::content::CodeSample;

/// What the front matter says of the post.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// `title`.
    pub title: Option<String>,
    /// `description` (or `excerpt`, `summary`).
    pub description: Option<String>,
    /// `lang` (or `language`, `locale`).
    pub lang: Option<String>,
    /// `tags` (or `keywords`, `categories`, `topics`): what the post is about, often the names
    /// it compares.
    pub tags: Vec<String>,
}

/// The front matter's keys whose values say what the post is about.
const TAG_KEYS: &[&str] = &[
    "tags",
    "keywords",
    "categories",
    "topics",
    "etiquetas",
    "tag",
];

/// Tags written as a list or as one comma-separated string.
fn tag_list<'a>(values: impl Iterator<Item = &'a str>) -> Vec<String> {
    values
        .flat_map(|v| v.split(','))
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect()
}

/// The spans the post's prose marks (bold, italic, code, a link's text), plain: where a post
/// writes the names it talks about.
pub fn marked(blocks: &[Block]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for block in blocks {
        let (Block::Paragraph(lines) | Block::List(lines)) = block else {
            continue;
        };
        for line in lines {
            spans(&line.rich, &mut out);
        }
    }
    out
}

/// The marked spans of one text in the widget's inline markup.
fn spans(rich: &str, out: &mut Vec<String>) {
    let mut rest = rich;
    while let Some(at) = rest.find(['*', '`', '[']) {
        let after = &rest[at..];
        let (open, close) = if after.starts_with("**") {
            ("**", "**")
        } else if after.starts_with('*') {
            ("*", "*")
        } else if after.starts_with('`') {
            ("`", "`")
        } else {
            ("[", "](")
        };
        let inside = &after[open.len()..];
        match inside.find(close) {
            Some(end) => {
                let span = inside[..end].replace(['*', '`', '\\'], "");
                let span = span.trim();
                if !span.is_empty() && span.chars().count() <= 40 {
                    out.push(span.to_owned());
                }
                rest = &inside[end + close.len()..];
            }
            None => rest = inside,
        }
    }
}

/// The blocks of a section's own text: those before the next heading.
pub fn before_heading(blocks: &[Block]) -> impl Iterator<Item = &Block> {
    blocks
        .iter()
        .take_while(|b| !matches!(b, Block::Heading { .. }))
}

/// A text without what it says in parentheses ("ability to parse the test results (which I didn't
/// appreciate)").
pub fn without_asides(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
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

/// A table typed in a plain code block, its columns lined up with two spaces or more (a tab
/// too): a header row over two rows or more, each of the same number of cells (two to eight;
/// the header may leave its first corner empty). Code is none: no line of it holds a brace, a
/// semicolon or an equals sign, nor opens with a prompt or a comment.
fn text_table(source: &str) -> Option<Block> {
    let lines: Vec<&str> = source.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.len() < 3 || lines.len() > 200 {
        return None;
    }
    let code = |l: &str| {
        let t = l.trim_start();
        l.contains(['{', '}', ';', '='])
            || t.starts_with(['$', '#', '>'])
            || t.starts_with("//")
            || t.starts_with("--")
    };
    if lines.iter().any(|l| code(l)) {
        return None;
    }
    let cells = |l: &str| -> Vec<String> {
        l.trim()
            .replace('\t', "  ")
            .split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let rows: Vec<Vec<String>> = lines[1..].iter().map(|l| cells(l)).collect();
    let width = rows[0].len();
    if !(2..=8).contains(&width) || rows.iter().any(|r| r.len() != width) {
        return None;
    }
    let mut head = cells(lines[0]);
    if head.len() + 1 == width {
        head.insert(0, String::new());
    }
    if head.len() != width {
        return None;
    }
    let text = |c: &String| Text::plain_text(c);
    Some(Block::Table {
        head: head.iter().map(text).collect(),
        rows: rows.iter().map(|r| r.iter().map(text).collect()).collect(),
    })
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
    /// How many of its characters are the text of a link (any link: a table of contents' are
    /// to anchors in the page).
    pub linked: usize,
}

/// A paragraph's lines as one line of plain text (see `sections::prose` for the markup kept).
pub fn plain_prose(lines: &[Text]) -> String {
    lines
        .iter()
        .map(|l| l.plain.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

impl Text {
    /// Text with these words, plain and rich alike (escaped for the widget's markup).
    pub fn plain_text(text: &str) -> Self {
        Self {
            rich: escape(text),
            plain: text.to_owned(),
            ..Self::default()
        }
    }

    pub(crate) fn push(&mut self, rich: &str, plain: &str) {
        self.rich.push_str(rich);
        self.plain.push_str(plain);
    }

    /// Whether it is mostly the text of links (a "Read more" line, a table of contents' entry).
    pub fn mostly_linked(&self) -> bool {
        let chars = self.plain.chars().filter(|c| !c.is_whitespace()).count();
        chars > 0 && self.linked * 10 >= chars * 8
    }

    pub(crate) fn trimmed(mut self) -> Self {
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

/// Whether any of the elements that hold a page's text is in `body`: a paragraph, a heading, a
/// list item, a table cell.
fn holds_text_in_elements(body: &str) -> bool {
    let lower = body.to_ascii_lowercase();
    [
        "<p>", "<p ", "<li>", "<li ", "<td", "<h1", "<h2", "<h3", "<h4",
    ]
    .iter()
    .any(|tag| lower.contains(tag))
}

/// How many lines of `body` are Markdown's own: a heading, an underline, a list item.
fn markdown_lines(body: &str) -> usize {
    body.lines()
        .filter(|line| {
            let t = line.trim_end();
            t.starts_with("# ")
                || t.starts_with("## ")
                || t.starts_with("- ")
                || t.starts_with("* ")
                || (t.len() >= 3 && (t.chars().all(|c| c == '=') || t.chars().all(|c| c == '-')))
                || t.split_once(". ").is_some_and(|(n, _)| {
                    !n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit())
                })
        })
        .count()
}

/// Reads a post: the front matter, then the body (HTML when it is a page or starts with an HTML
/// element other than an MDX component, else Markdown or MDX).
pub fn article(post: &str) -> Article {
    let (mut front, body) = front_matter(post);
    let start = body.trim_start();
    let lower: String = start.chars().take(200).collect::<String>().to_lowercase();
    // The first tag's name, whole: "<ArticleHeader … />" in MDX is a component, not "<article>".
    let first_tag = lower.strip_prefix('<').map(|rest| {
        rest.split(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .next()
            .unwrap_or("")
    });
    let html = lower.starts_with("<!doctype")
        || first_tag
            .is_some_and(|tag| matches!(tag, "html" | "head" | "body" | "article" | "main"))
        || (start.starts_with('<')
            && !start[1..].starts_with(|c: char| c.is_ascii_uppercase())
            && body.matches("</").count() > 3
            && !body.contains("\n## ")
            && !body.contains("\n# "));
    // A Markdown post with a page's <head> pasted over it (a stylesheet's link, then "Linux vs
    // windows" underlined with "===" and numbered lists): no element holds its text.
    let html = html && (holds_text_in_elements(body) || markdown_lines(body) < 2);
    if html {
        let page = super::html::page(body);
        if front.lang.is_none() {
            front.lang = page.lang;
        }
        if front.title.is_none() {
            front.title = page.title;
        }
        return Article {
            front,
            blocks: page.blocks,
            tags_left_out: 0,
        };
    }
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
    if fence == "{" {
        return json_front(text);
    }
    if fence != "---" && fence != "+++" {
        return key_lines_front(text).unwrap_or_else(|| (FrontMatter::default(), text));
    }
    let after_first = &text[first.len()..];
    let after_first = after_first.strip_prefix('\n').unwrap_or(after_first);
    let mut offset = 0;
    for line in after_first.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == fence || (fence == "---" && bare == "...") {
            let meta = &after_first[..offset];
            let body = &after_first[offset + line.len()..];
            let mut front = if fence == "+++" {
                toml_front(meta)
            } else {
                yaml_front(meta)
            };
            // `description: ""` says nothing.
            for field in [&mut front.title, &mut front.description, &mut front.lang] {
                if field.as_deref().is_some_and(|v| v.trim().is_empty()) {
                    *field = None;
                }
            }
            return (front, body);
        }
        offset += line.len();
    }
    // No closing line: not front matter (a thematic break at the top, say).
    (FrontMatter::default(), text)
}

/// Pelican's and MultiMarkdown's metadata: "Key: value" lines at the very top, one of them
/// `Title`, up to the first blank line, or a line of dashes some engines close them with
/// ("title: Mercurial vs git" … "----").
fn key_lines_front(text: &str) -> Option<(FrontMatter, &str)> {
    let mut front = FrontMatter::default();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let bare = line.trim();
        if bare.is_empty() {
            break;
        }
        if offset > 0 && bare.len() >= 3 && bare.chars().all(|c| c == '-') {
            offset += line.len();
            break;
        }
        let (key, value) = bare.split_once(':')?;
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == '_' || c == '-')
        {
            return None;
        }
        let value = value.trim().to_owned();
        match key.to_ascii_lowercase().as_str() {
            "title" => front.title = Some(value),
            "summary" | "description" => front.description = Some(value),
            "lang" | "language" => front.lang = Some(value),
            k if TAG_KEYS.contains(&k) => {
                front.tags.extend(tag_list(std::iter::once(value.as_str())))
            }
            _ => {}
        }
        offset += line.len();
    }
    let titled = front.title.as_ref().is_some_and(|t| !t.is_empty());
    titled.then(|| (front, &text[offset..]))
}

/// JSON front matter: an object at the very top, the body after it.
fn json_front(text: &str) -> (FrontMatter, &str) {
    let mut values = serde_json::Deserializer::from_str(text).into_iter::<serde_json::Value>();
    let Some(Ok(serde_json::Value::Object(map))) = values.next() else {
        return (FrontMatter::default(), text);
    };
    let body = &text[values.byte_offset()..];
    let text_of = |keys: &[&str]| {
        keys.iter().find_map(|k| {
            map.get(*k)
                .and_then(|v| v.as_str())
                .map(|s| s.trim().to_owned())
        })
    };
    let tags = TAG_KEYS
        .iter()
        .filter_map(|k| map.get(*k))
        .flat_map(|v| match v {
            serde_json::Value::Array(items) => tag_list(items.iter().filter_map(|i| i.as_str())),
            serde_json::Value::String(s) => tag_list(std::iter::once(s.as_str())),
            _ => Vec::new(),
        })
        .collect();
    let front = FrontMatter {
        title: text_of(&["title"]),
        description: text_of(&["description", "summary", "excerpt"]),
        lang: text_of(&["lang", "language", "locale"]),
        tags,
    };
    (front, body)
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
    let tags = TAG_KEYS
        .iter()
        .filter_map(|k| table.get(*k))
        .flat_map(|v| match v {
            toml::Value::Array(items) => tag_list(items.iter().filter_map(|i| i.as_str())),
            toml::Value::String(s) => tag_list(std::iter::once(s.as_str())),
            _ => Vec::new(),
        })
        .collect();
    FrontMatter {
        title: text(&["title"]),
        description: text(&["description", "summary", "excerpt"]),
        lang: text(&["lang", "language", "locale"]),
        tags,
    }
}

fn yaml_front(meta: &str) -> FrontMatter {
    let Ok(docs) = yaml_rust2::YamlLoader::load_from_str(meta) else {
        return loose_front(meta);
    };
    let Some(doc) = docs.first() else {
        return FrontMatter::default();
    };
    let text = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| doc[*k].as_str().map(|s| s.trim().to_owned()))
    };
    let tags = TAG_KEYS
        .iter()
        .flat_map(|k| match &doc[*k] {
            yaml_rust2::Yaml::Array(items) => tag_list(items.iter().filter_map(|i| i.as_str())),
            yaml_rust2::Yaml::String(s) => tag_list(std::iter::once(s.as_str())),
            _ => Vec::new(),
        })
        .collect();
    // Nuxt Content writes the page's head: `head: { title, meta: [{ name: description, content }] }`.
    let head = &doc["head"];
    let head_description = match &head["meta"] {
        yaml_rust2::Yaml::Array(metas) => metas
            .iter()
            .find(|m| m["name"].as_str() == Some("description"))
            .and_then(|m| m["content"].as_str())
            .map(|s| s.trim().to_owned()),
        _ => None,
    };
    FrontMatter {
        title: text(&["title"]).or_else(|| head["title"].as_str().map(|s| s.trim().to_owned())),
        description: text(&["description", "summary", "excerpt"]).or(head_description),
        lang: text(&["lang", "language", "locale"]),
        tags,
    }
}

/// Front matter a YAML parser refuses (blog exports write quoted HTML over several lines, tabs,
/// stray colons): its top-level `key: value` lines still say the title, the description, the
/// language and the tags (`tags: [a, b]`, or `- a` lines under `tags:`).
fn loose_front(meta: &str) -> FrontMatter {
    let mut front = FrontMatter::default();
    let mut in_tags = false;
    for line in meta.lines() {
        if in_tags {
            if let Some(item) = line.trim_start().strip_prefix("- ") {
                front.tags.extend(tag_list(std::iter::once(unquoted(item))));
                continue;
            }
            in_tags = false;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let (key, value) = (key.trim(), unquoted(value));
        let slot = match key {
            "title" => &mut front.title,
            "description" | "summary" | "excerpt" => &mut front.description,
            "lang" | "language" | "locale" => &mut front.lang,
            _ if TAG_KEYS.contains(&key) => {
                let list = value.trim_start_matches('[').trim_end_matches(']');
                front.tags.extend(tag_list(list.split(',').map(unquoted)));
                in_tags = list.is_empty();
                continue;
            }
            _ => continue,
        };
        if slot.is_none() && !value.is_empty() {
            *slot = Some(value.to_owned());
        }
    }
    front
}

/// A YAML scalar without its quotes.
fn unquoted(value: &str) -> &str {
    // A quoted value that goes on past its line keeps its first line.
    value.trim().trim_matches(['"', '\'']).trim()
}

/// The body with `{% highlight go %}…{% endhighlight %}` (Jekyll) and
/// `{{< highlight go >}}…{{< /highlight >}}` (Hugo) written as fenced code, and lines that are a
/// template tag alone left out (counted). Code already fenced is left as it is.
fn with_fences(body: &str) -> (String, usize) {
    let mut out = String::with_capacity(body.len());
    let mut fence: Option<String> = None;
    let mut in_tag_code = false;
    let mut left_out = 0;
    // Inside an MDC component that is a title (Nuxt Content's `:::globalTitle{:tag="h3"}`): the
    // level its lines are a heading at.
    let mut mdc_heading: Option<usize> = None;
    // MkDocs' content tabs and admonitions (`=== "Fly.io"`, `!!! note "Title"`) hold their
    // Markdown indented under them: the indentation each open one strips, and the level of the
    // last heading (a tab is a heading under it).
    let mut indented: Vec<usize> = Vec::new();
    let mut last_level = 1;
    for raw in body.split_inclusive('\n') {
        let indent = raw.len() - raw.trim_start_matches(' ').len();
        if !raw.trim().is_empty() {
            while indented.last().is_some_and(|w| indent < *w) {
                indented.pop();
            }
        }
        let line = match indented.last() {
            Some(_) if raw.trim().is_empty() => "\n",
            Some(w) => &raw[*w..],
            None => raw,
        };
        let bare = line.trim();
        if fence.is_none() {
            if let Some((marker, title)) = mkdocs_block(bare) {
                let indent = line.len() - line.trim_start_matches(' ').len();
                indented.push(indented.last().copied().unwrap_or(0) + indent + 4);
                match (marker, title) {
                    ("===", Some(title)) => {
                        out.push_str(&format!("\n{} {title}\n\n", "#".repeat(last_level + 1)));
                    }
                    (_, Some(title)) => out.push_str(&format!("\n**{title}**\n\n")),
                    _ => out.push('\n'),
                }
                continue;
            }
            if bare.starts_with('#') {
                let level = bare.chars().take_while(|c| *c == '#').count();
                if (1..=6).contains(&level) && bare[level..].starts_with(' ') {
                    last_level = level.min(5);
                }
            }
        }
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
        // MDC (Nuxt Content) block components: `::name{props}` opens, `::` closes; what is
        // between is Markdown, a heading where the component is a title.
        if let Some(component) = mdc_component(bare) {
            mdc_heading = component;
            out.push('\n');
            continue;
        }
        if let Some(level) = mdc_heading.filter(|_| !bare.is_empty()) {
            out.push_str(&format!("{} {bare}\n", "#".repeat(level)));
            continue;
        }
        let whole_tag = (bare.starts_with("{%") && bare.ends_with("%}"))
            || (bare.starts_with("{{") && bare.ends_with("}}"))
            // MDX: a module's imports and exports, and a JSX expression alone on its line.
            || ((bare.starts_with("import ") || bare.starts_with("export "))
                && !line.starts_with(' ')
                && (bare.contains(" from ") || bare.ends_with(';') || bare.contains('{')))
            || (bare.starts_with('{') && bare.ends_with('}') && !bare.starts_with("{{"));
        if whole_tag {
            left_out += 1;
            out.push('\n');
            continue;
        }
        // A table row aligned with tabs ("|---\t|---\t|") is not read as a table by the Markdown
        // parser; a space does the same work in a cell.
        if bare.starts_with('|') && line.contains('\t') {
            out.push_str(&line.replace('\t', " "));
            continue;
        }
        out.push_str(&inline_tags(line));
    }
    (out, left_out)
}

/// A line that opens an MkDocs content tab (`=== "Fly.io"`) or admonition (`!!! note "Title"`,
/// `??? tip`): its marker and title.
fn mkdocs_block(bare: &str) -> Option<(&'static str, Option<&str>)> {
    let (marker, rest) = ["===+", "===", "???+", "???", "!!!"]
        .iter()
        .find_map(|m| bare.strip_prefix(m).map(|rest| (*m, rest)))?;
    if !rest.starts_with(' ') {
        return None;
    }
    let rest = rest.trim();
    let title = rest
        .find('"')
        .and_then(|at| rest[at + 1..].strip_suffix('"'))
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let kind = marker.trim_end_matches('+');
    // A tab has a title; an admonition has a kind ("note") and maybe a title.
    match kind {
        "===" => title.map(|t| ("===", Some(t))),
        _ => {
            let word = rest.split_whitespace().next()?;
            word.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
                .then_some(("!!!", title))
        }
    }
}

/// A line that opens or closes an MDC block component (`:::globalTitle{:size="lg"}`, `::`):
/// for an opening title component, the level its text is a heading at (`:tag="h3"` says which;
/// else 2), else None. Not a component line: None outside.
fn mdc_component(bare: &str) -> Option<Option<usize>> {
    let name = bare.trim_start_matches(':');
    let colons = bare.len() - name.len();
    if colons < 2 {
        return None;
    }
    if name.is_empty() {
        return Some(None);
    }
    let ident: String = name
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    let props = &name[ident.len()..];
    if ident.is_empty() || !(props.is_empty() || props.starts_with('{')) {
        return None;
    }
    let lower = ident.to_lowercase();
    if !(lower.contains("title") || lower.contains("heading")) {
        return Some(None);
    }
    let level = props
        .split("tag=")
        .nth(1)
        .and_then(|t| t.trim_start_matches(['"', '\'']).strip_prefix('h'))
        .and_then(|t| t.chars().next())
        .and_then(|c| c.to_digit(10))
        .map_or(2, |d| d.clamp(1, 6) as usize);
    Some(Some(level))
}

/// A line's template tags inside its text (`{{< external_link "https://…" "markdown" >}}`): each
/// is the words it shows, its last quoted argument where they are all positional, else nothing.
/// Kramdown's attribute lists after a link (`[Atom](…){:target="_blank"}`) show nothing.
fn inline_tags(line: &str) -> std::borrow::Cow<'_, str> {
    const OPENS: [&str; 4] = ["{{<", "{{%", "{%", "{:"];
    if !OPENS.iter().any(|o| line.contains(o)) {
        return std::borrow::Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = OPENS
        .iter()
        .filter_map(|o| rest.find(o).map(|at| (at, *o)))
        .min()
    {
        let close = match open.1 {
            "{{<" => ">}}",
            "{{%" => "%}}",
            "{:" => "}",
            _ => "%}",
        };
        let Some(end) = rest[open.0..].find(close).map(|e| open.0 + e) else {
            break;
        };
        out.push_str(&rest[..open.0]);
        let inside = &rest[open.0 + open.1.len()..end];
        if !inside.contains('=') {
            let quoted: Vec<&str> = inside.split('"').skip(1).step_by(2).collect();
            if let Some(shown) = quoted.last().filter(|q| !q.contains("://")) {
                out.push_str(shown);
            }
        }
        rest = &rest[end + close.len()..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
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
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_HEADING_ATTRIBUTES,
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
                // A table typed in plain text, its columns lined up with spaces, is a table.
                let plain = matches!(
                    language.as_str(),
                    "" | "text" | "txt" | "plain" | "plaintext"
                );
                if let Some(table) = plain.then(|| text_table(&source)).flatten() {
                    out.push(table);
                    continue;
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
                // HTML written in the post (a table, a JSX heading, a box): read for its blocks.
                let mut html = match &event {
                    Event::Html(t) => t.to_string(),
                    _ => String::new(),
                };
                if matches!(event, Event::Start(Tag::HtmlBlock)) {
                    for event in parser.by_ref() {
                        match event {
                            Event::End(TagEnd::HtmlBlock) => break,
                            Event::Html(t) | Event::Text(t) => html.push_str(&t),
                            _ => {}
                        }
                    }
                }
                let read = super::html::page(&html).blocks;
                if read.is_empty()
                    && !html.trim_start().starts_with("<!--")
                    && html.trim().len() > 40
                {
                    out.push(Block::Html);
                }
                out.extend(read);
            }
            // Quotes and other containers: their paragraphs and lists come through as blocks.
            _ => {}
        }
    }
    out
}

/// An HTML tag alone: `<a href="…">`, `</a>`, `<img …/>` (not `<3` or `a < b`).
fn is_html_tag(text: &str) -> bool {
    let t = text.trim();
    t.starts_with('<')
        && t.ends_with('>')
        && t[1..]
            .trim_start_matches('/')
            .starts_with(|c: char| c.is_ascii_alphabetic())
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
    let mut in_link = 0usize;
    let mut in_image = 0usize;
    // The bold words a line starts with, while they are being read.
    let mut lead: Option<String> = None;
    for event in parser.by_ref() {
        let Some(line) = lines.last_mut() else { break };
        match event {
            Event::End(e) if e == end => break,
            // An image's alt text is not the author's argument.
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            _ if in_image > 0 => {}
            Event::Text(t) => {
                if let Some(lead) = lead.as_mut() {
                    lead.push_str(&t);
                }
                if in_link > 0 {
                    line.linked += t.chars().filter(|c| !c.is_whitespace()).count();
                }
                line.push(&escape(&t), &t);
            }
            Event::Code(t) if !t.contains('`') => {
                // Code in the bold words a line starts with is part of them ("**Loops and
                // `map.get`**").
                if let Some(lead) = lead.as_mut() {
                    lead.push_str(&t);
                }
                line.push(&format!("`{t}`"), &t)
            }
            Event::InlineHtml(t) | Event::Html(t)
                if t.trim().to_ascii_lowercase().starts_with("<br") =>
            {
                lines.push(Text::default());
            }
            // An inline tag (`<a href="…">`, `</span>`) is markup, not words: its text comes on
            // its own.
            Event::InlineHtml(t) | Event::Html(t) if is_html_tag(&t) => {}
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
                in_link += 1;
                let href = dest_url.to_string();
                if verdict_core::markup::is_safe_href(&href) {
                    line.push("[", "");
                    link = Some(href);
                }
            }
            Event::End(TagEnd::Link) => {
                in_link = in_link.saturating_sub(1);
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
    let mut in_link = 0usize;
    let mut in_image = 0usize;
    while let Some(event) = parser.next() {
        match event {
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            _ if in_image > 0 => {}
            Event::Start(Tag::Link { .. }) => in_link += 1,
            Event::End(TagEnd::Link) => in_link = in_link.saturating_sub(1),
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
                    item.linked += line.linked;
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
                let item = current.get_or_insert_with(Text::default);
                if in_link > 0 {
                    item.linked += t.chars().filter(|c| !c.is_whitespace()).count();
                }
                item.push(&escape(&t), &t)
            }
            Event::Code(t) => {
                if let Some(lead) = lead.as_mut() {
                    lead.push_str(&t);
                }
                current
                    .get_or_insert_with(Text::default)
                    .push(&format!("`{}`", t.replace('`', "")), &t)
            }
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

/// The blocks' words, for telling the post's language.
pub fn plain_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Heading { text, .. } => out.push_str(text),
            Block::Paragraph(lines) | Block::List(lines) => {
                for l in lines {
                    out.push_str(&l.plain);
                    out.push(' ');
                }
            }
            Block::Table { head, rows } => {
                for c in head.iter().chain(rows.iter().flatten()) {
                    out.push_str(&c.plain);
                    out.push(' ');
                }
            }
            Block::Code(_) | Block::Html => {}
        }
        out.push('\n');
    }
    out
}

/// What is not the author's argument, taken out: a section headed as noise ("Table of contents",
/// "Related posts", "Comments", in the post's language) up to the next heading of its level, a
/// list of links only (a table of contents), a paragraph that is a link or a sponsor's line.
pub fn clean(blocks: &mut Vec<Block>, lex: &super::lexicon::Lexicon) {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut skipping: Option<u8> = None;
    for block in blocks.drain(..) {
        match &block {
            Block::Heading { level, text } => {
                if skipping.is_some_and(|l| *level > l) {
                    continue;
                }
                skipping = None;
                let words = text.split_whitespace().count();
                if words <= 5 && lex.has(text, &lex.noise) {
                    // Under a top-level one ("# 目录") sits the whole article: only its own
                    // blocks go.
                    skipping = Some(if *level == 1 { u8::MAX } else { *level });
                    continue;
                }
            }
            _ if skipping.is_some() => continue,
            Block::List(items) => {
                let linked = items.iter().filter(|i| i.mostly_linked()).count();
                if items.len() >= 3 && linked * 10 >= items.len() * 8 {
                    continue;
                }
                let kept: Vec<Text> = items
                    .iter()
                    .filter(|i| !(i.mostly_linked() && i.plain.split_whitespace().count() <= 12))
                    .cloned()
                    .collect();
                if kept.is_empty() {
                    continue;
                }
                out.push(Block::List(kept));
                continue;
            }
            Block::Paragraph(lines) => {
                let plain = plain_prose(lines);
                let words = plain.split_whitespace().count();
                let linked = lines.iter().all(Text::mostly_linked);
                if (linked && words <= 20) || (lex.has(&plain, &lex.noise) && words <= 30) {
                    continue;
                }
            }
            _ => {}
        }
        out.push(block);
    }
    *blocks = out;
}
