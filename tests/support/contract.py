"""Drive every operation of a spec through its generated client.

For each operation, arguments are built from the spec (parameter examples, request-body examples, or a value
synthesised from the schema), converted to the generated client's Python types (enums, models, File), and
sent with the generated `sync_detailed`. Used against a Prism mock that validates every request.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import io
import pkgutil
import re
import types
import typing
from dataclasses import dataclass
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass
class Operation:
    operation_id: str
    tag: str
    method: str
    path: str
    spec: dict[str, Any]
    path_parameters: list[Any]  # declared on the path item, shared by its operations


def operations(doc: dict[str, Any]) -> list[Operation]:
    found = []
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                found.append(Operation(op["operationId"], op["tags"][0], method, path, op, item.get("parameters", [])))
    return found


def resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def sample(doc: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """A value valid for the schema: its example when it has one, else the simplest valid value."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 8:
        return "x"
    for key in ("const", "example", "default"):
        if key in schema and schema[key] is not None:
            return schema[key]
    if schema.get("examples"):
        return schema["examples"][0]
    if schema.get("enum"):
        return next(v for v in schema["enum"] if v is not None)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            options = [resolve(doc, s) for s in schema[key]]
            options = [s for s in options if s.get("type") != "null"] or options
            return sample(doc, options[0], depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(doc, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1) if "maximum" not in schema else int(schema.get("minimum", 0))
    if kind == "number":
        return float(schema.get("minimum", 1.5))
    if kind == "boolean":
        return True
    if kind == "string":
        if schema.get("format") == "binary" or schema.get("contentMediaType") == "application/octet-stream":
            return b"contract-test-bytes"
        return "x" * max(int(schema.get("minLength", 1)), 1)
    if kind == "array":
        return [sample(doc, schema.get("items", {}), depth + 1) for _ in range(max(int(schema.get("minItems", 1)), 1))]
    if kind == "null":
        return None
    props = schema.get("properties", {})
    return {name: sample(doc, sub, depth + 1) for name, sub in props.items() if name in schema.get("required", [])}


def convert(value: Any, annotation: Any, package: str) -> Any:
    """Turn a JSON value into what the generated code expects for a parameter of that annotation."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [
            a for a in typing.get_args(annotation) if a is not type(None) and getattr(a, "__name__", "") != "Unset"
        ]
        if value is None:
            return None
        errors = []
        for member in members:
            try:
                converted = convert(value, member, package)
                if hasattr(converted, "to_dict") and converted.to_dict() != value:
                    raise ValueError("round trip differs")
                return converted
            except Exception as exc:  # try the next member of the union
                errors.append(exc)
        raise ValueError(f"no member of {annotation} accepts {value!r}: {errors}")
    if origin is list:
        (item,) = typing.get_args(annotation) or (Any,)
        if not isinstance(value, list):
            raise TypeError("expected a list")
        return [convert(v, item, package) for v in value]
    if inspect.isclass(annotation):
        if issubclass(annotation, enum.Enum):
            return annotation(value)
        if annotation.__name__ == "File":
            return annotation(
                payload=io.BytesIO(value if isinstance(value, bytes) else b"x"), file_name="sources.test.tar.gz"
            )
        if hasattr(annotation, "from_dict"):
            if not isinstance(value, dict):
                raise TypeError(f"{annotation.__name__} needs an object")
            return annotation.from_dict(value)
        if annotation in (int, float, str, bool) and not isinstance(value, annotation):
            if annotation is float and isinstance(value, int) and not isinstance(value, bool):
                return float(value)
            raise TypeError(f"expected {annotation.__name__}, got {type(value).__name__}")
    return value


def call_kwargs(doc: dict[str, Any], op: Operation, package: str) -> tuple[Any, dict[str, Any]]:
    """The generated endpoint module and the keyword arguments for its sync_detailed."""
    module = importlib.import_module(f"{package}.api.{_snake(op.tag, package)}.{op.operation_id}")
    hints = typing.get_type_hints(module._get_kwargs)
    params = inspect.signature(module._get_kwargs).parameters
    kwargs: dict[str, Any] = {}
    for param in [*op.path_parameters, *op.spec.get("parameters", [])]:
        param = resolve(doc, param)
        if param["in"] in ("header", "cookie") and not param.get("required"):
            continue
        value = param.get("example")
        if value is None:
            value = sample(doc, param.get("schema", {}))
        name = _python_name(param["name"], params)
        kwargs[name] = convert(value, hints[name], package)
    body = op.spec.get("requestBody")
    if body is not None:
        body = resolve(doc, body)
        (content_type, media), *_ = body["content"].items()
        value = media.get("example")
        if value is None and media.get("examples"):
            value = next(iter(media["examples"].values()))["value"]
        if value is None:
            value = sample(doc, media.get("schema", {}))
        if content_type.startswith("multipart/"):
            value = {k: (b"contract-test-bytes" if k == "file" else v) for k, v in value.items()} or value
            schema = resolve(doc, media.get("schema", {}))
            for name, sub in (schema.get("properties") or {}).items():
                if resolve(doc, sub).get("format") == "binary":
                    value.setdefault(name, b"contract-test-bytes")
        kwargs["body"] = convert(value, hints["body"], package)
    return module, kwargs


def auth_headers(doc: dict[str, Any], op: Operation) -> dict[str, str]:
    """Credentials of the first security requirement the operation accepts, in the form its scheme wants."""
    requirements = op.spec.get("security", doc.get("security", []))
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    headers: dict[str, str] = {}
    for name in requirements[0] if requirements else {}:
        scheme = schemes.get(name, {})
        if scheme.get("type") == "http" and scheme.get("scheme", "").lower() == "basic":
            headers["Authorization"] = "Basic Y29udHJhY3Q6dGVzdA=="  # contract:test
        elif scheme.get("type") == "http":
            headers["Authorization"] = "Bearer contract-test-token"
        elif scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            headers[scheme["name"]] = "atlas" if scheme["name"] == "Origin" else "contract-test-key"
    return headers


def _folded(name: str) -> str:
    """A name without case and separators: `jobId`, `job_id` and `job-id` are the same wire name."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _python_name(wire: str, params: typing.Mapping[str, inspect.Parameter]) -> str:
    """The generated parameter for a wire name (`jobId` -> `job_id`, `filter` -> `filter_`, `1x` -> `field_1x`),
    found in the generated signature itself, so that the tests need not import the generator."""
    matches = [name for name in params if _folded(name) in (_folded(wire), "field" + _folded(wire))]
    if len(matches) != 1:
        raise KeyError(f"generated code has no single parameter for {wire!r}: {list(params)}")
    return matches[0]


def _snake(tag: str, package: str) -> str:
    """The generated tag package for a tag, among those of `package.api`."""
    api = importlib.import_module(f"{package}.api")
    names = [
        m.name for m in pkgutil.iter_modules(api.__path__) if _folded(m.name) in (_folded(tag), "tag" + _folded(tag))
    ]
    if len(names) != 1:
        raise KeyError(f"{package}.api has no single package for the tag {tag!r}")
    return names[0]
