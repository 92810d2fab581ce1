#!/usr/bin/env python3
"""The Shapely peer of scripts/bench-spatial: the spatial rules shanshui checks on a submission against a red-line
layer, computed with Shapely 2.0 (GEOS, vectorized) on one thread.

    scripts/bench-spatial-shapely.py LAYER.gpkg SUBMISSION.xml [SUBMISSION.xml …] --output RESULT.json

Layer loading (timed apart, as shanshui's `--timings` does): the GeoPackage's geometry blobs read with sqlite3 (no
GDAL in this Python), their GeoPackage headers cut off, `shapely.from_wkb` on the array, and an STRtree built over
them (Shapely 2.0 builds it in the constructor).

Checking, per submission (timed together, parsing included: shanshui's `checking` phase parses too):
- the XML parsed by lxml, every `gml:posList` of the boundary and the units read into one array (one numpy
  conversion of all their numbers), rings and polygons made by `shapely.linearrings`/`shapely.polygons` (the GML is
  EPSG:4490, latitude first: swapped to x = longitude); "parse" in the result is all of this, "build" its part from
  the geometry elements to the polygons (shanshui's spatial rules include their GML reading and GEOS construction);
- SS-GEO-001 `shapely.is_valid` of the boundary and every unit;
- SS-GEO-002 each unit's area against its declared `<area>` (5 % tolerance);
- SS-GEO-003 `shapely.covers(boundary, units)` on the prepared boundary, and the area of `difference` where it fails;
- SS-GEO-004 an STRtree of the units queried with the units (`predicate="intersects"`), each pair once,
  `intersection` areas, pairs above 100 m²;
- SS-GEO-005 the layer's STRtree queried with every unit (`predicate="intersects"`), `intersection` of each pair,
  its area; a unit whose overlaps total more than 100 m² is reported with every feature it overlaps.

Areas: shanshui's are geodesic on the CGCS2000 ellipsoid (Karney's algorithm, per ring). Shapely has no geodesic
area, and pyproj's `Geod.geometry_area_perimeter` is a Python loop per geometry, which would make the peer slow for
reasons that are not GEOS's; so the peer does what a GIS analyst would: the geometries whose area is needed (units,
intersections, differences) are transformed with one vectorized pyproj call per array to the CGCS2000 3°
Gauss–Krüger zone of the units (EPSG:4545, CM 108°E) and measured in the plane. At most 0.5° from the central
meridian at 31°N the zone's scale factor is below 1 + 2.8e-5, so the planar area is at most 6e-5 larger than the
geodesic one; edges here are tens of metres, straight in lon/lat or in the plane alike to well under a millimetre.
The bench compares the two sides within 1e-4 relative plus 0.01 m².
"""

import argparse
import json
import sqlite3
import sys
import time

import numpy as np
import shapely
from lxml import etree
from pyproj import Transformer

S = "urn:shanshui:submission:1"
GML = "http://www.opengis.net/gml/3.2"
SLIVER = 100.0  # m²: $layer-overlap-sliver (0.01 ha)
AREA_TOLERANCE = 0.05  # $unit-area-tolerance
TO_PLANE = Transformer.from_crs("EPSG:4490", "EPSG:4545", always_xy=True)


def planar(geometries):
    return shapely.transform(geometries, lambda xy: np.column_stack(TO_PLANE.transform(xy[:, 0], xy[:, 1])))


def area(geometries):
    return shapely.area(planar(geometries))


def load_layer(path):
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = connection.execute("SELECT id, geom FROM red_line ORDER BY fid").fetchall()
    connection.close()
    ids = [row[0] for row in rows]
    blobs = []
    for _, blob in rows:
        # GeoPackage binary header: "GP", version, flags (bits 1–3: envelope kind), srs_id, envelope.
        envelope = (blob[3] >> 1) & 7
        blobs.append(blob[8 + (0, 32, 48, 48, 64)[envelope]:])
    geometries = shapely.from_wkb(np.array(blobs, dtype=object))
    tree = shapely.STRtree(geometries)
    return ids, geometries, tree


def polygons_of(elements):
    """One polygon per geometry element (gml:Polygon with an exterior and no holes, as the generator writes)."""
    # Vectorized: every posList's numbers parsed by numpy's C parser in one call (a Python split per element cost
    # about 30 µs a polygon); the positions per element from the spaces between numbers, which the generator writes
    # single, checked against the total.
    texts = [element.find(f".//{{{GML}}}posList").text.strip() for element in elements]
    values = np.array(" ".join(texts).split(), dtype=float)
    counts = np.array([(text.count(" ") + 1) // 2 for text in texts])
    if 2 * counts.sum() != len(values):
        raise SystemExit("posList numbers not separated by single spaces")
    coordinates = values.reshape(-1, 2)[:, ::-1]  # lat, lon → lon, lat
    rings = shapely.linearrings(coordinates, indices=np.repeat(np.arange(len(texts)), counts))
    return shapely.polygons(rings)


def check(path, layer_ids, layer, tree):
    started = time.perf_counter()
    document = etree.parse(path)
    units = document.findall(f"{{{S}}}units/{{{S}}}unit")
    unit_ids = [unit.get("id") for unit in units]
    declared = np.array([float(unit.find(f"{{{S}}}area").text) * 10_000 for unit in units])
    geometries = [unit.find(f"{{{S}}}geometry") for unit in units]
    boundary_geometry = document.find(f"{{{S}}}location/{{{S}}}geometry")
    parsed = time.perf_counter()
    shapes = polygons_of(geometries)
    boundary = polygons_of([boundary_geometry])[0]
    # "parse": lxml's parse and the polygons' construction; "build": the construction alone (from each geometry
    # element: the posList found, its numbers parsed, the polygons made), which shanshui's spatial rules include
    # (its GML reading and GEOS construction).
    result = {"file": path, "parse": time.perf_counter() - started, "build": time.perf_counter() - parsed}
    # SS-GEO-001
    valid = shapely.is_valid(shapes)
    result["invalid"] = [unit_ids[i] for i in np.flatnonzero(~valid)] + (
        [] if shapely.is_valid(boundary) else ["boundary"])
    # SS-GEO-002
    areas = area(shapes)
    result["area_mismatch"] = [unit_ids[i] for i in np.flatnonzero(np.abs(areas - declared) > AREA_TOLERANCE * declared)]
    # SS-GEO-003
    shapely.prepare(boundary)
    covered = shapely.covers(boundary, shapes)
    outside = np.flatnonzero(~covered)
    outside_areas = area(shapely.difference(shapes[outside], boundary)) if len(outside) else []
    result["outside"] = [[unit_ids[i], float(a)] for i, a in zip(outside, outside_areas)]
    # SS-GEO-004
    unit_tree = shapely.STRtree(shapes)
    a, b = unit_tree.query(shapes, predicate="intersects")
    keep = a < b
    a, b = a[keep], b[keep]
    pair_areas = area(shapely.intersection(shapes[a], shapes[b])) if len(a) else np.array([])
    result["unit_pairs"] = [[unit_ids[i], unit_ids[j], float(x)] for i, j, x in zip(a, b, pair_areas) if x > SLIVER]
    # SS-GEO-005
    u, f = tree.query(shapes, predicate="intersects")
    overlap = area(shapely.intersection(shapes[u], layer[f])) if len(u) else np.array([])
    totals = np.bincount(u, weights=overlap, minlength=len(shapes))
    result["layer_pairs"] = [[unit_ids[i], layer_ids[j], float(x)] for i, j, x in zip(u, f, overlap)
                             if x > 0 and totals[i] > SLIVER]
    result["layer_candidates"] = int(len(u))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("layer")
    parser.add_argument("submissions", nargs="+")
    parser.add_argument("--output", required=True)
    arguments = parser.parse_args()
    started = time.perf_counter()
    layer_ids, layer, tree = load_layer(arguments.layer)
    loaded = time.perf_counter()
    results = [check(path, layer_ids, layer, tree) for path in arguments.submissions]
    checked = time.perf_counter()
    with open(arguments.output, "w") as out:
        json.dump({"load": loaded - started, "check": checked - loaded, "parse": sum(r["parse"] for r in results),
                   "build": sum(r["build"] for r in results), "features": len(layer_ids),
                   "shapely": shapely.__version__, "geos": shapely.geos_version_string, "files": results}, out)
    print(f"shapely: layer {loaded - started:.3f} s, checking {checked - loaded:.3f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
