#!/usr/bin/env python3
"""Generates the workload of scripts/bench-spatial (deterministic: the same arguments give the same bytes).

    scripts/bench-spatial-generate.py --bin SHANSHUI --out DIR --units N --features M --batch-files F --batch-units U

Writes into DIR (never committed; scripts/bench-spatial uses .build-bench/spatial[-quick]/):

- `red-line.gpkg`: a SYNTHETIC ecological red-line layer of M polygons (EPSG:4490, one layer `red_line`, fields
  `id` RL-000001… and `synthetic=yes`), written by ogr2ogr from a GeoJSON-sequence side file. The polygons are
  irregular star-shaped rings of 8–40 vertices, 80–150 m across their cell's centre, on a grid of cells about 330 m
  apart, kept where a smooth random field is highest: clusters covering about 44 % of the layer's extent, so that a
  realistic share of the units overlaps the layer and most do not. The extent is a square around the units' county
  (Wanzhou) sized so that M cells are 44 % of it (about 220 km wide for 200,000).
- `submission.xml`: `shanshui generate --units N --format-version 2 --geometry` (valid content, every unit a square
  of its declared area on a grid inside a boundary) with every square replaced by an irregular star-shaped ring of
  16–48 vertices and the same geodesic area (so SS-GEO-002 passes), `redLine overlap="false"` (so SS-GEO-005 checks
  the red line), a boundary around them, and deliberate faults: one unit in 400 shifted 0.6 cell east into its
  neighbour (SS-GEO-004), one in ten of the first column shifted 0.6 cell west across the boundary (SS-GEO-003).
- `batch/submission-NNNN.xml`: F files made the same way from `generate --units U --seed k`.
"""

import argparse
import json
import math
import os
import re
import subprocess
import sys

import numpy as np

A = 6_378_137.0
F = 1 / 298.257222101
E2 = F * (2 - F)
CENTRE = (30.81, 108.41)  # Wanzhou, the generated submission's county (SubmissionGenerator's approximate centre)
CELL_LAT = 0.003  # layer grid: about 333 m north–south
CELL_LON = 0.0035  # about 335 m east–west at 30.8°N
COVERAGE = 0.44


def metres_per_degree(latitude):
    """Metres per degree of latitude (meridian radius) and of longitude (parallel radius) at `latitude`."""
    phi = math.radians(latitude)
    s = math.sin(phi)
    rho = A * (1 - E2) / (1 - E2 * s * s) ** 1.5
    nu = A / math.sqrt(1 - E2 * s * s)
    return rho * math.pi / 180, nu * math.cos(phi) * math.pi / 180


def star(rng, vertices, radius, noise):
    """A closed star-shaped ring (east, north offsets in units of `radius`): angles increasing, radii within
    1 ± noise, so it is simple; returned with its shoelace area."""
    angles = (np.arange(vertices) + rng.uniform(-0.3, 0.3, vertices)) * (2 * math.pi / vertices)
    # A smooth radius profile: a few low harmonics, scaled to ± noise.
    profile = np.zeros(vertices)
    for harmonic in range(1, 4):
        profile += rng.uniform(-1, 1) * np.cos(harmonic * angles + rng.uniform(0, 2 * math.pi))
    peak = np.abs(profile).max() or 1
    radii = radius * (1 + noise * profile / peak)
    east, north = radii * np.cos(angles), radii * np.sin(angles)
    area = 0.5 * abs(np.dot(east, np.roll(north, -1)) - np.dot(north, np.roll(east, -1)))
    return east, north, area


# ---------------------------------------------------------------------------------------------------------------------
# Layer

def make_layer(directory, features, seed):
    rng = np.random.default_rng(seed)
    cells = int(features / COVERAGE)
    side = int(math.ceil(math.sqrt(cells)))
    lat0 = CENTRE[0] - side * CELL_LAT / 2
    lon0 = CENTRE[1] - side * CELL_LON / 2
    # A smooth random field: Gaussian bumps of 3–12 km; the `features` highest cells are kept.
    bumps = max(20, side * side // 2500)
    by = rng.uniform(0, side, bumps)
    bx = rng.uniform(0, side, bumps)
    br = rng.uniform(9, 36, bumps)  # in cells (about 3–12 km)
    bw = rng.uniform(0.5, 1.5, bumps)
    rows = np.arange(side, dtype=float)
    field = np.zeros((side, side))
    for y, x, r, w in zip(by, bx, br, bw):
        gy = np.exp(-((rows - y) ** 2) / (2 * r * r))
        gx = np.exp(-((rows - x) ** 2) / (2 * r * r))
        field += w * np.outer(gy, gx)
    field += rng.uniform(0, 1e-6, field.shape)  # no ties
    flat = field.ravel()
    kept = np.sort(np.argpartition(-flat, features - 1)[:features])
    per_lat, per_lon = metres_per_degree(CENTRE[0])
    cell_m = min(CELL_LAT * per_lat, CELL_LON * per_lon)
    path = os.path.join(directory, "red-line.geojsonl")
    with open(path, "w") as out:
        for number, cell in enumerate(kept, start=1):
            row, column = divmod(int(cell), side)
            lat = lat0 + (row + 0.5 + rng.uniform(-0.05, 0.05)) * CELL_LAT
            lon = lon0 + (column + 0.5 + rng.uniform(-0.05, 0.05)) * CELL_LON
            radius = rng.uniform(0.25, 0.36) * cell_m  # with noise ≤ 0.25: at most 0.45 cell
            east, north, _ = star(rng, int(rng.integers(8, 41)), radius, 0.25)
            xs = lon + east / per_lon
            ys = lat + north / per_lat
            ring = np.round(np.column_stack([xs, ys]), 7).tolist()
            ring.append(ring[0])
            out.write(json.dumps({"type": "Feature", "properties": {"id": f"RL-{number:06d}", "synthetic": "yes"},
                                  "geometry": {"type": "Polygon", "coordinates": [ring]}}, separators=(",", ":")))
            out.write("\n")
    gpkg = os.path.join(directory, "red-line.gpkg")
    if os.path.exists(gpkg):
        os.remove(gpkg)
    subprocess.run(["ogr2ogr", "-f", "GPKG", "-a_srs", "EPSG:4490", "-nln", "red_line", "-lco", "SPATIAL_INDEX=NO",
                    gpkg, path], check=True, env=dict(os.environ, OGR_CURRENT_DATE="2026-01-01T00:00:00Z"))
    os.remove(path)
    return gpkg


# ---------------------------------------------------------------------------------------------------------------------
# Submissions

UNIT = re.compile(r'(<unit id="([^"]+)"[^>]*>)(.*?)(<geometry>.*?</geometry>)(\s*</unit>)', re.S)
BOUNDARY = re.compile(r"(<location>.*?)(<geometry>.*?</geometry>)(\s*</location>)", re.S)
POSLIST = re.compile(r"<gml:posList>([^<]*)</gml:posList>")


def gml(lats, lons):
    positions = " ".join(f"{lat:.7f} {lon:.7f}" for lat, lon in zip(lats, lons))
    return ('<geometry><gml:Polygon srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>'
            f"{positions}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></geometry>")


def reshape(text, seed):
    """`text` (generate's output) with every unit's square replaced by a star of the same area, the deliberate
    faults, a new boundary and redLine overlap="false". Returns the text and what was placed."""
    rng = np.random.default_rng(seed)
    units = list(UNIT.finditer(text))
    centres = []
    for match in units:
        values = [float(v) for v in POSLIST.search(match.group(4)).group(1).split()]
        lats, lons = values[0:-2:2], values[1:-2:2]
        centres.append((sum(lats) / len(lats), sum(lons) / len(lons),
                        (max(lats) - min(lats)) * metres_per_degree(sum(lats) / len(lats))[0]))
    per_lat, per_lon = metres_per_degree(CENTRE[0])
    # The generator's grid: ceil(√n) columns, row by row from the south-west (SubmissionGenerator.gridColumns).
    columns = math.ceil(math.sqrt(len(centres)))
    if columns > 1:
        cell = abs(centres[1][1] - centres[0][1]) * metres_per_degree(centres[0][0])[1]
    else:
        cell = centres[0][2] * 2
    placed = {"overlapping": [], "outside": []}
    rings = []
    for index, (match, (lat, lon, side)) in enumerate(zip(units, centres)):
        unit_id = match.group(2)
        row, column = divmod(index, columns)
        equivalent = side / math.sqrt(math.pi)
        # Radius noise so the star stays within 0.49 cell of its centre: disjoint from its neighbours.
        noise = max(0.02, min(0.25, 0.49 * cell / equivalent - 1))
        east, north, area = star(rng, int(rng.integers(16, 49)), 1.0, noise)
        scale = side / math.sqrt(area)  # the square's area: side² m²
        east, north = east * scale, north * scale
        shift = 0.0
        if index % 400 == 250 and column < columns - 1 and len(units) > 1:
            shift = 0.6 * cell
            placed["overlapping"].append([unit_id, units[index + 1].group(2)])
        elif column == 0 and row % 10 == 5 and columns > 1:
            shift = -0.6 * cell
            placed["outside"].append(unit_id)
        lat_m, lon_m = metres_per_degree(lat)
        lons = lon + (east + shift) / lon_m
        lats = lat + north / lat_m
        lats, lons = list(lats) + [lats[0]], list(lons) + [lons[0]]
        rings.append((lats, lons, shift))
    # The boundary: a rectangle 0.02 cell outside every unit that is not deliberately outside, 100 positions a side.
    inside = [ring for ring in rings if ring[2] >= 0]
    margin_lat = 0.02 * cell / per_lat
    margin_lon = 0.02 * cell / per_lon
    south = min(min(r[0]) for r in inside) - margin_lat
    north = max(max(r[0]) for r in inside) + margin_lat
    west = min(min(r[1]) for r in inside) - margin_lon
    east = max(max(r[1]) for r in inside) + margin_lon
    steps = np.linspace(0, 1, 101)[:-1]
    b_lat = list(south + 0 * steps) + list(south + (north - south) * steps) + list(north + 0 * steps) + \
        list(north - (north - south) * steps) + [south]
    b_lon = list(west + (east - west) * steps) + list(east + 0 * steps) + list(east - (east - west) * steps) + \
        list(west + 0 * steps) + [west]
    pieces = []
    last = 0
    for match, (lats, lons, _) in zip(units, rings):
        pieces.append(text[last:match.start(4)])
        pieces.append(gml(lats, lons))
        last = match.end(4)
    pieces.append(text[last:])
    text = "".join(pieces)
    text = BOUNDARY.sub(lambda m: m.group(1) + gml(b_lat, b_lon) + m.group(3), text, count=1)
    text, count = re.subn(r'<redLine overlap="[^"]*"', '<redLine overlap="false"', text)
    if count != 1:
        raise SystemExit("the generated submission has no <redLine overlap=…>")
    return text, placed


def make_submission(binary, path, units, seed):
    generated = subprocess.run([binary, "generate", "--units", str(units), "--seed", str(seed), "--format-version",
                                "2", "--geometry"], check=True, capture_output=True, text=True).stdout
    text, placed = reshape(generated, seed)
    with open(path, "w") as out:
        out.write(text)
    return placed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--units", type=int, default=10_000)
    parser.add_argument("--features", type=int, default=200_000)
    parser.add_argument("--batch-files", type=int, default=200)
    parser.add_argument("--batch-units", type=int, default=16)
    parser.add_argument("--seed", type=int, default=18)
    arguments = parser.parse_args()
    os.makedirs(os.path.join(arguments.out, "batch"), exist_ok=True)
    make_layer(arguments.out, arguments.features, arguments.seed)
    placed = make_submission(arguments.bin, os.path.join(arguments.out, "submission.xml"), arguments.units,
                             arguments.seed)
    for index in range(arguments.batch_files):
        make_submission(arguments.bin, os.path.join(arguments.out, "batch", f"submission-{index + 1:04d}.xml"),
                        arguments.batch_units, arguments.seed + 1 + index)
    with open(os.path.join(arguments.out, "placed.json"), "w") as out:
        json.dump(placed, out, indent=1)
    print(f"placed {len(placed['overlapping'])} overlapping pairs, {len(placed['outside'])} units outside",
          file=sys.stderr)


if __name__ == "__main__":
    main()
