"""Layer 4: period and currency conversion of a parse result."""

from .core import Normalizer
from .options import NormalizeOptions
from .result import NormalizeResult

__all__ = ["NormalizeOptions", "NormalizeResult", "Normalizer"]
