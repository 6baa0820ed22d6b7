// The map: offline Natural Earth basemap (countries, admin-1 from zoom 5), clustered event markers
// coloured by event type and sized by fatalities, and an optional online tile layer.
import { TYPE_COLORS, cssVar, markerRadius, typeColor } from "./colors.js";
import { el } from "./dom.js";

const ADMIN1_MIN_ZOOM = 5;
const SELECT_ZOOM = 7;

// world-atlas is made for spherical projections: rings that cross the antimeridian (Russia, Fiji) jump
// from +180 to -180 and would draw stripes across a flat map. Continue them past 180 instead.
function unwrapRing(ring) {
  let offset = 0;
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const step = ring[i][0] + offset - out[i - 1][0];
    if (step > 180) offset -= 360;
    else if (step < -180) offset += 360;
    out.push([ring[i][0] + offset, ring[i][1]]);
  }
  return out;
}

function unwrapGeometry(geometry) {
  if (!geometry) return geometry;
  if (geometry.type === "Polygon") return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === "MultiPolygon") {
    return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
  }
  return geometry;
}

async function loadTopo(url, object) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`basemap ${url}: HTTP ${response.status}`);
  const topo = await response.json();
  const collection = window.topojson.feature(topo, topo.objects[object]);
  for (const feature of collection.features) feature.geometry = unwrapGeometry(feature.geometry);
  return collection;
}

function legend() {
  const control = window.L.control({ position: "bottomleft" });
  control.onAdd = () => {
    const box = el("div", { class: "legend" });
    for (const [type, color] of Object.entries(TYPE_COLORS)) {
      const dot = el("span", { class: "swatch" });
      dot.style.background = color;
      box.append(el("div", {}, dot, type));
    }
    box.append(el("div", { class: "size" }, "Size: fatalities"));
    return box;
  };
  return control;
}

function tooltipFor(event) {
  // an element, not a string: Leaflet would parse a string as HTML
  return el(
    "div",
    {},
    el("strong", {}, event.sub_event_type || event.event_type || "Event"),
    el("br"),
    `${event.event_date || ""} · ${[event.location, event.admin1, event.country].filter(Boolean).join(", ")}`,
    el("br"),
    `${event.fatalities || 0} fatalities`,
  );
}

export function createMap(container, config, { onSelect }) {
  const L = window.L;
  const map = L.map(container, { worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 11 });
  map.setView([28, 60], 3);
  map.attributionControl.setPrefix(false);
  // basemap panes under the overlay pane (400) where the event markers are drawn
  map.createPane("countries");
  map.getPane("countries").style.zIndex = 240;
  map.createPane("admin1");
  map.getPane("admin1").style.zIndex = 250;

  let countries = null;
  let admin1 = null;
  let admin1Loading = null;

  function basemapStyle(kind) {
    return kind === "admin1"
      ? { color: cssVar("--admin-stroke"), weight: 0.6, fill: false, interactive: false }
      : { color: cssVar("--land-stroke"), weight: 0.8, fillColor: cssVar("--land"), fillOpacity: 1, interactive: false };
  }

  if (config.online_tiles && config.tile_url) {
    L.tileLayer(config.tile_url, {
      maxZoom: 18,
      attribution: "© OpenStreetMap contributors",
    }).addTo(map);
  } else {
    loadTopo("/static/vendor/basemap/countries-50m.json", "countries")
      .then((geo) => {
        countries = L.geoJSON(geo, { pane: "countries", style: () => basemapStyle("countries") }).addTo(map);
      })
      .catch((err) => console.error(err));
  }
  map.attributionControl.addAttribution("Natural Earth");

  function syncAdmin1() {
    if (config.online_tiles) return;
    const want = map.getZoom() >= ADMIN1_MIN_ZOOM;
    if (want && !admin1 && !admin1Loading) {
      admin1Loading = loadTopo("/static/vendor/basemap/admin1-10m-simplified.json", "admin1")
        .then((geo) => {
          admin1 = L.geoJSON(geo, { pane: "admin1", style: () => basemapStyle("admin1") });
          syncAdmin1();
        })
        .catch((err) => console.error(err));
    }
    if (admin1) {
      if (want && !map.hasLayer(admin1)) admin1.addTo(map);
      if (!want && map.hasLayer(admin1)) map.removeLayer(admin1);
    }
  }
  map.on("zoomend", syncAdmin1);

  const cluster = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 40,
    spiderfyOnMaxZoom: true,
    iconCreateFunction(group) {
      const n = group.getChildCount();
      const size = n < 10 ? 28 : n < 100 ? 34 : 42;
      const label = el("span", {}, String(n));
      return L.divIcon({ html: label, className: "cluster-icon", iconSize: [size, size] });
    },
  });
  map.addLayer(cluster);
  legend().addTo(map);

  const markers = new Map();
  let selectedId = null;

  function setEvents(events, { fit = false } = {}) {
    cluster.clearLayers();
    markers.clear();
    const layers = [];
    for (const event of events) {
      if (typeof event.latitude !== "number" || typeof event.longitude !== "number") continue;
      const marker = L.circleMarker([event.latitude, event.longitude], {
        radius: markerRadius(event.fatalities),
        color: event.event_id === selectedId ? cssVar("--text") : "#ffffff",
        weight: event.event_id === selectedId ? 3 : 1,
        fillColor: typeColor(event.event_type),
        fillOpacity: 0.85,
      });
      marker.bindTooltip(tooltipFor(event), { direction: "top" });
      marker.on("click", () => onSelect(event.event_id));
      marker.eventId = event.event_id;
      markers.set(event.event_id, marker);
      layers.push(marker);
    }
    cluster.addLayers(layers);
    if (fit && layers.length) {
      const bounds = L.latLngBounds(layers.map((m) => m.getLatLng()));
      map.fitBounds(bounds.pad(0.3), { maxZoom: 7 });
    }
  }

  function select(eventId) {
    const previous = markers.get(selectedId);
    if (previous) previous.setStyle({ color: "#ffffff", weight: 1 });
    selectedId = eventId;
    const marker = markers.get(eventId);
    if (!marker) return;
    marker.setStyle({ color: cssVar("--text"), weight: 3 });
    // centre on it at a regional zoom; zoom further only if it is still inside a cluster there
    map.setView(marker.getLatLng(), Math.max(map.getZoom(), SELECT_ZOOM), { animate: false });
    if (cluster.getVisibleParent(marker) !== marker) cluster.zoomToShowLayer(marker, () => marker.bringToFront());
    else marker.bringToFront();
  }

  function restyle() {
    if (countries) countries.setStyle(() => basemapStyle("countries"));
    if (admin1) admin1.setStyle(() => basemapStyle("admin1"));
  }

  return { map, setEvents, select, restyle, markerCount: () => markers.size };
}
