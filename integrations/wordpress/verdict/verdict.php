<?php
/**
 * Plugin Name:       verdict decision widget
 * Description:       A decision guide in a post: a short quiz, a recommendation with its reasons and a comparison grid. A block (the comparison stored in the post, checked in the editor) and a [verdict] shortcode.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       verdict
 *
 * The widget runs in the reader's browser and sends nothing anywhere. Its files (assets/) are
 * served by this site; the loader is enqueued, as a module, only on pages that show a widget.
 */

defined( 'ABSPATH' ) || exit;

const VERDICT_VERSION = '0.2.0';

/** Where the widget's files are: the plugin's assets/, or another base set in the filter. */
function verdict_base() {
	return apply_filters( 'verdict_base', plugins_url( 'assets/', __FILE__ ) );
}

/** The widget's stylesheet's file name (hashed) in assets/. */
function verdict_stylesheet() {
	$found = glob( __DIR__ . '/assets/widget-*.css' );
	return $found ? basename( $found[0] ) : '';
}

/** Enqueues the loader once, as a module, for the page being shown. */
function verdict_enqueue_loader() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'verdict-loader', verdict_base() . 'embed.js', array(), null );
		return;
	}
	wp_enqueue_script( 'verdict-loader', verdict_base() . 'embed.js', array(), null, true );
}

/** The loader's tag written as a module script (WordPress before 6.5 has no module API). */
add_filter(
	'script_loader_tag',
	function ( $tag, $handle, $src ) {
		if ( 'verdict-loader' !== $handle ) {
			return $tag;
		}
		return '<script type="module" src="' . esc_url( $src ) . '"></script>' . "\n";
	},
	10,
	3
);

/**
 * The element for a comparison given as JSON text: the JSON inside it, every `<` written
 * `\u003c` (the same JSON), so nothing in it can end the script element around it; the drawn
 * first view (if any), sanitised, before it.
 */
function verdict_element( $json, $first_view = '', $attributes = array() ) {
	$html = '<verdict-widget';
	foreach ( array( 'id', 'locale', 'parts', 'data-layout' ) as $name ) {
		if ( ! empty( $attributes[ $name ] ) ) {
			$html .= ' ' . $name . '="' . esc_attr( $attributes[ $name ] ) . '"';
		}
	}
	$html .= ">\n" . $first_view;
	if ( '' !== trim( $json ) ) {
		$html .= '<script type="application/json">' . str_replace( '<', '\u003c', trim( $json ) ) . '</script>';
	}
	return $html . "\n</verdict-widget>";
}

/** The elements and attributes a drawn first view is made of: nothing else survives. */
function verdict_allowed_markup() {
	$common = array(
		'class'           => true,
		'id'              => true,
		'part'            => true,
		'dir'             => true,
		'lang'            => true,
		'role'            => true,
		'tabindex'        => true,
		'hidden'          => true,
		'aria-label'      => true,
		'aria-labelledby' => true,
		'aria-hidden'     => true,
		'aria-pressed'    => true,
		'aria-valuemin'   => true,
		'aria-valuemax'   => true,
		'aria-valuenow'   => true,
		'aria-busy'       => true,
		'data-prerendered' => true,
		'data-action'     => true,
		'data-label'      => true,
	);
	$tags = array( 'div', 'article', 'header', 'section', 'p', 'h2', 'h3', 'details', 'summary', 'noscript', 'table', 'thead', 'tbody', 'tr', 'span', 'strong', 'em', 'code', 'ul', 'li', 'pre', 'bdi', 'br' );
	$allowed = array_fill_keys( $tags, $common );
	$allowed['template'] = array( 'shadowrootmode' => true );
	$allowed['link']     = array( 'rel' => true, 'href' => true );
	$allowed['button']   = $common + array( 'type' => true, 'disabled' => true );
	$allowed['th']       = $common + array( 'scope' => true );
	$allowed['td']       = $common;
	$allowed['a']        = $common + array( 'href' => true, 'rel' => true, 'target' => true );
	$allowed['svg']      = $common + array( 'viewbox' => true, 'preserveaspectratio' => true, 'focusable' => true );
	$allowed['rect']     = array( 'class' => true, 'x' => true, 'y' => true, 'width' => true, 'height' => true, 'rx' => true );
	return $allowed;
}

/**
 * A block's drawn first view, if it was drawn from this very content (the editor stores the
 * SHA-256 of the text it drew), with the files' address filled in and only the markup a drawn
 * view is made of (an author without unfiltered_html cannot slip anything else in through it).
 */
function verdict_first_view( $attributes, $json ) {
	if ( empty( $attributes['firstView'] ) || empty( $attributes['firstViewOf'] ) ) {
		return '';
	}
	if ( ! hash_equals( hash( 'sha256', $json ), $attributes['firstViewOf'] ) ) {
		return '';
	}
	$view = str_replace( '__VERDICT_BASE__/', verdict_base(), $attributes['firstView'] );
	return wp_kses( $view, verdict_allowed_markup(), array( 'http', 'https' ) );
}

/** The block's front end. */
function verdict_render_block( $attributes ) {
	$json = isset( $attributes['content'] ) ? (string) $attributes['content'] : '';
	if ( '' === trim( $json ) ) {
		return '';
	}
	verdict_enqueue_loader();
	return verdict_element( $json, verdict_first_view( $attributes, $json ), array( 'id' => isset( $attributes['widgetId'] ) ? $attributes['widgetId'] : '' ) );
}

add_action(
	'init',
	function () {
		wp_register_script(
			'verdict-editor',
			plugins_url( 'editor.js', __FILE__ ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
			VERDICT_VERSION,
			true
		);
		// What the editor needs to check and draw: where the loader and the tool are.
		wp_add_inline_script(
			'verdict-editor',
			'window.verdictEditor = ' . wp_json_encode(
				array(
					'embed'      => verdict_base() . 'embed.js',
					'tool'       => plugins_url( 'assets/cli/verdict-cli.js', __FILE__ ),
					'stylesheet' => verdict_stylesheet(),
					'version'    => VERDICT_VERSION,
				)
			) . ';',
			'before'
		);
		register_block_type(
			__DIR__ . '/block.json',
			array( 'render_callback' => 'verdict_render_block' )
		);
		add_shortcode( 'verdict', 'verdict_shortcode' );
	}
);

/**
 * [verdict]{ … }[/verdict] (the comparison inline) or [verdict src="…"] (a JSON file by
 * address), for classic posts.
 *
 * The comparison must reach the widget as it was written, but WordPress formats a post's text
 * before its shortcodes run (paragraphs and line breaks inserted around HTML, which a code
 * sample's `<p>` in a JSON string would get). So each [verdict] is taken out before that
 * formatting (priority 9 on the_content) and its element put back after it (priority 12).
 */
function verdict_shortcode( $attributes, $content = '' ) {
	$attributes = shortcode_atts( array( 'src' => '', 'id' => '', 'locale' => '', 'layout' => '' ), $attributes, 'verdict' );
	verdict_enqueue_loader();
	$element = array( 'id' => $attributes['id'], 'locale' => $attributes['locale'], 'data-layout' => $attributes['layout'] );
	$json = verdict_shortcode_json( (string) $content );
	if ( '' !== $attributes['src'] && '' === trim( $json ) ) {
		$html = '<verdict-widget src="' . esc_url( $attributes['src'] ) . '"';
		foreach ( $element as $name => $value ) {
			$html .= $value ? ' ' . $name . '="' . esc_attr( $value ) . '"' : '';
		}
		return $html . '></verdict-widget>';
	}
	return verdict_element( $json, '', $element );
}

/**
 * The JSON between the shortcode's tags: as written when it parses; else as the visual editor
 * may have left it (its paragraphs, entities and curly quotes undone). If neither parses, as
 * written: the widget then lists the problem with its line and column.
 */
function verdict_shortcode_json( $content ) {
	if ( null !== json_decode( $content ) ) {
		return $content;
	}
	$undone = html_entity_decode( wp_strip_all_tags( $content ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	$undone = str_replace( array( '“', '”', '″', '‘', '’' ), array( '"', '"', '"', "'", "'" ), $undone );
	return null !== json_decode( $undone ) ? $undone : $content;
}

/** The [verdict] shortcodes of the post being shown, taken out before WordPress formats it. */
$GLOBALS['verdict_taken'] = array();

add_filter(
	'the_content',
	function ( $content ) {
		if ( false === strpos( $content, '[verdict' ) ) {
			return $content;
		}
		$pattern = '/' . get_shortcode_regex( array( 'verdict' ) ) . '/';
		return preg_replace_callback(
			$pattern,
			function ( $match ) {
				if ( '[' === $match[1] && ']' === $match[6] ) {
					return substr( $match[0], 1, -1 ); // [[verdict]]: written out, not run.
				}
				$GLOBALS['verdict_taken'][] = do_shortcode_tag( $match );
				return "\n\n<!--verdict-" . ( count( $GLOBALS['verdict_taken'] ) - 1 ) . "-->\n\n";
			},
			$content
		);
	},
	9
);

add_filter(
	'the_content',
	function ( $content ) {
		return preg_replace_callback(
			'/(?:<p>)?<!--verdict-(\d+)-->(?:<\/p>)?/',
			function ( $match ) {
				return $GLOBALS['verdict_taken'][ (int) $match[1] ] ?? '';
			},
			$content
		);
	},
	12
);

/** The shortcode's JSON is left as written (no curly quotes). */
add_filter(
	'no_texturize_shortcodes',
	function ( $shortcodes ) {
		$shortcodes[] = 'verdict';
		return $shortcodes;
	}
);
