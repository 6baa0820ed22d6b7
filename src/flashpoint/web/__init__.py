"""The dashboard: static files in static/ (app code in static/js, vendored libraries and the Natural Earth
basemap in static/vendor, rebuilt by build_assets.sh), served by the API app through dashboard.py."""
