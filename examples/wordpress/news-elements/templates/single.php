<?php
// A whole page for a single post; themes with their own header and footer call news_elements_story().
defined('ABSPATH') || exit;
?><!doctype html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo('charset'); ?>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?php echo esc_html(wp_get_document_title()); ?></title>
<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<main>
<?php
while (have_posts()) {
  the_post();
  news_elements_story();
}
?>
</main>
<?php wp_footer(); ?>
</body>
</html>
