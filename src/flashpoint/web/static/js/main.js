// flashpoint dashboard: wires filters, map, timeline, list, detail drawer and the add-article dialog.
import { getAllEvents, getConfig, getEvent, getStats, query } from "./api.js";
import { createAddDialog } from "./add.js";
import { renderDetail } from "./detail.js";
import { el } from "./dom.js";
import { createList } from "./list.js";
import { createMap } from "./map.js";
import { createTimeline } from "./timeline.js";

const THEME_KEY = "flashpoint.theme";
const THEMES = ["auto", "light", "dark"];
const OPEN_START = "0001-01-01";
const OPEN_END = "9999-12-31";
const $ = (id) => document.getElementById(id);

const state = {
  events: [], // matching the server-side filters
  visible: [], // ... and the date range
  range: null, // [since, until] ISO dates, from the brush or the date inputs
  selectedId: null,
  loadSeq: 0,
};

function serverFilters() {
  return {
    q: $("f-q").value.trim(),
    country: $("f-country").value,
    admin1: $("f-admin1").value,
    type: $("f-type").value,
    actor: $("f-actor").value.trim(),
  };
}

function setOptions(select, values, placeholder) {
  const current = select.value;
  select.replaceChildren(el("option", { value: "" }, placeholder));
  for (const [value, labelText] of values) select.append(el("option", { value }, labelText));
  select.value = values.some(([v]) => v === current) ? current : "";
}

function setTypeOptions(stats) {
  const select = $("f-type");
  const current = select.value;
  select.replaceChildren(el("option", { value: "" }, "All event types"));
  const types = el("optgroup", { label: "Event type" });
  for (const [name, n] of Object.entries(stats.by_type || {})) if (name) types.append(el("option", { value: name }, `${name} (${n})`));
  const subs = el("optgroup", { label: "Sub-event type" });
  for (const [name, n] of Object.entries(stats.by_sub_event_type || {})) if (name) subs.append(el("option", { value: name }, `${name} (${n})`));
  select.append(types, subs);
  select.value = current;
}

// theme: auto (prefers-color-scheme) -> light -> dark
function applyTheme(theme, mapView) {
  if (theme === "auto") document.documentElement.removeAttribute("data-theme");
  else document.documentElement.setAttribute("data-theme", theme);
  $("theme-toggle").textContent = theme[0].toUpperCase() + theme.slice(1);
  if (mapView) mapView.restyle();
}

async function main() {
  const config = await getConfig();
  $("version").textContent = `flashpoint ${config.version}`;
  $("online-credit").hidden = !config.online_tiles;

  let theme = localStorage.getItem(THEME_KEY) || "auto";
  applyTheme(theme);

  const mapView = createMap($("map"), config, { onSelect: openEvent });
  const list = createList($("events-table"), { onSelect: openEvent });
  const timeline = createTimeline($("timeline"), $("timeline-title"), {
    onBrush(range) {
      setRange(range);
    },
  });

  $("theme-toggle").addEventListener("click", () => {
    theme = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length];
    localStorage.setItem(THEME_KEY, theme);
    applyTheme(theme, mapView);
  });
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => mapView.restyle());

  for (const button of document.querySelectorAll("[data-measure]")) {
    button.addEventListener("click", () => {
      for (const b of document.querySelectorAll("[data-measure]")) b.classList.toggle("active", b === button);
      timeline.setMeasure(button.dataset.measure);
    });
  }

  function updateExportLink() {
    const params = { ...serverFilters(), since: state.range?.[0], until: state.range?.[1] };
    $("export-link").href = `/api/export?${query({ format: "acled-csv", ...params })}`;
  }

  function applyRange({ fit = false } = {}) {
    const [since, until] = state.range || ["", ""];
    state.visible = state.events.filter(
      (e) => !state.range || (e.event_date && e.event_date >= since && e.event_date <= until),
    );
    $("f-since").value = since === OPEN_START ? "" : since;
    $("f-until").value = until === OPEN_END ? "" : until;
    mapView.setEvents(state.visible, { fit });
    list.setRows(state.visible);
    timeline.setRange(state.range);
    const fatalities = state.visible.reduce((n, e) => n + (e.fatalities || 0), 0);
    const n = state.visible.length;
    $("count").textContent = `${n} ${n === 1 ? "event" : "events"} · ${fatalities} ${fatalities === 1 ? "fatality" : "fatalities"}`;
    updateExportLink();
  }

  function setRange(range) {
    state.range = range;
    applyRange();
  }

  async function reload({ fit = false } = {}) {
    const seq = ++state.loadSeq;
    $("count").textContent = "Loading…";
    const filters = serverFilters();
    const [stats, result] = await Promise.all([getStats(), getAllEvents(filters, { max: config.max_events })]);
    if (seq !== state.loadSeq) return; // a newer load started meanwhile
    setTypeOptions(stats);
    setOptions($("f-country"), Object.keys(stats.by_country || {}).filter(Boolean).sort().map((c) => [c, c]), "All countries");
    const admin1s = [...new Set(state.events.concat(result.events).filter((e) => !filters.country || e.country === filters.country).map((e) => e.admin1).filter(Boolean))].sort();
    setOptions($("f-admin1"), admin1s.map((a) => [a, a]), "All regions");
    state.events = result.events;
    $("list-note").textContent = result.truncated
      ? `newest ${result.events.length.toLocaleString("en")} shown: the dashboard loads at most ${config.max_events.toLocaleString("en")}; narrow the filters, or Export CSV for all`
      : "";
    timeline.setData(state.events, state.range);
    applyRange({ fit });
  }

  async function openEvent(id) {
    state.selectedId = id;
    list.select(id);
    mapView.select(id);
    const drawer = $("detail");
    try {
      const detail = await getEvent(id);
      renderDetail($("detail-title"), $("detail-body"), detail);
    } catch (err) {
      $("detail-title").textContent = "Event not available";
      $("detail-body").replaceChildren(el("p", { class: "status error" }, err.message));
    }
    drawer.hidden = false;
  }
  $("detail-close").addEventListener("click", () => {
    $("detail").hidden = true;
  });
  document.addEventListener("keydown", (evt) => {
    if (evt.key === "Escape" && !$("add-dialog").open) $("detail").hidden = true;
  });

  let typing = null;
  const debounced = () => {
    clearTimeout(typing);
    typing = setTimeout(() => reload(), 300);
  };
  $("filters").addEventListener("submit", (evt) => evt.preventDefault());
  for (const id of ["f-q", "f-actor"]) $(id).addEventListener("input", debounced);
  $("f-country").addEventListener("change", () => {
    $("f-admin1").value = "";
    reload({ fit: true });
  });
  for (const id of ["f-admin1", "f-type"]) $(id).addEventListener("change", () => reload());
  for (const id of ["f-since", "f-until"]) {
    $(id).addEventListener("change", () => {
      const since = $("f-since").value || OPEN_START;
      const until = $("f-until").value || OPEN_END;
      setRange($("f-since").value || $("f-until").value ? [since, until] : null);
    });
  }
  $("f-reset").addEventListener("click", () => {
    $("filters").reset();
    state.range = null;
    reload({ fit: true });
  });

  createAddDialog({
    async onAdded(result) {
      await reload();
      list.markFresh(result.events.map((e) => e.event_id));
    },
    onOpenEvent: openEvent,
  });

  await reload({ fit: true });
  document.body.dataset.ready = "true";
}

main().catch((err) => {
  console.error(err);
  $("count").textContent = `Could not load: ${err.message}`;
});
