#!/usr/bin/env python3
"""Makes the GIS sources of `shanshui geometry import`'s tests (Tests/Fixtures/import/).

Every polygon is taken from the synthetic 万州 fixture (fixtures/cq-spatial-wanzhou-declarations-contradicted.xml,
designed by scripts/make-synthetic-layers.py): made-up shapes, not real units. The files are written with ogr2ogr
(gdal-bin) from GeoJSON this script writes itself, so the coordinates are exactly the fixture's:

- wanzhou-units.geojson          the six units WZ-1..WZ-6 (unit_id, name), EPSG:4490 named by a GeoJSON `crs` member
- wanzhou.gpkg                   layers `units` and `boundary` (the project boundary), EPSG:4490
- wanzhou.gdb/                   the same two layers as a FileGDB (OpenFileGDB driver)
- wanzhou-units-4545.shp (+…)    the units reprojected by ogr2ogr to CGCS2000 3° GK CM 108°E (EPSG:4545), .cpg UTF-8
- wanzhou-units-gbk.shp (+…)     the units with Chinese field names 单元编号, 单元名称, attribute table in GBK, .cpg GBK
- wanzhou-units-gbk-nocpg.shp    the same without .cpg (read with --encoding GBK)
- shapes.geojson                 multi-part, a hole, a duplicate key, a key matching no unit, an empty geometry
- lines.geojson                  a line (refused)
- noprj.shp (+.shx .dbf)         no .prj (CRS unknown)
- corrupt.gpkg                   a truncated SQLite header (unreadable)
- wanzhou-no-geometry.xml        the fixture without its <geometry> elements (the import's target)

Run from the repository root: python3 scripts/make-import-sources.py
"""

import json
import os
import re
import shutil
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "import")
FIXTURE = os.path.join(ROOT, "fixtures", "cq-spatial-wanzhou-declarations-contradicted.xml")
CRS_4490 = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4490"}}
ENV = dict(os.environ, OGR_CURRENT_DATE="2026-01-01T00:00:00Z", SOURCE_DATE_EPOCH="1767225600")


def ring(poslist):
    """GML posList (lat lon …, EPSG:4490 order) → GeoJSON ring [[lon, lat], …]."""
    numbers = [float(n) for n in poslist.split()]
    return [[numbers[i + 1], numbers[i]] for i in range(0, len(numbers), 2)]


def fixture_shapes():
    text = open(FIXTURE, encoding="utf-8").read()
    boundary = re.search(r"<location>.*?<gml:posList>(.*?)</gml:posList>", text, re.S).group(1)
    units = []
    for match in re.finditer(r'<unit id="([^"]+)".*?<name>(.*?)</name>.*?<gml:posList>(.*?)</gml:posList>', text, re.S):
        units.append((match.group(1), match.group(2), ring(match.group(3))))
    return text, ring(boundary), units


def collection(features, crs=CRS_4490):
    data = {"type": "FeatureCollection", "name": "units", "features": features}
    if crs:
        data["crs"] = crs
    return data


def feature(properties, geometry):
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def write_json(name, data):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=1)
        out.write("\n")


def ogr(*arguments):
    subprocess.run(["ogr2ogr", *arguments], check=True, env=ENV)


def remove(*names):
    for name in names:
        path = os.path.join(OUT, name)
        if os.path.isdir(path):
            shutil.rmtree(path)
        elif os.path.exists(path):
            os.remove(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    text, boundary, units = fixture_shapes()
    assert len(units) == 6, units
    path = lambda name: os.path.join(OUT, name)
    unit_features = [
        feature({"unit_id": uid, "name": name}, {"type": "Polygon", "coordinates": [coords]})
        for uid, name, coords in units
    ]
    write_json("wanzhou-units.geojson", collection(unit_features))
    write_json(
        "boundary.tmp.geojson",
        collection([feature({"name": "万州区长江右岸项目范围（合成）"}, {"type": "Polygon", "coordinates": [boundary]})]))

    remove("wanzhou.gpkg", "wanzhou.gdb")
    ogr("-f", "GPKG", path("wanzhou.gpkg"), path("wanzhou-units.geojson"), "-nln", "units")
    ogr("-f", "GPKG", "-update", path("wanzhou.gpkg"), path("boundary.tmp.geojson"), "-nln", "boundary")
    ogr("-f", "OpenFileGDB", path("wanzhou.gdb"), path("wanzhou-units.geojson"), "-nln", "units")
    ogr("-f", "OpenFileGDB", "-update", path("wanzhou.gdb"), path("boundary.tmp.geojson"), "-nln", "boundary")

    stems = ["wanzhou-units-4545", "wanzhou-units-gbk", "wanzhou-units-gbk-nocpg", "noprj"]
    remove(*[stem + ext for stem in stems for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg")])
    ogr("-f", "ESRI Shapefile", "-t_srs", "EPSG:4545", "-lco", "ENCODING=UTF-8",
        path("wanzhou-units-4545.shp"), path("wanzhou-units.geojson"))
    gbk_features = [
        feature({"单元编号": uid, "单元名称": name}, {"type": "Polygon", "coordinates": [coords]})
        for uid, name, coords in units
    ]
    write_json("gbk.tmp.geojson", collection(gbk_features))
    for stem in ("wanzhou-units-gbk", "wanzhou-units-gbk-nocpg"):
        ogr("-f", "ESRI Shapefile", "-lco", "ENCODING=GBK", path(stem + ".shp"), path("gbk.tmp.geojson"))
    with open(path("wanzhou-units-gbk.cpg"), "w") as out:
        out.write("GBK")
    remove("wanzhou-units-gbk-nocpg.cpg")
    ogr("-f", "ESRI Shapefile", path("noprj.shp"), path("wanzhou-units.geojson"))
    remove("noprj.prj", "noprj.cpg")

    (wz1, _, r1), (wz2, _, r2), (wz3, _, r3) = units[0], units[1], units[2]
    # WZ-1 in two parts: its own ring and a small square south-west of it; WZ-2 with a hole (a square inside it).
    lon, lat = r1[0]
    square = [[lon - 0.02, lat - 0.02], [lon - 0.01, lat - 0.02], [lon - 0.01, lat - 0.01], [lon - 0.02, lat - 0.01],
              [lon - 0.02, lat - 0.02]]
    cx = sum(p[0] for p in r2[:-1]) / 4
    cy = sum(p[1] for p in r2[:-1]) / 4
    hole = [[cx - 0.002, cy - 0.002], [cx - 0.002, cy + 0.002], [cx + 0.002, cy + 0.002], [cx + 0.002, cy - 0.002],
            [cx - 0.002, cy - 0.002]]
    third = [[p[0], p[1]] for p in r3]
    shifted = [[p[0] + 0.05, p[1] - 0.05] for p in r3]
    write_json("shapes.geojson", collection([
        feature({"unit_id": wz1, "note": "multi-part"}, {"type": "MultiPolygon", "coordinates": [[r1], [square]]}),
        feature({"unit_id": wz2, "note": "hole"}, {"type": "Polygon", "coordinates": [r2, hole]}),
        feature({"unit_id": wz3, "note": "duplicate 1"}, {"type": "Polygon", "coordinates": [third]}),
        feature({"unit_id": wz3, "note": "duplicate 2"}, {"type": "Polygon", "coordinates": [shifted]}),
        feature({"unit_id": "WZ-99", "note": "no such unit"}, {"type": "Polygon", "coordinates": [square]}),
        feature({"unit_id": "WZ-4", "note": "empty geometry"}, None),
        feature({"unit_id": None, "note": "no key"}, {"type": "Polygon", "coordinates": [square]}),
    ]))
    write_json("lines.geojson", collection([
        feature({"unit_id": wz1}, {"type": "LineString", "coordinates": r1[:3]}),
    ]))
    with open(path("corrupt.gpkg"), "wb") as out:
        out.write(b"SQLite format 3\x00" + bytes(range(256)) * 4)

    # The target submission: the fixture without its geometry (and so without the findings the geometry caused).
    stripped = re.sub(r"\n[ \t]*<geometry>.*?</geometry>[^\n]*", "", text)
    stripped = stripped.replace(
        "<!-- 万州区", "<!-- 导入测试的目标：去掉全部 <geometry> 的 fixtures/cq-spatial-wanzhou-declarations-contradicted.xml"
        "（scripts/make-import-sources.py）。The import tests' target: the fixture without its geometry.\n     万州区", 1)
    with open(path("wanzhou-no-geometry.xml"), "w", encoding="utf-8") as out:
        out.write(stripped)
    remove("boundary.tmp.geojson", "gbk.tmp.geojson")


if __name__ == "__main__":
    main()
