"""Agencies and credits: photo credits on captions, wire credits in datelines, bylines, trailers.

The agency list is data (transforms/data/agencies.csv): canonical name, kind (`wire` credits
text, `photo` only pictures, `syndicate` sells outlets the columns and op-eds they republish) and
the aliases outlets print.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from transforms.normalize import clean_text
from transforms.tables import load_table


CAPTION_MAX_WORDS = 80  # longer text with a credit-like ending is body, not a caption


@dataclass(frozen=True, slots=True)
class Agency:
    name: str
    kind: str  # "wire", "photo" or "syndicate"


@cache
def _agencies() -> dict[str, Agency]:
    table: dict[str, Agency] = {}
    for row in load_table("agencies"):
        table[row["alias"].casefold()] = Agency(row["canonical"], row["kind"])
    return table


@cache
def _alias_spellings() -> frozenset[str]:
    return frozenset(row["alias"] for row in load_table("agencies"))


# A word that opens in lower case and goes on in capitals ("ePA", "iOS"): a product's or a
# term's spelling, not an agency's in another case ("EPA", "dpa").
_INNER_CAPITAL = re.compile(r"(?:^|\s)[^\W\d_A-Z]+[A-Z]")


def find_agency(name: str) -> Agency | None:
    """The agency `name` refers to ("AP", "The Associated Press", "REUTERS"), or None. A name
    spelled with an inner capital after lower case matches only as the agency spells it
    ("iStock"; "die elektronische Patientenakte (ePA)" names no EPA)."""
    spelled = " ".join(unicodedata.normalize("NFKC", name).strip(" .,;:()[]-–—=").split())
    if _INNER_CAPITAL.search(spelled) and spelled not in _alias_spellings():
        return None
    return _agencies().get(spelled.casefold())


_CREDIT_WORD = (r"photo(?:graph)?s?|pictures?|images?|imagem|imagen|immagine|foto(?:s|grafie|grafia|gráfo)?|fotó|fot\.|"
                r"bild(?:er)?|credits?|source|quelle|bildquelle|symbol(?:foto|bild)|crédits?|crédito|фото|фотография|"
                r"zdjęcie|kuva|billede|ljósmynd|isithombe|写真|사진|صورة")
# The credit word, or two ("Crédit photo :", "Photo credit:"), before the credit; or the New
# York Times's screen-reader label, glued to the name or printed twice ("Credit...Doug Mills",
# "CreditCreditChang W. Lee").
_CREDIT_PREFIX = re.compile(
    rf"^(?:{_CREDIT_WORD})(?:\s+(?:{_CREDIT_WORD}))?"
    r"(?=[\s:：=])\s*(?:by|von|de|:|：|=|-|–)?\s*[:：]?\s*|^(?:©|\(c\)|copyright)\s*|^dok(?:umentasi)?\.\s*"
    r"|^(?:(?-i:Credit)(?:\s*(?:\.{3}|…)\s*|(?-i:(?=[A-Z][a-z]))))+",
    re.IGNORECASE,
)
CREDIT_SPLIT = re.compile(r"\s*(?:/|\||;|\bv[ií]a\b|,)\s*")
# A credit word after the credit: Lithuanian "J. Stacevičiaus / LRT nuotr." ("photo").
# ... or NBC's "file" after the agency of an archive picture ("Leonhard Foeger / Reuters file").
_CREDIT_SUFFIX = re.compile(r"(?<=\w)\s+(?:nuotr(?:auka)?|files?(?: photo)?)\.?$", re.IGNORECASE)
_PARTICLES = frozenset("de da das do dos van von der den del della di du al el bin ibn le la".split())
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")


def is_desk(name: str) -> bool:
    """A desk or team credited like a person: "Gear Team", "MM-Redaktion", "编辑部"."""
    words = name.split()
    inner = name if len(words) != 2 or words[-1].casefold() == "services" else words[0]
    return bool(_DESK.search(name) or _DESK_INNER.search(inner)) or any(word in name for word in _DESK_UNCASED)


def looks_like_person(name: str) -> bool:
    """Two to four capitalised words (any script with case), name particles allowed, and not
    an agency or picture library: "Felipe Dana", "Ana de la Cruz", "Дмитрий Азаров", not
    "LAT Images"."""
    name = name.strip()
    words = [w for w in name.split() if w.lower() not in _PARTICLES]
    return (2 <= len(words) <= 4 and len(name) <= 60 and find_agency(name) is None
            and words[-1].casefold() not in _LIBRARY_WORDS
            and not any(w.casefold() in _NOT_IN_NAMES for w in words) and not _TITLED.match(name)
            and all(_NAME_WORD.match(w) and w[0].isupper() for w in words))


# A title opening with an article is a paper's, not a person's: "Il Resto del Carlino", "El Sol de
# México" ("El" and "La" only with a particle after: "El Hadji Diouf" is a footballer).
_TITLED = re.compile(r"^(?:Los|Las|Il|Gli|Der|Die|Het)\s|^(?:El|La)\s.*\s(?:de|del|della|di|de la)\s",
                     re.IGNORECASE)  # "EL SOL DE MÉXICO" too


_LIBRARY_WORDS = frozenset({"images", "photos", "pictures", "photography", "fotos", "bilder", "fotografie",
                            # an organisation handing out its picture ("Metropolitan Police", "Natural
                            # History Museum"): no surname ends so ("Court" does: Margaret Court)
                            "police", "polizei", "politi", "policía", "department", "ministry", "museum",
                            "university", "universität", "archive", "archives", "archiv", "library",
                            "foundation", "institute", "government", "embassy", "hospital", "handout"})
# English words no name holds, capitalised in headings and labels: "ABOUT THE AUTHOR", "The
# Russian and Syrian defense ministries".
_NOT_IN_NAMES = frozenset("the of about from for with on at and".split())  # "To", "In": surnames too


def parse_credit(credit: str) -> tuple[str | None, str | None]:
    """Split a photo credit into (photographer, agency).

    "Felipe Dana/Associated Press" -> ("Felipe Dana", "Associated Press");
    "AP Photo/Felipe Dana" -> ("Felipe Dana", "Associated Press"); "Foto: dpa" -> (None, "dpa").
    An unknown non-person credit ("Courtesy of the family") is kept as the agency text.
    """
    credit = " ".join(clean_text(credit).split())
    # A copyright notice's words are no name: "© 2024 The AP. All rights reserved", and a
    # "Copyright" or "©" inside the credit starts another part of it.
    noticed = _COPYRIGHT_INSIDE.search(credit) is not None
    credit = " ".join(_COPYRIGHT_INSIDE.sub(" / ", _RIGHTS_RESERVED.sub(" ", credit)).split())
    if twice := _TWICE.fullmatch(credit):  # the notice printed twice over (Euronews)
        credit = twice.group(1)
    credit = _CREDIT_PREFIX.sub("", _unbracketed(_CREDIT_PREFIX.sub("", credit.strip(" /")))).strip(" .")
    if (bracket := _BRACKETED_AGENCY.search(credit)) and find_agency(bracket.group(1)):
        credit = f"{credit[: bracket.start()]} / {bracket.group(1)}"  # "Foto: Graeme Sloan (Getty)"
    photographer: str | None = None
    agency: str | None = None
    other: list[str] = []
    for part in _credit_parts(credit):
        part = _without_suffix(_CREDIT_PREFIX.sub("", _EMAIL_AND_DATE.sub("", part))).strip(" .-–—")
        if (place := _PLACE_FIRST.match(part)) and not find_agency(place.group(1)):
            part = part[place.end():]  # "잠실=최문영 기자": where the picture was taken, not "로이터=연합뉴스"
        part = _YEAR_FIRST.sub("", part).strip(" .-–—") if noticed else part
        if not any(c.isalnum() for c in part) or _WHEN.match(part):
            continue  # "Photo by -": no name was entered; a video's date or length ("26.10.2025 | 2:43 min")
        outlet = _FOR_OUTLET.search(part)
        if outlet and looks_like_person(part[: outlet.start()]):  # "Jane Roe for The New York Times"
            other.append(outlet.group().split(None, 1)[1])
            part = part[: outlet.start()]
        courtesy = _COURTESY.match(part)
        if courtesy and photographer is None and looks_like_person(part[courtesy.end():]):
            photographer = part[courtesy.end():]  # "Courtesy of Tanner Fischer": the person who took it
            continue
        known = find_agency(part) or find_agency(LEGAL_FORM.sub("", part).strip(" ,."))  # "Getty Images, Inc."
        if known and agency is None:
            agency = known.name
        elif not known and photographer is None and looks_like_person(part):
            photographer = part
        elif not known and photographer is None and _UNCASED_CREDIT.match(part):
            photographer = _UNCASED_TITLE.sub("", part)  # "고영권 기자" -> "고영권"
        elif not known:
            other.append(part)
    if agency is None and other:
        agency = " / ".join(other)
    if agency and photographer and name_key(agency) == name_key(photographer):
        agency = None  # "© Anett Seidler | Anett Seidler": the photographer named twice
    return photographer, agency


def _credit_parts(credit: str) -> list[str]:
    """A credit's parts, split on "/", "|", ";", "via" and commas, but for a company's legal form
    ("Tyvak Nano-Satellite Systems, Inc."), which stays with its name, and with an agency after
    a full stop split off ("Prakash Mathema. AFP")."""
    parts: list[str] = []
    for part in filter(None, CREDIT_SPLIT.split(credit)):
        if parts and LEGAL_FORM.fullmatch(part.strip()):
            parts[-1] = f"{parts[-1]}, {part}"
        elif (dotted := _DOT_AGENCY.match(part)) and find_agency(dotted.group(2)):
            parts += dotted.groups()
        else:
            parts.append(part)
    return parts


_DOT_AGENCY = re.compile(r"^(.*[^\W\d_]{2}\.?)\.\s+(\S.*)$")


def _unbracketed(text: str) -> str:
    """The credit without the brackets around it or left unmatched at an end ("(AP Photo/Jane
    Roe)", "Jane Roe)"); a bracket inside it stays ("Graeme Sloan (Getty)")."""
    text = text.strip()
    while text[:1] in "([" and text[-1:] in ")]" and text:
        text = text[1:-1].strip()
    if text[:1] in "([" and not any(c in text for c in ")]"):
        text = text[1:]
    if text[-1:] in ")]" and not any(c in text for c in "(["):
        text = text[:-1]
    return text.strip()


_BRACKETED_AGENCY = re.compile(r"(?<=\S)\s*\(([^()]{2,40})\)$")
# A photographer's e-mail address and the day the picture was taken, after the name.
_EMAIL_AND_DATE = re.compile(r"\s*(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\s*/\s*(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}[./]?\s*$")
_WHEN = re.compile(r"^(?:(?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:min|uhr|h))?)$",
                   re.IGNORECASE)
_RIGHTS_RESERVED = re.compile(r"\b(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|"
                              r"todos los derechos reservados|tutti i diritti riservati)\b\.?", re.IGNORECASE)
_COPYRIGHT_INSIDE = re.compile(r"\s*(?:©|\(c\)|\bcopyright\b)\s*[:：]?\s*", re.IGNORECASE)
_TWICE = re.compile(r"(.{3,}?)\s*/?\s*\1")
_YEAR_FIRST = re.compile(r"^(?:19|20)\d\d\b[\s,.]*(?=\S)")  # "© 2024 Reuters": the year is no name
_COURTESY = re.compile(r"(?:courtesy|mit freundlicher genehmigung)(?:\s+(?:of|von))?\s+", re.IGNORECASE)


_PAREN_CREDIT = re.compile(r"\s*\(([^()]{2,90})\)\s*$")
_INLINE_CREDIT = re.compile(
    r"(?:^|[\s.|])((?:(?:photo|image|picture|cr[ée]dits?)\s+)?(?:photo(?:graph)?|foto|bild|image|imagem|imagen|immagine|"
    r"picture|credits?|source|фото|"
    r"zdjęcie|kuva|写真|사진)\s*(?:by)?\s*[:：]\s*[^:]{2,90}|©\s*[^©]{2,90})$",
    re.IGNORECASE,
)


# The credit word marked as one: "Foto:", "Photo by", "Photo courtesy of", "©".
_CREDIT_MARKER = re.compile(r"\s*(?:[:：=]|(?:by|von)\s)", re.IGNORECASE)
# ... or the credit's own word after it: "Photo courtesy of …", "Image source: …", "Photo
# illustration by …", "Photo credit: …".
_CREDIT_NOUN = re.compile(r"(?:courtesy|credits?|source|illustration)\b", re.IGNORECASE)
# A title-case phrase is no name: "Pictures Of The Year", "Images From Space".
_FUNCTION_WORDS = frozenset("of from the for with in on at to and des der die das aus vom".split())


def _marked_credit(text: str) -> bool:
    """A credit word and a credit: marked ("Foto: …", "Picture by …", "© …") or naming an
    agency or a person ("Photo AFP", "Foto Jane Roe/dpa"); not a sentence that opens with the
    word ("Picture shows the aftermath", "Foto de familia", "Source of pride")."""
    suffix = _credit_suffix(text)
    if suffix and len(text.split()) <= CAPTION_CREDIT_WORDS and text[: suffix.start()].split()[-1][:1].isupper():
        return True  # a name or an agency before the word ("J. Stacevičiaus / LRT nuotr."), not "asociatyvi nuotr."
    prefix = _CREDIT_PREFIX.match(text)
    if not prefix:
        return False
    opening, rest = text[: prefix.end()], text[prefix.end():].strip()
    if not rest:
        return False
    marker = _CREDIT_MARKER.search(opening)
    if opening.lstrip()[:1] in ("©", "(") or opening.lower().lstrip().startswith(("copyright", "dok")) \
            or _CREDIT_NOUN.match(rest) or marker and marker.group().strip() in (":", "：", "="):
        return True
    if find_agency(rest) or any(find_agency(p) for p in CREDIT_SPLIT.split(rest) if p) \
            or _marked_credit(rest):  # "Credit" before "Photo Illustration by …"
        return True
    named = rest.split()[0].casefold() not in _FUNCTION_WORDS  # not "by the hundreds", "Of The Year"
    # After "by" or "von", a capitalised name; with no marker, one that looks like a person's
    # ("Credit Kim Raff for The New York Times").
    person = rest[: outlet.start()] if (outlet := _FOR_OUTLET.search(rest)) else rest
    return named and (rest[:1].isupper() if marker else looks_like_person(person))


def is_credit_label(text: str) -> bool:
    """A credit word alone, the credit gone: "Foto.", "Photo:", "Bild"."""
    label = text.strip(" .:：") + " "
    match = _CREDIT_PREFIX.match(label)
    return match is not None and match.end() == len(label)


def is_photo_credit(credit: str, alone: bool = False) -> bool:
    """Whether a parenthetical or trailing credit names a photographer or photo source.

    `alone`: the text is a whole line, not a caption's tail, so "Name/Name" is not enough
    ("Real Madrid/Manchester City"): its parts (split on "/" and "via") must hold a photo
    agency, or an agency and a person's name ("STR/AFP via Getty Images", "Felipe Dana/AP").
    """
    text = credit.strip()
    if _marked_credit(text):
        return True
    if "/" in text and alone:
        parts = [p for p in CREDIT_SPLIT.split(text) if p]
        agencies = [a for a in map(find_agency, parts) if a is not None]
        return len(parts) >= 2 and all(len(p.split()) <= 5 for p in parts) and (
            any(a.kind == "photo" for a in agencies)
            or bool(agencies) and any(looks_like_person(p) and find_agency(p) is None for p in parts))
    if "/" in text:
        parts = [p.strip() for p in text.split("/") if p.strip()]
        return len(parts) >= 2 and all(len(p.split()) <= 5 for p in parts) and any(
            find_agency(p) or looks_like_person(p) for p in parts
        )
    agency = find_agency(text)
    return agency is not None and agency.kind == "photo"


def split_credit(text: str, caption: bool = False) -> tuple[str, str | None]:
    """Split "caption text (Felipe Dana/Associated Press)" into (caption, credit or None).

    `caption`: the text is known to be a caption (read from the page's figure), so a credit
    may also be a bare agency or name after its last sentence or a separator: "… an hour.
    (AP)", "… an hour. AP Photo/Jane Roe", "… gestorben. | Jörg Carstensen/dpa", "… on the
    quay / Jane Roe/Reuters", "… 있다.
    연합뉴스", "（ソウルで、３日）＝ＡＰ". In a body paragraph those are text ("the minister
    said it was over (Reuters)").
    """
    text = text.strip()
    match = _PAREN_CREDIT.search(text)
    if match and (is_photo_credit(match.group(1))
                  or caption and is_caption_credit(match.group(1), text[: match.start()])):
        return text[: match.start()].strip(), match.group(1).strip()
    match = _INLINE_CREDIT.search(text)
    if match and is_photo_credit(match.group(1)):
        return text[: match.start(1)].rstrip(" |-–—"), match.group(1).strip()
    match = _COPYRIGHT_TAIL.search(text)
    if match and match.start() and (find_agency(match.group(1)) or caption and looks_like_person(match.group(1))):
        return text[: match.start()].rstrip(" |-–—"), "© " + match.group(1).strip()
    if caption:  # a credit is short: only the caption's last characters are searched
        for match in _CAPTION_TAIL.finditer(text, max(0, len(text) - CAPTION_TAIL_CHARS)):
            tail = text[match.end():].strip().lstrip("|/=＝–—- ")
            if tail and is_caption_credit(tail, text[:match.end()], parenthesised=False):
                before = text[: match.end()].rstrip(" |/=＝-–—")
                # Korean credits name the place first: "… 있다. 잠실=최문영 기자"
                place = _CREDIT_PLACE.search(before) if "=" in match.group() or "＝" in match.group() else None
                place = None if place and find_agency(place.group().strip()) else place  # "로이터=연합뉴스"
                return (before[: place.start()].rstrip(), f"{place.group().strip()}={tail}") if place else (before, tail)
    return text, None


_PLACE_FIRST = re.compile(r"^([^\W\d_A-Za-z]{1,6})\s*[=＝]\s*(?=\S)")


def _credit_suffix(text: str) -> re.Match[str] | None:
    """The credit word after a credit: Lithuanian "nuotr." after any name, "file(s)" only after
    an agency ("Mike Blake/Reuters files"; not "Michael Files", "the Epstein files")."""
    suffix = _CREDIT_SUFFIX.search(text)
    if suffix and (suffix.group().strip(" .").casefold().startswith("nuotr")
                   or any(find_agency(p) for p in CREDIT_SPLIT.split(text[: suffix.start()]) if p)):
        return suffix
    return None


def _without_suffix(part: str) -> str:
    """A credit's part without the credit word after it (see _credit_suffix)."""
    suffix = _credit_suffix(part)
    return part[: suffix.start()] if suffix else part


_CREDIT_PLACE = re.compile(r"(?<=[.。!?])\s+[^\W\d_A-Za-z]{1,6}$")  # a place's name, uncased, after the sentence
# "(C)" for "©", also joined to the text in scripts without spaces ("…石川（Ｃ）共同通信社").
_COPYRIGHT_TAIL = re.compile(r"\s*[(（][cCｃＣ][)）]\s*([^()（）]{2,90})$")
# Where a caption's sentence ends or a separator comes, and a credit may follow.
# Where a caption's credit may begin: after its last sentence, a separator, or a full stop the
# markup glued to it ("… Braunau am Inn, Austria.Leonhard Foeger / Reuters file").
_CAPTION_TAIL = re.compile(r"(?<=[.!?。！？)）])\s+|\s+[|/–—]\s+|\s*[=＝]\s*|(?<=[^\W_A-Z]{2}\.)(?=[A-Z])")
# Credits that name no one: "Supplied", "Handout", "Courtesy of the artist", "File".
_CREDIT_WORDS = re.compile(r"^(?:supplied|handout|courtesy(?: of)?\b.*|cortesía|reprodução|reproducción|divulgação|"
                           r"file(?: photo)?|archive|archiv|archivo|"
                           r"archives|screenshot|screengrab)$", re.IGNORECASE)
# A Korean or Japanese photographer's credit: the name and the word for reporter ("고영권 기자").
_UNCASED_CREDIT = re.compile(r"^[^\W\d_A-Za-z]{2,5}\s*(?:기자|記者|记者)$")
CAPTION_CREDIT_WORDS = 8  # a caption's trailing credit is at most this long
CAPTION_TAIL_CHARS = 160  # ... and within this many characters of its end


def is_caption_credit(tail: str, before: str, parenthesised: bool = True) -> bool:
    """Whether `tail`, ending a known caption after `before`, is its credit: a photo credit,
    an agency of any kind, a credit word, or (in brackets, after a finished sentence) a
    person's name ("(Edu Luque)")."""
    tail = _EMAIL_AND_DATE.sub("", tail).strip()  # "최문영 기자 deer@sportschosun.com /2020.08.20"
    if not tail or len(tail.split()) > CAPTION_CREDIT_WORDS \
            or tail.endswith((".", "!", "?", ":")) and not _CREDIT_SUFFIX.search(tail):
        return False
    if is_photo_credit(tail, alone=True) or find_agency(tail) or _CREDIT_WORDS.match(tail) \
            or _UNCASED_CREDIT.match(tail):
        return True
    parts = [_CREDIT_SUFFIX.sub("", p) for p in CREDIT_SPLIT.split(tail) if p]
    if any(find_agency(p) for p in parts) and all(len(p.split()) <= 4 for p in parts):
        return True  # "AP Photo/Eric Gay, File"
    # A name in brackets after a finished sentence ("… the defender. (Edu Luque)", "… for
    # sale. (Christie's)"); not one the caption goes on about ("Johansson as Black Widow
    # (Natasha Romanoff)") or a place ("(Valencia, Spain)").
    finished = before.rstrip().endswith((".", "!", "?", "。")) or not before.strip()
    return parenthesised and finished and (looks_like_person(tail) or _ONE_NAME.match(tail) is not None)


_ONE_NAME = re.compile(r"^[A-ZÀ-ÞА-Я][\w'’.&-]+$")  # "Christie's", "Nine", "Unsplash"


_DATELINE = re.compile(r"^[^\n()]{2,60}?\(([A-Za-zÀ-ž .&/-]{2,40})\)\s*[-–—:]")


def dateline_agency(lead: str) -> str | None:
    """The wire agency in a dateline such as "MOSUL, Iraq (AP) —" or "Berlin (dpa) -"."""
    match = _DATELINE.match(lead.replace("\n", " "))  # "NAIROBI, Kenya<br>(AP) —"
    if not match:
        return None
    for part in match.group(1).split("/"):
        agency = find_agency(part)
        if agency and agency.kind == "wire":
            return agency.name
    return None


# A company's legal form, dropped from a name read as an outlet ("Business Insider Inc").
LEGAL_FORM = re.compile(r"\b(?:GmbH|AG|KG|KGaA|eG|e\.V|Inc|Ltd|Limited|LLC|PLC|Corp|Corporation|Co|Pty|S\.A|S\.L|SpA|"
                        r"S\.p\.A|B\.V|N\.V|NV|BV|SE|AB|AS|ASA|A/S|Oy|Oyj|sp\. z o\.o|L\.P)\b\.?")

# A syndication credit: the line that names the outlet a story was first published by. Written
# by hand: the extractors drop these lines or keep them as text, and none reads the outlet out.
# Each phrasing is matched against the whole line and leaves the outlet in `src`; what may follow
# the outlet ("Read the original article.", "and is republished here with permission") is cut.
_THIS = (r"(?:(?:a\s+version\s+of\s+)?this\s+(?:article|story|post|piece|report|essay|column|interview|"
         r"commentary|analysis|op-ed|blog\s+post)\s+)?")
_SYNDICATION = [re.compile(p, re.IGNORECASE) for p in (
    # "This article was originally published by Futurism." "First published in The Conversation."
    # "Originally published at nytimes.com." "This story first appeared on Grist."
    rf"^{_THIS}(?:was\s+|is\s+|has\s+been\s+)?(?:originally|first)\s+(?:published|appeared|posted|ran)\s+"
    r"(?:on|in|at|by|with)\s+(?P<src>.+)$",
    # "This article is republished from The Conversation under a Creative Commons license."
    # "Reprinted with permission from Grist." "Reprinted by permission of Basic Books."
    rf"^{_THIS}(?:was\s+|is\s+|has\s+been\s+)?(?:republished|reprinted|reproduced)\s+(?:here\s+)?"
    r"(?:(?:with|by)\s+(?:kind\s+)?permission\s+)?(?:from|of|by)\s+(?P<src>.+)$",
    # "(c)2024 Los Angeles Times. Distributed by Tribune Content Agency, LLC.": the outlet first,
    # then the syndicate; "Distributed by Tribune Content Agency, LLC." alone names the syndicate.
    r"^(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*)?(?P<src>[^.]+?)\.\s+distributed\s+by\s+.+$",
    r"^(?:this\s+(?:article|column|story)\s+(?:is|was)\s+)?distributed\s+by\s+(?P<src>.+)$",
    # "Provided by European Space Agency" (phys.org's line under a press release), "© Provided by …".
    r"^(?:©\s*)?(?:article\s+)?provided\s+by\s+(?P<src>.+)$",
    # "Dieser Artikel erschien zuerst bei Spektrum.de." "Zuerst erschienen auf netzpolitik.org."
    # "Der Text ist zuerst bei Capital erschienen.": a verb of publishing, or "zuerst" opens a
    # sentence of the story ("Zuerst in der Kritik stand der Minister").
    r"^(?:dieser|der)\s+(?:artikel|beitrag|text)\s+erschien\s+(?:zuerst|ursprünglich|erstmals)\s+"
    r"(?:bei|auf|in|im)\s+(?P<src>.+)$",
    r"^(?:(?:dieser|der)\s+(?:artikel|beitrag|text)\s+ist\s+)?(?:zuerst|ursprünglich|erstmals)\s+"
    r"(?:bei|auf|in|im)\s+(?P<src>.+?)\s+(?:erschienen|veröffentlicht)$",
    r"^(?:zuerst|ursprünglich|erstmals)\s+(?:erschienen|veröffentlicht)\s+(?:bei|auf|in|im)\s+(?P<src>.+)$",
    # "Este artículo fue publicado originalmente en El País." "Publicado originalmente no Nexo."
    # "Este artigo foi republicado do The Conversation sob uma licença Creative Commons."
    r"^(?:(?:este|esta|o|el)\s+(?:artículo|artigo|texto|nota|reportaje|reportagem)\s+(?:fue\s+|foi\s+)?)?"
    r"(?:publicad[oa]\s+originalmente|originalmente\s+publicad[oa]|republicad[oa])\s+"
    r"(?:en|no|na|em|pelo|pela|por|do|da|de)\s+(?P<src>.+)$",
    # "Cet article a d'abord été publié sur Le Temps." "Cet article est republié à partir de The Conversation."
    r"^(?:cet\s+article\s+(?:a\s+|est\s+)?)?(?:(?:initialement|d'abord|d’abord|originellement)\s+(?:été\s+)?"
    r"publié|(?:été\s+)?republié(?:\s+à\s+partir)?)\s+(?:sur|dans|par|de)\s+(?P<src>.+)$",
    # "Questo articolo è stato pubblicato originariamente su Internazionale."
    r"^(?:questo\s+articolo\s+è\s+(?:stato\s+)?)?(?:pubblicato|apparso)\s+(?:originariamente|originalmente|"
    r"per\s+la\s+prima\s+volta)\s+(?:su|da)\s+(?P<src>.+)$",
    # WordPress's feed footer, in the languages it ships: "The post Rivers run dry appeared first
    # on Grist." "Der Beitrag … erschien zuerst auf …", "La entrada … se publicó primero en …",
    # "O post … apareceu primeiro em …", "L’article … est apparu en premier sur …", "Post-ul …
    # apare prima dată în …", "L'articolo … sembra essere il primo su …", "Het bericht …
    # verscheen eerst op …". The post's title sits inside; a blog's own footer names itself.
    r"^(?:the\s+post|der\s+beitrag|la\s+entrada|o\s+post|l['’]article|post-ul|articolul|l['’]articolo|"
    r"het\s+bericht)\s+.+?\s+(?:appeared\s+first\s+on|erschien\s+zuerst\s+auf|se\s+public[óo]\s+primero\s+en|"
    r"apareceu\s+primeiro\s+em|est\s+apparu\s+en\s+premier\s+sur|apare\s+prima\s+dat[ăa]\s+(?:în|pe)|"
    r"proviene\s+da|sembra\s+essere\s+il\s+primo\s+su|verscheen\s+eerst\s+op)\s+(?P<src>.+)$",
)]
# What a credit line may open with: "Editor's note:", "Note:", "Anm. d. Red.:".
_NOTE_LABEL = re.compile(r"^(?:editor['’]s\s+note|editors['’]\s+note|note|nota(?:\s+del\s+editor)?|n\.\s*d\.\s*r\.|"
                         r"anm\.\s*d\.\s*red\.|hinweis)\s*[:：]\s*", re.IGNORECASE)
_SYNDICATION_TAIL = re.compile(
    r"(?:[.!]\s+|\s*[,;(–—-]\s*|\s+)(?:read\s+(?:it|the|more)|and\s+(?:is|was|has)|under\s+|sous\s+licen|bajo\s+licen|"
    r"sob\s+uma\s+licen|unter\s+|with\s+(?:kind\s+)?permission|on\s+(?:\w+\s+)?\d|in\s+(?:19|20)\d\d|am\s+\d|el\s+\d|"
    r"le\s+\d|il\s+\d|em\s+\d|no\s+dia|as\s+part\s+of|lea\s+|lisez|lesen\s+sie|leggi).*$|(?<=\w{3})\.\s+\S.*$",
    re.IGNORECASE)
SYNDICATION_MAX_WORDS = 30  # a syndication credit is a line of its own, not a sentence in the story
_SOURCE_MAX_WORDS = 8
_APPOSITION_WORDS = 4  # after a comma: a place or a legal form ("Basic Books, New York, NY"), or "a …"/"part of …"
_EDITION = re.compile(r"\s+(?:US|UK|USA|AU|CA|IN|Asia|Europe|International|Edition)$")
_WEEKDAYS_MONTHS = (r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|"
                    r"january|february|march|april|june|july|august|september|october|november|december|"
                    r"today|yesterday")
# A date before the outlet: "… originally published on Jan. 5, 2024 by ProPublica."
_DATE_FIRST = re.compile(rf"^(?:(?:{_WEEKDAYS_MONTHS})\b\.?[\s\d,.]*|\d[\d\s,./-]*)(?:by|in|on|at)\s+(?=\S)",
                         re.IGNORECASE)
# A language the story was first published in: "… publicado originalmente en inglés en The Conversation."
_LANGUAGE_FIRST = re.compile(
    r"^(?:(?:the\s+)?(?:english|spanish|french|german|russian|arabic|chinese|japanese|portuguese|italian|"
    r"inglés|español|francés|alemán|englisch|spanisch|französisch|deutsch|anglais|espagnol|allemand|inglese|"
    r"inglês)(?:en|e)?)(?:\s+(?:en|in|on|bei|auf|por|by|dans|sur|su|no|na|em|da)\s+|$)", re.IGNORECASE)
# Social networks: no outlet a story first appeared on, nor a caption when their buttons are listed.
SOCIAL_PLATFORMS = (r"facebook|twitter|x|instagram|youtube|tiktok|linkedin|threads|bluesky|reddit|whatsapp|telegram|"
                    r"snapchat|pinterest|flipboard")
_NOT_A_SOURCE = re.compile(rf"^(?:the\s+)?(?:authors?|us)\b|\d{{1,2}}:\d\d|^(?:{_WEEKDAYS_MONTHS})\b|^\d|"
                           rf"^(?:{SOCIAL_PLATFORMS})(?:\.com)?$", re.IGNORECASE)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")


def _outlet_keys(name: str) -> set[str]:
    """Forms of an outlet's name to compare: "thelivescience", "livescience" (no "The"), and
    for a host or domain its registered name ("livescience" for www.livescience.com)."""
    keys = {re.sub(r"\W", "", name).lower(), re.sub(r"\W", "", re.sub(r"^the\s+", "", name, flags=re.I)).lower()}
    if _DOMAIN.match(name.strip()):
        labels = [label for label in name.lower().split(".") if label not in ("www", "m", "amp")]
        keys |= {re.sub(r"\W", "", label) for label in labels[:-1]}
    return {k for k in keys if k}


def syndication_source(line: str, own: Iterable[str] = ()) -> str | None:
    """The outlet a syndication credit names ("This article originally appeared on The Atlantic."
    → "The Atlantic"), or None: not such a line, or it names the page's own outlet (`own`: the
    outlet's name, the page's host; Live Science prints "Originally published on Live Science.")."""
    text = " ".join(line.split()).strip("*_ ")
    if text[:1] in "([" and text[-1:] in ")]":  # "(Originally published by Reuters)"
        text = text[1:-1].strip()
    text = _NOTE_LABEL.sub("", text).rstrip(".!")
    if not text or len(text.split()) > SYNDICATION_MAX_WORDS:
        return None
    for pattern in _SYNDICATION:
        match = pattern.match(text)
        if match:
            break
    else:
        return None
    named = _LANGUAGE_FIRST.sub("", _DATE_FIRST.sub("", match.group("src")))
    # A clause after a comma makes the line a sentence of the story ("Originally published by
    # Penguin in 1962, the novel …", "First published in Britain in 1997, Harry Potter …"); an
    # apposition does not ("Grist, a nonprofit newsroom", "Stateline, part of States Newsroom").
    after = named.partition(",")[2].strip()
    if after and not re.match(r"(?:an?|part\s+of)\s", after, re.IGNORECASE) \
            and len(after.split()) > _APPOSITION_WORDS:
        return None
    source = _SYNDICATION_TAIL.sub("", named)
    source = re.sub(r"^(?:the\s+website\s+|the\s+site\s+)", "", source, flags=re.IGNORECASE)
    source = LEGAL_FORM.sub("", source.split(",")[0]).strip(" .,:;!*_«»“”„\"'")
    # An outlet's name is written with a capital ("the city" is none), a domain may not be.
    if not source or len(source.split()) > _SOURCE_MAX_WORDS or _NOT_A_SOURCE.search(source) \
            or not source[0].isalnum() or source[0].islower() and not _DOMAIN.match(source):
        return None
    owned = {k for o in own if o for k in _outlet_keys(o)}
    if _outlet_keys(_EDITION.sub("", source)) & owned:
        return None
    agency = find_agency(source)
    return agency.name if agency else _outlet_of_domain(source)


def _outlet_of_domain(source: str) -> str:
    """The outlet a printed domain names, where the table of syndicating outlets knows it
    ("originally published at nytimes.com" → "The New York Times"), so that one outlet has one
    name in `syndicated_from`; else the source as printed."""
    if not _DOMAIN.match(source):
        return source
    return _domain_names().get(source.casefold().removeprefix("www."), source)


@cache
def _domain_names() -> dict[str, str]:
    return {row["domain"]: row["name"] for row in load_table("outlet_domains")}


# A copyright line closing a text: "Copyright 2020 The Associated Press. All rights reserved.",
# "Copyright: Project Syndicate, 2025". Read only where it names a wire agency or a syndicate
# (agencies.csv): an outlet's own line names its owner as often as itself ("Sunbeam Television Corp.").
_COPYRIGHT_LINE = re.compile(r"^(?:©\s*)?(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*[:：]?\s*(?:(?:19|20)\d\d(?:\s*[-–—]\s*"
                             r"(?:19|20)\d\d)?\s*,?\s*)?(?P<src>[^,;]+?)\s*(?:,?\s*(?:19|20)\d\d(?:\s*[-–—]\s*"
                             r"(?:19|20)\d\d)?)?(?:(?<!\b[A-Z])[.,;]\s.*|\.)?$", re.IGNORECASE)


def copyright_agency(line: str, own: Iterable[str] = ()) -> str | None:
    """The wire agency or syndication service a copyright line names ("Copyright 2020 The
    Associated Press. All rights reserved." → "Associated Press"), unless it is the page's own."""
    text = " ".join(line.split())
    match = _COPYRIGHT_LINE.match(text) if len(text.split()) <= SYNDICATION_MAX_WORDS else None
    agency = find_agency(LEGAL_FORM.sub("", match.group("src"))) if match else None
    if agency is None or agency.kind not in ("wire", "syndicate"):
        return None
    # The page's own: its outlet or a word of it or of its host is that agency ("AFP Faktencheck",
    # "AP News", reuters.com).
    names = [n for o in own if o for n in (o, *re.split(r"[\W_]+", o)) if n]
    return None if any(find_agency(n) == agency for n in names) else agency.name


# The words that introduce a byline: "By …", "Von …", "Por …".
BY_WORDS = r"by|von|par|por|di|door|af|av"
# Labels printed before the names: "Auteur : Anna Kubišta", "Written by Jane Roe", "Autorin …".
AUTHOR_LABELS = (r"auteurs?|autor(?:in|es)?|authors?|autor[ei]|texto?|written by|forfatter|författare|reporter|penulis|"
                 r"wartawan|авторы|автор|текст|yazar|szerző|kirjoittaja")
BYLINE_PREFIX = re.compile(rf"^(?:{BY_WORDS})\s+", re.IGNORECASE)
_LABEL_PREFIX = re.compile(rf"^(?:{AUTHOR_LABELS})\s*:?\s+(?=[^\W\d_])", re.IGNORECASE)
# What a CMS prints where no author was entered.
_PLACEHOLDER = re.compile(r"^(?:no author|unknown(?: author)?|anonymous|anonym|admin(?:istrator)?|guest|"
                          r"author|autor|auteur|not available|n/?a)$", re.IGNORECASE)
# "Jane Roe for The Mail on Sunday": the outlet she wrote for is no part of her name.
_FOR_OUTLET = re.compile(r"\s+(?:[Ff]or|[Ff]ür|[Pp]our|[Pp]ara)\s+(?:(?i:the)\s+)?[^\W\d_].*$")
# "JANE ROE And JOHN DOE": a capitalised conjunction between names (lower-case y/e/i/a are also
# initials, so only these are read as "and").
_TITLE_AND = re.compile(r"\s+(?:And|AND|Und|UND)\s+")
# A job title after a name in scripts without capitals ("박준석 기자", "山田太郎記者").
_UNCASED_TITLE = re.compile(r"\s*(?:선임기자|기자|특파원|논설위원|記者|记者|特派員|特派员|編集委員|通讯员)$")


@cache
def _job_titles() -> frozenset[str]:
    return frozenset(row["word"] for row in load_table("job_titles"))


def is_job_title(text: str) -> bool:
    """Whether a text is a job title alone ("Redakteur", "Senior Political Correspondent")."""
    words = [w.strip(".,:;()").casefold() for w in text.split()]
    return bool(words) and all(w in _job_titles() or w in ("senior", "chief", "staff") for w in words)


@cache
def _title_surnames() -> frozenset[str]:
    """Title words that are also surnames ("Jennifer Senior")."""
    return frozenset(row["word"] for row in load_table("job_titles") if row["also_surname"])


def _without_job_title(part: str) -> str:
    """"Amy Gibbons Political Correspondent" -> "Amy Gibbons", "Professor Jane Roe" -> "Jane
    Roe"; "" where no name of two words is left ("Senior Correspondent", "Deal Professor").
    A two-word name keeps a surname that is also a title word ("Jennifer Senior")."""
    words = part.split()
    titled = [w.strip(".,").casefold() in _job_titles() for w in words]
    # "Staff" and "Bureau" before a job title are part of it ("Jane Roe Staff Writer", "Washington
    # Bureau Chief"), and "Staff" opening the part too ("Staff Sgt. John Smith"); last, they
    # name a desk ("Herald Staff").
    titled = [t or w.casefold() in ("staff", "bureau") and i + 1 < len(words) and (titled[i + 1] or i == 0)
              for i, (w, t) in enumerate(zip(words, titled))]
    if not any(titled) or len(words) == 2 and not titled[0] and words[1].casefold() in _title_surnames():
        return part
    at = titled.index(True)
    if at >= 2:
        return " ".join(words[:at])
    after = next((j for j in range(at, len(words)) if not titled[j]), len(words))
    rest = words[after:]
    return " ".join(rest) if at == 0 and len(rest) >= 2 and not any(titled[after:]) else ""
_NAME_SPLIT = re.compile(r"\s*(?:\n|;|,|、|/|\b(?:and|und|et|y|e|og|och|ja|en|и|i|a|és|ve)\b|&|\|)\s*")
# A desk or team credited as author is not a person ("Gear Team", "MM-Redaktion").
# An organisation credited as author is not one either ("by European Space Agency").
_DESK = re.compile(r"\b(?:team|staff|desk|newsroom|editors?|editorial|redaktion|rédaction|redazione|redacción|"
                   r"редакция|ομάδα|ομαδα|online|sezione|section|sección|seção|report|"
                   r"agencies|agencias|agenturen|agency|agence|agencia|agentur|institute?|institut[oa]?|"
                   r"university|universit(?:y|ät|é|ad|à)|universidade|ministry|ministerium|ministère|ministerio|"
                   r"foundation|stiftung|fundación|fundação|association|society|council|commission|"
                   r"department|corporation|international|inc|ltd|llc|gmbh|media|"
                   # a town hall or government handing out its release ("Prefeitura Municipal de …")
                   r"prefeitura|municipal|municipality|municipalidad|government|gobierno|governo|"
                   # ... or the police, fire brigade or prosecutors ("Polizei Steinfurt" on presseportal.de)
                   r"polizei|police|policía|polícia|polizia|feuerwehr|staatsanwaltschaft|pressestelle)\b", re.IGNORECASE)
# Desk words that are also surnames ("Robert Service", "Jérôme Bureau"): a desk's unless they
# end a name of two words ("Times Wire Services", "Tribune Washington Bureau" are desks).
_DESK_INNER = re.compile(r"\b(?:services|service|bureau)\b", re.IGNORECASE)
# A name in a script without letter case (Chinese, Japanese, Korean, Thai…), from a field that
# holds names: there is no capitalisation to check, so a short single word is accepted.
_DESK_UNCASED = ("编辑部", "編集部", "本报记者", "新华社", "共同通信", "记者", "記者", "作者", "责编", "编辑",
                 "وكالات", "رويترز", "منوعات", "מערכת")
# A month name left after a name where a date followed it ("Joshua Sokol May 20, 2019").
_TRAILING_MONTH = re.compile(
    r"\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember)\.?$",
    re.IGNORECASE)
# ... or its weekday, where the byline holds a date ("Jeff Foust Monday, November 18, 2019"; not
# "Anna Maria Freitag", "Susan J. Friday").
_TRAILING_WEEKDAY = re.compile(r"\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                               r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\.?$", re.IGNORECASE)
UNCASED_NAME = re.compile(r"^[^\W\d_A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]{2,12}$")


_FULL_STOP = re.compile(r"\.\s+(?=[^\W\d_])")
# Abbreviations a name may hold before a full stop: "Mohd. Azam Shah", "Lt. Col. Jane Roe".
_ABBREVIATIONS = frozenset("mohd muh fco prof capt sgt col gen lt dr mr mrs ms rev hon gov sen rep jr sr st".split())


def _byline_parts(byline: str) -> Iterator[str]:
    """The parts of a byline between separators, and after a full stop that ends a whole name
    ("Finian Cunningham. Sputnik International"; not "Mohd. Azam Shah", "Lt. Col. Jane Roe")."""
    for part in _NAME_SPLIT.split(_TITLE_AND.sub(", ", clean_text(byline))):
        pieces = _FULL_STOP.split(part, maxsplit=1)
        head = BYLINE_PREFIX.sub("", pieces[0]).strip()
        last = head.split()[-1].casefold() if head else ""
        if len(pieces) == 2 and len(last) >= 3 and last not in _ABBREVIATIONS and looks_like_person(head):
            yield from (pieces[0], *_byline_parts(pieces[1]))
        else:
            yield part


def without_byline_label(text: str) -> str:
    """A credit without the words before its names: "Par sudinfo.be" -> "sudinfo.be",
    "Авторы: Сергей Борисов" -> "Сергей Борисов"."""
    return _LABEL_PREFIX.sub("", BYLINE_PREFIX.sub("", text.strip()).strip(" .")).strip(" .:")


# A paper's or desk's word a CMS glued to the name before it ("Isabel KeaneJournal New" for
# "Isabel Keane, Journal News"): no name has a capital after lower-case letters there.
_GLUED_DESK = re.compile(r"(?<=[a-z])(?:Journal|News|Staff|Times|Herald|Tribune|Gazette|Writer|Reporter|"
                         r"Correspondent|Editor|Contributor)\b.*$")


def split_byline(byline: str, strict: bool = False) -> tuple[list[str], list[str]]:
    """Split a byline into (people, wire agencies): "By Jane Doe and John Roe, Reuters".

    Parts that are neither are dropped; with `strict`, any such part means this is not a
    byline at all ("By Friday, Joe Biden had agreed.") and nothing is returned.
    """
    people: list[str] = []
    agencies: list[str] = []
    parts = list(_byline_parts(byline))
    # A weekday after a name belongs to a date only where the byline holds one: digits, or a
    # month alone ("Malcolm Owen Monday; November" as trafilatura splits it).
    dated = any(c.isdigit() for c in byline) or any(_TRAILING_MONTH.fullmatch(" " + p.strip()) for p in parts)
    for part in parts:
        part = _GLUED_DESK.sub("", without_byline_label(part))
        if not part or _PLACEHOLDER.match(part):
            continue
        part, wire = _wire_credit(part)
        if wire and wire not in agencies:
            agencies.append(wire)
        part = _UNCASED_TITLE.sub("", _without_job_title(_FOR_OUTLET.sub("", part)))
        if not part:
            continue
        without_month = _TRAILING_MONTH.sub("", part)
        without_month = _TRAILING_WEEKDAY.sub("", without_month) if dated else without_month
        if without_month != part and len(without_month.split()) >= 2:  # "Theresa May" stays whole
            part = without_month
        agency = find_agency(part)
        if agency:
            if agency.kind == "wire" and agency.name not in agencies:
                agencies.append(agency.name)
        elif is_desk(part):
            continue
        elif looks_like_person(part) or UNCASED_NAME.match(part):
            part = _title_case(part) if part.isupper() else part  # "TOM KRISHER" -> "Tom Krisher"
            if name_key(part) not in map(name_key, people):  # "Trevor J. Mitchell" once
                people.append(part)
        elif strict:
            return [], []
    return people, agencies


def name_key(name: str) -> str:
    """A name's letters, casefolded: "Trevor J. Mitchell" and "TREVOR J MITCHELL" are one."""
    return "".join(c for c in name.casefold() if c.isalnum())


def _title_case(name: str) -> str:
    """A name printed in capitals as a name ("ANA DE LA CRUZ" -> "Ana de la Cruz", "O'BRIEN" ->
    "O'Brien"), so one person is one value whatever the outlet's typography."""
    def word(i: int, w: str) -> str:
        if w.upper() in _ROMAN:
            return w.upper()  # "King III"
        if i and w.lower() in _PARTICLES:
            return w.lower()
        return "Mc" + w[2:].capitalize() if w.startswith("Mc") and len(w) > 3 else w  # "McDonald"

    return " ".join(word(i, w) for i, w in enumerate(name.title().split()))


_ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX"})


def _wire_credit(part: str) -> tuple[str, str | None]:
    """(the part without a wire agency, the agency) where a byline part names one beside a
    person or a job: "ERIC TUCKER Associated Press" -> ("ERIC TUCKER", "Associated Press"),
    "AP Auto Writer" -> ("", "Associated Press"), "TIM REYNOLDS AP Sports Writer" -> ("TIM
    REYNOLDS", "Associated Press"). A part that is only an agency is left whole."""
    words = part.split()
    has_job = _without_job_title(part) != part
    for k in range(min(3, len(words) - 1), 0, -1):
        agency = find_agency(" ".join(words[:k]))
        if agency and agency.kind == "wire" and has_job:
            return "", agency.name  # the agency's writer: "AP National Political Writer"
    # After the name, alone or before the job ("TIM REYNOLDS AP Sports Writer", "MIKE STOBBE AP
    # Medical Writer"): written as an agency, not as a surname ("Michael R. Bloomberg", "Ana Paula Lusa").
    for at in range(2, len(words)):
        for k in range(min(3, len(words) - at), 0, -1):
            tail, rest = " ".join(words[at:at + k]), words[at + k:]
            agency = find_agency(tail)
            if agency and agency.kind == "wire" and (k > 1 or tail.isupper() or tail.islower()) \
                    and (not rest or rest[-1].strip(".,").casefold() in _job_titles()) \
                    and looks_like_person(head := " ".join(words[:at])) and not _INITIAL.match(words[at - 1]):
                return head, agency.name
    return part, None


_INITIAL = re.compile(r"^[^\W\d_]\.?$")  # "R." in "Michael R. Bloomberg"
