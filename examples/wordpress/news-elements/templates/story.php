<?php
// The story page of the current post, as news-elements prints it. Everything is markup first:
// readers, crawlers and reader modes get the whole story before (and without) the script.
defined('ABSPATH') || exit;

$news_post = get_post();
$news_category = get_the_category()[0] ?? null;
$news_lead = get_post_thumbnail_id();
$news_partner = get_post_meta($news_post->ID, 'news_partner', true);
// A hand-written excerpt may hold a pasted [caption] and a typed "[…]": neither belongs in a standfirst.
$news_standfirst = has_excerpt() ? preg_replace(
  '/\s*\[(?:…|&hellip;|&#8230;|\.\.\.)\]\s*$/u',
  '…',
  trim(wp_strip_all_tags(strip_shortcodes(get_the_excerpt())))
) : '';
$news_related = add_query_arg(
  ['_embed' => '1', 'per_page' => '4', 'exclude' => $news_post->ID],
  rest_url('wp/v2/posts')
);
?>
<news-article structured-data publisher="<?php echo esc_attr(get_bloginfo('name')); ?>"
  publisher-url="<?php echo esc_url(home_url('/')); ?>">
  <?php if ($news_category) : ?>
    <span slot="kicker"><?php echo esc_html($news_category->name); ?></span>
  <?php endif; ?>
  <h1 slot="headline"><?php the_title(); ?></h1>
  <?php if ($news_standfirst) : ?>
    <p slot="standfirst"><?php echo esc_html($news_standfirst); ?></p>
  <?php endif; ?>
  <p slot="byline">By <a rel="author" href="<?php echo esc_url(get_author_posts_url(get_the_author_meta('ID'))); ?>"><?php the_author(); ?></a></p>
  <news-dateline slot="dateline" datetime="<?php echo esc_attr(get_post_time('c', true)); ?>"
    pattern="{weekday} {dayOrdinal} {month}, {year}" time-zone="<?php echo esc_attr(wp_timezone_string()); ?>"
  ><?php echo esc_html(get_the_date()); ?></news-dateline>
  <?php if ($news_lead) :
    [$news_src, $news_width, $news_height] = wp_get_attachment_image_src($news_lead, 'large');
    ?>
    <news-figure slot="lead" src="<?php echo esc_url($news_src); ?>"
      srcset="<?php echo esc_attr(wp_get_attachment_image_srcset($news_lead, 'large') ?: ''); ?>"
      sizes="(min-width: 64em) 60rem, 100vw" width="<?php echo (int) $news_width; ?>" height="<?php echo (int) $news_height; ?>"
      alt="<?php echo esc_attr(get_post_meta($news_lead, '_wp_attachment_image_alt', true)); ?>"
      caption="<?php echo esc_attr(wp_get_attachment_caption($news_lead) ?: ''); ?>" fetchpriority="high"></news-figure>
  <?php endif; ?>
  <?php if ($news_partner) : ?>
    <news-partner-banner slot="partner" name="<?php echo esc_attr($news_partner); ?>"
      href="<?php echo esc_url(get_post_meta($news_post->ID, 'news_partner_url', true)); ?>"
      <?php if ($news_logo = get_post_meta($news_post->ID, 'news_partner_logo', true)) : ?>logo-src="<?php echo esc_url($news_logo); ?>"<?php endif; ?>
    ></news-partner-banner>
  <?php endif; ?>
  <news-article-body><?php the_content(); ?></news-article-body>
  <news-teaser-list slot="related" heading="More stories" limit="3" src="<?php echo esc_url($news_related); ?>"
    time-zone="<?php echo esc_attr(wp_timezone_string()); ?>"></news-teaser-list>
</news-article>
