"""The JSON Schema of `toc diff --format json` (docs/diff.schema.json), for the tests to check outputs against."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from tests.conftest import ROOT

SCHEMA = ROOT / "docs" / "diff.schema.json"


@cache
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def validate(data: Any) -> None:
    """Raise jsonschema's ValidationError when the data does not follow the schema."""
    validator().validate(data)
