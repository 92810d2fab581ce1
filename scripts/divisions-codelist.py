#!/usr/bin/env python3
"""Writes the `divisions` codelist of standards/rules/basics.xml from the data in standards/data/.

    python3 scripts/divisions-codelist.py          # rewrite the codelist in place
    python3 scripts/divisions-codelist.py --check  # exit 1 when the codelist differs from the data

Current codes: divisions-50-51.csv (the 221 county-level units and, for Sichuan, the 21 prefectures they belong to).
Their history: division-history-50-51.csv. English names: division-names-en.csv. See standards/data/README.md.
"""
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "standards" / "data"
RULES = ROOT / "standards" / "rules" / "basics.xml"


def rows(name):
    with open(DATA / name, encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def codelist():
    english = {row["code"]: row["name_en"] for row in rows("division-names-en.csv")}
    entries = {}  # (code, validFrom or "") -> dict
    current = {}
    for row in rows("divisions-50-51.csv"):
        current[row["code"]] = row["name"]
        if row["code"].startswith("51"):
            current.setdefault(row["prefecture_code"], row["prefecture_name"])
    for code, name in current.items():
        entries[(code, "")] = {"value": code, "name": name}
    for row in rows("division-history-50-51.csv"):
        code, name = row["code"], row["name"]
        if not row["valid_to"]:
            entry = entries.get((code, ""))
            if entry is None or entry["name"] != name:
                sys.exit(f"history row {code} {name}: no current code with that name")
            entry["validFrom"] = row["valid_from"]
            continue
        entry = {"value": code, "name": name, "validTo": row["valid_to"]}
        if row["valid_from"]:
            entry["validFrom"] = row["valid_from"]
        if row["replaced_by"]:
            entry["replacedBy"] = row["replaced_by"]
        entries[(code, row["valid_from"] or "0000")] = entry
    lines = []
    for key in sorted(entries, key=lambda k: (k[0], k[1] or "9999")):
        entry = entries[key]
        attributes = "".join(f' {a}="{entry[a]}"' for a in ("value", "validFrom", "validTo", "replacedBy") if a in entry)
        names = f'<name lang="zh">{entry["name"]}</name>'
        if "validTo" not in entry and entry["value"] in english:
            names += f'<name lang="en">{english[entry["value"]]}</name>'
        lines.append(f"      <code{attributes}>{names}</code>")
    return "\n".join(lines)


def main():
    text = RULES.read_text(encoding="utf-8")
    pattern = re.compile(r'(      <source ref="mca-division-lists"/>\n)(.*?)(\n    </codelist>)', re.S)
    match = pattern.search(text)
    if not match:
        sys.exit("no divisions codelist (with <source ref=\"mca-division-lists\"/> as its last source) in basics.xml")
    updated = text[: match.start(2)] + codelist() + text[match.end(2):]
    if "--check" in sys.argv:
        sys.exit(0 if updated == text else "the divisions codelist differs from standards/data (run scripts/divisions-codelist.py)")
    RULES.write_text(updated, encoding="utf-8")


if __name__ == "__main__":
    main()
