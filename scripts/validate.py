#!/usr/bin/env python
"""Validate the OpenAPI specs in specs/.

    python scripts/validate.py [spec.yaml ...]      (default: every specs/*.yaml)

Checks, each problem reported as `<file>#<JSON pointer>: <message>`:
1. the document is OpenAPI 3.1 and valid (openapi-spec-validator), every schema valid JSON Schema 2020-12;
2. project rules: every operation has a unique operationId, exactly one declared tag, a summary and
   responses; every example (media types, parameters, headers, schemas) is valid against its schema; every
   schema keyword belongs to JSON Schema 2020-12 or OpenAPI 3.1 (or is an `x-` extension);
3. Spectral lint with the committed ruleset `.spectral.yaml` (errors fail, warnings are shown).
Exit status 0 when every spec is clean, 1 otherwise.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DOC_KEYS = {"openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components", "security", "tags",
            "externalDocs"}  # fmt: skip
# Keywords whose value is one subschema, a list of subschemas, or a map of name -> subschema.
SUBSCHEMA = ("items", "not", "additionalProperties", "contains", "propertyNames", "if", "then", "else",
             "contentSchema", "unevaluatedItems", "unevaluatedProperties")  # fmt: skip
SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
# Every keyword a schema may carry: the JSON Schema 2020-12 vocabularies (core, applicator, unevaluated, validation,
# meta-data, format-annotation, content) and OpenAPI 3.1's base vocabulary. Anything else is refused (`x-` extensions
# apart): JSON Schema ignores unknown keywords, so a description cut at ", " inside a YAML flow mapping would
# otherwise pass as a stray keyword with a null value.
SCHEMA_KEYWORDS = frozenset(
    {
        # core
        "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
        # applicator and unevaluated
        "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems", "items",
        "contains", "properties", "patternProperties", "additionalProperties", "propertyNames",
        "unevaluatedItems", "unevaluatedProperties",
        # validation
        "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
        "maxProperties", "minProperties", "required", "dependentRequired",
        # meta-data, format, content
        "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "format",
        "contentEncoding", "contentMediaType", "contentSchema",
        # OpenAPI 3.1 base vocabulary
        "discriminator", "xml", "externalDocs", "example",
    }
)  # fmt: skip


def pointer(parts: tuple[Any, ...] | list[Any]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


class SpecChecker:
    """Project rules and example checks for one loaded document."""

    def __init__(self, doc: dict[str, Any], label: str) -> None:
        self.doc = doc
        self.label = label
        self.problems: list[str] = []
        resource = Resource.from_contents(doc, default_specification=DRAFT202012)
        self.registry: Registry = Registry().with_resource("urn:spec", resource)

    def problem(self, where: tuple[Any, ...] | list[Any], message: str) -> None:
        self.problems.append(f"{self.label}#{pointer(where)}: {message}")

    def validator_for(self, where: tuple[Any, ...]) -> Draft202012Validator:
        return Draft202012Validator({"$ref": "urn:spec#" + pointer(where)}, registry=self.registry)

    # -- operations -------------------------------------------------------------------------------
    def operations(self) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
        for path, item in (self.doc.get("paths") or {}).items():
            for method in METHODS:
                if isinstance(item, dict) and isinstance(item.get(method), dict):
                    yield ("paths", path, method), item[method]

    def check_operations(self) -> None:
        declared_tags = {t.get("name") for t in self.doc.get("tags") or [] if isinstance(t, dict)}
        seen: dict[str, tuple[Any, ...]] = {}
        for where, op in self.operations():
            op_id = op.get("operationId")
            if not op_id:
                self.problem(where, "operation has no operationId")
            elif op_id in seen:
                self.problem(
                    where + ("operationId",), f"duplicate operationId {op_id!r} (also at {pointer(seen[op_id])})"
                )
            else:
                seen[op_id] = where
            tags = op.get("tags") or []
            if len(tags) != 1:
                self.problem(where + ("tags",), f"operation needs exactly one tag, has {len(tags)}")
            elif tags[0] not in declared_tags:
                self.problem(where + ("tags", 0), f"tag {tags[0]!r} is not declared in the top-level tags")
            if not str(op.get("summary") or "").strip():
                self.problem(where, "operation has no summary")
            if not op.get("responses"):
                self.problem(where, "operation has no responses")

    # -- schemas and examples ---------------------------------------------------------------------
    def schema_roots(self) -> Iterator[tuple[Any, ...]]:
        for name in (self.doc.get("components") or {}).get("schemas") or {}:
            yield ("components", "schemas", name)
        yield from self._schema_keys(self.doc, ())

    def _schema_keys(self, node: Any, where: tuple[Any, ...]) -> Iterator[tuple[Any, ...]]:
        """Every `schema` value outside components/schemas (parameters, media types, headers)."""
        if isinstance(node, dict):
            for key, value in node.items():
                if where[:2] == ("components", "schemas"):
                    return
                if key == "schema" and isinstance(value, dict):
                    yield where + (key,)
                else:
                    yield from self._schema_keys(value, where + (key,))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from self._schema_keys(value, where + (i,))

    def walk_schema(self, schema: Any, where: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
        if not isinstance(schema, dict):
            return
        yield where, schema
        for key in SUBSCHEMA:
            if key in schema:
                yield from self.walk_schema(schema[key], where + (key,))
        for key in SUBSCHEMA_LISTS:
            for i, sub in enumerate(schema.get(key) or []):
                yield from self.walk_schema(sub, where + (key, i))
        for key in SUBSCHEMA_MAPS:
            for name, sub in (schema.get(key) or {}).items():
                yield from self.walk_schema(sub, where + (key, name))

    def check_example(self, value: Any, schema_at: tuple[Any, ...], example_at: tuple[Any, ...]) -> None:
        error = best_match(self.validator_for(schema_at).iter_errors(value))
        if error is not None:
            inner = pointer(list(error.absolute_path))
            self.problem(example_at, f"example is not valid against its schema{' at ' + inner if inner else ''}: "
                                     f"{error.message}")  # fmt: skip

    def check_schemas_and_examples(self) -> None:
        meta = Draft202012Validator(Draft202012Validator.META_SCHEMA)
        for root in self.schema_roots():
            node: Any = self.doc
            for part in root:
                node = node[part]
            for where, schema in self.walk_schema(node, root):
                for error in meta.iter_errors(schema):
                    self.problem(where + tuple(error.absolute_path), f"invalid JSON Schema: {error.message}")
                for key in schema:
                    if key not in SCHEMA_KEYWORDS and not str(key).startswith("x-"):
                        hint = "a description with ', ' in a YAML flow mapping needs quotes"
                        self.problem(where + (key,), f"unknown schema keyword {key!r} (value {schema[key]!r}); {hint}")
                if "example" in schema:
                    self.check_example(schema["example"], where, where + ("example",))
                for i, value in enumerate(
                    schema.get("examples") or [] if isinstance(schema.get("examples"), list) else []
                ):
                    self.check_example(value, where, where + ("examples", i))
            # the object holding `schema` (media type, parameter, header) may carry example(s) for it
            if root[-1] == "schema":
                holder: Any = self.doc
                for part in root[:-1]:
                    holder = holder[part]
                if "example" in holder:
                    self.check_example(holder["example"], root, root[:-1] + ("example",))
                for name, ex in (holder.get("examples") or {}).items():
                    if isinstance(ex, dict) and "value" in ex:
                        self.check_example(ex["value"], root, root[:-1] + ("examples", name, "value"))


def load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        # libyaml's loader when PyYAML has it: 4-6x faster on these specs, the same documents.
        doc = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(doc, dict):
        raise ValueError("not a YAML mapping")
    return doc


def spectral_problems(path: Path, label: str, root: Path) -> tuple[list[str], list[str]]:
    """(errors, warnings) from Spectral with the committed ruleset."""
    spectral = root / "node_modules" / ".bin" / "spectral"
    if not spectral.exists():
        return [f"{label}: Spectral is not installed; run: npm ci"], []
    done = subprocess.run(
        [str(spectral), "lint", "--quiet", "--format", "json", "--ruleset", str(root / ".spectral.yaml"), str(path)],
        capture_output=True, text=True,
    )  # fmt: skip
    try:
        results = json.loads(done.stdout or "[]")
    except json.JSONDecodeError:
        return [f"{label}: Spectral failed: {(done.stdout + done.stderr).strip()[:2000]}"], []
    errors, warnings = [], []
    for item in results:
        line = f"{label}#{pointer(item.get('path') or [])}: {item.get('message')} [spectral {item.get('code')}]"
        (errors if item.get("severity") == 0 else warnings).append(line)
    return errors, warnings


def validate_spec(path: Path, root: Path = ROOT, lint: bool = True) -> list[str]:
    """Every problem found in one spec, as `<file>#<pointer>: <message>` lines (empty when clean)."""
    try:
        label = str(path.resolve().relative_to(root))
    except ValueError:
        label = str(path)
    try:
        doc = load(path)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        return [f"{label}: cannot be read as YAML: {exc}"]
    if not str(doc.get("openapi", "")).startswith("3.1."):
        return [f"{label}#/openapi: expected an OpenAPI 3.1.x document, found {doc.get('openapi')!r}"]
    checker = SpecChecker(doc, label)
    for error in OpenAPIV31SpecValidator(doc).iter_errors():
        where = list(error.absolute_path)
        # Errors inside schemas come without their location; the JSON Schema check below locates them.
        if where and where[0] in DOC_KEYS:
            checker.problem(where, error.message)
        elif not where:
            checker.problems.append(f"{label}: {error.message}")
    checker.check_operations()
    checker.check_schemas_and_examples()
    problems = checker.problems
    if lint and not problems:
        errors, warnings = spectral_problems(path, label, root)
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
        problems = errors
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    paths = [Path(a) for a in args] or sorted((ROOT / "specs").glob("*.yaml"))
    if not paths:
        print("error: no specs found", file=sys.stderr)
        return 1
    failed = 0
    for path in paths:
        problems = validate_spec(path)
        if problems:
            failed += 1
            print("\n".join(problems), file=sys.stderr)
            print(f"{path.name}: {len(problems)} problem(s)", file=sys.stderr)
        else:
            ops = sum(1 for _ in SpecChecker(load(path), path.name).operations())
            print(f"{path.name}: valid ({ops} operations)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
