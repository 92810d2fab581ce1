#!/usr/bin/env python3
"""Independent oracles for ShanshuiGeo's tests (Tests/ShanshuiGeoTests): reads a JSON request on standard input and
writes the answers as JSON. Implementations separate from shanshui's PROJ/GEOS calls:

  areas       geographiclib (Karney's algorithm in pure Python) on the CGCS2000 ellipsoid, and the planar area in the
              polygon's CGCS2000 3-degree Gauss-Kruger zone (pyproj + Shapely) with pyproj's areal scale factor.
  layers      Shapely 2.0.x (its wheels bundle GEOS 3.11): intersects / touches / covers, overlap areas (Shapely
              intersection in lon/lat, geographiclib area) and nearest distances in the Gauss-Kruger zone.
  distances   geodesic distances between point pairs (geographiclib), for the Gauss-Kruger distances' error bound.
  farthest    the farthest point of a unit from a set of features, by dense sampling (Shapely, vectorised).

Request formats are documented on each command. scripts/setup installs geographiclib, shapely and pyproj.
"""
import json
import math
import numpy
import sys

from geographiclib.geodesic import Geodesic
import pyproj
import shapely
from shapely.geometry import Polygon, MultiPolygon, LineString, MultiLineString, shape as to_shape

# CGCS2000: a = 6378137 m, 1/f = 298.257222101 (GB/T; the GRS 80 flattening).
CGCS2000 = Geodesic(6378137.0, 1 / 298.257222101)


def ring_area(ring):
    """Unsigned geodesic area of a ring of [lon, lat] pairs (closing pair optional), m^2."""
    polygon = CGCS2000.Polygon()
    points = ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else ring
    for lon, lat in points:
        polygon.AddPoint(lat, lon)
    _, _, area = polygon.Compute(False, True)
    return abs(area)


def polygon_area(rings):
    return ring_area(rings[0]) - sum(ring_area(hole) for hole in rings[1:])


def geometry_area(geometry):
    """Geodesic area of a Shapely geometry's polygons (lon/lat), m^2."""
    if geometry.is_empty:
        return 0.0
    if isinstance(geometry, Polygon):
        return polygon_area([list(geometry.exterior.coords)] + [list(r.coords) for r in geometry.interiors])
    if hasattr(geometry, "geoms"):
        return sum(geometry_area(part) for part in geometry.geoms)
    return 0.0


_transformers = {}


def to_zone(zone):
    """lon/lat -> CGCS2000 3-degree GK zone without prefix (EPSG:4534 + zone - 25), x = easting."""
    if zone not in _transformers:
        _transformers[zone] = pyproj.Transformer.from_crs(4490, 4534 + zone - 25, always_xy=True)
    return _transformers[zone]


def zone_of(lon):
    return int(round(lon / 3))


def areas(request):
    """{"polygons": [[ring, hole...], ...]} with rings of [lon, lat] -> per polygon geodesic, planar, areal scale."""
    answers = []
    for rings in request["polygons"]:
        geodesic = polygon_area(rings)
        lon0 = sum(p[0] for p in rings[0]) / len(rings[0])
        lat0 = sum(p[1] for p in rings[0]) / len(rings[0])
        zone = zone_of(lon0)
        transformer = to_zone(zone)
        projected = [[transformer.transform(lon, lat) for lon, lat in ring] for ring in rings]
        planar = Polygon(projected[0], projected[1:]).area
        factors = pyproj.Proj(4534 + zone - 25).get_factors(lon0, lat0)
        answers.append({"geodesic": geodesic, "planar": planar, "arealScale": factors.areal_scale, "zone": zone})
    return answers


def densified(path, step):
    """A [lon, lat] path with each edge longer than `step` metres cut into equal geodesic pieces (geographiclib), as
    shanshui cuts a layer's edges and a unit's before a distance (GeodesicDensify; step None: unchanged)."""
    if not step or len(path) < 2:
        return path
    result = [path[0]]
    for (lon1, lat1), (lon2, lat2) in zip(path, path[1:]):
        line = CGCS2000.InverseLine(lat1, lon1, lat2, lon2)
        if line.s13 > step:
            pieces = math.ceil(line.s13 / step)
            for k in range(1, pieces):
                position = line.Position(line.s13 * k / pieces)
                result.append([position["lon2"], position["lat2"]])
        result.append([lon2, lat2])
    return result


def feature_geometry(feature, step=None):
    if "line" in feature:
        return LineString(densified(feature["line"], step))
    rings = [densified(ring, step) for ring in feature["polygon"]]
    return Polygon(rings[0], rings[1:])


_projected = {}


def projected(geometry, zone):
    """The geometry in the zone (x = easting); cached per (geometry, zone): the layer's features recur per unit."""
    key = (id(geometry), zone)
    if key not in _projected:
        _projected[key] = (geometry, _project(geometry, zone))
    return _projected[key][1]


def _project(geometry, zone):
    transformer = to_zone(zone)
    return shapely.transform(geometry, lambda xy: numpy.column_stack(transformer.transform(xy[:, 0], xy[:, 1])))


def layers(request):
    """{"units": [[ring, hole...]...], "features": [{"polygon": rings} | {"line": [[lon, lat]...]}], "within": m}
    -> per unit: features it intersects, overlaps with a positive area (geographiclib area of Shapely's intersection
    in lon/lat), touches, the nearest feature within `within` metres in the unit's Gauss-Kruger zone (Shapely
    distance after pyproj projection), and the pairs of units where one covers the other. With "densify": m, the
    features' edges, and the units' edges for the distance, are first cut into geodesic pieces of at most m metres."""
    step = request.get("densify")
    units = [Polygon(rings[0], rings[1:]) for rings in request["units"]]
    dense_units = [feature_geometry({"polygon": rings}, step) for rings in request["units"]]
    features = [feature_geometry(f, step) for f in request["features"]]
    within = request["within"]
    answers = []
    for unit, dense_unit in zip(units, dense_units):
        minx, miny, maxx, maxy = unit.bounds
        zone = zone_of((minx + maxx) / 2)
        unit_plane = projected(dense_unit, zone)
        intersects, overlaps, touches = [], [], []
        nearest = None
        for index, feature in enumerate(features):
            if unit.intersects(feature):
                intersects.append(index)
                common = unit.intersection(feature)
                area = geometry_area(common)
                if area > 0:
                    overlaps.append([index, area])
            if unit.touches(feature):
                touches.append(index)
            distance = unit_plane.distance(projected(feature, zone))
            if distance <= within and (nearest is None or distance < nearest[1]):
                nearest = [index, distance]
        answers.append({"intersects": intersects, "overlaps": overlaps, "touches": touches, "nearest": nearest})
    covers = [[i, j] for i, a in enumerate(units) for j, b in enumerate(units) if i != j and a.covers(b)]
    unit_overlaps = [
        [i, j, geometry_area(a.intersection(b))]
        for i, a in enumerate(units) for j, b in enumerate(units) if i < j and a.intersects(b)
    ]
    return {"units": answers, "covers": covers, "unitOverlaps": unit_overlaps}


def farthest(request):
    """{"units": [[ring...]...], "features": [...], "step": m} -> per unit the largest distance from a sample of the
    unit (boundary segmentized every `step` metres and a grid of that spacing inside) to the nearest feature, in the
    unit's Gauss-Kruger zone."""

    features = [feature_geometry(f) for f in request["features"]]
    answers = []
    for rings in request["units"]:
        unit = Polygon(rings[0], rings[1:])
        minx, miny, maxx, maxy = unit.bounds
        zone = zone_of((minx + maxx) / 2)
        plane = projected(unit, zone)
        targets = shapely.union_all([projected(f, zone) for f in features])
        step = request["step"]
        boundary = shapely.get_coordinates(shapely.segmentize(plane.boundary, step))
        x0, y0, x1, y1 = plane.bounds
        xs, ys = numpy.meshgrid(numpy.arange(x0, x1, step), numpy.arange(y0, y1, step))
        grid = shapely.points(xs.ravel(), ys.ravel())
        inside = grid[shapely.contains(plane, grid)]
        points = numpy.concatenate([shapely.points(boundary), inside])
        answers.append(float(shapely.distance(points, targets).max()))
    return answers


def distances(request):
    """{"pairs": [[lon1, lat1, lon2, lat2]...]} -> geodesic distances on the CGCS2000 ellipsoid (geographiclib), m."""
    return [CGCS2000.Inverse(lat1, lon1, lat2, lon2)["s12"] for lon1, lat1, lon2, lat2 in request["pairs"]]


def main():
    command = sys.argv[1]
    request = json.load(sys.stdin)
    handlers = {"areas": areas, "layers": layers, "farthest": farthest, "distances": distances}
    json.dump(handlers[command](request), sys.stdout)


if __name__ == "__main__":
    main()
