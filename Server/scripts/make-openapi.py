#!/usr/bin/env python3
"""Writes Server/openapi.json and the Swift source that serves it (OpenAPIDocument.swift) from this one definition.

Run after editing it: python3 Server/scripts/make-openapi.py (a test checks the two files agree).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.dirname(HERE)


def content(schema_ref, types):
    return {t: {"schema": {"$ref": schema_ref}} for t in types}


def text(types):
    return {t: {"schema": {"type": "string"}} for t in types}


ERROR = {"description": "A coded refusal", "content": content("#/components/schemas/Error", ["application/json"])}
# /v1/check answers a browser's form (format=html and an Accept naming text/html: the upload page at /) with the
# refusal as a small HTML document; every other client gets the JSON.
CHECK_ERROR = {"description": "A coded refusal (HTML for format=html when Accept names text/html)",
               "content": {**ERROR["content"], "text/html; charset=utf-8": {"schema": {"type": "string"}}}}
RETRY_AFTER = {"Retry-After": {"description": "Seconds after which a retry may succeed",
                               "schema": {"type": "integer", "minimum": 1}}}
BUSY = {**CHECK_ERROR, "description": "Saturated: every worker busy and the queue full, or the bodies held in memory "
                                     "at --max-buffered", "headers": RETRY_AFTER}
REPORT_TYPES = ["application/json", "application/sarif+json", "application/xml", "text/html; charset=utf-8",
                "text/plain; charset=utf-8"]


def report_content():
    result = {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}},
              "application/sarif+json": {"schema": {"$ref": "#/components/schemas/SARIF"}}}
    for t in REPORT_TYPES[2:]:
        result[t] = {"schema": {"type": "string"}}
    return result


def query(name, values, description, default=None):
    schema = {"type": "string", "enum": values}
    if default:
        schema["default"] = default
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


LANG = query("lang", ["zh", "en"], "Language of messages", "zh")

document = {
    "openapi": "3.1.0",
    "info": {
        "title": "shanshui-serve",
        "version": "1",
        "description": "Checks ecological-restoration project submissions against the Chengdu–Chongqing joint "
                       "standard over HTTP (docs/service.md). Every refusal by the service is a coded JSON error (to a "
                       "browser's form asking /v1/check for format=html, the same as HTML); an unknown path is a "
                       "404 with no body. The upload page at / is not part of the API.",
    },
    "servers": [{"url": "http://127.0.0.1:8080"}],
    "paths": {
        "/v1/check": {"post": {
            "operationId": "check",
            "summary": "Check submissions: the report, as `shanshui check --format F` gives it",
            "parameters": [
                query("profile", ["auto", "chongqing", "sichuan", "unified", "all"], "Profile", "auto"),
                LANG,
                query("format", ["json", "sarif", "junit", "html", "text"],
                      "Report format (else by Accept; JSON by default)"),
            ],
            "requestBody": {"required": True, "content": {
                "application/xml": {"schema": {"type": "string"}},
                "text/xml": {"schema": {"type": "string"}},
                "multipart/form-data": {"schema": {"type": "object", "properties": {
                    "file": {"type": "array", "items": {"type": "string", "contentMediaType": "application/xml"}}}}},
            }},
            "responses": {
                "200": {"description": "The report, whatever the findings", "content": report_content()},
                "422": {"description": "No file could be checked: the report with the coded problems",
                        "content": report_content()},
                "400": CHECK_ERROR, "408": CHECK_ERROR, "413": CHECK_ERROR, "415": CHECK_ERROR,
                "429": BUSY, "503": CHECK_ERROR,
            },
        }},
        "/v1/standard": {"get": {
            "operationId": "standard", "summary": "The standard in force",
            "responses": {"200": {"description": "The standard",
                                  "content": content("#/components/schemas/Standard", ["application/json"])},
                          "503": ERROR},
        }},
        "/v1/rules/{id}": {"get": {
            "operationId": "rule", "summary": "A rule explained, as `explain ID --format json` gives it",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}, LANG],
            "responses": {"200": {"description": "The explanation",
                                  "content": content("#/components/schemas/Explanation", ["application/json"])},
                          "400": ERROR, "404": ERROR, "503": ERROR},
        }},
        "/v1/harmonize": {"get": {
            "operationId": "harmonize", "summary": "The provinces' criteria compared, as `harmonize --format F`",
            "parameters": [query("format", ["json", "csv", "html"], "Format", "json"), LANG,
                           query("only-differing", ["true", "false"], "Only the differing parameters", "false")],
            "responses": {"200": {"description": "The comparison", "content": {
                "application/json": {"schema": {"type": "object", "required": ["formatVersion"]}},
                "text/csv; charset=utf-8": {"schema": {"type": "string"}},
                "text/html; charset=utf-8": {"schema": {"type": "string"}}}},
                "400": ERROR, "503": ERROR},
        }},
        "/healthz": {"get": {"operationId": "health", "summary": "The process answers",
                             "responses": {"200": {"description": "Alive", "content": content(
                                 "#/components/schemas/Status", ["application/json"])}}}},
        "/readyz": {"get": {"operationId": "ready", "summary": "A standard is loaded",
                            "responses": {"200": {"description": "Ready", "content": content(
                                "#/components/schemas/Status", ["application/json"])}, "503": ERROR}}},
        "/metrics": {"get": {"operationId": "metrics", "summary": "Prometheus metrics",
                             "responses": {"200": {"description": "Prometheus text format 0.0.4", "content": text(
                                 ["text/plain; version=0.0.4; charset=utf-8"])}}}},
        "/openapi.json": {"get": {"operationId": "openapi", "summary": "This document",
                                  "responses": {"200": {"description": "OpenAPI 3.1", "content": {
                                      "application/json": {"schema": {"type": "object", "required": ["openapi"]}}}}}}},
        "/v1/admin/reload": {"post": {
            "operationId": "reload",
            "summary": "Reload the standard from the paths given at start (only with --admin-token-file)",
            "security": [{"adminToken": []}],
            "responses": {
                "200": {"description": "Loaded and in force",
                        "content": content("#/components/schemas/Reload", ["application/json"])},
                "422": {"description": "Refused; the standard in force is kept",
                        "content": content("#/components/schemas/Reload", ["application/json"])},
                "401": {**ERROR, "headers": {"WWW-Authenticate": {"schema": {"type": "string"}}}},
                "503": ERROR,
            },
        }},
    },
    "components": {
        "securitySchemes": {"adminToken": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Error": {"type": "object", "required": ["error"], "additionalProperties": False, "properties": {
                "error": {"type": "object", "required": ["code", "message"], "additionalProperties": False,
                          "properties": {
                              "code": {"type": "string", "enum": [
                                  "invalid-parameter", "unknown-parameter", "unsupported-media-type",
                                  "malformed-multipart", "no-file", "body-too-large", "file-too-large",
                                  "too-many-files", "body-too-slow", "body-unreadable", "busy", "timeout",
                                  "not-ready", "unknown-rule", "unauthorized"]},
                              "message": {"$ref": "#/components/schemas/Text"},
                              "parameter": {"type": "string"},
                              "details": {"type": "array", "items": {"type": "string"}}}}}},
            "Text": {"type": "object", "required": ["zh", "en"], "properties": {
                "zh": {"type": "string"}, "en": {"type": "string"}}},
            "Status": {"type": "object", "required": ["status"], "properties": {
                "status": {"type": "string", "enum": ["ok", "ready"]}, "standard": {"type": "string"},
                "version": {"type": "string"}}},
            "Standard": {"type": "object", "additionalProperties": False,
                         "required": ["id", "version", "status", "effective", "title", "ruleCount", "rules",
                                      "versions"],
                         "properties": {
                             "id": {"type": "string"}, "version": {"type": "string"}, "status": {"type": "string"},
                             "effective": {"type": "string", "format": "date"},
                             "title": {"$ref": "#/components/schemas/Text"},
                             "ruleCount": {"type": "integer", "minimum": 0},
                             "rules": {"type": "array", "items": {"type": "string"}},
                             "versions": {"type": "array", "items": {
                                 "type": "object", "required": ["version", "effective"],
                                 "properties": {"version": {"type": "string"}, "effective": {"type": "string"}}}}}},
            "Explanation": {"type": "object", "required": ["formatVersion"],
                            "description": "As `shanshui explain ID --format json` prints it"},
            "Report": {"type": "object",
                       "required": ["formatVersion", "tool", "language", "summary", "standardDiagnostics", "files",
                                    "suppressions"],
                       "description": "The JSON report of `shanshui check --format json`; its full schema is "
                                      "schemas/shanshui-report-1.schema.json"},
            "SARIF": {"type": "object", "required": ["version", "runs"], "properties": {
                "version": {"const": "2.1.0"}, "runs": {"type": "array"}}},
            "Diagnostic": {"type": "object", "required": ["code", "file", "line", "message"], "properties": {
                "code": {"type": "string", "pattern": "^E[0-9]{3}$"}, "file": {"type": "string"},
                "line": {"type": "integer"}, "message": {"$ref": "#/components/schemas/Text"}}},
            "Reload": {"type": "object", "required": ["loaded", "warnings"], "properties": {
                "loaded": {"type": "boolean"}, "standard": {"type": "string"}, "version": {"type": "string"},
                "problems": {"type": "array", "items": {"$ref": "#/components/schemas/Diagnostic"}},
                "warnings": {"type": "array", "items": {"$ref": "#/components/schemas/Diagnostic"}}}},
        },
    },
}

text_json = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
with open(os.path.join(SERVER, "openapi.json"), "w", encoding="utf-8") as handle:
    handle.write(text_json)
assert '"""#' not in text_json
# Indented as swift-format indents a multi-line string (the indentation is stripped: the text is text_json).
body = "".join("    " + line if line.strip() else line for line in (text_json + "\n").splitlines(keepends=True))
swift = ("// Generated by Server/scripts/make-openapi.py from the same definition as Server/openapi.json:\n"
         "// edit that script, not this file.\n\n"
         "/// The service's OpenAPI 3.1 document, served at `/openapi.json`.\n"
         "enum OpenAPIDocument {\n  static let json = #\"\"\"\n" + body + "    \"\"\"#\n}\n")
with open(os.path.join(SERVER, "Sources", "ShanshuiServe", "OpenAPIDocument.swift"), "w", encoding="utf-8") as handle:
    handle.write(swift)
