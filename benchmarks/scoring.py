"""Scores shared by the quality benchmarks and the tests that guard their floors."""

from __future__ import annotations

from collections import Counter

from transforms.normalize import word_tokens


def token_f1(predicted: str, truth: str) -> float:
    """Bag-of-words F1 between two texts (casefolded word tokens, multiset overlap)."""
    p, t = Counter(word_tokens(predicted or "")), Counter(word_tokens(truth or ""))
    if not p and not t:
        return 1.0
    overlap = sum((p & t).values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(t.values())
    return 2 * precision * recall / (precision + recall)
