#!/usr/bin/env python3
"""Make the SYNTHETIC reviewer layers under fixtures/layers/ (合成测试图层，非真实数据).

The real control layers (生态保护红线, 永久基本农田, 城镇开发边界, 自然保护地) are not public, and no public shoreline layer
carries the river ranks the 长江保护法 distances need. These layers are invented: rivers follow a few waypoints near
the real rivers' courses (towns they pass), banks are offset lines, and every polygon is made up. Every file name
starts with `synthetic-`, every feature has `synthetic=yes` and a note saying so. Never use them for a real review.

Reproducible: a fixed seed, fixed timestamps (OGR_CURRENT_DATE for GeoPackage, DBF_DATE_LAST_UPDATE for Shapefile);
shapely and pyproj compute, `ogr2ogr` (gdal-bin) writes every role as GeoPackage and Shapefile (.shp/.shx/.dbf/.prj/
.cpg), the shoreline and the reserves also as GeoJSON. Features are only appended: a new shape never moves an earlier
one (the earlier fixtures' findings and ids stay).

  scripts/make-synthetic-layers.py                  # rewrite fixtures/layers/
  scripts/make-synthetic-layers.py --output DIR     # write them to DIR instead (SyntheticLayerTests compares)
  scripts/make-synthetic-layers.py --fixture-geometry   # print the GML of the spatial fixtures' designed shapes
  scripts/make-synthetic-layers.py --example-geometry   # print the GML of the shapes in spatial.xml's rule examples
  scripts/make-synthetic-layers.py --verify         # measure the designed shapes and the spatial fixtures' GML
                                                    # against the layers (shapely, pyproj): what each fixture expects

Coordinates: CGCS2000 (EPSG:4490, lon/lat order in these files as GIS formats write it); the farmland Shapefile is in
the CGCS2000 3° Gauss–Krüger zone with central meridian 108°E without zone prefix (EPSG:4545), so that a layer in
another CRS is reprojected (and the report says so); the urban development boundary's Shapefile has its table in GBK
(.cpg "GBK"), as many Chinese GIS exports do.
"""

import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile

from pyproj import Transformer
from shapely.geometry import LineString, Point, Polygon, mapping
from shapely.ops import unary_union

SEED = 17
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "fixtures", "layers")
FIXED_DATE = "2026-01-01T00:00:00Z"
NOTE = "合成测试数据，非真实图层 / synthetic test data, not a real layer"

# --- Rivers: waypoints (lat, lon) near the real courses; half-widths in metres. rank: the standard's basin-size test
# (mainstem of its basin; important tributary: basin of 10,000 km² or more; other).
RIVERS = [
    ("jinsha", "金沙江", "mainstem", 250, [(26.58, 101.72), (26.90, 102.60), (27.90, 103.20), (28.60, 104.10), (28.77, 104.63)]),
    ("yangtze", "长江", "mainstem", 400, [(28.77, 104.63), (28.86, 105.10), (28.89, 105.44), (28.81, 105.83), (29.29, 106.26),
                                          (29.57, 106.58), (29.83, 107.07), (29.72, 107.39), (29.87, 107.73), (30.30, 108.03),
                                          (30.62, 108.18), (30.80, 108.38), (30.93, 108.70), (31.02, 109.46), (31.07, 109.88)]),
    ("minjiang", "岷江", "important-tributary", 200, [(31.00, 103.62), (30.40, 103.85), (29.56, 103.77), (28.77, 104.63)]),
    ("tuojiang", "沱江", "important-tributary", 150, [(30.86, 104.43), (30.39, 104.55), (29.58, 105.06), (29.18, 104.97),
                                                     (29.05, 105.30), (28.89, 105.44)]),
    ("jialing", "嘉陵江", "important-tributary", 250, [(32.43, 105.84), (30.80, 106.08), (29.99, 106.27), (29.57, 106.58)]),
    ("fujiang", "涪江", "important-tributary", 150, [(31.46, 104.73), (30.51, 105.59), (30.19, 105.84), (29.99, 106.27)]),
    ("wujiang", "乌江", "important-tributary", 200, [(29.29, 108.17), (29.32, 107.76), (29.72, 107.39)]),
    ("chishui", "赤水河", "important-tributary", 100, [(28.05, 105.80), (28.59, 105.70), (28.81, 105.83)]),
    ("other", "綦江", "other", 60, [(29.03, 106.65), (29.29, 106.26)]),
    ("yellow", "黄河", "mainstem", 150, [(33.90, 102.20), (33.41, 102.47), (33.10, 102.20)]),
]

# Gauss–Krüger work frame for metric operations (offsets, buffers): CGCS2000 3° zone with central meridian 105°E
# (EPSG:4544) is used for the whole region; distortion does not matter for made-up shapes, only the verify step measures.
TO_GK = Transformer.from_crs("EPSG:4490", "EPSG:4544", always_xy=True)
TO_LL = Transformer.from_crs("EPSG:4544", "EPSG:4490", always_xy=True)


def gk(lat, lon):
    return TO_GK.transform(lon, lat)


def to_lonlat(geom):
    from shapely.ops import transform
    return transform(lambda x, y, z=None: TO_LL.transform(x, y), geom)


def river_line(waypoints):
    return LineString([gk(lat, lon) for lat, lon in waypoints])


# Rivers added for the mountain counties' fixtures (城口, 万源, 青川) and 巫山: small rivers of the 长江 basin, rank
# `other` (basins under 10,000 km²), river code `other`. Appended after RIVERS, so the earlier features keep their
# order and ids. Keys name them in the designed shapes.
MORE_RIVERS = [
    ("renhe", "other", "任河", "other", 40, [(31.78, 108.98), (31.95, 108.665), (32.10, 108.43), (32.28, 108.27)]),
    ("houhe", "other", "后河", "other", 40, [(32.26, 107.93), (32.068, 108.04), (31.90, 107.97), (31.72, 107.87)]),
    ("qingzhu", "other", "青竹江", "other", 40, [(32.66, 104.86), (32.59, 105.12), (32.50, 105.36), (32.40, 105.55)]),
    ("daning", "other", "大宁河", "other", 60, [(31.40, 109.62), (31.27, 109.80), (31.14, 109.86), (31.075, 109.885)]),
]


def all_rivers():
    """(key, code, name, rank, half-width, waypoints): RIVERS keyed by their code, then MORE_RIVERS."""
    return [(r[0],) + r for r in RIVERS] + list(MORE_RIVERS)


def river_features():
    feats = []
    for key, code, name, rank, half, waypoints in all_rivers():
        line = river_line(waypoints)
        for bank, side in (("left", half), ("right", -half)):
            # A vertex every 250 m, as real shoreline data have: an edge is straight in lon/lat for the GIS formats
            # and in the plane for a projected measure, and on long edges the two differ by tens of metres.
            bank_line = line.offset_curve(side, join_style="round").segmentize(250)
            feats.append({
                "geometry": to_lonlat(bank_line),
                "properties": {"name": f"{name}（合成）{'左' if bank == 'left' else '右'}岸 / synthetic {key} {bank} bank",
                               "river": code, "rank": rank, "bank": bank, "synthetic": "yes", "note": NOTE},
            })
    return feats


# --- Designed shapes: rectangles aligned with a river at a station (metres along the river from the anchor town's
# waypoint) and an offset (metres from the centreline, positive on the left when looking downstream).
def river_by_code(code):
    for r in RIVERS:
        if r[0] == code:
            return r
    raise KeyError(code)


def station_frame(code, segment):
    """The river's centre line and the station (m) of the middle of its segment from waypoint `segment` to the next:
    designed shapes sit on straight segments, away from the bends at waypoints."""
    _, _, _, half, waypoints = river_by_code(code)
    line = river_line(waypoints)
    a = line.project(Point(gk(*waypoints[segment])))
    b = line.project(Point(gk(*waypoints[segment + 1])))
    return line, (a + b) / 2, half


def aligned_rect(code, segment, s0, s1, d0, d1):
    """A rectangle from s0 to s1 (m, downstream along the river's direction at the segment's middle) and from d0 to d1
    (m, to the left of it; the bank is at the river's half-width). All shapes of one segment share its straight frame,
    so containment and overlaps are exact by design; distances to the banks are measured by --verify."""
    line, origin, _ = station_frame(code, segment)
    p = line.interpolate(origin - 5)
    q = line.interpolate(origin + 5)
    tx, ty = (q.x - p.x) / 10, (q.y - p.y) / 10
    nx, ny = -ty, tx  # left normal
    cx, cy = (p.x + q.x) / 2, (p.y + q.y) / 2
    return Polygon([(cx + tx * s + nx * d, cy + ty * s + ny * d) for s, d in ((s0, d0), (s1, d0), (s1, d1), (s0, d1))])


# Designed shapes (river, segment, s0, s1, d0, d1): 万州 on the 长江 (segment 10: 忠县 → 万州), 泸州 on the 沱江
# (segment 4, above the confluence) and the 长江 (segment 2, below it), 潼南 on the 涪江 (segment 2: 潼南 → 合川).
DESIGN = {
    # 万州: project on the right (south) bank; red line and farmland placed to meet the fixture units.
    "wanzhou-boundary": ("yangtze", 10, -6000, 6000, -9000, -500),
    "wanzhou-u1": ("yangtze", 10, -5000, -1000, -3600, -800),        # 4000 × 2800 m = 1120 ha, 400 m from the bank
    "wanzhou-u2": ("yangtze", 10, 500, 4500, -6000, -3000),          # 4000 × 3000 m = 1200 ha
    "wanzhou-u3": ("yangtze", 10, -5000, -1000, -8500, -5500),       # 4000 × 3000 m = 1200 ha
    "wanzhou-u4-outside": ("yangtze", 10, 5000, 7000, -5000, -3000),  # 2000 × 2000 m = 400 ha, half outside the boundary
    "wanzhou-u5-overlapping": ("yangtze", 10, 3500, 5500, -8500, -5100),  # overlaps wanzhou-u2 by 1000 × 900 m
    "wanzhou-redline-a": ("yangtze", 10, 3500, 8000, -8000, -4500),  # overlaps wanzhou-u2 by 1000 × 1500 m = 150 ha
    "wanzhou-farmland-a": ("yangtze", 10, -4500, -2500, -8000, -6500),  # inside wanzhou-u3: 2000 × 1500 m = 300 ha
    "wanzhou-urban-a": ("yangtze", 10, -9000, 9000, 600, 5000),      # the town on the left (north) bank
    "wanzhou-urban-b": ("yangtze", 10, 5500, 9000, -4500, -2000),    # a south-bank town: meets wanzhou-u4-outside
    "wanzhou-u6-bowtie": ("yangtze", 10, -400, 0, -5000, -4600),      # written as a bowtie by --fixture-geometry
    # 泸州: a chemical facility 450 m from the 沱江's left bank; a tailings pond about 1.6 km from the 长江's right bank.
    "luzhou-boundary": ("tuojiang", 4, -6000, 2000, 300, 4000),
    "luzhou-u1": ("tuojiang", 4, -3500, 1000, 300, 1300),            # 4500 × 1000 m = 450 ha
    "luzhou-chemical": ("tuojiang", 4, -5000, -4700, 600, 900),      # 300 × 300 m = 9 ha
    "luzhou-tailings": ("yangtze", 2, 4000, 4400, -2400, -2000),     # 400 × 400 m = 16 ha
    "luzhou-slag": ("tuojiang", 4, 1500, 1800, 950, 1250),           # 300 × 300 m = 9 ha, 800 m from the bank
    # 潼南: forest-belt units along the 涪江, one within 1000 m of the bank, one beyond it.
    "tongnan-boundary": ("fujiang", 2, -6000, 6000, 200, 5200),
    "tongnan-u1": ("fujiang", 2, -5000, -1000, 300, 900),            # 4000 × 600 m = 240 ha, 150–750 m from the bank
    "tongnan-u2": ("fujiang", 2, 1000, 4000, 1800, 4800),            # 3000 × 3000 m = 900 ha, 1650–4650 m from the bank
    # 自然保护地 core zone (synthetic) meeting tongnan-u2's far corner.
    "tongnan-reserve-core": ("fujiang", 2, 3000, 7000, 4000, 8000),
}


def designed(name):
    return aligned_rect(*DESIGN[name])


def random_blob(rng, cx, cy, radius):
    n = rng.randint(6, 11)
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n + rng.uniform(-0.2, 0.2)
        r = radius * rng.uniform(0.6, 1.0)
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return Polygon(pts).buffer(0)


def keep_out():
    """Background features stay 12 km away from the designed fixture areas, so only designed shapes meet them."""
    return unary_union([designed(n) for n in DESIGN]).buffer(12000)


def background(rng, count, lat_range, lon_range, radius_range, avoid):
    shapes = []
    while len(shapes) < count:
        lat, lon = rng.uniform(*lat_range), rng.uniform(*lon_range)
        x, y = gk(lat, lon)
        blob = random_blob(rng, x, y, rng.uniform(*radius_range))
        if blob.intersects(avoid) or any(blob.intersects(s) for s in shapes):
            continue
        shapes.append(blob)
    return shapes


def polygon_features(prefix, zh, designed_names, shapes, extra=lambda i: {}):
    feats = []
    allshapes = [(n, designed(n)) for n in designed_names] + [(None, s) for s in shapes]
    for i, (design, shape) in enumerate(allshapes, 1):
        props = {"code": f"SYN-{prefix}-{i:04d}", "name": f"合成{zh}图斑{i:04d} / synthetic {prefix} patch {i:04d}",
                 "synthetic": "yes", "note": NOTE}
        props.update(extra(design))
        feats.append({"geometry": to_lonlat(shape), "properties": props})
    return feats


# --- Realistic shapes (issue 18): irregular rings following a river's course (a vertex every 100 m), lobes on hill
# slopes, multi-part units and a unit with a hole, in 城口, 万源, 青川, 潼南, 万州, 合江, 江津, 宜宾 and 巫山. Each is placed
# from an anchor (a town on the river, lat/lon) by a station along the river's centre line (m, downstream positive) and
# an offset from it (m, positive on the left looking downstream), so it bends with the river. Made from the seed and
# the shape's name only: adding a shape moves no other.
def river_key(key):
    for r in all_rivers():
        if r[0] == key:
            return r
    raise KeyError(key)


def wobble(seed, amp, terms=4):
    """A smooth periodic noise of at most `amp` in absolute value, from a seed of its own."""
    rng = random.Random(seed)
    waves = [(k, rng.uniform(0, 2 * math.pi), rng.uniform(0.3, 1.0) / k) for k in range(2, 2 + terms)]
    total = sum(w for _, _, w in waves)
    return lambda t: amp * sum(w * math.sin(2 * math.pi * k * t + ph) for k, ph, w in waves) / total


def bank_strip(key, anchor, s0, s1, d_near, d_far, amp=0.2, step=100.0):
    """A strip from station s0 to s1 (m from the anchor's station) between offsets d_near and d_far (m from the centre
    line; the far edge wobbles by up to `amp` of the strip's width), following the river's bends."""
    _, _, _, _, _, waypoints = river_key(key)
    line = river_line(waypoints)
    a = line.project(Point(gk(*anchor)))
    noise = wobble(f"{key}:{anchor}:{s0}:{s1}:{d_near}:{d_far}", amp)
    n = max(8, int(abs(s1 - s0) / step))
    near, far = [], []
    for i in range(n + 1):
        t = i / n
        s = a + s0 + t * (s1 - s0)
        p, q = line.interpolate(s - 400), line.interpolate(s + 400)
        length = math.hypot(q.x - p.x, q.y - p.y)
        nx, ny = -(q.y - p.y) / length, (q.x - p.x) / length
        c = line.interpolate(s)
        df = d_near + (d_far - d_near) * (1 + noise(t))
        dn = d_near + (d_far - d_near) * 0.15 * noise(t + 0.37) if abs(d_near) > abs(d_far) * 0.3 else d_near
        near.append((c.x + nx * dn, c.y + ny * dn))
        far.append((c.x + nx * df, c.y + ny * df))
    poly = Polygon(near + far[::-1])
    assert poly.is_valid, (key, anchor, s0, s1)
    return poly


def around(names, margin):
    """A project boundary drawn around units: their union widened by `margin` m, gaps up to 5 km closed (the river
    between them), holes filled, simplified to 25 m."""
    from shapely.geometry import MultiPolygon
    union = unary_union([realistic(n) for n in names]).buffer(margin + 2500, quad_segs=4).buffer(-2500, quad_segs=4)
    parts = union.geoms if isinstance(union, MultiPolygon) else [union]
    assert len(parts) == 1, names
    return Polygon(parts[0].exterior).simplify(25)


def lobe(key, anchor, s, d, radius, amp=0.3, n=96):
    """An irregular lobe (a hill slope, a small basin) of about `radius` m around the point at station s and offset d."""
    _, _, _, _, _, waypoints = river_key(key)
    line = river_line(waypoints)
    a = line.project(Point(gk(*anchor)))
    p, q = line.interpolate(a + s - 400), line.interpolate(a + s + 400)
    length = math.hypot(q.x - p.x, q.y - p.y)
    nx, ny = -(q.y - p.y) / length, (q.x - p.x) / length
    c = line.interpolate(a + s)
    cx, cy = c.x + nx * d, c.y + ny * d
    noise = wobble(f"lobe:{key}:{anchor}:{s}:{d}:{radius}", amp, terms=5)
    pts = []
    for i in range(n):
        t = i / n
        r = radius * (1 + noise(t))
        pts.append((cx + r * math.cos(2 * math.pi * t), cy + r * math.sin(2 * math.pi * t)))
    poly = Polygon(pts)
    assert poly.is_valid, (key, anchor, s, d)
    return poly


CHENGKOU = (31.95, 108.665)   # 城口 county town (葛城) on the 任河
WANYUAN = (32.068, 108.04)    # 万源 (太平) on the 后河
QINGCHUAN = (32.59, 105.12)   # 青川, on the 青竹江 (the county town 乔庄 lies a little north-east)
TONGNAN = (30.19, 105.84)     # 潼南 on the 涪江
WANZHOU = (30.80, 108.38)     # 万州 on the 长江
HEJIANG = (28.81, 105.83)     # 合江, where the 赤水河 meets the 长江
JIANGJIN = (29.29, 106.26)    # 江津, where the 綦江 meets the 长江
YIBIN = (28.77, 104.63)       # 宜宾, where the 金沙江 and the 岷江 make the 长江
WUSHAN = (31.075, 109.885)    # 巫山, where the 大宁河 meets the 长江


# name → (CRS the fixture writes it in, a function making it in the work frame). The first part of the name is the
# fixture's county; names ending in a layer role's short name (-redline, -farmland, -urban, -reserve) are added to
# that layer (see MORE_LAYER_FEATURES), not written in a fixture.
def _realistic():
    from shapely.geometry import MultiPolygon
    R = {}
    # 城口 (大巴山, 秦巴): compliant; valley units along the 任河 above and below the town, a multi-part slope unit.
    R["chengkou-boundary"] = ("EPSG:4490", lambda: around(["chengkou-u1", "chengkou-u2", "chengkou-u3"], 900))
    R["chengkou-u1"] = ("EPSG:4490", lambda: bank_strip("renhe", CHENGKOU, -7500, -1500, 80, 900))
    R["chengkou-u2"] = ("EPSG:4490", lambda: bank_strip("renhe", CHENGKOU, 1500, 7500, -80, -1000))
    R["chengkou-u3"] = ("EPSG:4490", lambda: MultiPolygon([lobe("renhe", CHENGKOU, -4000, -2600, 700),
                                                         lobe("renhe", CHENGKOU, 4200, 2400, 800)]))
    R["chengkou-redline"] = ("EPSG:4490", lambda: lobe("renhe", CHENGKOU, 0, -3000, 900))       # 1.2 km or more from every unit
    R["chengkou-reserve"] = ("EPSG:4490", lambda: lobe("renhe", CHENGKOU, -6000, 7000, 2500))   # 大巴山 core, outside
    # 万源 (秦巴, 川): Gauss–Krüger CM 108°E without prefix; a unit with a hole around farmland; 花萼山 core zone.
    R["wanyuan-boundary"] = ("EPSG:4545", lambda: around(["wanyuan-u1", "wanyuan-u2"], 600))
    R["wanyuan-u1"] = ("EPSG:4545", lambda: bank_strip("houhe", WANYUAN, -6500, -500, 60, 2600).difference(
        lobe("houhe", WANYUAN, -3500, 1500, 450)))
    R["wanyuan-farmland"] = ("EPSG:4545", lambda: lobe("houhe", WANYUAN, -3500, 1500, 300))    # inside u1's hole
    R["wanyuan-u2"] = ("EPSG:4545", lambda: bank_strip("houhe", WANYUAN, 500, 6500, -60, -3200))
    R["wanyuan-reserve"] = ("EPSG:4545", lambda: lobe("houhe", WANYUAN, 5000, -4200, 1500))   # 花萼山 core: meets u2
    R["wanyuan-redline"] = ("EPSG:4545", lambda: lobe("houhe", WANYUAN, 2500, -2500, 900))    # inside u2 (declared)
    # 青川 (秦巴, 川): Gauss–Krüger CM 105°E without prefix; a reconstruction unit on farmland, two units
    # overlapping, one reaching out of the boundary.
    R["qingchuan-boundary"] = ("EPSG:4544", lambda: around(["qingchuan-u1", "qingchuan-u2"], 500))
    R["qingchuan-u1"] = ("EPSG:4544", lambda: bank_strip("qingzhu", QINGCHUAN, -6000, -500, 60, 1800))
    R["qingchuan-farmland"] = ("EPSG:4544", lambda: lobe("qingzhu", QINGCHUAN, -3000, 900, 400))  # inside u1
    R["qingchuan-u2"] = ("EPSG:4544", lambda: bank_strip("qingzhu", QINGCHUAN, -1500, 5000, -60, -2000))
    R["qingchuan-u3"] = ("EPSG:4544", lambda: lobe("qingzhu", QINGCHUAN, 3000, -2700, 1000))  # overlaps u2, crosses out
    # 潼南 (涪江), mixed CRSs: boundary in zone 35 with prefix, units in EPSG:4490 and CM 105°E; a compliant 千里林带.
    R["tongnan2-boundary"] = ("EPSG:4523", lambda: around(["tongnan2-u1", "tongnan2-u2"], 400))
    R["tongnan2-u1"] = ("EPSG:4490", lambda: bank_strip("fujiang", TONGNAN, 2500, 7000, -200, -950, amp=0.1))
    R["tongnan2-u2"] = ("EPSG:4544", lambda: bank_strip("fujiang", TONGNAN, 7500, 11500, -200, -900, amp=0.1))
    # 万州 (长江), left bank downstream of the town: a 千里林带 unit climbing beyond 1 km, a multi-part unit on an
    # urban area, a declared area far from the drawn one.
    R["wanzhou2-boundary"] = ("EPSG:4490", lambda: around(["wanzhou2-u1", "wanzhou2-u2", "wanzhou2-u3"], 700))
    R["wanzhou2-u1"] = ("EPSG:4490", lambda: bank_strip("yangtze", WANZHOU, 7000, 12000, 450, 950, amp=0.1))
    R["wanzhou2-u2"] = ("EPSG:4490", lambda: bank_strip("yangtze", WANZHOU, 13000, 18500, 450, 2600, amp=0.15))
    R["wanzhou2-u3"] = ("EPSG:4490", lambda: MultiPolygon([lobe("yangtze", WANZHOU, 8500, 1900, 350),
                                                         lobe("yangtze", WANZHOU, 10500, 2000, 300)]))
    R["wanzhou2-urban"] = ("EPSG:4490", lambda: lobe("yangtze", WANZHOU, 10000, 2400, 700))    # a town: meets u3
    # 合江 (长江, 赤水河): compliant; a slag store and a chemical plant beyond the 长江保护法 distances, declared as
    # measured; a unit on the 赤水河's right bank.
    R["hejiang-boundary"] = ("EPSG:4490", lambda: around(["hejiang-u1", "hejiang-slag", "hejiang-chemical"], 500))
    R["hejiang-u1"] = ("EPSG:4490", lambda: bank_strip("chishui", HEJIANG, -8000, -1500, -150, -700))
    R["hejiang-slag"] = ("EPSG:4490", lambda: lobe("chishui", HEJIANG, -5000, -1600, 120, amp=0.1, n=24))
    R["hejiang-chemical"] = ("EPSG:4490", lambda: lobe("chishui", HEJIANG, -3000, -2700, 150, amp=0.1, n=24))
    # 江津 (长江, 綦江): Gauss–Krüger zone 35 with prefix; a tailings pond about 2 km from the 长江 declared 3.2 km,
    # a chemical plant within 1 km of the 綦江.
    R["jiangjin-boundary"] = ("EPSG:4523", lambda: around(["jiangjin-u1", "jiangjin-tailings"], 800))
    R["jiangjin-u1"] = ("EPSG:4523", lambda: bank_strip("yangtze", JIANGJIN, 3000, 11000, -520, -1300))
    R["jiangjin-tailings"] = ("EPSG:4523", lambda: lobe("yangtze", JIANGJIN, 7000, -2600, 180, amp=0.1, n=24))
    R["jiangjin-chemical"] = ("EPSG:4523", lambda: lobe("other", JIANGJIN, -4000, 700, 150, amp=0.1, n=24))
    # 宜宾 (金沙江, 岷江, 长江): a unit whose hole lies outside its shell (invalid), units meeting the red line while the
    # submission declares none.
    R["yibin-boundary"] = ("EPSG:4490", lambda: around(["yibin-u1", "yibin-u2", "yibin-u2-hole"], 500))
    R["yibin-u1"] = ("EPSG:4490", lambda: bank_strip("yangtze", YIBIN, 2500, 7000, -450, -1600))
    R["yibin-u2"] = ("EPSG:4490", lambda: bank_strip("yangtze", YIBIN, 7500, 11500, -450, -3000))
    R["yibin-u2-hole"] = ("EPSG:4490", lambda: lobe("yangtze", YIBIN, 6000, -3300, 350))  # outside u2's shell
    R["yibin-redline"] = ("EPSG:4490", lambda: lobe("yangtze", YIBIN, 4500, -1900, 800))
    # 巫山 (长江, 大宁河): Gauss–Krüger zone 37 with prefix; compliant: a unit on the 长江's left bank above the town, a
    # unit in the 大宁河 小三峡 valley meeting a red-line patch the submission declares.
    R["wushan-boundary"] = ("EPSG:4525", lambda: around(["wushan-u1", "wushan-u2"], 600))
    R["wushan-u1"] = ("EPSG:4525", lambda: bank_strip("yangtze", WUSHAN, -9000, -2500, 450, 1500))
    R["wushan-u2"] = ("EPSG:4525", lambda: bank_strip("daning", WUSHAN, -9000, -2000, -90, -1400))
    R["wushan-redline"] = ("EPSG:4525", lambda: lobe("daning", WUSHAN, -6000, -1300, 700))
    return R


REALISTIC = _realistic()
# Layer features among them, appended to their layers after the earlier features (whose ids stay).
MORE_LAYER_FEATURES = {
    "ecological-red-line": ["chengkou-redline", "wanyuan-redline", "yibin-redline", "wushan-redline"],
    "permanent-basic-farmland": ["wanyuan-farmland", "qingchuan-farmland"],
    "urban-development-boundary": ["wanzhou2-urban"],
    "nature-reserve": ["chengkou-reserve", "wanyuan-reserve"],
}


def realistic(name):
    return REALISTIC[name][1]()


def more_features(prefix, zh, first, names, extra=lambda name: {}):
    feats = []
    for i, name in enumerate(names, first):
        props = {"code": f"SYN-{prefix}-{i:04d}", "name": f"合成{zh}图斑{i:04d} / synthetic {prefix} patch {i:04d}",
                 "synthetic": "yes", "note": NOTE}
        props.update(extra(name))
        feats.append({"geometry": to_lonlat(realistic(name)), "properties": props})
    return feats


def write_geojson(path, feats):
    collection = {"type": "FeatureCollection", "name": "synthetic-" + os.path.splitext(os.path.basename(path))[0],
                  "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4490"}},
                  "features": [{"type": "Feature", "properties": f["properties"],
                                "geometry": json.loads(json.dumps(mapping(f["geometry"])))} for f in feats]}
    # Round to 7 decimals (about 1 cm): stable text across platforms.
    def rounded(obj):
        if isinstance(obj, float):
            return round(obj, 7)
        if isinstance(obj, (list, tuple)):
            return [rounded(o) for o in obj]
        if isinstance(obj, dict):
            return {k: rounded(v) for k, v in obj.items()}
        return obj
    with open(path, "w", encoding="utf-8") as f:
        json.dump(rounded(collection), f, ensure_ascii=False, indent=None, separators=(",", ":"))
        f.write("\n")


def ogr(*args):
    env = dict(os.environ, OGR_CURRENT_DATE=FIXED_DATE)
    subprocess.run(["ogr2ogr", *args], check=True, env=env)


def layers(rng):
    avoid = keep_out()
    rivers = river_features()
    red = polygon_features("RL", "生态保护红线", ["wanzhou-redline-a"],
                           background(rng, 150, (26.6, 32.8), (101.5, 109.8), (1500, 5000), avoid))
    farm = polygon_features("PBF", "永久基本农田", ["wanzhou-farmland-a"],
                            background(rng, 200, (28.3, 31.9), (106.8, 109.3), (400, 1200), avoid))
    urban = polygon_features("UDB", "城镇开发边界", ["wanzhou-urban-a", "wanzhou-urban-b"],
                             background(rng, 12, (28.5, 31.5), (103.5, 109.0), (3000, 6000), avoid))
    reserve = polygon_features("NR", "自然保护地", ["tongnan-reserve-core"],
                               background(rng, 20, (27.0, 32.5), (101.8, 109.5), (3000, 8000), avoid),
                               extra=lambda d: {"zone": "core" if d or rng.random() < 0.5 else "general"})
    red += more_features("RL", "生态保护红线", len(red) + 1, MORE_LAYER_FEATURES["ecological-red-line"])
    farm += more_features("PBF", "永久基本农田", len(farm) + 1, MORE_LAYER_FEATURES["permanent-basic-farmland"])
    urban += more_features("UDB", "城镇开发边界", len(urban) + 1, MORE_LAYER_FEATURES["urban-development-boundary"])
    reserve += more_features("NR", "自然保护地", len(reserve) + 1, MORE_LAYER_FEATURES["nature-reserve"],
                             extra=lambda name: {"zone": "core"})
    return {"river-shoreline": rivers, "ecological-red-line": red, "permanent-basic-farmland": farm,
            "urban-development-boundary": urban, "nature-reserve": reserve}


def write_all(out=OUT):
    rng = random.Random(SEED)
    made = layers(rng)
    if os.path.isdir(out):
        for name in os.listdir(out):
            if name.startswith("synthetic-"):
                os.remove(os.path.join(out, name))
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        sources = {}
        for role, feats in made.items():
            src = os.path.join(tmp, f"{role}.geojson")
            write_geojson(src, feats)
            sources[role] = src
        # GeoJSON (as written above, CGCS2000 named in the legacy crs member).
        for role in ("river-shoreline", "nature-reserve"):
            shutil.copy(sources[role], os.path.join(out, f"synthetic-{role}.geojson"))
        # GeoPackage, CGCS2000: every role.
        for role in made:
            ogr("-f", "GPKG", os.path.join(out, f"synthetic-{role}.gpkg"), sources[role], "-nln", f"synthetic_{role.replace('-', '_')}",
                "-a_srs", "EPSG:4490", "-lco", "SPATIAL_INDEX=NO")
        # Shapefiles with .prj and .cpg, every role: CGCS2000, but the farmland in a Gauss–Krüger zone (reprojected on
        # load) and the urban development boundary with its attribute table in GBK (.cpg "GBK"), as many Chinese GIS
        # exports are (GDAL decodes it by the .cpg).
        for role in made:
            srs = "EPSG:4545" if role == "permanent-basic-farmland" else "EPSG:4490"
            encoding = "GBK" if role == "urban-development-boundary" else "UTF-8"
            ogr("-f", "ESRI Shapefile", os.path.join(out, f"synthetic-{role}.shp"), sources[role], "-s_srs", "EPSG:4490",
                "-t_srs", srs, "-nln", f"synthetic-{role}", "-lco", f"ENCODING={encoding}",
                "-lco", "DBF_DATE_LAST_UPDATE=2026-01-01")
    for name in sorted(os.listdir(out)):
        print(f"{os.path.relpath(os.path.join(out, name), ROOT)}: {os.path.getsize(os.path.join(out, name))} bytes")


def gml_poslist(poly, srs="EPSG:4490", bowtie=False):
    """Latitude first for EPSG:4490; northing first for the Gauss–Krüger zones (EPSG axis order). 6 decimals for
    degrees (about 0.1 m), 2 for metres."""
    ll = to_lonlat(poly)
    coords = list(ll.exterior.coords)
    if bowtie:  # swap the 2nd and 3rd corners: the ring crosses itself
        coords[1], coords[2] = coords[2], coords[1]
    if srs == "EPSG:4490":
        return " ".join(f"{lat:.6f} {lon:.6f}" for lon, lat in coords)
    to_zone = Transformer.from_crs("EPSG:4490", srs, always_xy=True)
    out = []
    for lon, lat in coords:
        e, n = to_zone.transform(lon, lat)
        out.append(f"{n:.2f} {e:.2f}")
    return " ".join(out)


def gml_geometry(geom, srs, srs_name=None):
    """The GML 3.2 of a work-frame shape (Polygon with holes, or MultiPolygon) in `srs`, EPSG axis order: latitude
    first for EPSG:4490 (6 decimals, about 0.1 m), northing first for the Gauss–Krüger zones (2 decimals)."""
    from shapely.geometry import MultiPolygon
    name = srs_name or srs
    if srs == "EPSG:4490":
        def ring(coords):
            return " ".join(f"{lat:.6f} {lon:.6f}" for lon, lat in coords)
    else:
        to_zone = Transformer.from_crs("EPSG:4490", srs, always_xy=True)

        def ring(coords):
            return " ".join(f"{n:.2f} {e:.2f}" for e, n in (to_zone.transform(lon, lat) for lon, lat in coords))

    def polygon(poly, srs_attr):
        rings = [f"<gml:exterior><gml:LinearRing><gml:posList>{ring(poly.exterior.coords)}</gml:posList></gml:LinearRing></gml:exterior>"]
        rings += [f"<gml:interior><gml:LinearRing><gml:posList>{ring(r.coords)}</gml:posList></gml:LinearRing></gml:interior>"
                  for r in poly.interiors]
        return f"<gml:Polygon{srs_attr}>{''.join(rings)}</gml:Polygon>"
    ll = to_lonlat(geom)
    if isinstance(ll, MultiPolygon):
        members = "".join(f"<gml:surfaceMember>{polygon(p, '')}</gml:surfaceMember>" for p in ll.geoms)
        return f'<gml:MultiSurface srsName="{name}">{members}</gml:MultiSurface>'
    return polygon(ll, f' srsName="{name}"')


def realistic_geometry(name):
    """The GML a fixture carries for a realistic shape. yibin-u2 is written with yibin-u2-hole as its interior ring,
    which lies outside the shell: an invalid polygon (SS-GEO-001)."""
    srs, _ = REALISTIC[name]
    shape = realistic(name)
    if name == "yibin-u2":
        shape = Polygon(shape.exterior, [realistic("yibin-u2-hole").exterior])
    return gml_geometry(shape, srs)


FIXTURE_CRS = {"tongnan": "EPSG:4523"}  # zone 35 with its prefix (easting 35 xxx xxx m)


def fixture_geometry():
    for name in DESIGN:
        srs = FIXTURE_CRS.get(name.split("-")[0], "EPSG:4490")
        print(f"{name} ({srs}):\n  {gml_poslist(designed(name), srs, bowtie=name.endswith('bowtie'))}")
    for name, (srs, _) in REALISTIC.items():
        if not any(name in names for names in MORE_LAYER_FEATURES.values()) and name != "yibin-u2-hole":
            print(f"{name} ({srs}):\n  {realistic_geometry(name)}")


def verify():
    """Measure the designed shapes against the river banks and each other: areas geodesic (pyproj.Geod on the CGCS2000
    ellipsoid), distances planar in the work frame (Gauss–Krüger, central meridian 105°E: a rough figure)."""
    from pyproj import Geod
    from shapely.ops import transform
    geod = Geod(a=6378137.0, f=1 / 298.257222101)
    banks = {}
    for f in river_features():
        gkline = transform(lambda x, y, z=None: TO_GK.transform(x, y), f["geometry"])
        banks.setdefault(f["properties"]["river"], []).append(gkline)
    for name in DESIGN:
        shape = designed(name)
        area = abs(geod.geometry_area_perimeter(to_lonlat(shape))[0])
        near = []
        for code, lines in banks.items():
            d = min(shape.distance(line) for line in lines)
            far = max(min(Point(c).distance(line) for line in lines) for c in shape.exterior.coords)
            if d < 5000:
                near.append(f"{code} nearest {d:.0f} m, farthest corner {far:.0f} m")
        print(f"{name}: {area / 10000:.2f} ha; banks within 5 km: {'; '.join(near) or '-'}")
    for area in ("wanzhou", "luzhou", "tongnan"):
        names = [n for n in DESIGN if n.startswith(area + "-")]
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                inter = designed(a).intersection(designed(b))
                if inter.area > 0:
                    ha = abs(geod.geometry_area_perimeter(to_lonlat(inter))[0]) / 10000
                    within = "; a within b" if designed(a).within(designed(b)) else ("; b within a" if designed(b).within(designed(a)) else "")
                    print(f"{a} ∩ {b}: {ha:.2f} ha{within}")


# Shapes of the rule examples in standards/rules/spatial.xml (万州 frame, metres): (s0, s1, d0, d1) as in DESIGN.
EXAMPLE_SHAPES = {
    "facility-600m": (0, 300, -1000, -1300), "facility-1500m": (0, 300, -1900, -2200),
    "facility-2100m": (0, 300, -2500, -2800), "facility-3600m": (0, 300, -4000, -4300),
    "unit-within-900m": (-4000, 4000, -1300, -500), "unit-adjacent-to-wanzhou-u2": (4500, 6500, -6000, -3000),
}


def example_geometry():
    """The GML of the rule examples' shapes and of their bank line (the right bank of a straight 长江, 400 m from the
    centre line, 18 km long), EPSG:4490, latitude first."""
    for name, (s0, s1, d0, d1) in EXAMPLE_SHAPES.items():
        print(f"{name}: {gml_poslist(aligned_rect('yangtze', 10, s0, s1, d0, d1))}")
    for name in ("wanzhou-u1", "wanzhou-u2", "wanzhou-u3", "wanzhou-u4-outside", "wanzhou-u5-overlapping",
                 "wanzhou-boundary", "wanzhou-redline-a", "wanzhou-farmland-a", "wanzhou-u6-bowtie"):
        print(f"{name}: {gml_poslist(designed(name), bowtie=name.endswith('bowtie'))}")
    bank = aligned_rect("yangtze", 10, -9000, 9000, -400, -400)
    a, b = list(to_lonlat(bank).exterior.coords)[0:2]
    print(f"bank line: {a[1]:.6f} {a[0]:.6f} {b[1]:.6f} {b[0]:.6f}")


def read_fixture_geometries(path):
    """(line, owner id, shapely geometry in lon/lat or None with the reason) of every <geometry> of a fixture, read
    with lxml: Polygon (holes) and MultiSurface, posList or pos, any srsName spelling shanshui accepts."""
    from lxml import etree
    from shapely.geometry import MultiPolygon
    gml = "{http://www.opengis.net/gml/3.2}"
    out = []
    tree = etree.parse(path)
    for geometry in tree.iter("{urn:shanshui:submission:1}geometry"):
        top = geometry[0]
        code = top.get("srsName").rsplit(":", 1)[-1].rsplit("/", 1)[-1]
        inv = None if code == "4490" else Transformer.from_crs(f"EPSG:{code}", "EPSG:4490", always_xy=True)

        def ring(element):
            pos_list = element.find(f"{gml}posList")
            text = pos_list.text if pos_list is not None else " ".join(p.text for p in element.iter(f"{gml}pos"))
            nums = [float(v) for v in text.split()]
            pairs = list(zip(nums[0::2], nums[1::2]))
            return [(b, a) for a, b in pairs] if inv is None else [inv.transform(e, n) for n, e in pairs]

        polygons = [top] if top.tag == f"{gml}Polygon" else list(top.iter(f"{gml}Polygon"))
        shapes = [Polygon(ring(p.find(f"{gml}exterior/{gml}LinearRing")),
                          [ring(i.find(f"{gml}LinearRing")) for i in p.findall(f"{gml}interior")]) for p in polygons]
        shape = shapes[0] if top.tag == f"{gml}Polygon" else MultiPolygon(shapes)
        owner = geometry.getparent()
        label = owner.get("id") or owner.get("kind") or etree.QName(owner).localname
        out.append((geometry.sourceline, label, shape, code))
    return out


def measure_fixtures():
    """Read the spatial fixtures' GML back and measure them against the layer data (the features as this script makes
    them), the way docs/spatial.md says shanshui does: areas geodesic on the CGCS2000 ellipsoid, distances in the 3°
    Gauss–Krüger zone of the shape's centroid. An independent account of each fixture's expectations: overlaps with
    each layer's features, the nearest bank (and, for the 千里林带 rivers, the farthest point from them), units outside
    the boundary and units overlapping each other."""
    import glob
    from pyproj import Geod
    from shapely.ops import transform
    geod = Geod(a=6378137.0, f=1 / 298.257222101)
    made = layers(random.Random(SEED))

    def ha(g):
        return abs(geod.geometry_area_perimeter(g)[0]) / 10000
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "*-spatial-*.xml"))):
        print(os.path.relpath(path, ROOT))
        shapes = read_fixture_geometries(path)
        boundary = next((s for _, label, s, _ in shapes if label == "location"), None)
        for lineno, label, shape, code in shapes:
            if not shape.is_valid:
                print(f"  {lineno} {label}: invalid ({shapely_reason(shape)})")
                continue
            zone = round(shape.centroid.x / 3)
            to_zone = Transformer.from_crs("EPSG:4490", f"EPSG:{4513 + zone - 25}", always_xy=True)
            proj = lambda g: transform(lambda x, y, z=None: to_zone.transform(x, y), g)
            local = proj(shape)
            facts = [f"EPSG:{code}", f"{ha(shape):.2f} ha"]
            near = [(local.distance(proj(f["geometry"])), f) for f in made["river-shoreline"]
                    if f["geometry"].distance(shape) < 0.1]
            if near:
                d, f = min(near, key=lambda x: x[0])
                facts.append(f"nearest bank {f['properties']['name'].split(' / ')[1]} ({f['properties']['rank']}) {d:.0f} m")
                for rivers, label_rivers in ((("yangtze", "jinsha"), "长江/金沙江"),):
                    main = [dd for dd, ff in near if ff["properties"]["river"] in rivers]
                    if main:
                        facts.append(f"{label_rivers} {min(main):.0f} m")
                belt = [proj(ff["geometry"]) for _, ff in near if ff["properties"]["river"] in ("yangtze", "jialing", "wujiang", "fujiang")]
                if belt:
                    polys = shape.geoms if hasattr(shape, "geoms") else [shape]
                    far = max(min(Point(to_zone.transform(*c)).distance(b) for b in belt)
                              for p in polys for c in p.exterior.coords)
                    facts.append(f"farthest vertex {far:.0f} m from a 千里林带 river")
            for role in ("ecological-red-line", "permanent-basic-farmland", "urban-development-boundary", "nature-reserve"):
                for f in made[role]:
                    if f["geometry"].intersects(shape):
                        inter = f["geometry"].intersection(shape)
                        if inter.area > 0:
                            zone_note = f" zone={f['properties']['zone']}" if "zone" in f["properties"] else ""
                            facts.append(f"overlaps {role} {f['properties']['code']}{zone_note} by {ha(inter):.2f} ha")
            if boundary is not None and label != "location" and boundary.is_valid:
                outside = shape.difference(boundary)
                if outside.area > 0 and ha(outside) > 0.01:
                    facts.append(f"outside the boundary {ha(outside):.2f} ha")
            for other_line, other, other_shape, _ in shapes:
                if other_line > lineno and other != "location" and label != "location" and other_shape.is_valid:
                    inter = shape.intersection(other_shape)
                    if inter.area > 0 and ha(inter) > 0.01:
                        facts.append(f"overlaps {other} by {ha(inter):.2f} ha")
            print(f"  {lineno} {label}: " + "; ".join(facts))


def shapely_reason(shape):
    from shapely.validation import explain_validity
    return explain_validity(shape)


if __name__ == "__main__":
    if "--fixture-geometry" in sys.argv:
        fixture_geometry()
    elif "--example-geometry" in sys.argv:
        example_geometry()
    elif "--verify" in sys.argv:
        verify()
        measure_fixtures()
    elif "--output" in sys.argv:
        write_all(os.path.abspath(sys.argv[sys.argv.index("--output") + 1]))
    else:
        write_all()
