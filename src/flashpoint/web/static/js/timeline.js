// Timeline of events (or fatalities) per day or week, drawn in SVG, with a brush that selects dates.
import { clear } from "./dom.js";

const SVG = "http://www.w3.org/2000/svg";
const DAY = 86400000;
const MIN_BINS = 15;
const PAD = { left: 34, right: 8, top: 6, bottom: 18 };

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

const toTime = (iso) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const toIso = (t) => new Date(t).toISOString().slice(0, 10);
const label = (t) =>
  new Date(t).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "2-digit", timeZone: "UTC" });

export function bins(events) {
  const dated = events.filter((e) => e.event_date);
  if (!dated.length) return { unit: "day", bins: [] };
  const times = dated.map((e) => toTime(e.event_date));
  let lo = Math.min(...times);
  const hi = Math.max(...times);
  const unit = (hi - lo) / DAY > 150 ? "week" : "day";
  const width = unit === "week" ? 7 * DAY : DAY;
  if (unit === "week") lo -= ((new Date(lo).getUTCDay() + 6) % 7) * DAY; // weeks start on Monday
  let count = Math.floor((hi - lo) / width) + 1;
  if (count < MIN_BINS) {
    // a short span still gets a readable axis: pad with empty bins on both sides
    lo -= Math.floor((MIN_BINS - count) / 2) * width;
    count = MIN_BINS;
  }
  const out = Array.from({ length: count }, (_, i) => ({
    start: lo + i * width,
    end: lo + (i + 1) * width - DAY, // last day inside the bin
    events: 0,
    fatalities: 0,
  }));
  for (const e of dated) {
    const b = out[Math.floor((toTime(e.event_date) - lo) / width)];
    b.events += 1;
    b.fatalities += e.fatalities || 0;
  }
  return { unit, bins: out };
}

export function createTimeline(node, titleNode, { onBrush }) {
  let measure = "events";
  let data = { unit: "day", bins: [] };
  let range = null; // [sinceIso, untilIso] or null
  let scale = null;

  function draw() {
    clear(node);
    const width = node.clientWidth || 600;
    const height = node.clientHeight || 120;
    node.setAttribute("viewBox", `0 0 ${width} ${height}`);
    titleNode.textContent = `${measure === "events" ? "Events" : "Fatalities"} per ${data.unit}`;
    if (!data.bins.length) {
      const t = svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "empty" });
      t.textContent = "No dated events";
      node.append(t);
      scale = null;
      return;
    }
    const t0 = data.bins[0].start;
    const t1 = data.bins[data.bins.length - 1].end + DAY;
    const innerW = width - PAD.left - PAD.right;
    const innerH = height - PAD.top - PAD.bottom;
    const x = (t) => PAD.left + ((t - t0) / (t1 - t0)) * innerW;
    scale = { t0, t1, x, invert: (px) => t0 + ((px - PAD.left) / innerW) * (t1 - t0) };
    const max = Math.max(1, ...data.bins.map((b) => b[measure]));
    const y = (v) => PAD.top + innerH - (v / max) * innerH;

    const axis = svg("g", { class: "axis" });
    for (const v of [0, max]) {
      const tick = svg("text", { x: PAD.left - 4, y: y(v) + 3, "text-anchor": "end" });
      tick.textContent = String(v);
      axis.append(tick);
    }
    const ticks = Math.min(7, data.bins.length);
    for (let i = 0; i < ticks; i++) {
      const b = data.bins[Math.round((i * (data.bins.length - 1)) / Math.max(1, ticks - 1))];
      const tx = svg("text", {
        x: x(b.start),
        y: height - 4,
        "text-anchor": i === 0 ? "start" : i === ticks - 1 ? "end" : "middle",
      });
      tx.textContent = label(b.start);
      axis.append(tx);
    }
    node.append(axis);
    node.append(svg("line", { class: "baseline", x1: PAD.left, x2: width - PAD.right, y1: y(0), y2: y(0) }));

    const bars = svg("g");
    const barW = Math.max(1, innerW / data.bins.length - 1);
    for (const b of data.bins) {
      if (!b[measure]) continue;
      const inside = !range || (toIso(b.end) >= range[0] && toIso(b.start) <= range[1]);
      const rect = svg("rect", {
        class: `bar${range && inside ? " in" : ""}`,
        x: x(b.start),
        y: y(b[measure]),
        width: barW,
        height: y(0) - y(b[measure]),
      });
      const tip = svg("title");
      tip.textContent = `${label(b.start)}${data.unit === "week" ? " (week)" : ""}: ${b.events} events, ${b.fatalities} fatalities`;
      rect.append(tip);
      bars.append(rect);
    }
    node.append(bars);

    if (range) {
      const a = Math.max(t0, toTime(range[0]));
      const z = Math.min(t1, toTime(range[1]) + DAY);
      if (z > a) {
        node.append(svg("rect", { class: "brush", x: x(a), y: PAD.top, width: x(z) - x(a), height: innerH }));
      }
    }
  }

  // brushing: drag selects [since, until] snapped to whole bins; a click without a drag clears it
  let dragFrom = null;
  let brushRect = null;
  const localX = (evt) => {
    const box = node.getBoundingClientRect();
    return ((evt.clientX - box.left) / box.width) * (node.viewBox.baseVal.width || box.width);
  };
  node.addEventListener("pointerdown", (evt) => {
    if (!scale) return;
    dragFrom = localX(evt);
    node.setPointerCapture(evt.pointerId);
    brushRect = svg("rect", { class: "brush", x: dragFrom, y: PAD.top, width: 0, height: node.clientHeight - PAD.top - PAD.bottom });
    node.append(brushRect);
  });
  node.addEventListener("pointermove", (evt) => {
    if (dragFrom === null || !brushRect) return;
    const now = localX(evt);
    brushRect.setAttribute("x", Math.min(now, dragFrom));
    brushRect.setAttribute("width", Math.abs(now - dragFrom));
  });
  node.addEventListener("pointerup", (evt) => {
    if (dragFrom === null) return;
    const to = localX(evt);
    const from = dragFrom;
    dragFrom = null;
    if (Math.abs(to - from) < 4) {
      onBrush(null);
      return;
    }
    const a = scale.invert(Math.min(from, to));
    const z = scale.invert(Math.max(from, to));
    const hit = data.bins.filter((b) => b.end + DAY > a && b.start < z);
    if (!hit.length) {
      onBrush(null);
      return;
    }
    onBrush([toIso(hit[0].start), toIso(hit[hit.length - 1].end)]);
  });

  new ResizeObserver(() => draw()).observe(node);

  return {
    setData(events, newRange) {
      data = bins(events);
      range = newRange;
      draw();
    },
    setRange(newRange) {
      range = newRange;
      draw();
    },
    setMeasure(value) {
      measure = value;
      draw();
    },
  };
}
