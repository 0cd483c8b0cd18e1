//! HTML read for what an author wrote in it: a page's article (headings, paragraphs, lists,
//! tables, code), or HTML inside a Markdown post (a table, a JSX heading, a box). Tokens come
//! from html5gum (a WHATWG tokenizer); this only keeps the blocks and their inline markup, and
//! leaves out what is not the author's argument: scripts and styles, navigation, headers,
//! footers, sidebars, forms, figures' captions and images, and boxes whose class or id says
//! they are a table of contents, a newsletter, sharing, comments or an advertisement.

use html5gum::{Token, Tokenizer};

use super::read::{escape, Block, Text};
use verdict_core::content::CodeSample;

/// What a page says of itself, and its blocks.
#[derive(Debug, Default)]
pub struct Page {
    /// `<html lang>`.
    pub lang: Option<String>,
    /// `<title>`, else the first `<h1>`.
    pub title: Option<String>,
    /// The blocks, in order.
    pub blocks: Vec<Block>,
}

/// Elements whose whole content is left out.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "svg",
    "figcaption",
    "iframe",
    "select",
    "template",
    "object",
    "video",
    "audio",
    "canvas",
    "dialog",
    "menu",
    "label",
    "textarea",
];

/// Classes and ids of boxes that are not the author's argument.
const NOISE_MARKS: &[&str] = &[
    "toc",
    "table-of-contents",
    "newsletter",
    "subscribe",
    "share",
    "sharing",
    "social",
    "comment",
    "related",
    "sidebar",
    "advert",
    "sponsor",
    "promo",
    "breadcrumb",
    "author-bio",
    "cookie",
    "banner",
    "navbar",
    "footer",
    "header",
    "menu",
];

/// Elements that end a block of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "body",
    "blockquote",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "thead",
    "tbody",
    "tfoot",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "dl",
    "dt",
    "dd",
    "br",
    "hr",
    "details",
    "summary",
    "caption",
    "figure",
];

/// Reads `html`.
pub fn page(html: &str) -> Page {
    let mut reader = Reader::default();
    for token in Tokenizer::new(html).flatten() {
        reader.token(token);
    }
    reader.finish()
}

#[derive(Default)]
struct Reader {
    page: Page,
    /// Open elements whose content is left out, by name (and how deep).
    skipping: Vec<String>,
    /// The text being gathered.
    text: Text,
    /// A link being read (its address when safe, and whether any).
    link: Option<Option<String>>,
    /// Heading level being read.
    heading: Option<u8>,
    /// List items of the list being read (nested lists flattened).
    list: Option<Vec<Text>>,
    list_depth: usize,
    /// The table being read.
    table: Option<TableBuild>,
    /// Code being read: its language and text.
    code: Option<(String, String)>,
    in_title: bool,
    title: String,
    /// Whether the text so far starts with a bold label.
    lead: Option<String>,
}

#[derive(Default)]
struct TableBuild {
    head: Vec<Text>,
    rows: Vec<Vec<Text>>,
    in_head: bool,
    cell: Option<(Text, bool)>,
}

fn name(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_ascii_lowercase()
}

impl Reader {
    fn token(&mut self, token: Token) {
        match token {
            Token::StartTag(tag) => {
                let tag_name = name(&tag.name);
                let attr = |key: &str| {
                    tag.attributes
                        .get(key.as_bytes())
                        .map(|v| String::from_utf8_lossy(v).into_owned())
                };
                if let Some(open) = self.skipping.last() {
                    if *open == tag_name && !tag.self_closing {
                        self.skipping.push(tag_name);
                    }
                    return;
                }
                if tag_name == "html" {
                    self.page.lang = attr("lang").filter(|l| !l.is_empty());
                }
                if tag_name == "title" {
                    self.in_title = true;
                    return;
                }
                let marks = format!(
                    "{} {}",
                    attr("class").unwrap_or_default(),
                    attr("id").unwrap_or_default()
                )
                .to_ascii_lowercase();
                let noisy = marks
                    .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                    .any(|m| NOISE_MARKS.contains(&m));
                if (SKIPPED.contains(&tag_name.as_str())
                    || (noisy
                        && tag_name != "body"
                        && tag_name != "html"
                        && tag_name != "main"
                        && tag_name != "article"))
                    && !tag.self_closing
                    && !matches!(tag_name.as_str(), "br" | "img" | "hr")
                {
                    self.flush();
                    self.skipping.push(tag_name);
                    return;
                }
                self.start(&tag_name, &attr);
            }
            Token::EndTag(tag) => {
                let tag_name = name(&tag.name);
                if !self.skipping.is_empty() {
                    if self.skipping.last() == Some(&tag_name) {
                        self.skipping.pop();
                    }
                    return;
                }
                if tag_name == "title" {
                    self.in_title = false;
                    return;
                }
                self.end(&tag_name);
            }
            Token::String(s) => {
                if !self.skipping.is_empty() {
                    return;
                }
                let text = String::from_utf8_lossy(&s).into_owned();
                if self.in_title {
                    self.title.push_str(&text);
                } else if let Some((_, code)) = self.code.as_mut() {
                    code.push_str(&text);
                } else {
                    self.push_text(&text);
                }
            }
            _ => {}
        }
    }

    fn push_text(&mut self, text: &str) {
        // Whitespace runs are one space, as the page shows them.
        let mut collapsed = String::with_capacity(text.len());
        for c in text.chars() {
            if c.is_whitespace() {
                let after_space = collapsed.ends_with(' ')
                    || (collapsed.is_empty() && self.text.plain.ends_with(' '));
                if !after_space {
                    collapsed.push(' ');
                }
            } else {
                collapsed.push(c);
            }
        }
        if self.text.plain.is_empty() {
            collapsed = collapsed.trim_start().to_owned();
        }
        if collapsed.is_empty() {
            return;
        }
        if let Some(lead) = self.lead.as_mut() {
            lead.push_str(&collapsed);
        }
        if self.link.is_some() {
            self.text.linked += collapsed.chars().filter(|c| !c.is_whitespace()).count();
        }
        self.text.push(&escape(&collapsed), &collapsed);
    }

    fn start(&mut self, tag: &str, attr: &dyn Fn(&str) -> Option<String>) {
        if BLOCKS.contains(&tag) && !matches!(tag, "br" | "li" | "td" | "th") {
            self.flush();
        }
        match tag {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.heading = tag[1..].parse().ok();
            }
            "ul" | "ol" | "dl" => {
                self.list_depth += 1;
                if self.list.is_none() {
                    self.list = Some(Vec::new());
                }
            }
            "li" | "dt" | "dd" => self.end_item(),
            "table" => self.table = Some(TableBuild::default()),
            "thead" => {
                if let Some(t) = self.table.as_mut() {
                    t.in_head = true;
                }
            }
            "tr" => {
                if let Some(t) = self.table.as_mut() {
                    if !t.in_head {
                        t.rows.push(Vec::new());
                    }
                }
            }
            "td" | "th" => {
                self.end_cell();
                if let Some(t) = self.table.as_mut() {
                    t.cell = Some((Text::default(), tag == "th"));
                }
                self.text = Text::default();
            }
            "pre" => {
                let language = attr("class")
                    .and_then(|c| {
                        c.split_whitespace()
                            .find_map(|k| {
                                k.strip_prefix("language-")
                                    .or_else(|| k.strip_prefix("lang-"))
                            })
                            .map(str::to_owned)
                    })
                    .unwrap_or_default();
                self.code = Some((language, String::new()));
            }
            "code" => {
                if let Some((language, _)) = self.code.as_mut() {
                    if language.is_empty() {
                        if let Some(class) = attr("class") {
                            if let Some(l) = class.split_whitespace().find_map(|k| {
                                k.strip_prefix("language-")
                                    .or_else(|| k.strip_prefix("lang-"))
                            }) {
                                *language = l.to_owned();
                            }
                        }
                    }
                } else {
                    self.text.push("`", "");
                }
            }
            "br" => {
                if self.table.as_ref().is_some_and(|t| t.cell.is_some()) {
                    self.text.push("; ", "; ");
                } else {
                    self.push_text(" ");
                }
            }
            "strong" | "b" => {
                if self.text.plain.trim().is_empty() {
                    self.lead = Some(String::new());
                }
                self.text.push("**", "");
            }
            "em" | "i" => self.text.push("*", ""),
            "a" => {
                let href = attr("href").unwrap_or_default();
                let safe = verdict_core::markup::is_safe_href(&href).then_some(href);
                if safe.is_some() {
                    self.text.push("[", "");
                }
                self.link = Some(safe);
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: &str) {
        match tag {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let text = std::mem::take(&mut self.text).trimmed();
                if let Some(level) = self.heading.take() {
                    if !text.plain.is_empty() {
                        if level == 1 && self.page.title.is_none() && self.title.trim().is_empty() {
                            self.page.title = Some(text.plain.clone());
                        }
                        self.page.blocks.push(Block::Heading {
                            level,
                            text: text.plain,
                        });
                    }
                }
                self.lead = None;
            }
            "li" | "dt" | "dd" => self.end_item(),
            "ul" | "ol" | "dl" => {
                self.end_item();
                self.list_depth = self.list_depth.saturating_sub(1);
                if self.list_depth == 0 {
                    if let Some(items) = self.list.take() {
                        let items: Vec<Text> =
                            items.into_iter().filter(|i| !i.plain.is_empty()).collect();
                        if !items.is_empty() {
                            self.page.blocks.push(Block::List(items));
                        }
                    }
                }
            }
            "td" | "th" => self.end_cell(),
            "thead" => {
                self.end_cell();
                if let Some(t) = self.table.as_mut() {
                    t.in_head = false;
                }
            }
            "tr" => {
                self.end_cell();
                // A table without <thead>: its first row of <th> cells is the head.
            }
            "table" => self.end_table(),
            "pre" => {
                if let Some((language, source)) = self.code.take() {
                    let source = source.trim_end_matches('\n').to_owned();
                    if !source.trim().is_empty() {
                        self.page.blocks.push(Block::Code(CodeSample {
                            language: if language.is_empty() {
                                "code".to_owned()
                            } else {
                                language
                            },
                            caption: None,
                            source,
                        }));
                    }
                }
            }
            "code" if self.code.is_none() => self.text.push("`", ""),
            "strong" | "b" => {
                if let Some(done) = self.lead.take() {
                    self.text.lead = Some(done);
                }
                self.text.push("**", "");
            }
            "em" | "i" => self.text.push("*", ""),
            "a" => {
                if let Some(Some(href)) = self.link.take() {
                    self.text.push(&format!("]({href})"), "");
                }
            }
            _ if BLOCKS.contains(&tag) => self.flush(),
            _ => {}
        }
    }

    /// The list item being read, if any, is done.
    fn end_item(&mut self) {
        if let Some(items) = self.list.as_mut() {
            let item = std::mem::take(&mut self.text).trimmed();
            if !item.plain.is_empty() {
                items.push(clean(item));
            }
        }
    }

    /// The table cell being read, if any, is done.
    fn end_cell(&mut self) {
        let Some(t) = self.table.as_mut() else { return };
        let Some((_, header)) = t.cell.take() else {
            return;
        };
        let cell = clean(std::mem::take(&mut self.text).trimmed());
        if t.in_head {
            t.head.push(cell);
        } else {
            match t.rows.last_mut() {
                Some(row) => row.push(cell),
                None => t.rows.push(vec![cell]),
            }
        }
        let _ = header;
    }

    /// Text gathered outside a list or table ends a paragraph.
    fn flush(&mut self) {
        if self.table.is_some() || self.heading.is_some() {
            return;
        }
        if self.list.is_some() {
            return;
        }
        let text = std::mem::take(&mut self.text).trimmed();
        self.lead = None;
        if !text.plain.is_empty() {
            self.page.blocks.push(Block::Paragraph(vec![clean(text)]));
        }
    }

    /// The table being read, as a block (its first row the head where it has no `<thead>`).
    fn end_table(&mut self) {
        self.end_cell();
        if let Some(mut t) = self.table.take() {
            t.rows.retain(|r| !r.is_empty());
            if t.head.is_empty() && !t.rows.is_empty() {
                t.head = t.rows.remove(0);
            }
            if !t.head.is_empty() {
                self.page.blocks.push(Block::Table {
                    head: t.head,
                    rows: t.rows,
                });
            }
        }
    }

    fn finish(mut self) -> Page {
        // A table never closed (browsers close it at the end) is still a table.
        self.end_table();
        self.end_item();
        if let Some(items) = self.list.take() {
            if !items.is_empty() {
                self.page.blocks.push(Block::List(items));
            }
        }
        self.flush();
        let title = self.title.trim();
        if !title.is_empty() {
            self.page.title = Some(title.to_owned());
        }
        self.page
    }
}

/// Markup left empty by what was taken out (`****`, `[]()`), gone.
fn clean(mut text: Text) -> Text {
    for empty in ["****", "**", "``"] {
        if text.rich.trim() == empty {
            text.rich.clear();
        }
    }
    text.rich = text.rich.replace("****", "").replace("``", "");
    text
}
