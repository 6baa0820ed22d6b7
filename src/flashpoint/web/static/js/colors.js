// One colour per ACLED event type (colour-blind friendly where possible).
export const TYPE_COLORS = {
  Battles: "#d1495b",
  "Explosions/Remote violence": "#f08a24",
  "Violence against civilians": "#8e5ac8",
  Protests: "#2e9e5b",
  Riots: "#d4a20c",
  "Strategic developments": "#2f7dc1",
};
export const OTHER_COLOR = "#7a8494";

export function typeColor(type) {
  return TYPE_COLORS[type] || OTHER_COLOR;
}

// Marker radius in pixels from fatalities (area grows with the count, capped).
export function markerRadius(fatalities) {
  return Math.min(22, 5 + 2.4 * Math.sqrt(Math.max(0, fatalities || 0)));
}

export function cssVar(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}
