// The "Add article" dialog: paste text, HTML or a URL; POST /api/articles with the user's token.
import { postArticle } from "./api.js";
import { clear, el, formatDate } from "./dom.js";

const TOKEN_KEY = "flashpoint.apiToken";

export function articleBody(raw, extra) {
  const value = raw.trim();
  const body = {};
  if (/^https?:\/\/\S+$/i.test(value)) body.url = value;
  else if (/^<(!doctype|html|body|article|div|p)\b/i.test(value)) body.html = value;
  else body.text = value;
  for (const [k, v] of Object.entries(extra)) if (v) body[k] = v;
  return body;
}

export function createAddDialog({ onAdded, onOpenEvent }) {
  const dialog = document.getElementById("add-dialog");
  const form = document.getElementById("add-form");
  const input = document.getElementById("add-input");
  const token = document.getElementById("add-token");
  const status = document.getElementById("add-status");
  const results = document.getElementById("add-results");
  const submit = document.getElementById("add-submit");

  token.value = sessionStorage.getItem(TOKEN_KEY) || "";

  function say(message, isError = false) {
    status.textContent = message;
    status.classList.toggle("error", isError);
  }

  document.getElementById("open-add").addEventListener("click", () => {
    say("");
    clear(results);
    dialog.showModal();
    (token.value ? input : token).focus();
  });
  document.getElementById("add-cancel").addEventListener("click", () => dialog.close());

  form.addEventListener("submit", async (evt) => {
    evt.preventDefault();
    if (!input.value.trim()) return say("Paste an article text or URL first.", true);
    if (!token.value.trim()) return say("Enter the API token (flashpoint serve prints it at start).", true);
    sessionStorage.setItem(TOKEN_KEY, token.value.trim());
    const body = articleBody(input.value, {
      title: document.getElementById("add-title-input").value.trim(),
      published: document.getElementById("add-published").value,
      source: document.getElementById("add-source").value.trim(),
    });
    submit.disabled = true;
    clear(results);
    say(body.url ? "Fetching and coding…" : "Coding…");
    try {
      const result = await postArticle(body, token.value.trim());
      const parts = [`${result.created.length} new`, `${result.merged.length} merged`];
      say(result.events.length ? `Done: ${parts.join(", ")}.` : "Done: no reportable event found in this article.");
      for (const e of result.events) {
        const link = el("a", { href: "#" }, `${formatDate(e.event_date)} · ${e.sub_event_type || e.event_type} · ${e.location || e.country || ""}`);
        link.addEventListener("click", (click) => {
          click.preventDefault();
          dialog.close();
          onOpenEvent(e.event_id);
        });
        results.append(el("li", { dataset: { id: e.event_id } }, link, e.notes ? el("div", { class: "muted" }, e.notes) : null));
      }
      onAdded(result);
    } catch (err) {
      if (err.status === 401) sessionStorage.removeItem(TOKEN_KEY);
      say(`${err.message}${err.code ? ` (${err.code})` : ""}`, true);
    } finally {
      submit.disabled = false;
    }
  });
}
