#!/usr/bin/env python3
"""PROJ oracle for `shanshui geometry import`'s reprojection tests (ImportSourceTests): pyproj transforms positions.

Input (JSON on standard input): {"from": "EPSG:4545", "to": "EPSG:4490", "positions": [[x, y], …]} with positions in
GIS order (easting or longitude first); output: the transformed positions, also in GIS order (always_xy)."""

import json
import sys

from pyproj import Transformer


def main():
    request = json.load(sys.stdin)
    transformer = Transformer.from_crs(request["from"], request["to"], always_xy=True)
    json.dump([list(transformer.transform(x, y)) for x, y in request["positions"]], sys.stdout)


if __name__ == "__main__":
    main()
