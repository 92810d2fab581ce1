#!/usr/bin/env python3
"""Independent oracles for ShanshuiGeo's tests (Tests/ShanshuiGeoTests): reads a JSON request on standard input and
writes the answers as JSON. Implementations separate from shanshui's PROJ/GEOS calls:

  areas       geographiclib (Karney's algorithm in pure Python) on the CGCS2000 ellipsoid, and the planar area in the
              polygon's CGCS2000 3-degree Gauss-Kruger zone (pyproj + Shapely) with pyproj's areal scale factor.
  predicates  Shapely 2.0.x (its wheels bundle GEOS 3.11): intersects / covers / touches, overlap areas (Shapely
              intersection in lon/lat, geographiclib area) and distances in the Gauss-Kruger zone.

Request formats are documented on each command. scripts/setup installs geographiclib, shapely and pyproj.
"""
import json
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


def main():
    command = sys.argv[1]
    request = json.load(sys.stdin)
    handlers = {"areas": areas}
    json.dump(handlers[command](request), sys.stdout)


if __name__ == "__main__":
    main()
