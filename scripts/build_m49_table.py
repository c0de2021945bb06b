"""Build transforms/data/m49.csv: ISO 3166-1 alpha-2 code -> UN M49 geographic regions.

Provenance
----------
* The country list (ISO2 codes and short names) and each country's *lowest* UN M49
  geographic grouping come from ``country_data.tsv`` shipped inside the PyPI package
  ``country_converter`` (coco), columns ``ISO2``, ``name_short``, ``UNregion`` and
  ``obsolete``. Obsolete rows and rows without an ISO2 code are dropped.
* coco's ``UNregion`` holds only one level: the M49 intermediate region where one exists
  (e.g. "Eastern Africa", "Caribbean"), else the sub-region (e.g. "Western Asia").
  It has neither the top-level region nor the sub-region above an intermediate region,
  and it has no "Channel Islands" intermediate region. The parent levels are filled in
  from the fixed M49 hierarchy in ``M49_HIERARCHY`` below, which follows the UN
  Statistics Division's "Standard country or area codes for statistical use (M49)",
  https://unstats.un.org/unsd/methodology/m49/ .
* A few per-country corrections, typed by hand from the M49 page, live in ``OVERRIDES``.

The output CSV is committed data: the application reads it at run time and does not
depend on country_converter. Re-run this script only to regenerate it:

    uv run --with country_converter python scripts/build_m49_table.py

Columns: iso2, name, m49_region, m49_subregion, m49_intermediate, region, where
``region`` is a slug of the intermediate region if there is one, else of the sub-region,
except that the tiny "Channel Islands" intermediate region is folded into its
sub-region ("northern-europe"). Antarctica (AQ) has no M49 region; it gets region
"antarctica" and empty M49 columns.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from importlib import metadata, resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "transforms" / "data" / "m49.csv"
COLUMNS = ["iso2", "name", "m49_region", "m49_subregion", "m49_intermediate", "region"]

# The M49 hierarchy: lowest-level grouping (as spelt in coco's UNregion column)
# -> (region, sub-region, intermediate region or "").
M49_HIERARCHY: dict[str, tuple[str, str, str]] = {
    # Africa
    "Northern Africa": ("Africa", "Northern Africa", ""),
    "Eastern Africa": ("Africa", "Sub-Saharan Africa", "Eastern Africa"),
    "Middle Africa": ("Africa", "Sub-Saharan Africa", "Middle Africa"),
    "Southern Africa": ("Africa", "Sub-Saharan Africa", "Southern Africa"),
    "Western Africa": ("Africa", "Sub-Saharan Africa", "Western Africa"),
    # Americas
    "Caribbean": ("Americas", "Latin America and the Caribbean", "Caribbean"),
    "Central America": ("Americas", "Latin America and the Caribbean", "Central America"),
    "South America": ("Americas", "Latin America and the Caribbean", "South America"),
    "Northern America": ("Americas", "Northern America", ""),
    # Asia
    "Central Asia": ("Asia", "Central Asia", ""),
    "Eastern Asia": ("Asia", "Eastern Asia", ""),
    "South-eastern Asia": ("Asia", "South-eastern Asia", ""),
    "Southern Asia": ("Asia", "Southern Asia", ""),
    "Western Asia": ("Asia", "Western Asia", ""),
    # Europe
    "Eastern Europe": ("Europe", "Eastern Europe", ""),
    "Northern Europe": ("Europe", "Northern Europe", ""),
    "Channel Islands": ("Europe", "Northern Europe", "Channel Islands"),
    "Southern Europe": ("Europe", "Southern Europe", ""),
    "Western Europe": ("Europe", "Western Europe", ""),
    # Oceania
    "Australia and New Zealand": ("Oceania", "Australia and New Zealand", ""),
    "Melanesia": ("Oceania", "Melanesia", ""),
    "Micronesia": ("Oceania", "Micronesia", ""),
    "Polynesia": ("Oceania", "Polynesia", ""),
}

# Hand-filled values, replacing coco's UNregion for these codes. Why each one:
OVERRIDES: dict[str, str] = {
    # coco has no Channel Islands level; M49 puts Guernsey (831) and Jersey (832) in
    # the intermediate region "Channel Islands" (830) under Northern Europe.
    "GG": "Channel Islands",
    "JE": "Channel Islands",
    # coco lists Nauru under Polynesia; M49 lists Nauru (520) under Micronesia (057).
    "NR": "Micronesia",
    # Not in M49 (Taiwan is not listed separately by the UN); coco's choice, kept.
    "TW": "Eastern Asia",
    # Kosovo: XK is a user-assigned code, not official ISO 3166-1, and M49 does not list
    # it. Mapped like Serbia (RS), i.e. Southern Europe; see SAME_AS below.
}
# Codes that copy another code's M49 columns (after overrides).
SAME_AS: dict[str, str] = {"XK": "RS"}
# Antarctica (AQ) belongs to no M49 region.
NO_REGION: dict[str, str] = {"AQ": "antarctica"}

# Sub-/intermediate regions too small to be their own slug: use the sub-region instead.
FOLD_INTO_SUBREGION = {"Channel Islands"}


def slug(text: str) -> str:
    """'Latin America and the Caribbean' -> 'latin-america-and-the-caribbean'."""
    words = re.sub(r"[^a-z0-9\s-]", "", text.lower()).replace("-", " ").split()
    return "-".join(words)


def iso2_of(cell: str) -> str | None:
    """coco spells a few codes as regexes (e.g. '^GB$|^UK$'); take the first code."""
    if re.fullmatch(r"[A-Z]{2}", cell):
        return cell
    m = re.match(r"\^([A-Z]{2})\$", cell)
    return m.group(1) if m else None


def load_coco_rows() -> list[dict[str, str]]:
    tsv = resources.files("country_converter").joinpath("country_data.tsv")
    with tsv.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def build() -> list[dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in load_coco_rows():
        if row["obsolete"].strip():
            continue
        code = iso2_of(row["ISO2"].strip())
        if code is None:
            continue
        if code in out:
            raise SystemExit(f"duplicate ISO2 {code} in country_data.tsv")
        rec = {"iso2": code, "name": row["name_short"].strip()}
        if code in NO_REGION:
            rec.update(m49_region="", m49_subregion="", m49_intermediate="",
                       region=NO_REGION[code])
        else:
            lowest = OVERRIDES.get(code, row["UNregion"].strip())
            if lowest not in M49_HIERARCHY:
                raise SystemExit(f"{code}: unknown UNregion {lowest!r}; extend M49_HIERARCHY")
            reg, sub, inter = M49_HIERARCHY[lowest]
            rec.update(m49_region=reg, m49_subregion=sub, m49_intermediate=inter)
        out[code] = rec

    for code, like in SAME_AS.items():
        for col in ("m49_region", "m49_subregion", "m49_intermediate"):
            out[code][col] = out[like][col]

    for rec in out.values():
        if rec["iso2"] in NO_REGION:
            continue
        inter = rec["m49_intermediate"]
        use = inter if inter and inter not in FOLD_INTO_SUBREGION else rec["m49_subregion"]
        rec["region"] = slug(use)

    return sorted(out.values(), key=lambda r: r["iso2"])


def main() -> int:
    rows = build()
    missing = [r["iso2"] for r in rows if not r["region"]]
    if missing:
        raise SystemExit(f"rows without region: {missing}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    version = metadata.version("country_converter")
    print(f"wrote {len(rows)} rows to {OUT} (country_converter {version})", file=sys.stderr)
    for region, n in sorted(Counter(r["region"] for r in rows).items()):
        print(f"{n:4d}  {region}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
