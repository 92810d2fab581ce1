#!/usr/bin/env python3
"""Validates JSON files against a JSON Schema (draft 7 or 2020-12, from the schema's $schema).

Usage: validate-json-schema.py [--root DEFINITION] SCHEMA FILE...

--root validates against one of the schema's definitions: `Root` for the SARIF 2.1.0 schema, whose copy keeps the
log's own schema under definitions/Root and constrains nothing at the top level; `line` for a line of the shanshui
report schema's JSON Lines (its top-level constraints are the JSON report's and do not apply).
Prints each violation as FILE: /json/pointer: message; exit status 0 when every file is valid, 1 otherwise, 2 when
a file cannot be read or is not JSON. Needs the `jsonschema` package (scripts/setup installs it).
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    sys.stderr.write("validate-json-schema: the Python package jsonschema is missing; run scripts/setup\n")
    sys.exit(2)


def main(argv):
    root = None
    if len(argv) > 2 and argv[1] == "--root":
        root, argv = argv[2], [argv[0]] + argv[3:]
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    if root is not None:
        definitions = "definitions" if "definitions" in schema else "$defs"
        if root not in schema.get(definitions, {}):
            sys.stderr.write(f"validate-json-schema: the schema has no definition {root}\n")
            return 2
        if definitions == "$defs":
            # 2020-12: the document's own top-level constraints must not apply, so the schema is embedded as a
            # resource of its own (it has an $id) and only its definition is referenced.
            schema = {"$schema": schema["$schema"], "$defs": {"document": schema},
                      "$ref": f"#/$defs/document/$defs/{root}"}
        else:
            schema = dict(schema, **{"$ref": f"#/{definitions}/{root}"})
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    status = 0
    for path in argv[2:]:
        try:
            with open(path, encoding="utf-8") as handle:
                document = json.load(handle)
        except (OSError, ValueError) as error:
            print(f"{path}: cannot read: {error}")
            return 2
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
            pointer = "/" + "/".join(str(part) for part in error.absolute_path)
            print(f"{path}: {pointer}: {error.message[:300]}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
