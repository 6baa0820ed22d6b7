// The event detail drawer: fields, notes, confidence, source articles with evidence highlighted, history.
import { typeColor } from "./colors.js";
import { clear, el, formatDate, highlighted, safeLink } from "./dom.js";

const FIELDS = [
  ["event_id", "Event id"],
  ["event_date", "Date"],
  ["time_precision", "Time precision"],
  ["disorder_type", "Disorder type"],
  ["event_type", "Event type"],
  ["sub_event_type", "Sub-event type"],
  ["actor1", "Actor 1"],
  ["assoc_actor_1", "Assoc. actor 1"],
  ["inter1", "Inter 1"],
  ["actor2", "Actor 2"],
  ["assoc_actor_2", "Assoc. actor 2"],
  ["inter2", "Inter 2"],
  ["interaction", "Interaction"],
  ["civilian_targeting", "Civilian targeting"],
  ["country", "Country"],
  ["admin1", "Admin 1"],
  ["admin2", "Admin 2"],
  ["admin3", "Admin 3"],
  ["location", "Location"],
  ["latitude", "Latitude"],
  ["longitude", "Longitude"],
  ["geo_precision", "Geo precision"],
  ["fatalities", "Fatalities"],
  ["source", "Source"],
  ["source_scale", "Source scale"],
  ["status", "Status"],
  ["created_at", "Created"],
  ["updated_at", "Updated"],
];

// Evidence spans of one article; when a span's offsets do not match its quoted text, find the text.
export function spansFor(event, article) {
  const text = article.text || "";
  const spans = [];
  for (const ev of event.evidence || []) {
    if (ev.article_id !== article.id) continue;
    let { start, end } = ev;
    if (ev.text && text.slice(start, end) !== ev.text) {
      const at = text.indexOf(ev.text);
      if (at >= 0) [start, end] = [at, at + ev.text.length];
    }
    spans.push({ start, end, field: ev.field });
  }
  return spans;
}

function confidence(value) {
  const meter = el("span", { class: "meter" }, el("span"));
  meter.firstChild.style.width = `${Math.round((value || 0) * 100)}%`;
  return el("span", { class: "confidence" }, meter, (value || 0).toFixed(2));
}

function articleBlock(event, article) {
  const meta = el(
    "div",
    { class: "article-meta" },
    el("strong", {}, article.title || article.id),
    el("br"),
    [article.publisher, article.published ? formatDate(article.published) : null].filter(Boolean).join(" · "),
    article.url ? [" · ", safeLink(article.url)] : null,
  );
  const body = el("div", { class: "article-text" }, highlighted(article.text || "", spansFor(event, article)));
  return el("div", { class: "article", dataset: { articleId: article.id } }, meta, body);
}

export function renderDetail(titleNode, bodyNode, detail) {
  const event = detail.event;
  titleNode.textContent = `${event.sub_event_type || event.event_type || "Event"} · ${formatDate(event.event_date)}`;
  titleNode.style.borderLeft = `4px solid ${typeColor(event.event_type)}`;
  titleNode.style.paddingLeft = "8px";
  clear(bodyNode);

  bodyNode.append(el("p", { class: "notes" }, event.notes || "(no notes)"));
  const actors = [event.actor1, event.actor2].filter(Boolean).join(" vs ");
  const place = [event.location, event.admin2, event.admin1, event.country].filter(Boolean);
  const summary = el(
    "dl",
    { class: "fields summary" },
    el("dt", {}, "Confidence"), el("dd", {}, confidence(event.confidence)),
    el("dt", {}, "Actors"), el("dd", {}, actors || "(none)"),
    el("dt", {}, "Where"), el("dd", {}, [...new Set(place)].join(", ")),
    el("dt", {}, "Fatalities"), el("dd", {}, String(event.fatalities ?? 0)),
  );
  bodyNode.append(summary);

  bodyNode.append(el("h3", {}, `Source articles (${detail.articles.length})`));
  for (const article of detail.articles) bodyNode.append(articleBlock(event, article));

  bodyNode.append(el("h3", {}, "All fields"));
  const fields = el("dl", { class: "fields" });
  for (const [key, name] of FIELDS) {
    const value = event[key];
    if (value === null || value === undefined || value === "") continue;
    fields.append(el("dt", {}, name), el("dd", { dataset: { field: key } }, String(value)));
  }
  bodyNode.append(fields);

  bodyNode.append(el("h3", {}, "History"));
  const history = el("ul", { class: "history" });
  for (const h of detail.history || []) {
    const when = el("time", { datetime: h.at }, (h.at || "").replace("T", " ").slice(0, 19));
    const who = h.event_id !== event.event_id ? ` (${h.event_id})` : "";
    history.append(el("li", {}, when, `${h.change}${who}`, h.detail ? `: ${h.detail}` : ""));
  }
  if (!history.childNodes.length) history.append(el("li", { class: "muted" }, "No changes recorded"));
  bodyNode.append(history);

  // scroll each article's text to its first evidence sentence (inside its own box, not the page)
  for (const box of bodyNode.querySelectorAll(".article-text")) {
    const mark = box.querySelector("mark");
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 30);
  }
}
