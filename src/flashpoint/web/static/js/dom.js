// Building DOM nodes from data. User data only ever goes in as text (textContent / text nodes),
// never parsed as HTML.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// A link only for http(s) URLs; anything else (javascript:, data:) is shown as plain text.
export function safeLink(url, label) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") {
      return el("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer" }, label || url);
    }
  } catch {
    /* not a URL */
  }
  return document.createTextNode(label || url || "");
}

// Spans [{start, end, field}] over `text`, sorted and merged where they overlap.
export function mergeSpans(text, spans) {
  const clean = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end), fields: [s.field || "event"] }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged = [];
  for (const span of clean) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      for (const f of span.fields) if (!last.fields.includes(f)) last.fields.push(f);
    } else merged.push({ ...span });
  }
  return merged;
}

// Text nodes and <mark> elements: text before, evidence, text after (no HTML parsing of the text).
export function highlighted(text, spans) {
  const nodes = [];
  let at = 0;
  for (const span of mergeSpans(text, spans)) {
    if (span.start > at) nodes.push(document.createTextNode(text.slice(at, span.start)));
    const mark = el("mark", { title: `evidence: ${span.fields.join(", ")}` });
    mark.textContent = text.slice(span.start, span.end);
    nodes.push(mark);
    at = span.end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

export function formatDate(iso) {
  if (!iso) return "";
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
