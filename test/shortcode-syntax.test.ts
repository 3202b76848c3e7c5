import { expect } from '@open-wc/testing';
import { shortcodeClosers, splitShortcodes, type ShortcodeToken } from '../src/text/shortcode-syntax.js';

/** A token as the table writes it: as written, its name, and what it closes. */
const shown = (item: string | ShortcodeToken) =>
  typeof item == 'string'
    ? item
    : { token: item[0], name: item[2], close: !!item[1], self: !!item[4], attributes: item[3] ?? '' };

describe('splitShortcodes', () => {
  // [what it is, text, the items it is split into]
  const table: [string, string, ReturnType<typeof shown>[]][] = [
    ['no brackets at all', 'The council met.', ['The council met.']],
    [
      'an opener with attributes and its closer',
      '[caption id="a" width=600]Lifter[/caption]',
      [
        '',
        {
          token: '[caption id="a" width=600]',
          name: 'caption',
          close: false,
          self: false,
          attributes: ' id="a" width=600',
        },
        'Lifter',
        { token: '[/caption]', name: 'caption', close: true, self: false, attributes: '' },
        '',
      ],
    ],
    [
      'a self-closing token, its name lower-cased',
      'Ad: [Ad_Slot /] here',
      ['Ad: ', { token: '[Ad_Slot /]', name: 'ad_slot', close: false, self: true, attributes: ' ' }, ' here'],
    ],
    ['footnotes and names that do not start with a letter', 'See [1] and [_x a=1]', ['See [1] and [_x a=1]']],
    ['the escape [[name]]: the brackets themselves, once', 'Type [[gallery]].', ['Type ', '[gallery]', '.']],
    [
      'a bracket inside attributes: only the inner token counts',
      '[a [b]',
      ['[a ', { token: '[b]', name: 'b', close: false, self: false, attributes: '' }, ''],
    ],
    ['an opener never closed', '[caption', ['[caption']],
  ];
  for (const [what, text, items] of table) {
    it(what, () => {
      expect(splitShortcodes(text).map(shown)).to.deep.equal(items);
    });
  }

  it('says where each item starts, escapes included', () => {
    const starts: number[] = [];
    const items = splitShortcodes('a [b x=1] [[c]] [/b]', starts);
    expect(items.map((item, i) => [typeof item == 'string' ? item : item[0], starts[i]])).to.deep.equal([
      ['a ', 0],
      ['[b x=1]', 2],
      [' ', 9],
      ['[c]', 11],
      [' ', 15],
      ['[/b]', 16],
      ['', 20],
    ]);
  });

  // Each finishes (within the test's own timeout) with every bracket read once.
  const hostile: [string, string, number][] = [
    ['a megabyte of openers that never close', '[a '.repeat(350_000), 0],
    ['an opener before a megabyte of spaces', `[a ${' '.repeat(1_000_000)}`, 0],
    ['50,000 tokens on one line', '[a]'.repeat(50_000), 50_000],
    ['50,000 escapes', '[[a]]'.repeat(50_000), 0],
  ];
  for (const [what, text, tokens] of hostile) {
    it(`reads ${what}`, () => {
      const items = splitShortcodes(text);
      expect(items.filter((item) => typeof item != 'string')).to.have.length(tokens);
      expect(items.map((item) => (typeof item == 'string' ? item : item[0])).join('')).to.equal(
        text.replace(/\[\[a\]\]/g, '[a]'),
      );
    });
  }
});

describe('shortcodeClosers', () => {
  // [what it is, text, for each token in order: the position (among tokens) of its closer]
  const table: [string, string, (number | undefined)[]][] = [
    ['an opener and its closer', '[a]x[/a]', [1, undefined]],
    [
      'the first closer after an opener, as WordPress pairs them',
      '[a][a][/a][/a]',
      [2, 2, undefined, undefined],
    ],
    ['no closer for self-closing tokens or other names', '[a/][b][/c]', [undefined, undefined, undefined]],
    ['no closer before the opener', '[/a][a]', [undefined, undefined]],
    ['names compared without case', '[Video]x[/VIDEO]', [1, undefined]],
  ];
  for (const [what, text, expected] of table) {
    it(what, () => {
      const items = splitShortcodes(text);
      const tokens = items.flatMap((item, i) => (typeof item == 'string' ? [] : [i]));
      const closers = shortcodeClosers(items);
      const byToken = tokens.map((i) => {
        const closer = closers[i];
        return closer === undefined ? undefined : tokens.indexOf(closer);
      });
      expect(byToken).to.deep.equal(expected);
    });
  }
});
