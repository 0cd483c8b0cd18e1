// The block's editor: the comparison as JSON in a text area, checked as the author types (the
// problems listed with their paths before the post is saved, by the reader's WebAssembly, the
// same rules and messages as the widget's), a live preview, and the first view drawn (by the
// command-line tool's WebAssembly, the widget's own views) and stored in the block, so readers
// see the question before any script runs. Plain JavaScript: no build step.
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, useEffect, useRef, useState } = wp.element;
  const { useBlockProps } = wp.blockEditor;
  const { TextareaControl, TextControl, Notice } = wp.components;
  const config = window.verdictEditor;

  let embed = null;
  /** The widget's loader (defines <verdict-widget>, and checks comparisons with the reader). */
  const loader = () => (embed ??= import(config.embed));
  let tool = null;
  /** The command-line tool's WebAssembly, which draws first views. */
  const drawer = () =>
    (tool ??= import(config.tool).then(async (module) => {
      await module.default({ module_or_path: new URL(config.tool.replace(/\.js$/, '_bg.wasm'), location.href) });
      return module;
    }));

  async function sha256(text) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }

  /** The drawn first view of `text`: the element's declarative shadow root, files' address open. */
  async function draw(text) {
    const out = await (await drawer()).render(['content.json', '--base', '__VERDICT_BASE__/'], () => text, config.stylesheet, config.version);
    if (out.code !== 0) return null;
    return out.stdout.match(/<template shadowrootmode="open">[\s\S]*<\/template>/)?.[0] ?? null;
  }

  function Edit({ attributes, setAttributes }) {
    const [problems, setProblems] = useState(null);
    const preview = useRef(null);
    const text = attributes.content;
    useEffect(() => {
      let gone = false;
      const pause = setTimeout(async () => {
        if (!text.trim()) return setProblems([]);
        const { problems: found } = await (await loader()).check(text);
        if (gone) return;
        setProblems(found);
        if (found.length) return;
        if (preview.current) preview.current.content = JSON.parse(text);
        const of = await sha256(text);
        if (attributes.firstViewOf === of && attributes.firstView) return;
        const view = await draw(text);
        if (!gone && view) setAttributes({ firstView: view, firstViewOf: of });
      }, 400);
      return () => {
        gone = true;
        clearTimeout(pause);
      };
    }, [text]);

    const list = problems && problems.length
      ? h(Notice, { status: 'error', isDismissible: false, className: 'verdict-problems' },
        h('p', null, `This comparison has ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before readers can see it:`),
        h('ul', null, problems.map((p, i) => h('li', { key: i }, h('code', null, p.path || '(file)'), ': ', p.message))))
      : null;
    return h('div', useBlockProps({ className: 'verdict-block' }),
      h(TextareaControl, {
        label: 'Comparison (JSON)',
        help: 'The content format: docs/content-format.md in the verdict-widget package. Checked as you type.',
        value: text,
        rows: 12,
        onChange: (content) => setAttributes({ content }),
      }),
      h(TextControl, {
        label: 'Name in share links (optional)',
        value: attributes.widgetId,
        onChange: (widgetId) => setAttributes({ widgetId }),
      }),
      list,
      problems && !problems.length && text.trim() ? h('verdict-widget', { ref: preview, 'data-layout': 'full', loading: 'eager' }) : null);
  }

  registerBlockType('verdict/widget', { edit: Edit, save: () => null });
})(window.wp);
