#!/usr/bin/env python3
"""Oracle for edges as geodesics (Tests/ShanshuiGeoTests/GeodesicEdgeTests): the distance on the CGCS2000 ellipsoid
(geographiclib, pure Python, separate from PROJ) from points to polylines whose edges are geodesics, and, for
comparison, to the same polylines with edges straight in lon/lat (the model a lon/lat clip gives a long edge).

Request (standard input): {"points": [[lon, lat]...], "lines": [[[lon, lat]...]...]}
Answer (standard output): [{"geodesic": m, "chord": m}...], one per point: the least distance to any line's edges.

Each edge is sampled every 25 m (at most 2,000 samples) and the least sample refined by golden-section search on the
edge's parameter to 1e-7 of the edge (micrometres): the distance from a point to a short arc is unimodal there.
"""
import json
import math
import sys

from geographiclib.geodesic import Geodesic

# CGCS2000: a = 6378137 m, 1/f = 298.257222101.
CGCS2000 = Geodesic(6378137.0, 1 / 298.257222101)


def least(distance_at, length):
    """Least distance_at(t) for t in [0, 1] on an edge of `length` metres."""
    samples = max(2, min(2000, math.ceil(length / 25)))
    values = [distance_at(k / samples) for k in range(samples + 1)]
    best = min(range(samples + 1), key=values.__getitem__)
    low, high = max(0, best - 1) / samples, min(samples, best + 1) / samples
    ratio = (math.sqrt(5) - 1) / 2
    a, b = high - ratio * (high - low), low + ratio * (high - low)
    fa, fb = distance_at(a), distance_at(b)
    while high - low > 1e-7:
        if fa < fb:
            high, b, fb = b, a, fa
            a = high - ratio * (high - low)
            fa = distance_at(a)
        else:
            low, a, fa = a, b, fb
            b = low + ratio * (high - low)
            fb = distance_at(b)
    return min(values[best], fa, fb)


def to_geodesic(point, start, end):
    lon, lat = point
    line = CGCS2000.InverseLine(start[1], start[0], end[1], end[0])

    def distance_at(t):
        position = line.Position(t * line.s13)
        return CGCS2000.Inverse(lat, lon, position["lat2"], position["lon2"])["s12"]

    return least(distance_at, line.s13)


def to_chord(point, start, end):
    lon, lat = point
    length = CGCS2000.Inverse(start[1], start[0], end[1], end[0])["s12"]

    def distance_at(t):
        return CGCS2000.Inverse(
            lat, lon, start[1] + t * (end[1] - start[1]), start[0] + t * (end[0] - start[0]))["s12"]

    return least(distance_at, length)


def main():
    request = json.load(sys.stdin)
    answers = []
    for point in request["points"]:
        edges = [(line[k], line[k + 1]) for line in request["lines"] for k in range(len(line) - 1)]
        answers.append({
            "geodesic": min(to_geodesic(point, a, b) for a, b in edges),
            "chord": min(to_chord(point, a, b) for a, b in edges),
        })
    json.dump(answers, sys.stdout)


if __name__ == "__main__":
    main()
