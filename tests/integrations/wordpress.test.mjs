// WordPress (Debian's 6.1) with MariaDB and PHP's built-in server, all started here: the site is
// installed through its own install page, the plugin (target/package/verdict-wordpress-*.zip)
// activated, posts created through the REST API with an application password, one opened in the
// block editor (which checks it and draws its first view) and saved, and the posts opened as a
// visitor under the strict CSP. And WordPress as an oEmbed consumer: a contributor (no
// unfiltered_html) pastes a published comparison's address alone on a line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { launch } from '../../scripts/lib/browser.mjs';
import { CSP_REPORTS } from '../../scripts/lib/server.mjs';
import { Widget } from '../e2e/lib/widget.mjs';
import { DATABASES, FRAMEWORKS, STRICT_CSP, VERSION, checkWidget, must, scratch, sqlite, write } from './lib.mjs';

const WP = '/usr/share/wordpress';
const HOST = '127.0.0.1';
const CONFIG = `/etc/wordpress/config-${HOST}.php`;
const h = { processes: [] };
const SQLITE = await sqlite();
const FASTAPI = await readFile('content/django-flask-fastapi.json', 'utf8');

const freePort = () => new Promise((done) => {
  const probe = createServer().listen(0, HOST, () => {
    const { port } = probe.address();
    probe.close(() => done(port));
  });
});

/** Debian's WordPress reads the site's configuration from /etc/wordpress (through sudo when the
 *  tests do not run as root). */
function writeConfig(text) {
  if (process.getuid?.() === 0) return writeFile(CONFIG, text);
  execFileSync('sudo', ['tee', CONFIG], { input: text, stdio: ['pipe', 'ignore', 'inherit'] });
}

/** Starts a long-running program, stopped after the tests. */
function start(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  let said = '';
  child.stdout.on('data', (c) => (said += c));
  child.stderr.on('data', (c) => (said += c));
  h.processes.push(child);
  return { child, said: () => said };
}

async function until(what, ready, seconds = 30) {
  for (let i = 0; i < seconds * 10; i++) {
    if (await ready()) return;
    await new Promise((next) => setTimeout(next, 100));
  }
  throw new Error(`never: ${what}`);
}

/** PHP with WordPress loaded (as the site at HOST): runs `code`, returns what it printed. */
const wpPhp = (code) => execFileSync('php', ['-r', `$_SERVER['HTTP_HOST'] = '${HOST}'; $_SERVER['REQUEST_URI'] = '/'; require '${WP}/wp-load.php'; require_once ABSPATH . 'wp-admin/includes/plugin.php'; ${code}`], { encoding: 'utf8' });

/** The REST API, as the test's application password. */
async function rest(route, body) {
  const response = await fetch(`${h.origin}/?rest_route=${route}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Basic ${Buffer.from(`admin:${h.password}`).toString('base64')}`, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  const json = await response.json();
  assert.ok(response.ok, `${route}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** A paragraph block as the block editor saves it. */
const paragraph = (text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;

/** A block as the block editor saves it, holding `content` (and a drawn view, if given). */
const block = (attributes) => `<!-- wp:verdict/widget ${JSON.stringify(attributes)} /-->`;

// The test's theme: plain, and without WordPress's own inline styles and scripts, so the page is
// held to the strict CSP by what the widget does.
const THEME = {
  'style.css': '/*\nTheme Name: verdict test\n*/\nbody { font: 18px/1.6 Georgia, serif; max-width: 40rem; margin: 2rem auto; }\n',
  'index.php': `<!doctype html><html <?php language_attributes(); ?>><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><?php wp_head(); ?></head>
<body><main><?php while ( have_posts() ) : the_post(); ?><article><h1><?php the_title(); ?></h1><?php the_content(); ?></article><?php endwhile; ?></main><?php wp_footer(); ?></body></html>`,
  'functions.php': `<?php
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
remove_action( 'wp_enqueue_scripts', 'wp_enqueue_global_styles' );
remove_action( 'wp_footer', 'wp_enqueue_global_styles', 1 );
remove_action( 'wp_body_open', 'wp_global_styles_render_svg_filters' );
remove_action( 'wp_head', 'wp_print_auto_sizes_contain_css_fix', 1 );
add_filter( 'styles_inline_size_limit', '__return_zero' );
add_action( 'wp_enqueue_scripts', function () { wp_dequeue_style( 'wp-block-library' ); wp_dequeue_style( 'classic-theme-styles' ); }, 100 );
add_action( 'wp_head', function () { echo '<link rel="icon" href="' . esc_url( content_url( 'themes/verdict-test/favicon.svg' ) ) . '">'; }, 1 );
`,
};

before(async () => {
  const tmp = await scratch('wordpress');
  h.tmp = tmp;
  // MariaDB, its own data folder, on a port and socket of its own.
  const data = join(tmp, 'mysql');
  must(tmp, 'mariadb-install-db', ['--user=root', `--datadir=${data}`, '--auth-root-authentication-method=normal']);
  const socket = join(tmp, 'mysql.sock');
  start('mariadbd', ['--user=root', `--datadir=${data}`, `--socket=${socket}`, `--port=${await freePort()}`, '--bind-address=127.0.0.1', `--pid-file=${join(tmp, 'mysql.pid')}`]);
  await until('MariaDB is up', () => existsSync(socket));
  await until('MariaDB answers', () => {
    try {
      execFileSync('mariadb', ['-uroot', `--socket=${socket}`, '-e', 'SELECT 1'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  execFileSync('mariadb', ['-uroot', `--socket=${socket}`, '-e',
    "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"]);

  // The site's content folder (plugins, themes, uploads), writable, and Debian's host config.
  const content = join(tmp, 'wp-content');
  await mkdir(join(content, 'plugins'), { recursive: true });
  await write(join(content, 'themes/verdict-test'), THEME);
  await write(join(content, 'themes/verdict-test'), { 'favicon.svg': await readFile('assets/favicon.svg', 'utf8') });
  execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])',
    `target/package/verdict-wordpress-${VERSION}.zip`, join(content, 'plugins')]);
  const port = await freePort();
  h.origin = `http://${HOST}:${port}`;
  await writeConfig(`<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'WP_CONTENT_DIR', '${content}' );
define( 'WP_CONTENT_URL', '${h.origin}/wp-content' );
define( 'WP_HOME', '${h.origin}' );
define( 'WP_SITEURL', '${h.origin}' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
$table_prefix = 'wp_';
`);
  // PHP's built-in server, with a router for the content folder (outside WordPress's own), and
  // the strict CSP on every page and file it serves.
  const router = join(tmp, 'router.php');
  await writeFile(router, `<?php
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
// The strict CSP on what visitors get (the admin's pages are WordPress's own business).
if ( ! str_starts_with( $path, '/wp-admin' ) && ! str_starts_with( $path, '/wp-login' ) && ! str_contains( $_SERVER['REQUEST_URI'], 'rest_route' ) && ! str_starts_with( $path, '/wp-includes' ) ) {
  header( "Content-Security-Policy: ${STRICT_CSP}" );
}
if ( '${CSP_REPORTS}' === $path ) { file_put_contents( '${join(tmp, 'csp-reports')}', file_get_contents( 'php://input' ) . "\\n", FILE_APPEND ); http_response_code( 204 ); return true; }
if ( str_starts_with( $path, '/wp-content/' ) ) {
  $file = realpath( '${content}' . substr( $path, strlen( '/wp-content' ) ) );
  if ( $file && is_dir( $file ) ) { $file = realpath( $file . '/index.html' ); }
  if ( ! $file || ! str_starts_with( $file, '${content}' ) || ! is_file( $file ) ) { http_response_code( 404 ); return true; }
  $types = array( 'js' => 'text/javascript', 'css' => 'text/css', 'wasm' => 'application/wasm', 'svg' => 'image/svg+xml', 'json' => 'application/json', 'html' => 'text/html; charset=utf-8', 'png' => 'image/png' );
  header( 'Content-Type: ' . ( $types[ pathinfo( $file, PATHINFO_EXTENSION ) ] ?? 'application/octet-stream' ) );
  // Static files readable from any origin, as GitHub Pages and jsDelivr serve them: a frame
  // WordPress sandboxes (an opaque origin) loads its scripts with CORS.
  header( 'Access-Control-Allow-Origin: *' );
  readfile( $file );
  return true;
}
if ( preg_match( '/\\.(js|css|png|svg|gif|woff2?)$/', $path ) && is_file( '${WP}' . $path ) ) { return false; }
$_SERVER['SCRIPT_NAME'] = str_ends_with( $path, '.php' ) ? $path : '/index.php';
require '${WP}' . ( str_ends_with( $path, '.php' ) && is_file( '${WP}' . $path ) ? $path : '/index.php' );
`);
  h.php = start('php', ['-S', `${HOST}:${port}`, '-t', WP, router], { env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } });
  await until('PHP serves', async () => fetch(`${h.origin}/wp-admin/install.php`).then((r) => r.ok, () => false));

  // Installed through its own install page, as a person would.
  const install = await fetch(`${h.origin}/wp-admin/install.php?step=2`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ weblog_title: 'A WordPress blog', user_name: 'admin', admin_password: 'verdict-test-password', admin_password2: 'verdict-test-password', pw_weak: '1', admin_email: 'admin@example.com', blog_public: '0', language: '' }),
  });
  assert.match(await install.text(), /Success!/);
  h.password = wpPhp(`activate_plugin( 'verdict/verdict.php' ); switch_theme( 'verdict-test' ); echo WP_Application_Passwords::create_new_application_password( 1, array( 'name' => 'tests' ) )[0];`).trim();
  assert.match(h.password, /^\w{24}$/, 'an application password');
  assert.ok(wpPhp("echo is_plugin_active( 'verdict/verdict.php' ) ? 'yes' : 'no';").includes('yes'), 'the plugin is active');
  h.browser = await launch();
});

after(async () => {
  await h.browser?.close();
  for (const p of h.processes) {
    try {
      process.kill(-p.pid);
    } catch {
      // Already gone.
    }
  }
  if (process.getuid?.() === 0) await rm(CONFIG, { force: true });
  else execFileSync('sudo', ['rm', '-f', CONFIG]);
});

/** The site as checkWidget sees a server: its origin and the CSP reports PHP collected. */
const site = () => ({
  origin: h.origin,
  get reports() {
    const file = join(h.tmp, 'csp-reports');
    const lines = existsSync(file) ? execFileSync('cat', [file], { encoding: 'utf8' }).trim().split('\n').filter(Boolean) : [];
    execFileSync('rm', ['-f', file]);
    return lines;
  },
});

/** Logs in as the admin, in a fresh context. */
async function editor() {
  const context = await h.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${h.origin}/wp-login.php`);
  await page.fill('#user_login', 'admin');
  await page.fill('#user_pass', 'verdict-test-password');
  await page.click('#wp-submit');
  await page.waitForURL(/wp-admin/, { timeout: 60_000 });
  return { context, page };
}

/** Opens a post in the block editor, without its welcome guide. */
async function openInEditor(page, id) {
  await page.goto(`${h.origin}/wp-admin/post.php?post=${id}&action=edit`);
  await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0, null, { timeout: 60_000 });
  await page.evaluate(() => {
    const prefs = window.wp.data.select('core/edit-post');
    if (prefs?.isFeatureActive?.('welcomeGuide')) window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
}

test(`WordPress ${execFileSync('php', ['-r', `include '${WP}/wp-includes/version.php'; echo $wp_version;`], { encoding: 'utf8' })}: a block made through the REST API, checked and drawn in the editor, then as a visitor`, async () => {
  const post = await rest('/wp/v2/posts', { title: 'SQLite or PostgreSQL?', status: 'publish', content: `${paragraph('Pick a database for your next project: answer four questions.')}\n\n${block({ content: SQLITE, widgetId: 'database' })}\n\n${paragraph('Words after the widget.')}` });
  // A visitor already gets a working widget (not drawn yet: no editor has seen it).
  {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${h.origin}/?p=${post.id}`);
    const w = new Widget(page, '#database');
    await w.ready();
    assert.equal(await page.locator('#database .verdict-root[data-prerendered]').count(), 0);
    await w.answerAll(DATABASES.answers);
    assert.equal(await w.resultHeading.textContent(), DATABASES.result);
    await context.close();
  }
  // The editor checks the block and draws its first view into it; saving keeps it.
  const { context, page } = await editor();
  await openInEditor(page, post.id);
  await page.waitForFunction(() => window.wp.data.select('core/block-editor').getBlocks().find((b) => b.name === 'verdict/widget')?.attributes.firstView, null, { timeout: 60_000 });
  await page.locator('.verdict-block verdict-widget .vd-title').waitFor();
  await page.evaluate(() => window.wp.data.dispatch('core/editor').savePost());
  await page.waitForFunction(() => !window.wp.data.select('core/editor').isSavingPost() && !window.wp.data.select('core/editor').isEditedPostDirty());
  await context.close();
  const saved = await rest(`/wp/v2/posts/${post.id}&context=edit`);
  assert.match(saved.content.raw, /"firstView":"\\u003ctemplate shadowrootmode=\\u0022open\\u0022/);
  assert.match(saved.content.raw, /<p>Words after the widget\.<\/p>/);
  // The page: the loader once, as a module, and the drawn view; under the strict CSP.
  const html = await (await fetch(`${h.origin}/?p=${post.id}`)).text();
  assert.equal(html.match(/<script type="module" src="[^"]*\/plugins\/verdict\/assets\/embed\.js"><\/script>/g)?.length, 1);
  assert.match(html, /<template shadowrootmode="open"><link rel="stylesheet" href="[^"]*\/plugins\/verdict\/assets\/widget-[0-9a-f]+\.css">/);
  await checkWidget(h.browser, site(), `/?p=${post.id}`, {
    host: '#database', ...DATABASES, blockingHead: false,
  });
});

test('a page without a widget does not load the loader', async () => {
  const html = await (await fetch(`${h.origin}/?p=1`)).text();
  assert.match(html, /Hello world/);
  assert.doesNotMatch(html, /embed\.js/);
});

test('a broken comparison: the block lists its problems, with their paths, before the post is saved', async () => {
  const broken = SQLITE.replace('"postgresql": 3', '"postgres": 3');
  const post = await rest('/wp/v2/posts', { title: 'Broken', status: 'draft', content: block({ content: broken }) });
  const { context, page } = await editor();
  await openInEditor(page, post.id);
  const problems = page.locator('.verdict-block .verdict-problems');
  await problems.waitFor({ timeout: 60_000 });
  assert.match(await problems.textContent(), /1 problem to fix/);
  assert.match(await problems.textContent(), /questions\[0\]\.answers\[0\]\.weights\.postgres: names option "postgres", which does not exist/);
  assert.equal(await page.evaluate(() => window.wp.data.select('core/block-editor').getBlocks()[0].attributes.firstView), '');
  // Fixed in the block: the problems go, the preview runs.
  await page.locator('.verdict-block textarea').first().fill(SQLITE);
  await page.locator('.verdict-block verdict-widget .vd-title').waitFor();
  assert.equal(await problems.count(), 0);
  await context.close();
});

test('a drawn view that does not match the comparison, or carries markup of its own, is not shown', async () => {
  const drawn = await rest('/wp/v2/posts', { title: 'Forged', status: 'publish', content: block({
    content: FASTAPI,
    firstView: '<template shadowrootmode="open"><p>old</p><img src=x onerror="alert(1)"><script>alert(2)</script></template>',
    firstViewOf: execFileSync('php', ['-r', 'echo hash("sha256", stream_get_contents(STDIN));'], { input: FASTAPI, encoding: 'utf8' }),
  }) });
  const html = await (await fetch(`${h.origin}/?p=${drawn.id}`)).text();
  const widget = html.slice(html.indexOf('<verdict-widget'), html.indexOf('</verdict-widget>'));
  assert.match(widget, /<template shadowrootmode="open"><p>old<\/p>/, 'the drawn view, kept for its comparison');
  assert.doesNotMatch(widget, /onerror|<img|<script>alert/, widget);
  const stale = await rest('/wp/v2/posts', { title: 'Stale', status: 'publish', content: block({ content: FASTAPI, firstView: '<template shadowrootmode="open"><p>stale</p></template>', firstViewOf: 'nope' }) });
  assert.doesNotMatch(await (await fetch(`${h.origin}/?p=${stale.id}`)).text(), /stale<\/p>/);
});

test('the [verdict] shortcode in a classic post', async () => {
  const post = await rest('/wp/v2/posts', { title: 'Frameworks', status: 'publish', content: `<p>Three frameworks, one question at a time.</p>\n\n[verdict id="framework"]\n${FASTAPI}\n[/verdict]\n\n<p>Words after.</p>` });
  const context = await h.browser.newContext();
  const page = await context.newPage();
  const trouble = [];
  page.on('console', (m) => m.type() === 'error' && trouble.push(m.text()));
  await page.goto(`${h.origin}/?p=${post.id}`);
  const w = new Widget(page, '#framework');
  await w.ready();

  await w.answerAll(FRAMEWORKS.answers);
  assert.equal(await w.resultHeading.textContent(), FRAMEWORKS.result);
  await context.close();
  assert.deepEqual(trouble, []);
});

test('a contributor pastes a published comparison\'s address alone on a line: WordPress embeds it by oEmbed', async () => {
  // Published into a folder the site serves, with the plugin's copy of the widget's files.
  const guides = join(h.tmp, 'wp-content', 'guides');
  const base = `${h.origin}/wp-content/guides/`;
  execFileSync('node', ['apps/cli/js/verdict.js', 'publish', 'content/django-flask-fastapi.json', '--out', guides,
    '--base', base, '--assets', `${h.origin}/wp-content/plugins/verdict/assets/`], { stdio: 'ignore' });
  const url = `${base}django-flask-fastapi/`;
  // A contributor: may write posts, may not post markup of their own.
  const writer = wpPhp(`$id = wp_insert_user( array( 'user_login' => 'writer', 'user_pass' => 'writer-password-1', 'role' => 'contributor', 'user_email' => 'w@example.com' ) ); echo WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'tests' ) )[0];`).trim();
  assert.equal(wpPhp("echo user_can( get_user_by( 'login', 'writer' ), 'unfiltered_html' ) ? 'yes' : 'no';").trim(), 'no');
  const response = await fetch(`${h.origin}/?rest_route=/wp/v2/posts`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`writer:${writer}`).toString('base64')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Which framework?', status: 'pending', content: `<p>Before the guide.</p>\n\n${url}\n\n<p>After the guide.</p>` }),
  });
  const draft = await response.json();
  assert.ok(response.ok, JSON.stringify(draft));
  // An editor publishes it.
  await rest(`/wp/v2/posts/${draft.id}`, { status: 'publish' });
  const html = await (await fetch(`${h.origin}/?p=${draft.id}`)).text();
  // WordPress found the page, read its oEmbed and framed it as it frames any site it does not know.
  assert.match(html, new RegExp(`<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"[^>]* src="${url}embed\\.html#\\?secret=\\w+" data-secret="\\w+"`), html.slice(html.indexOf('Before'), html.indexOf('After') + 40));
  // With a link to the page before it, for where frames are not shown.
  assert.match(html, new RegExp(`<blockquote class="wp-embedded-content" data-secret="\\w+">(<p>)?<a href="${url}">Django, Flask or FastAPI\\?</a>(</p>)?</blockquote>`));
  assert.match(html, /wp-embed(\.min)?\.js/);

  const context = await h.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${h.origin}/?p=${draft.id}`);
  const frame = page.frameLocator('iframe.wp-embedded-content');
  const widget = new Widget(/** @type {any} */ (frame));
  await widget.root.getByRole('heading', { name: 'Django, Flask or FastAPI?' }).waitFor({ timeout: 60_000 });
  const before = await page.locator('iframe.wp-embedded-content').evaluate((f) => f.getBoundingClientRect().height);
  await widget.answerAll(FRAMEWORKS.answers);
  assert.equal(await widget.resultHeading.textContent(), FRAMEWORKS.result);
  // The frame's height follows the widget (WordPress's own script, told by the frame).
  await page.waitForFunction((was) => {
    const now = document.querySelector('iframe.wp-embedded-content').getBoundingClientRect().height;
    return now !== was && now >= 200;
  }, before);
  await context.close();
});
