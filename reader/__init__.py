"""Reader: read the news closely, with entities, quotes, events and numbers beside the article."""

from __future__ import annotations

__version__ = "0.1.0"
