// Untrusted XML text → a small element tree, or a 400 that says what is wrong (not XML, where, why).
// DOCTYPE declarations are refused outright: 法令標準XML needs none, and refusing them rules out entity
// expansion attacks whatever the parser does.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomainError } from '../../domain/errors';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const parser = () =>
  new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** fast-xml-parser's ordered output ([{ Tag: [...], ':@': {attrs} }, { '#text': '…' }]) → XmlNode[]. */
function toNodes(list: unknown): XmlNode[] {
  if (!Array.isArray(list)) return [];
  const out: XmlNode[] = [];
  for (const entry of list as unknown[]) {
    if (!isRecord(entry)) continue;
    if ('#text' in entry) {
      out.push(String(entry['#text']));
      continue;
    }
    const name = Object.keys(entry).find((k) => k !== ':@');
    if (!name) continue;
    const rawAttrs = isRecord(entry[':@']) ? entry[':@'] : {};
    const attrs = Object.fromEntries(Object.entries(rawAttrs).map(([k, v]) => [k, String(v)]));
    out.push({ name, attrs, children: toNodes(entry[name]) });
  }
  return out;
}

const invalid = (message: string) => new DomainError('invalid', message);

/** Parses a whole document with exactly one root element. */
export function parseXmlDocument(xml: string): XmlElement {
  const text = xml.replace(/^\uFEFF/, '');
  if (!text.trim()) throw invalid('the file is empty: send an e-Gov 法令標準XML document');
  if (!text.trimStart().startsWith('<')) throw invalid('this is not XML: an 法令標準XML file starts with <?xml …?> or <Law');
  if (/<!DOCTYPE/i.test(text)) throw invalid('DOCTYPE declarations are not accepted in imported XML');
  const check = XMLValidator.validate(text);
  if (check !== true) {
    const { msg, line, col } = check.err;
    throw invalid(`not well-formed XML (line ${line}, column ${col}): ${msg}`);
  }
  let parsed: unknown;
  try {
    parsed = parser().parse(text);
  } catch (err) {
    // The parser's own limits (nesting depth, entity expansion) reject hostile input.
    throw invalid(`not accepted as XML: ${(err as Error).message}`);
  }
  const nodes = toNodes(parsed);
  const roots = nodes.filter((n): n is XmlElement => typeof n !== 'string');
  if (roots.length !== 1 || nodes.some((n) => typeof n === 'string' && n.trim())) {
    throw invalid(`not well-formed XML: a document has exactly one root element (found ${roots.length})`);
  }
  return roots[0] as XmlElement;
}

/** Child elements of `el`, optionally of one name. */
export function elements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

/** The text of an element; ruby readings (<Rt>) are left out, as e-Gov's own text rendering does. */
export function textOf(node: XmlNode): string {
  if (typeof node === 'string') return node;
  if (node.name === 'Rt') return '';
  return node.children.map(textOf).join('');
}
