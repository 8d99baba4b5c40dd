"""Print the OpenAPI document of the app with default settings: ``make openapi``."""

from __future__ import annotations

import json
import sys
from typing import Any

from ..settings import Settings
from .app import create_app


def document() -> dict[str, Any]:
    return create_app(Settings()).openapi()


def render() -> str:
    return json.dumps(document(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
