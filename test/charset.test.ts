import { expect } from '@open-wc/testing';
import { charsetOf, decodeText } from '../src/text/charset.js';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));
const BOM8 = [0xef, 0xbb, 0xbf];

describe('charsetOf()', () => {
  const cases: [string, Uint8Array, string | null, string][] = [
    ['UTF-8 when nothing says', bytes('<rss/>'), null, 'utf-8'],
    [
      'the charset of Content-Type',
      bytes('<rss/>'),
      'application/rss+xml; charset=windows-1252',
      'windows-1252',
    ],
    ['a quoted charset, in any case', bytes('{}'), 'application/json;CHARSET="ISO-8859-1"', 'ISO-8859-1'],
    ['no charset from a type without one', bytes('{}'), 'application/feed+json', 'utf-8'],
    [
      'the XML declaration',
      bytes('<?xml version="1.0" encoding="Shift_JIS"?><rss/>'),
      'text/xml',
      'Shift_JIS',
    ],
    [
      'the XML declaration in single quotes, after whitespace',
      bytes("\n <?xml version='1.0' encoding='windows-1251'?>"),
      null,
      'windows-1251',
    ],
    [
      'Content-Type over the XML declaration',
      bytes('<?xml version="1.0" encoding="ISO-8859-1"?>'),
      'text/xml; charset=utf-8',
      'utf-8',
    ],
    [
      'no encoding from a declaration that is not at the start',
      bytes('<rss><?xml encoding="Shift_JIS"?></rss>'),
      null,
      'utf-8',
    ],
    [
      'no encoding from a JSON body that mentions one',
      bytes('{"title": "<?xml encoding=\'Shift_JIS\'?>"}'),
      null,
      'utf-8',
    ],
    ['a UTF-8 BOM over Content-Type', bytes(...BOM8, '<rss/>'), 'text/xml; charset=windows-1252', 'utf-8'],
    ['a UTF-16LE BOM', bytes(0xff, 0xfe, '<', 0), null, 'utf-16le'],
    ['a UTF-16BE BOM over the header', bytes(0xfe, 0xff, 0, '<'), 'text/xml; charset=utf-8', 'utf-16be'],
  ];
  for (const [what, input, contentType, expected] of cases) {
    it(`finds ${what}`, () => {
      expect(charsetOf(input, contentType)).to.equal(expected);
    });
  }
});

describe('decodeText()', () => {
  const cases: [string, Uint8Array, string | null, string, string?][] = [
    ['UTF-8', bytes(0xe2, 0x80, 0x99), null, '’'],
    // windows-1252 has curly quotes, € and dashes where ISO-8859-1 has control codes; browsers
    // (and TextDecoder) read the one as the other, as real "ISO-8859-1" feeds need.
    [
      'windows-1252',
      bytes(0x93, 'n', 0xe3, 'o', 0x94, ' ', 0x80, ' ', 0x97),
      'text/xml; charset=windows-1252',
      '“não” € —',
    ],
    [
      'ISO-8859-1 as windows-1252',
      bytes('"M', 0xe3, 'e ', 0x96, '"'),
      'application/json; charset=iso-8859-1',
      '"Mãe –"',
    ],
    [
      'Shift_JIS named in the declaration',
      bytes('<?xml version="1.0" encoding="Shift_JIS"?>', 0x93, 0x8c, 0x8b, 0x9e),
      null,
      '<?xml version="1.0" encoding="Shift_JIS"?>東京',
    ],
    [
      'windows-1251',
      bytes(0xc2, ' ', 0xc1, 0xf3, 0xe7, 0xf3, 0xeb, 0xf3, 0xea, 0xe5),
      'text/xml; charset=windows-1251',
      'В Бузулуке',
    ],
    [
      'UTF-16LE after its BOM, the BOM dropped',
      bytes(0xff, 0xfe, '<', 0, 'a', 0, '/', 0, '>', 0),
      null,
      '<a/>',
    ],
    [
      'UTF-8 after its BOM, the BOM dropped',
      bytes(...BOM8, 0xc3, 0xa9),
      'text/plain; charset=windows-1252',
      'é',
    ],
    [
      'an unknown label as UTF-8, naming the label',
      bytes(0xc3, 0xa9),
      'text/xml; charset=x-klingon',
      'é',
      'x-klingon',
    ],
    [
      'a label TextDecoder refuses (replacement) as UTF-8',
      bytes('a'),
      'text/html; charset=iso-2022-kr',
      'a',
      'iso-2022-kr',
    ],
  ];
  for (const [what, input, contentType, text, unknown] of cases) {
    it(`decodes ${what}`, () => {
      expect(decodeText(input, contentType)).to.deep.equal(unknown ? [text, unknown] : [text]);
    });
  }
});
