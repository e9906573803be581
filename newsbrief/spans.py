"""Character spans of an article: ``(start, end)`` offsets, as evidence and gold hold them."""

from __future__ import annotations

__all__ = ["overlap"]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Characters shared by two spans over the length of the shorter one (0 when disjoint).

    Example:
        >>> overlap((0, 10), (5, 20))
        0.5
    """
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return max(shared, 0) / shorter if shorter > 0 else 0.0
