// The sortable event list.
import { typeColor } from "./colors.js";
import { clear, el } from "./dom.js";

const MAX_ROWS = 500;

function compare(key) {
  return (a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === y) return 0;
    if (x === null || x === undefined || x === "") return 1;
    if (y === null || y === undefined || y === "") return -1;
    return typeof x === "number" ? x - y : String(x).localeCompare(String(y));
  };
}

export function createList(table, { onSelect }) {
  const body = table.querySelector("tbody");
  let sort = { key: "event_date", dir: -1 };
  let rows = [];
  let selectedId = null;
  let fresh = new Set();

  function render() {
    const cmp = compare(sort.key);
    const sorted = [...rows].sort((a, b) => sort.dir * cmp(a, b) || (a.event_id < b.event_id ? -1 : 1));
    clear(body);
    for (const e of sorted.slice(0, MAX_ROWS)) {
      const swatch = el("span", { class: "swatch" });
      swatch.style.background = typeColor(e.event_type);
      const classes = [e.event_id === selectedId ? "selected" : "", fresh.has(e.event_id) ? "fresh" : ""];
      const tr = el(
        "tr",
        { class: classes.join(" ").trim() || null, dataset: { id: e.event_id }, tabindex: 0 },
        el("td", {}, e.event_date || ""),
        el("td", {}, swatch, e.sub_event_type || e.event_type || "", el("span", { class: "sub" }, e.event_type || "")),
        el("td", {}, e.location || e.admin2 || e.admin1 || "", el("span", { class: "sub" }, [e.admin1, e.country].filter(Boolean).join(", "))),
        el("td", {}, e.actor1 || "", e.actor2 ? el("span", { class: "sub" }, `vs ${e.actor2}`) : null),
        el("td", { class: "num" }, String(e.fatalities ?? 0)),
        el("td", { class: "num" }, (e.confidence ?? 0).toFixed(2)),
      );
      tr.addEventListener("click", () => onSelect(e.event_id));
      tr.addEventListener("keydown", (evt) => {
        if (evt.key === "Enter" || evt.key === " ") {
          evt.preventDefault();
          onSelect(e.event_id);
        }
      });
      body.append(tr);
    }
    if (sorted.length > MAX_ROWS) {
      body.append(el("tr", { class: "more-row" }, el("td", { colspan: 6 }, `${sorted.length - MAX_ROWS} more: narrow the filters`)));
    }
    for (const th of table.querySelectorAll("th[data-sort]")) {
      const on = th.dataset.sort === sort.key;
      th.classList.toggle("sorted", on);
      th.classList.toggle("asc", on && sort.dir === 1);
      th.classList.toggle("desc", on && sort.dir === -1);
      th.setAttribute("aria-sort", on ? (sort.dir === 1 ? "ascending" : "descending") : "none");
    }
  }

  for (const th of table.querySelectorAll("th[data-sort]")) {
    th.addEventListener("click", () => {
      const key = th.dataset.sort;
      sort = sort.key === key ? { key, dir: -sort.dir } : { key, dir: key === "event_date" || key === "fatalities" || key === "confidence" ? -1 : 1 };
      render();
    });
  }

  return {
    setRows(events) {
      rows = events;
      render();
    },
    select(id) {
      selectedId = id;
      for (const tr of body.querySelectorAll("tr[data-id]")) tr.classList.toggle("selected", tr.dataset.id === id);
      const row = body.querySelector(`tr[data-id="${CSS.escape(id || "")}"]`);
      if (row) row.scrollIntoView({ block: "nearest" });
    },
    markFresh(ids) {
      fresh = new Set(ids);
      render();
    },
  };
}
