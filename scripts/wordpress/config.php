<?php
// Installed by scripts/wordpress.mjs as /etc/wordpress/config-news-elements.php, which Debian's
// wp-config.php reads when $_SERVER['WORDPRESS_CONFIG'] is "news-elements" (router.php and seed.php
// set it). The settings themselves are written per checkout; the environment says where.
$news_config = getenv('NEWS_WORDPRESS_CONFIG');
if (!$news_config || !is_file($news_config)) {
  header('HTTP/1.0 503 Service Unavailable');
  exit("news-elements: NEWS_WORDPRESS_CONFIG does not name a file; start WordPress with `npm run wordpress`.\n");
}
require $news_config;
