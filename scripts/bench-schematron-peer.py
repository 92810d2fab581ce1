#!/usr/bin/env python3
"""The peer column of scripts/bench: runs a Schematron schema with lxml's isoschematron (ISO Schematron compiled to
XSLT 1.0, run by libxslt) over submissions, as a reviewer's pipeline without shanshui would.

    bench-schematron-peer.py SCHEMA.sch FILE...

Prints one line per file with the number of failed assertions and successful reports; exit 1 when any file has one,
0 otherwise, 2 when a file or the schema cannot be read.
"""

import sys

from lxml import etree, isoschematron


def main(arguments):
    if len(arguments) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        schematron = isoschematron.Schematron(etree.parse(arguments[0]), store_report=True)
    except (etree.LxmlError, OSError) as error:
        print(f"{arguments[0]}: {error}", file=sys.stderr)
        return 2
    status = 0
    svrl = "{http://purl.oclc.org/dsdl/svrl}"
    for path in arguments[1:]:
        try:
            document = etree.parse(path)
        except (etree.LxmlError, OSError) as error:
            print(f"{path}: {error}", file=sys.stderr)
            return 2
        if not schematron.validate(document):
            status = 1
        report = schematron.validation_report
        findings = len(report.findall(f".//{svrl}failed-assert")) + len(report.findall(f".//{svrl}successful-report"))
        print(f"{path}: {findings}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
