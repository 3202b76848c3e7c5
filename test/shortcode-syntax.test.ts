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
    ['the escape [[name]]: the brackets themselves, once', 'Type [[gallery]].', ['Type [gallery]', '.']],
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

  it('stays fast on a megabyte of openers that never close', () => {
    const start = performance.now();
    splitShortcodes('[a '.repeat(350_000));
    splitShortcodes(`[a ${' '.repeat(1_000_000)}`);
    expect(performance.now() - start).to.be.lessThan(1000);
  });
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
