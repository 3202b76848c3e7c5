<?php
// Router for PHP's built-in server (`php -S … router.php`), as scripts/wordpress.mjs starts it:
// what Apache's rewrite rules do for a WordPress with pretty permalinks, plus the site's own
// wp-content directory, which lives outside the document root (/usr/share/wordpress).
$_SERVER['WORDPRESS_CONFIG'] = 'news-elements';
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$content = getenv('NEWS_WORDPRESS_CONTENT');

if (str_starts_with($path, '/wp-content/') && !str_contains($path, '..')) {
  $file = $content . substr($path, strlen('/wp-content'));
  if (is_file($file) && !str_ends_with($file, '.php')) {
    $types = ['jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'png' => 'image/png', 'webp' => 'image/webp',
      'svg' => 'image/svg+xml', 'css' => 'text/css', 'js' => 'text/javascript', 'json' => 'application/json'];
    header('Content-Type: ' . ($types[strtolower(pathinfo($file, PATHINFO_EXTENSION))] ?? 'application/octet-stream'));
    header('Content-Length: ' . filesize($file));
    // As a CDN serves them: module scripts (and their chunks) load across origins only with CORS.
    header('Access-Control-Allow-Origin: *');
    readfile($file);
    return true;
  }
}
// Files of WordPress itself (wp-admin, wp-includes, wp-login.php) as they are.
if ($path !== '/' && file_exists($_SERVER['DOCUMENT_ROOT'] . $path)) {
  return false;
}
// Everything else (permalinks, /wp-json/…) is WordPress's front controller.
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
