#!/usr/bin/env python3
"""Runs an ISO Schematron schema over XML files with lxml's independent engine (lxml.isoschematron).

    python3 scripts/schematron-diff.py --schema S.sch FILE...

prints, per file in the order given, one line: the file, a tab, and the ids of the failed assertions (sorted, unique,
space-separated; each id is a shanshui rule id in a schema from `shanshui export schematron`). With --roles each id
is followed by its role (`SS-FUN-001:error`). With --messages, instead, one line per failed assertion: the file, the
id and the assertion's text (its `sch:value-of`s filled in by lxml), tab-separated. With --time the time to compile the schema and to validate each file
goes to standard error.

Exit status: 0 done (findings or not); 2 the schema or a file could not be read; 3 lxml is missing (run
scripts/setup).
"""
import argparse
import sys
import time

SVRL = "http://purl.oclc.org/dsdl/svrl"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--schema", required=True, help="an ISO Schematron schema")
    parser.add_argument("--roles", action="store_true", help="print each id with its role (severity)")
    parser.add_argument("--messages", action="store_true", help="print each failed assertion's text")
    parser.add_argument("--time", action="store_true", help="print timings to standard error")
    parser.add_argument("files", nargs="+", help="XML files to validate")
    args = parser.parse_args()
    try:
        from lxml import etree, isoschematron
    except ImportError:
        sys.stderr.write("schematron-diff: the Python package lxml is missing: run scripts/setup\n")
        return 3

    started = time.perf_counter()
    try:
        schematron = isoschematron.Schematron(etree.parse(args.schema), store_report=True)
    except (OSError, etree.XMLSyntaxError, etree.SchematronParseError, etree.XSLTParseError) as error:
        sys.stderr.write(f"schematron-diff: {args.schema}: {error}\n")
        return 2
    compiled = time.perf_counter()
    if args.time:
        sys.stderr.write(f"compile\t{compiled - started:.4f}\n")

    status = 0
    total = 0.0
    for path in args.files:
        try:
            document = etree.parse(path)
        except (OSError, etree.XMLSyntaxError) as error:
            sys.stderr.write(f"schematron-diff: {path}: {error}\n")
            status = 2
            continue
        before = time.perf_counter()
        schematron.validate(document)
        elapsed = time.perf_counter() - before
        total += elapsed
        if args.time:
            sys.stderr.write(f"validate\t{path}\t{elapsed:.4f}\n")
        if args.messages:
            for failed in schematron.validation_report.iter(f"{{{SVRL}}}failed-assert"):
                text = " ".join("".join(failed.find(f"{{{SVRL}}}text").itertext()).split())
                print(f"{path}\t{failed.get('id', '?')}\t{text}")
            continue
        failures = set()
        for failed in schematron.validation_report.iter(f"{{{SVRL}}}failed-assert"):
            rule = failed.get("id", "?")
            failures.add(f"{rule}:{failed.get('role', '')}" if args.roles else rule)
        print(f"{path}\t{' '.join(sorted(failures))}")
    if args.time:
        sys.stderr.write(f"total\t{compiled - started + total:.4f}\t({len(args.files)} files, validation {total:.4f})\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
