#!/usr/bin/env python3
"""Independent check of the geometry `shanshui generate --geometry` writes (SubmissionGeometryTests).

Reads JSON on standard input: {"epsg": N, "boundary": [[first, second], ...], "units": [[[first, second], ...], ...],
"declared": [m2, ...]}, positions in the CRS's EPSG axis order (latitude, longitude for 4490; northing, easting for the
Gauss-Kruger zones). Transforms them to CGCS2000 latitude, longitude with pyproj (PROJ), measures each unit's geodesic
area with geographiclib on the CGCS2000 ellipsoid (a = 6378137 m, 1/f = 298.257222101), and tests with Shapely that
every unit lies within the boundary and that no two units intersect (not even touching). Writes JSON to standard
output: the largest relative area difference, and the counts.
"""
import json
import sys

from geographiclib.geodesic import Geodesic
from pyproj import Transformer
from shapely import STRtree
from shapely.geometry import Polygon

CGCS2000 = Geodesic(6378137.0, 1 / 298.257222101)


def main():
    data = json.load(sys.stdin)
    to_geographic = Transformer.from_crs(f"EPSG:{data['epsg']}", "EPSG:4490")

    def lat_lon(ring):
        return [to_geographic.transform(first, second) for first, second in ring]

    def lon_lat_polygon(ring):
        return Polygon([(lon, lat) for lat, lon in lat_lon(ring)])

    worst = 0.0
    for ring, declared in zip(data["units"], data["declared"]):
        polygon = CGCS2000.Polygon()
        for lat, lon in lat_lon(ring)[:-1]:
            polygon.AddPoint(lat, lon)
        _, _, area = polygon.Compute(False, True)
        worst = max(worst, abs(abs(area) - declared) / declared)
    boundary = lon_lat_polygon(data["boundary"])
    units = [lon_lat_polygon(ring) for ring in data["units"]]
    within = sum(1 for unit in units if boundary.contains(unit))
    tree = STRtree(units)
    touching = sum(1 for index, unit in enumerate(units) for other in tree.query(unit) if other > index
                   and units[other].intersects(unit))
    json.dump({"maxRelativeAreaDifference": worst, "units": len(units), "withinBoundary": within,
               "intersectingPairs": touching, "valid": all(unit.is_valid for unit in units) and boundary.is_valid},
              sys.stdout)


if __name__ == "__main__":
    main()
