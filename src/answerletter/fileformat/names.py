"""Names of the .kvb format: namespace, versions, element names shared by reader and writer."""

from __future__ import annotations

import re
from pathlib import Path

FORMAT_MAJOR = 1
FORMAT_MINOR = 1
FORMAT_VERSION = f"{FORMAT_MAJOR}.{FORMAT_MINOR}"

NAMESPACE_PREFIX = "urn:answerletter:kvb:"
NAMESPACE = f"{NAMESPACE_PREFIX}{FORMAT_MAJOR}"
NS = f"{{{NAMESPACE}}}"

#: Any major version of our namespace, to tell "a newer AnswerLetter file" from "not ours".
NAMESPACE_RE = re.compile(rf"^{re.escape(NAMESPACE_PREFIX)}(\d+)$")

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / f"kvb-{FORMAT_MAJOR}.xsd"

#: Inline mark elements, in the order the writer nests them (outermost first).
MARK_ORDER = ("a", "b", "i", "u", "sup", "sub")
