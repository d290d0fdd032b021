// A small, strict XML writer: elements are opened and closed in order, text and attribute values are
// escaped, and characters XML 1.0 cannot carry are dropped (a bill's text comes from many keyboards).

export type XmlAttrs = Record<string, string | number | undefined>;

// Tab, LF, CR and everything from U+0020 except surrogates' halves alone and U+FFFE/U+FFFF.
const invalidXmlChars = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text content. */
export function escapeText(s: string): string {
  return s.replace(invalidXmlChars, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value (double-quoted). */
export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

export class XmlWriter {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  private readonly open: string[] = [];

  /** Opens an element; attributes whose value is undefined are left out. */
  start(name: string, attrs: XmlAttrs = {}): this {
    this.parts.push(`<${name}${this.attrs(attrs)}>`);
    this.open.push(name);
    return this;
  }

  end(name: string): this {
    const top = this.open.pop();
    if (top !== name) throw new Error(`XmlWriter: closing <${name}> but <${top ?? 'nothing'}> is open`);
    this.parts.push(`</${name}>`);
    return this;
  }

  /** An element with text content only (empty text writes <name/>). */
  leaf(name: string, text: string, attrs: XmlAttrs = {}): this {
    const body = escapeText(text);
    this.parts.push(body ? `<${name}${this.attrs(attrs)}>${body}</${name}>` : `<${name}${this.attrs(attrs)}/>`);
    return this;
  }

  /** The document; every element must be closed. */
  toString(): string {
    if (this.open.length) throw new Error(`XmlWriter: <${this.open.join('> <')}> left open`);
    return this.parts.join('') + '\n';
  }

  private attrs(attrs: XmlAttrs): string {
    return Object.entries(attrs)
      .filter((e): e is [string, string | number] => e[1] !== undefined)
      .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
      .join('');
  }
}
