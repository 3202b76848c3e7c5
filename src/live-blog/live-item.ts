/** One post of a live blog, as `items` takes it and the feed parser gives it. */
export interface LivePostItem {
  id: string; // stable: the permalink is #post-<id>
  datetime: string; // ISO 8601, when it was published
  modified?: string; // ISO 8601, when last edited (an edit updates the post in place)
  headline?: string;
  author?: string | string[];
  html?: string; // the post's body as HTML from the CMS: sanitised before it is shown
  keyEvent?: boolean;
  pinned?: boolean;
  deleted?: boolean; // a feed's way to say a post is gone
}
