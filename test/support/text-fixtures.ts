import { expect } from '@open-wc/testing';

/**
 * Asserts two long strings are equal; a failure shows where they part, not a megabyte of each
 * (the hostile-input tests compare outputs of that size).
 */
export function sameText(actual: string, expected: string): void {
  let at = 0;
  while (at < expected.length && actual[at] === expected[at]) at++;
  const near = (text: string) => text.slice(Math.max(0, at - 40), at + 40);
  expect(near(actual), `the first difference, at ${at}`).to.equal(near(expected));
  expect(actual.length).to.equal(expected.length);
}

/** A WordPress post body kept in test/fixtures/wordpress/ (its README says where each is from). */
export const wordpressPost = async (name: string): Promise<string> =>
  (await fetch(new URL(`../fixtures/wordpress/${name}`, import.meta.url))).text();
