"""trafilatura's search for a page's licence left out: Reader never reads the licence.

The search (trafilatura.metadata.extract_license) runs an XPath over the links under every
element whose class or id holds "footer"; libxml2 merges the node sets of such nested
elements in time that grows with the square of what they hold. A saved news page whose
"wsj-footer" wraps its whole body (38,000 elements, 3.6 MB) spent 10 s of its 14 s load there.
"""

from __future__ import annotations

_skipped = False


def skip_license_search() -> None:
    """Give trafilatura a licence search that finds none (once; a no-op if trafilatura changed)."""
    global _skipped
    if _skipped:
        return
    from trafilatura import metadata

    if callable(getattr(metadata, "extract_license", None)):

        def no_license(tree: object) -> None:
            return None

        metadata.extract_license = no_license
    _skipped = True
