//! `render`: a widget's first view as HTML, for a page, at the site's build time.
//!
//! `render [FILE.json] [OPTIONS]` prints the `<verdict-widget>` element with its first view drawn
//! by the widget's own Yew views (server-side rendering: no browser), in a declarative shadow
//! root that links the widget's stylesheet, the comparison grid in a `<noscript>`, and the content
//! written inside the element (and, checked, in the compact form this version of the widget
//! reads without its checker). The live widget takes the view's place in one task when it starts,
//! keeping a press made on it before then, so nothing moves. Without a file, the built-in article.
//! A comparison with problems is refused with the checker's messages (exit 1), so a broken one
//! fails the site's build instead of reaching a reader.
//!
//! With `--out DIR`, each file's element is written to `DIR/<file stem>.html` instead (the build
//! step of a site generator that cannot run the tool itself, such as Hugo or Jekyll).

use yew::AttrValue;

use super::args::{self, Args, Given};
use super::{Files, Output};
use verdict_core::element::{self, checked_form, prerendered_root, WidgetElement};
use verdict_core::layout::Layout;
use verdict_core::load::{self, Loaded};
use verdict_ui::{Verdict, VerdictProps};

/// The options `render` takes, as written on its command line.
#[derive(Debug, Default)]
struct Options {
    files: Vec<String>,
    id: Option<String>,
    locale: Option<String>,
    layout: Option<String>,
    parts: Option<String>,
    src: Option<String>,
    base: Option<String>,
    stylesheet: Option<String>,
    out: Option<String>,
}

fn help(program: &str) -> String {
    format!(
        "usage: {program} [FILE.json …] [OPTIONS]\n\
         Prints a <verdict-widget> with its first view drawn in, for a page (no browser needed).\n\
         Without a file: the built-in article. A comparison with problems is refused (exit 1).\n\
         \n  \
           --base URL      where the widget's files are served (default: this version on jsDelivr)\n  \
           --stylesheet URL  the widget's stylesheet's own address (a bundler's), instead of BASE's\n  \
           --src URL       the content by address instead of written inside the element\n  \
           --id NAME       the widget's name in share links and saved progress\n  \
           --locale TAG    the language of the widget's own words\n  \
           --layout full   everything open from the start (default: compact)\n  \
           --parts LIST    which parts to show: quiz, grid, notes\n  \
           --out DIR       write each file's element to DIR/<name>.html instead of printing\n"
    )
}

/// The options, or `Ok(None)` for `--help`.
fn parse(args: &[String]) -> Result<Option<Options>, String> {
    let mut options = Options::default();
    let mut args = Args::new(args);
    while let Some(given) = args.next()? {
        let flag = match given {
            Given::Help => return Ok(None),
            Given::Plain(file) => {
                options.files.push(file);
                continue;
            }
            Given::Flag(flag) => flag,
        };
        let slot = match flag.as_str() {
            "--id" => &mut options.id,
            "--locale" => &mut options.locale,
            "--layout" => &mut options.layout,
            "--parts" => &mut options.parts,
            "--src" => &mut options.src,
            "--base" => &mut options.base,
            "--stylesheet" => &mut options.stylesheet,
            "--out" => &mut options.out,
            _ => return Err(args::unknown(&flag)),
        };
        *slot = Some(args.value(&flag)?);
    }
    if options.files.len() > 1 && options.out.is_none() {
        return Err("several files need --out DIR".to_owned());
    }
    if options.src.is_some() && options.files.len() > 1 {
        return Err("--src names one file's address: render one file with it".to_owned());
    }
    Ok(Some(options))
}

/// `PROGRAM [FILE.json …] [OPTIONS]`; `stylesheet` is the widget's stylesheet's file name in the
/// package (its hashed name), `version` the package's version (the default base's).
pub async fn run(
    program: &str,
    args: &[String],
    files: &dyn Files,
    stylesheet: &str,
    version: &str,
) -> Output {
    let mut out = Output::default();
    let options = match parse(args) {
        Ok(Some(options)) => options,
        Ok(None) => return out.usage(&help(program)),
        Err(why) => {
            out.warn(format!("{program}: {why}"));
            return out.usage(&help(program));
        }
    };
    let base = options
        .base
        .as_deref()
        .map_or_else(|| element::cdn_base(version), element::folder);
    let stylesheet = options
        .stylesheet
        .clone()
        .unwrap_or_else(|| format!("{base}{stylesheet}"));
    if options.files.is_empty() {
        let element = element(
            &options,
            Loaded::from(load::embedded_default()),
            None,
            &stylesheet,
            None,
        )
        .await;
        out.say(element);
        return out;
    }
    for file in &options.files {
        let json = match files.read(file) {
            Ok(json) => json,
            Err(e) => {
                out.warn(format!("{file}: cannot be read: {e}"));
                out.code = 2;
                continue;
            }
        };
        let loaded = Loaded::from(load::from_json(&json));
        if let Loaded::Problems(problems) = &loaded {
            let s = if problems.len() == 1 { "" } else { "s" };
            out.warn(format!("{file}: {} problem{s}", problems.len()));
            for p in problems.iter() {
                let at = if p.path.is_empty() { "(file)" } else { &p.path };
                out.warn(format!("  {at}: {}", p.message));
            }
            out.code = 1;
            continue;
        }
        let inline = options.src.is_none().then_some(json.as_str());
        // Checked here, so the page's widget reads it without the checker.
        let checked = match (&loaded, inline) {
            (Loaded::Content(content), Some(_)) => Some(checked_form(version, content)),
            _ => None,
        };
        let html = element(&options, loaded, inline, &stylesheet, checked).await;
        match &options.out {
            Some(dir) => {
                let stem = file
                    .rsplit(['/', '\\'])
                    .next()
                    .unwrap_or(file)
                    .trim_end_matches(".json");
                let path = format!("{}/{stem}.html", dir.trim_end_matches('/'));
                out.warn(format!("{file}: wrote {path}"));
                out.files.push((path, format!("{html}\n").into_bytes()));
            }
            None => out.say(html),
        }
    }
    out
}

/// The element for valid `content` written inline, its first view drawn in (for `publish`).
pub(crate) async fn drawn(
    content: verdict_core::content::Content,
    json: &str,
    stylesheet: &str,
    locale: Option<String>,
    version: &str,
) -> String {
    let options = Options {
        locale,
        ..Options::default()
    };
    let checked = Some(checked_form(version, &content));
    element(
        &options,
        Loaded::Content(std::rc::Rc::new(content)),
        Some(json),
        stylesheet,
        checked,
    )
    .await
}

/// The element for `loaded`, its first view drawn in.
async fn element(
    options: &Options,
    loaded: Loaded,
    inline: Option<&str>,
    stylesheet: &str,
    checked: Option<(String, String)>,
) -> String {
    let props = VerdictProps {
        loaded,
        instance: options.id.clone().map(AttrValue::from),
        locale: options.locale.clone().map(AttrValue::from),
        layout: Layout::from_attributes(options.parts.as_deref(), options.layout.as_deref()),
        early: None,
        on_change: None,
        prerender: true,
    };
    let view = yew::LocalServerRenderer::<Verdict>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    let mut attributes = Vec::new();
    for (name, value) in [
        ("id", &options.id),
        ("src", &options.src),
        ("locale", &options.locale),
        ("data-layout", &options.layout),
        ("parts", &options.parts),
    ] {
        if let Some(value) = value {
            attributes.push((name.to_owned(), value.clone()));
        }
    }
    WidgetElement {
        attributes,
        prerendered: Some((stylesheet.to_owned(), prerendered_root(&view))),
        inline: inline.map(str::to_owned),
        checked,
    }
    .html()
}
