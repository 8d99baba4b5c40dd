"""Layer 2: salary text to a typed ``ParseResult``. No HTTP, no rates."""

from .model import Mention, ParseResult, Warning
from .parser import parse

__all__ = ["Mention", "ParseResult", "Warning", "parse"]
