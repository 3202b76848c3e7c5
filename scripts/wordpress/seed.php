<?php
// Installs the test site and seeds it through WordPress's own APIs (no network, no wp-cli):
// `php seed.php <assets dir>`, run by scripts/wordpress.mjs with NEWS_WORDPRESS_CONFIG set.
// Prints what the tests need as JSON: the posts' ids by name and an application password.
$_SERVER['WORDPRESS_CONFIG'] = 'news-elements';
$_SERVER['HTTP_HOST'] = parse_url(getenv('NEWS_WORDPRESS_URL'), PHP_URL_HOST) . ':' . parse_url(getenv('NEWS_WORDPRESS_URL'), PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
$assets = $argv[1];

wp_install('The Harbour Herald', 'editor', 'editor@example.com', true, '', wp_generate_password(24));
wp_set_current_user(1); // an administrator: content is stored as written (unfiltered_html)
wp_update_user(['ID' => 1, 'display_name' => 'Herald Desk']);
update_option('timezone_string', 'Asia/Seoul'); // local dates differ from date_gmt by nine hours
update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
update_option('blogdescription', 'News from the waterfront');
flush_rewrite_rules();
wp_delete_post(1, true); // "Hello world!"
wp_delete_post(2, true); // "Sample Page"

$authors = [];
foreach ([['min-ji', 'Park Min-ji'], ['tom', 'Tom Whitaker']] as [$login, $name]) {
  $id = wp_create_user($login, wp_generate_password(24), "$login@example.com");
  wp_update_user(['ID' => $id, 'display_name' => $name, 'role' => 'author']);
  $authors[$login] = $id;
}
$terms = [];
foreach (['Transport' => 'category', 'Business' => 'category', 'Busan' => 'category', 'Weather' => 'category',
  'ferries' => 'post_tag', 'fares' => 'post_tag', 'night buses' => 'post_tag'] as $name => $taxonomy) {
  $terms[$name] = wp_insert_term($name, $taxonomy)['term_id'];
}

/** Uploads a real file: WordPress writes its sizes (thumbnail, medium, medium_large, large) with GD. */
function news_upload(string $file, string $alt, string $caption): int {
  $bits = wp_upload_bits(basename($file), null, file_get_contents($file));
  $id = wp_insert_attachment(['post_mime_type' => 'image/jpeg', 'post_title' => $alt, 'post_excerpt' => $caption,
    'post_status' => 'inherit'], $bits['file']);
  wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $bits['file']));
  update_post_meta($id, '_wp_attachment_image_alt', $alt);
  return $id;
}
$images = [
  'city' => news_upload("$assets/city-1600x900.jpg", 'Commuters crossing the harbour bridge at dusk', 'The harbour bridge at dusk. Photo: Herald staff'),
  'harbour' => news_upload("$assets/harbour-800x800.jpg", 'Ferries moored at the north quay', 'The north quay on Monday.'),
  'market' => news_upload("$assets/market-1200x1600.jpg", '자갈치 시장의 새벽 경매', '새벽 경매가 열린 자갈치 시장.'),
  'lifter' => news_upload("$assets/weightlifter-1200x800.jpg", 'A weightlifter at the city championships', 'The championships drew 300 athletes.'),
];
$src = fn (int $id, string $size) => wp_get_attachment_image_src($id, $size)[0];

function news_post(array $post): int {
  $id = wp_insert_post(wp_slash($post + ['post_status' => 'publish', 'post_type' => 'post']), true);
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
  return $id;
}
$posts = [];

// Classic editor (TinyMCE's way of storing: [caption] on its own line, blank-line paragraphs).
$medium = $src($images['harbour'], 'medium');
$posts['classic'] = news_post([
  'post_author' => $authors['tom'],
  'post_date_gmt' => '2025-03-14 08:30:00',
  'post_title' => 'Ferry fares rise 4% &amp; the “harbour pass” goes',
  'post_content' => <<<HTML
[caption id="attachment_{$images['harbour']}" align="alignleft" width="300"]<img class="size-medium wp-image-{$images['harbour']}" src="$medium" alt="Ferries moored at the north quay" width="300" height="300" /> The north quay on Monday, before the new timetable.[/caption]

Fares on every harbour ferry rise by 4% from April, the port authority said on Friday, and the “harbour pass” that let commuters ride all day for &pound;6 will be withdrawn at the end of the month.

The authority&#8217;s chair, Ruth Okafor, said the increase was the first in three years &amp; would pay for two new vessels. “We can&#8217;t keep running boats built in the 1980s,” she told councillors. Passenger groups said the end of the pass would cost a daily commuter more than &pound;400 a year.

[gallery ids="{$images['city']},{$images['harbour']},{$images['lifter']}" columns="3" size="thumbnail"]

The authority will hold three public meetings before the change, the first on Tuesday at the north quay terminal.

[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]
HTML,
  'post_category' => [$terms['Transport']],
  'tags_input' => ['ferries', 'fares'],
]);
set_post_thumbnail($posts['classic'], $images['city']);

// Block editor (WordPress 6.1's serialisation of image, gallery, pullquote, embed and table blocks).
$large = fn (int $id) => $src($id, 'large');
$posts['blocks'] = news_post([
  'post_author' => $authors['min-ji'],
  'post_date_gmt' => '2025-03-13 22:15:00',
  'post_title' => 'Night buses return to the waterfront after six years',
  'post_excerpt' => 'Three routes run until 4 a.m. from Saturday, paid for by the harbour businesses.',
  'post_content' => <<<HTML
<!-- wp:paragraph -->
<p>Three night bus routes return to the waterfront on Saturday, six years after the last one was cut.</p>
<!-- /wp:paragraph -->

<!-- wp:image {"id":{$images['city']},"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="{$large($images['city'])}" alt="Commuters crossing the harbour bridge at dusk" class="wp-image-{$images['city']}"/><figcaption class="wp-element-caption">The N1 will cross the harbour bridge every 20 minutes.</figcaption></figure>
<!-- /wp:image -->

<!-- wp:pullquote -->
<figure class="wp-block-pullquote"><blockquote><p>People who clean the offices and cook in the restaurants have walked home for six years.</p><cite>Dae-ho Kim, transport union</cite></blockquote></figure>
<!-- /wp:pullquote -->

<!-- wp:gallery {"linkTo":"none"} -->
<figure class="wp-block-gallery has-nested-images columns-default is-cropped"><!-- wp:image {"id":{$images['harbour']},"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="{$large($images['harbour'])}" alt="Ferries moored at the north quay" class="wp-image-{$images['harbour']}"/></figure>
<!-- /wp:image -->

<!-- wp:image {"id":{$images['lifter']},"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="{$large($images['lifter'])}" alt="A weightlifter at the city championships" class="wp-image-{$images['lifter']}"/></figure>
<!-- /wp:image --><figcaption class="blocks-gallery-caption wp-element-caption">Stops on the N2: the north quay and the sports hall.</figcaption></figure>
<!-- /wp:gallery -->

<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>Route</th><th>From</th><th>Last bus</th></tr></thead><tbody><tr><td>N1</td><td>Harbour bridge</td><td>4:00</td></tr><tr><td>N2</td><td>North quay</td><td>3:40</td></tr></tbody></table><figcaption class="wp-element-caption">Timetable from Saturday 15 March.</figcaption></figure>
<!-- /wp:table -->

<!-- wp:html -->
<div class="news-poll" id="night-bus-poll">Will you use the night buses?</div>
<script>document.getElementById('night-bus-poll').textContent = 'Poll loaded'; window.newsPollRan = true;</script>
<!-- /wp:html -->

<!-- wp:embed {"url":"https://vimeo.com/76979871","type":"video","providerNameSlug":"vimeo","responsive":true} -->
<figure class="wp-block-embed is-type-video is-provider-vimeo wp-block-embed-vimeo"><div class="wp-block-embed__wrapper">
https://vimeo.com/76979871
</div><figcaption class="wp-element-caption">The council's film of the new routes.</figcaption></figure>
<!-- /wp:embed -->
HTML,
  'post_category' => [$terms['Transport']],
  'tags_input' => ['night buses'],
]);
set_post_thumbnail($posts['blocks'], $images['harbour']);

$posts['korean'] = news_post([
  'post_author' => $authors['min-ji'],
  'post_date_gmt' => '2025-03-12 23:00:00', // 13 March in Seoul, the site's time zone
  'post_title' => '자갈치 시장, 새벽 경매 다시 연다',
  'post_excerpt' => '부산 자갈치 시장이 석 달 만에 새벽 경매를 다시 연다. 상인들은 “손님이 돌아오길 기대한다”고 말했다.',
  'post_content' => "<!-- wp:paragraph -->\n<p>부산 자갈치 시장이 석 달 만에 새벽 경매를 다시 연다.</p>\n<!-- /wp:paragraph -->",
  'post_category' => [$terms['Busan']],
]);
set_post_thumbnail($posts['korean'], $images['market']);

// A hand-written excerpt as newsroom CMSs leave them: a [caption] pasted in, "[…]" typed at the end.
$thumb = $src($images['lifter'], 'thumbnail');
$posts['excerpt'] = news_post([
  'post_author' => $authors['tom'],
  'post_date_gmt' => '2025-03-11 10:00:00',
  'post_title' => 'Harbour Bank sponsors the city championships',
  'post_excerpt' => "[caption id=\"attachment_{$images['lifter']}\" align=\"alignright\" width=\"150\"]<img src=\"$thumb\" alt=\"\" width=\"150\" height=\"150\" /> Photo: Herald staff[/caption] The bank will pay for the sports hall&#8217;s new floor &amp; the athletes&#8217; travel […]",
  'post_content' => "<p>The bank will pay for the sports hall's new floor and the athletes' travel.</p>",
  'post_category' => [$terms['Business']],
]);
set_post_thumbnail($posts['excerpt'], $images['lifter']);
update_post_meta($posts['excerpt'], 'news_partner', 'Harbour Bank');
update_post_meta($posts['excerpt'], 'news_partner_url', 'https://harbourbank.example/');

// The oldest story is the sticky one: the posts endpoint still lists it by date (only ?sticky=true asks).
$posts['sticky'] = news_post([
  'post_author' => 1,
  'post_date_gmt' => '2025-03-10 06:00:00',
  'post_title' => 'Storm warning: what closes and when',
  'post_content' => '<p>The port closes at noon on Tuesday. Ferries resume when the wind drops below 40 knots.</p>',
  'post_category' => [$terms['Weather']],
]);
stick_post($posts['sticky']);

// The example plugin (examples/wordpress/news-elements): single posts as news-elements story pages.
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$activated = activate_plugin('news-elements/news-elements.php');
if (is_wp_error($activated)) { fwrite(STDERR, $activated->get_error_message() . "\n"); exit(1); }

// An application password, so that tests can read `content.raw` (context=edit) over Basic auth.
[$password] = WP_Application_Passwords::create_new_application_password(1, ['name' => 'news-elements tests']);
echo json_encode(['posts' => $posts, 'images' => $images, 'authors' => $authors, 'user' => 'editor',
  'password' => $password]), "\n";
