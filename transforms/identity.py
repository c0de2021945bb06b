"""Stable identities: canonical URLs, content hashes, article ids."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import courlan

from transforms.normalize import comparison_key

# Query parameters that track a click, not name a page: exact names, plus the utm_ family.
_TRACKING = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid",
                       "icid", "ref", "ref_src", "smid", "sr_share", "at_medium", "at_campaign",
                       "ito", "xtor", "__twitter_impression", "share", "amp", "outputtype"})


def canonical_url(url: str | None) -> str | None:
    """The URL two copies of one page share: lower-case host without www., default port,
    fragment and tracking parameters removed, remaining parameters sorted, no trailing slash.

    Returns None for anything that is not an absolute http(s) URL.
    """
    if not url or not url.strip().lower().startswith(("http://", "https://")):
        return None
    try:
        normal = courlan.normalize_url(url.strip(), strict=False)
    except ValueError:
        return None
    try:
        parts = urlsplit(normal)
        port = parts.port
    except ValueError:  # a port that is not a number in 0-65535
        return None
    host = (parts.hostname or "").removeprefix("www.")
    if not host:
        return None
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not (k.lower() in _TRACKING or k.lower().startswith("utm_"))]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme,
                       host, path, urlencode(sorted(query)), ""))


def is_article_url(url: str | None) -> bool:
    """Whether a URL can name one article: absolute http(s) with a path beyond the home page.

    Pages often declare the home page as their og:url or canonical link; trusting that would
    make every article of the site a copy of the first.
    """
    canonical = canonical_url(url)
    return canonical is not None and urlsplit(canonical).path not in ("", "/")


def content_hash(body: str) -> str:
    """Hash of the body folded for comparison (case, quotes, dashes, spacing ignored)."""
    return hashlib.sha256(comparison_key(body).encode("utf-8")).hexdigest()[:32]


def article_id(url: str | None, body_hash: str) -> str:
    """Stable id: from the canonical URL when there is one, else from the content hash."""
    basis = f"url:{url}" if url else f"hash:{body_hash}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]
