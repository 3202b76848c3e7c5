<?php
/**
 * Plugin Name: News Elements
 * Description: Prints single posts as a news-elements story page: headline, dateline, lead figure from the featured image, body, partner banner and related stories.
 * Version: 0.1.0
 * Requires at least: 6.1
 * Requires PHP: 8.0
 * License: MIT
 *
 * Copy this folder into wp-content/plugins/ and the package's dist/ folder into it as dist/ (or set
 * NEWS_ELEMENTS_URL in wp-config.php to where dist/ is served: a module script from another origin
 * needs Access-Control-Allow-Origin). A theme that prints its own single posts can call
 * news_elements_story() in its loop and leave out the template (NEWS_ELEMENTS_TEMPLATE false).
 */

defined('ABSPATH') || exit;

/** Where the package's dist/ folder is served, ending in a slash. */
function news_elements_url(): string {
  return defined('NEWS_ELEMENTS_URL') ? NEWS_ELEMENTS_URL : plugin_dir_url(__FILE__) . 'dist/';
}

add_action('wp_enqueue_scripts', function () {
  $url = news_elements_url();
  // preload.css gives each element the room its first render takes: no layout shift while the script loads.
  wp_enqueue_style('news-elements-preload', $url . 'themes/preload.css', [], null);
  wp_enqueue_style('news-elements-theme', $url . 'themes/light.css', [], null);
  wp_enqueue_script('news-elements', $url . 'news-elements.js', [], null, false);
});

// WordPress 6.1 has no module scripts of its own (wp_enqueue_script_module came in 6.5).
add_filter('script_loader_tag', function (string $tag, string $handle): string {
  return $handle === 'news-elements'
    ? preg_replace('/<script( type=[\'"][^\'"]*[\'"])?/', '<script type="module"', $tag, 1)
    : $tag;
}, 10, 2);

// The custom fields of a partnership, readable in the REST API too.
add_action('init', function () {
  foreach (['news_partner', 'news_partner_url', 'news_partner_logo'] as $key) {
    register_post_meta('post', $key, ['type' => 'string', 'single' => true, 'show_in_rest' => true]);
  }
});

// Single posts get the story page, whatever the theme (or none).
add_filter('template_include', function (string $template): string {
  $own = !defined('NEWS_ELEMENTS_TEMPLATE') || NEWS_ELEMENTS_TEMPLATE;
  return $own && is_singular('post') ? __DIR__ . '/templates/single.php' : $template;
});

/** Prints the current post as a <news-article>: call it in the loop. */
function news_elements_story(): void {
  load_template(__DIR__ . '/templates/story.php', false);
}
