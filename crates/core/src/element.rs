//! The `<verdict-widget>` element as it is written into a page: by the studio's snippets, and
//! by `verdict render` at a site's build time, where it carries a pre-rendered first view in a
//! declarative shadow root (the stylesheet it links, then the view) and the content inline.

/// Where version `version` of the widget's files is served by the CDN (jsDelivr, from the npm
/// package): the default base of the snippets and of `verdict render` and `publish`. (The Node
/// side has its own, apps/cli/js/lib.js's `cdn`.)
pub fn cdn_base(version: &str) -> String {
    format!("https://cdn.jsdelivr.net/npm/verdict-widget@{version}/dist/")
}

/// An address as a folder: with one `/` at its end.
pub fn folder(url: &str) -> String {
    if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    }
}

/// `text` for a double-quoted HTML attribute value, or for text in HTML or SVG.
pub fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// JSON for inside a `<script type="application/json">`: every `<` written `\u003c` (the same
/// JSON to a reader of JSON), so no `</script>` or `<!--` in the text can end or confuse the
/// script element around it; and blank lines dropped (JSON cannot hold a raw line break inside
/// a string, so only whitespace goes), because a blank line ends a Markdown HTML block.
pub fn inline_json(json: &str) -> String {
    let lines: Vec<&str> = json
        .trim()
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    lines.join("\n").replace('<', "\\u003c")
}

/// Markup with no line break in it: each written as a character reference, which the parser
/// reads back as the same character (in text, `<pre>` included, and in attribute values). A
/// blank line inside a paragraph or a code sample would otherwise end the Markdown HTML block
/// the element is pasted as, and the rest of it would be read as Markdown.
pub fn one_line(markup: &str) -> String {
    markup.replace('\r', "&#13;").replace('\n', "&#10;")
}

/// A widget element for a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WidgetElement {
    /// Attributes in order (`id`, `src`, `locale`…), values unescaped.
    pub attributes: Vec<(String, String)>,
    /// A first view drawn ahead of time: the stylesheet's address and the view's markup.
    pub prerendered: Option<(String, String)>,
    /// The content, as JSON written inside the element.
    pub inline: Option<String>,
    /// The content as this build of the widget reads it, checked when the page was built: the
    /// build's version and the compact form in base64. The loader hands it to the widget as it
    /// is (no checker to download) where its own version is the same; anywhere else it reads the
    /// JSON.
    pub checked: Option<(String, String)>,
}

/// The content checked at build time, as [`WidgetElement::checked`] carries it: this version and
/// the compact form of `content`, in base64.
pub fn checked_form(version: &str, content: &super::content::Content) -> (String, String) {
    use base64::Engine;
    let bytes = super::load::to_bytes(&super::load::Loaded::Content(std::rc::Rc::new(
        content.clone(),
    )));
    (
        version.to_owned(),
        base64::engine::general_purpose::STANDARD.encode(bytes),
    )
}

impl WidgetElement {
    /// The element's HTML: the opening tag alone on its first line and the closing tag on its
    /// last, so a Markdown processor that meets it in a post takes the whole as an HTML block
    /// (CommonMark's kind 7) and leaves its inside alone.
    pub fn html(&self) -> String {
        let mut html = String::from("<verdict-widget");
        for (name, value) in &self.attributes {
            html.push_str(&format!(" {name}=\"{}\"", attribute(value)));
        }
        html.push_str(">\n");
        if let Some((stylesheet, view)) = &self.prerendered {
            html.push_str(&format!(
                "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{}\">{}</template>",
                attribute(stylesheet),
                one_line(view)
            ));
        }
        if let Some(json) = &self.inline {
            html.push_str(&format!(
                "<script type=\"application/json\">{}</script>",
                inline_json(json)
            ));
        }
        if let Some((version, bytes)) = &self.checked {
            html.push_str(&format!(
                "<script type=\"application/verdict\" data-version=\"{}\">{bytes}</script>",
                attribute(version)
            ));
        }
        html.push_str("\n</verdict-widget>");
        html
    }
}

/// The root a pre-rendered view sits in, marked so the loader and the widget can tell it from
/// the live one, and hidden until its stylesheet has loaded (widget.css shows it), so it never
/// shows unstyled: a stylesheet in a shadow root does not hold back the page's first paint.
pub fn prerendered_root(view: &str) -> String {
    format!("<div class=\"verdict-root\" data-prerendered hidden>{view}</div>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_json_cannot_end_its_script_or_a_markdown_block() {
        let json = "{\n  \"a\": \"</script><!--\",\n\n   \n  \"b\": 1\n}\n";
        let safe = inline_json(json);
        assert_eq!(
            safe,
            "{\n  \"a\": \"\\u003c/script>\\u003c!--\",\n  \"b\": 1\n}"
        );
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["a"], "</script><!--");
    }

    #[test]
    fn a_drawn_view_with_blank_lines_is_one_block() {
        let element = WidgetElement {
            attributes: vec![],
            prerendered: Some((
                "w.css".into(),
                "<p>a\n\nb</p><pre><code>x = 1\n\ny = 2</code></pre>".into(),
            )),
            inline: Some("{\n  \"a\": 1\n\n}".into()),
            checked: None,
        };
        let html = element.html();
        assert!(!html.contains("\n\n"), "{html}");
        assert!(html.contains("<p>a&#10;&#10;b</p>"), "{html}");
    }
}
