//! `publish`: a comparison as a static folder any host can serve, to embed by pasting its
//! address where scripts are stripped (WordPress, Ghost, Notion, Hashnode) and to share as a card
//! (Medium, Substack, chat apps).
//!
//! `publish FILE.json --out DIR [--base URL] [--assets URL] [--locale TAG]` writes `DIR/<id>/`:
//! - `index.html`: the comparison's page, its first view drawn at build time (as the
//!   integrations do), with `og:` and `twitter:` tags and an oEmbed discovery link;
//! - `embed.html`: the widget alone, for frames: it tells the host page its height (ours and
//!   WordPress's messages) and runs inside `sandbox="allow-scripts"`;
//! - `oembed.json`: oEmbed 1.0, `rich`, with a titled, lazy `<iframe>` of `embed.html`;
//! - `card.png`: the 1200×630 card (title, first question, options), drawn without a browser;
//! - `<id>.json` (the content) and `<id>.md` (the Markdown for cross-posting);
//! - `page.css`.
//!
//! `--base` is the address the folder will be served from (`https://me.example/guides/`): the
//! tags and oEmbed need absolute addresses, so without it they are left out, and said so.
//! `--assets` is where the widget's files are (default: this version on jsDelivr).

use super::args::{self, Args, Given};
use super::{card, checked_file, render, Files, Output};
use verdict_core::element::{self, attribute};
use verdict_core::markdown::{to_markdown, Links};
use verdict_core::plain::{plain_line, shortened};

/// How big the embed's frame is first drawn (the frame then asks for its height).
const FRAME: (u32, u32) = (640, 760);

fn help(program: &str) -> String {
    format!(
        "usage: {program} FILE.json [FILE.json …] --out DIR [--base URL] [--assets URL] [--locale TAG]\n\
         Writes DIR/<id>/ per comparison: its page (first view drawn, card and oEmbed tags), an\n\
         embed page for frames, oembed.json, card.png, the content and its Markdown.\n\
         \n  \
           --out DIR      where to write the folders\n  \
           --base URL     where DIR will be served from (needed for the card, og: tags and oEmbed)\n  \
           --assets URL   where the widget's files are (default: this version on jsDelivr)\n  \
           --locale TAG   the language of the widget's own words\n"
    )
}

/// `PROGRAM FILE.json … --out DIR [OPTIONS]`.
pub async fn run(
    program: &str,
    args: &[String],
    files: &dyn Files,
    stylesheet: &str,
    version: &str,
) -> Output {
    let mut out = Output::default();
    let (mut inputs, mut dir, mut base, mut assets, mut locale) =
        (Vec::new(), None, None, None, None);
    let mut parsed = Args::new(args);
    loop {
        let next = match parsed.next() {
            Ok(next) => next,
            Err(why) => {
                out.warn(format!("{program}: {why}"));
                return out.usage(&help(program));
            }
        };
        let flag = match next {
            None => break,
            Some(Given::Help) => return out.usage(&help(program)),
            Some(Given::Plain(file)) => {
                inputs.push(file);
                continue;
            }
            Some(Given::Flag(flag)) => flag,
        };
        let slot = match flag.as_str() {
            "--out" => &mut dir,
            "--base" => &mut base,
            "--assets" => &mut assets,
            "--locale" => &mut locale,
            _ => {
                out.warn(format!("{program}: {}", args::unknown(&flag)));
                return out.usage(&help(program));
            }
        };
        match parsed.value(&flag) {
            Ok(value) => *slot = Some(value),
            Err(why) => {
                out.warn(format!("{program}: {why}"));
                return out.usage(&help(program));
            }
        }
    }
    let Some(dir) = dir else {
        out.warn(format!("{program}: --out DIR is needed"));
        return out.usage(&help(program));
    };
    if inputs.is_empty() {
        return out.usage(&help(program));
    }
    let assets = assets
        .as_deref()
        .map_or_else(|| element::cdn_base(version), element::folder);
    let base = base.as_deref().map(element::folder);
    if base.is_none() {
        out.warn(format!(
            "{program}: without --base the pages have no card, og: tags or oEmbed link (they need the folder's absolute address)"
        ));
    }
    for file in &inputs {
        let Some((json, content)) = checked_file(file, files, &mut out) else {
            continue;
        };
        let id = content.id.clone();
        let at = format!("{}/{id}", dir.trim_end_matches('/'));
        let here = base.as_ref().map(|b| format!("{b}{id}/"));
        let element = render::drawn(
            content.clone(),
            &json,
            &format!("{assets}{stylesheet}"),
            locale.clone(),
            version,
        )
        .await;
        let title = attribute(&content.title);
        let description = attribute(&shortened(
            &plain_line(content.intro.as_deref().unwrap_or(&content.title)),
            200,
        ));
        let lang = attribute(locale.as_deref().unwrap_or("en"));

        let mut head = format!(
            "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"color-scheme\" content=\"light dark\">\n<title>{title}</title>\n\
             <meta name=\"description\" content=\"{description}\">\n"
        );
        if let Some(here) = &here {
            head.push_str(&format!(
                "<link rel=\"canonical\" href=\"{here}\">\n\
                 <meta property=\"og:type\" content=\"website\">\n<meta property=\"og:title\" content=\"{title}\">\n\
                 <meta property=\"og:description\" content=\"{description}\">\n<meta property=\"og:url\" content=\"{here}\">\n\
                 <meta property=\"og:image\" content=\"{here}card.png\">\n<meta property=\"og:image:width\" content=\"1200\">\n\
                 <meta property=\"og:image:height\" content=\"630\">\n<meta property=\"og:image:alt\" content=\"{title}\">\n\
                 <meta name=\"twitter:card\" content=\"summary_large_image\">\n<meta name=\"twitter:title\" content=\"{title}\">\n\
                 <meta name=\"twitter:description\" content=\"{description}\">\n<meta name=\"twitter:image\" content=\"{here}card.png\">\n\
                 <link rel=\"alternate\" type=\"application/json+oembed\" href=\"{here}oembed.json\" title=\"{title}\">\n"
            ));
        }
        let page = format!(
            "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n{head}<link rel=\"stylesheet\" href=\"page.css\">\n\
             <script type=\"module\" src=\"{assets}embed.js\"></script>\n</head>\n<body>\n<main class=\"published\">\n{element}\n\
             <p class=\"published-by\">A decision guide made with verdict · <a href=\"{id}.md\">as Markdown</a></p>\n</main>\n</body>\n</html>\n"
        );
        let canonical = here
            .as_ref()
            .map(|h| format!("<link rel=\"canonical\" href=\"{h}\">\n"))
            .unwrap_or_default();
        let embed = format!(
            "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n\
             <title>{title}</title>\n{canonical}<link rel=\"stylesheet\" href=\"page.css\">\n\
             <script type=\"module\" src=\"{assets}embed.js\"></script>\n<script type=\"module\" src=\"{assets}framed.js\"></script>\n\
             </head>\n<body class=\"framed\">\n{element}\n</body>\n</html>\n"
        );
        out.files
            .push((format!("{at}/index.html"), page.into_bytes()));
        out.files
            .push((format!("{at}/embed.html"), embed.into_bytes()));
        out.files
            .push((format!("{at}/page.css"), PAGE_CSS.as_bytes().to_vec()));
        out.files
            .push((format!("{at}/{id}.json"), json.clone().into_bytes()));
        let links = Links {
            quiz: here.clone(),
            card: here.as_ref().map(|h| format!("{h}card.png")),
        };
        out.files.push((
            format!("{at}/{id}.md"),
            to_markdown(&content, &links).into_bytes(),
        ));
        if let Some(here) = &here {
            out.files.push((
                format!("{at}/oembed.json"),
                oembed(&content.title, here).into_bytes(),
            ));
        }
        match card::png(&content) {
            Ok(png) => out.files.push((format!("{at}/card.png"), png)),
            Err(why) => {
                out.warn(format!("{file}: the card could not be drawn: {why}"));
                out.code = out.code.max(1);
            }
        }
        out.warn(format!("{file}: wrote {at}/ (index.html, embed.html, oembed.json, card.png, {id}.json, {id}.md)"));
    }
    out
}

/// The oEmbed response (`type: rich`) for the folder at `here`: a titled, lazy frame of the embed
/// page, after a link to the page (as WordPress's own embeds: WordPress loads the script that
/// sizes the frame only for an embed with such a quote, and shows the link where frames are not
/// shown).
fn oembed(title: &str, here: &str) -> String {
    let (width, height) = FRAME;
    let html = format!(
        "<blockquote class=\"wp-embedded-content\"><a href=\"{here}\">{title}</a></blockquote><iframe src=\"{here}embed.html\" title=\"{title}\" width=\"{width}\" height=\"{height}\" loading=\"lazy\" frameborder=\"0\"></iframe>",
        title = attribute(title)
    );
    let value = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": "verdict",
        "title": title,
        "html": html,
        "width": width,
        "height": height,
        "thumbnail_url": format!("{here}card.png"),
        "thumbnail_width": verdict_core::card::WIDTH,
        "thumbnail_height": verdict_core::card::HEIGHT,
    });
    format!("{value:#}\n")
}

/// The published pages' own styles: the widget as a guest on a plain, readable page.
const PAGE_CSS: &str = "body{margin:0;font:1rem/1.55 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;color:#1b1d23;background:#fff}\n\
@media (prefers-color-scheme:dark){body{color:#e8e9ee;background:#15161a}}\n\
.published{max-width:46rem;margin:0 auto;padding:1.25rem 1rem 2rem}\n\
.published-by{margin-top:1.5rem;font-size:.9rem;opacity:.75}\n\
.published-by a{color:inherit}\n\
body.framed{padding:4px;background:transparent}\n";
