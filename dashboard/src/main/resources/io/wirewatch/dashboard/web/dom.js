// The one way this page builds markup: elements and text nodes. Data never goes through innerHTML,
// so a title holding <script> or <img onerror> stays text.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An http(s) link, or null for anything else (javascript:, data: …). */
export function safeHref(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

export function time(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return date.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

export function delay(seconds) {
  if (seconds <= 0) return 'first';
  if (seconds < 3600) return '+' + Math.round(seconds / 60) + ' min';
  if (seconds < 86400) return '+' + (seconds / 3600).toFixed(1) + ' h';
  return '+' + (seconds / 86400).toFixed(1) + ' d';
}

/** The sentence with the matched spans (offsets into the sentence) wrapped in <mark>. */
export function marked(text, spans) {
  const parts = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > text.length) continue;
    parts.push(text.slice(at, span.start), el('mark', {}, text.slice(span.start, span.end)));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts;
}

/** A length of time for people: 45 s, 8 min, 2.5 h. */
export function duration(seconds) {
  if (seconds < 60) return Math.round(seconds) + ' s';
  if (seconds < 3600) return Math.round(seconds / 60) + ' min';
  return (seconds / 3600).toFixed(1) + ' h';
}
