// `response.text()` always decodes as UTF-8, so feeds in windows-1252, ISO-8859-1 or Shift_JIS came
// out garbled. These find the encoding as browsers and XML parsers do, and decode with the
// platform's TextDecoder (every WHATWG encoding, no tables shipped).

/**
 * The label of the encoding `bytes` are in: a byte order mark, then the `charset` of the
 * `Content-Type` header, then an XML declaration's `encoding`; UTF-8 when none says.
 * A BOM wins over the header, as in the WHATWG Encoding standard and RFC 7303: it is never there
 * by accident, while servers send a default charset for files they never looked into.
 */
export function charsetOf(bytes: Uint8Array, contentType?: string | null): string {
  const [a = 0, b = 0, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  // FF FE and FE FF are the only two bytes that add up to 509.
  if (a + b === 509) return a > b ? 'utf-16le' : 'utf-16be';
  // The declaration is ASCII in every encoding it can name; 200 bytes hold any real one.
  return (
    /;\s*charset=["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ??
    /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/.exec(
      String.fromCharCode(...bytes.subarray(0, 200)),
    )?.[1] ??
    'utf-8'
  );
}

/**
 * `bytes` as text, in the encoding `charsetOf` finds, and the label when TextDecoder does not know
 * it (the text is then read as UTF-8), so that the caller can warn.
 */
export function decodeText(bytes: Uint8Array, contentType?: string | null): [text: string, unknown?: string] {
  const label = charsetOf(bytes, contentType);
  try {
    return [new TextDecoder(label).decode(bytes)];
  } catch {
    return [new TextDecoder().decode(bytes), label];
  }
}
