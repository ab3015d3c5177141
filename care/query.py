"""Parse a member's free French request into a :class:`CareQuery`.

``parse_care_query("un dermato sur St Herblain, secteur 1 svp", gazetteer)`` gives the
specialty ``dermatologue``, the commune Saint-Herblain and the « secteur 1 » filter. The parser
is a pure function of the text and the gazetteer: it tolerates missing accents, case, « st »
for « saint », plurals and small typos, and leaves unset what the text does not say, so that
a follow-up such as « et à Rennes ? » or « seulement secteur 1 » can be merged into the
previous query with :meth:`CareQuery.merged_with`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import get_close_matches
from enum import StrEnum
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from care._text import fold_words
from care.places import Gazetteer, Place
from care.specialties import SPECIALTIES_BY_KEY, CareSpecialty, synonym_table

__all__ = ["CareQuery", "FeeFilter", "parse_care_query"]


class FeeFilter(StrEnum):
    """Fee filters a member can ask for."""

    SECTEUR_1 = "secteur_1"
    """« secteur 1 », « sans dépassement », « tarif conventionné », « pas cher »."""
    MAITRISE = "secteur_1_ou_optam"
    """« OPTAM », « dépassements maîtrisés »: secteur 1 or secteur 2 OPTAM."""

    @property
    def label(self) -> str:
        if self is FeeFilter.SECTEUR_1:
            return "secteur 1 (sans dépassement d'honoraires)"
        return "secteur 1 ou secteur 2 OPTAM (dépassements maîtrisés)"


class CareQuery(BaseModel):
    """What the member asked for; ``None``/``False`` fields were not said."""

    model_config = ConfigDict(frozen=True)

    text: str = ""
    specialty: str | None = None
    unsupported_specialty: str | None = None
    place: Place | None = None
    near_me: bool = False
    unknown_place: str | None = None
    radius_km: float | None = None
    fee_filter: FeeFilter | None = None
    teleconsultation: bool = False
    new_patients: bool = False

    @property
    def specialty_info(self) -> CareSpecialty | None:
        return SPECIALTIES_BY_KEY.get(self.specialty) if self.specialty else None

    @property
    def has_location(self) -> bool:
        return self.place is not None or self.near_me or self.unknown_place is not None

    def merged_with(self, previous: CareQuery | None) -> CareQuery:
        """This follow-up completed by the previous query (« et à Rennes ? »).

        What this query says wins; the location (place, « près de chez moi ») is replaced as a
        whole; filters said before are kept.
        """
        if previous is None:
            return self
        location = self if self.has_location else previous
        said = self if self.specialty or self.unsupported_specialty else previous
        return CareQuery(
            text=self.text,
            specialty=said.specialty,
            unsupported_specialty=said.unsupported_specialty,
            place=location.place,
            near_me=location.near_me,
            unknown_place=location.unknown_place,
            radius_km=self.radius_km if self.radius_km is not None else previous.radius_km,
            fee_filter=self.fee_filter or previous.fee_filter,
            teleconsultation=self.teleconsultation or previous.teleconsultation,
            new_patients=self.new_patients or previous.new_patients,
        )


_RADIUS_RE = re.compile(
    r"(?:\b(?:a moins de|a moins d|dans un rayon de|rayon de|moins de|jusqu a|max|maximum|"
    r"sous|a|dans les)\s+)?\b(\d+(?: \d)?)\s?(?:km|kms|kilometre|kilometres)\b"
)
_SECTEUR_1_RE = re.compile(
    r"\b(?:(?:en |du |de )?secteur ?1|s1|(?:sans|pas de|aucun|zero|sans aucun) depassements?"
    r"(?: d honoraires)?|tarifs? (?:conventionnes?|opposables?|secu|de la secu)|"
    r"(?:pas|moins|le moins|pas trop) chers?)\b"
)
_OPTAM_RE = re.compile(
    r"\b(?:optam(?: co)?|depassements? (?:maitrises?|moderes?|limites?|raisonnables?))\b"
)
_TELE_RE = re.compile(
    r"\b(?:en )?(?:teleconsultations?|teleconsult|visio|visioconference|video|a distance|"
    r"en ligne)\b"
)
_NEW_PATIENTS_RE = re.compile(
    r"\b(?:(?:qui )?(?:prend|prenne|prennent|accepte|acceptent|accepter|prendre)\w* "
    r"(?:encore )?(?:de |des )?(?:nouveaux?|nouvelles?)(?: patients?| patientes?)?|"
    r"(?:nouveaux?|nouvelles?) patient(?:e)?s?)\b"
)
_NEAR_ME_RE = re.compile(
    r"\b(?:(?:pres|autour|proche|a cote|pas loin|non loin|a proximite)(?: de| d)? "
    r"(?:chez moi|moi|chez nous|mon domicile|ma maison|mon adresse|mon quartier|ici)|"
    r"dans mon (?:quartier|coin|secteur)|a proximite|(?:le|la|les) plus proches?)\b"
)
_ARRONDISSEMENT_RE = re.compile(
    r"\b([a-z]+) (\d{1,2})(?:er|e|eme|ieme|em)?(?: arrondissement| arr)?\b|"
    r"\b(\d{1,2})(?:er|e|eme|ieme|em)? arrondissement(?: de| d)? ([a-z]+)\b"
)
_POSTCODE_RE = re.compile(r"\b(\d{5})\b")
_DEPT_CODE_RE = re.compile(
    r"\b(?:dans|en|sur|departement|dept|dep)(?: le| la| l| du| de la| de l| des| de)? "
    r"(\d{2}|2a|2b|9[78]\d)\b"
)
_DEPT_NAME_RE = re.compile(
    r"\b(?:en|dans le|dans la|dans l|dans les|departement)(?: du| de la| des| de)? "
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PLACE_PREPOSITIONS = _words(
    "a au aux sur vers pres autour proche cote dans en region secteur ville quartier proximite "
    "loin de d du"
)
_STRONG_PREPOSITIONS = _PLACE_PREPOSITIONS - {"de", "d", "du", "en", "secteur"}
_CONNECTORS = _words("de d du le la l les")
_STOP_WORDS = _words(
    """je j cherche chercher recherche trouver trouve un une des les le la l de du d pour mon
    ma mes moi me m bonjour bonsoir salut svp stp merci et ou est ce c qu que qui il y a avoir
    besoin veux voudrais voulais aimerais rdv rendez vous consulter voir quel quels quelle
    quelles bon bonne bien pas cher chers urgent urgence vite rapidement aujourd hui demain
    semaine prochain prochaine enfant enfants fils fille bebe aussi plutot maintenant encore
    seulement uniquement juste plus proche proches pres loin ville coin autour km domicile
    garde nuit dimanche possible liste moins ca ici ok oui non alors sinon avec sans dans
    sur vers en au aux chez nous son sa ses leur tout toute tous dispo disponible
    specialiste medecin docteur secteur tarif tarifs patient patients nouveau nouveaux
    quartier region cote proximite quoi comment combien peux pouvez pourriez faut
    donner donne indiquer dites dis connais connaissez"""
)
_OTHER_PROFESSIONS = _words(
    """orthoptiste osteopathe osteo psychologue podologue pedicure opticien pharmacien
    pharmacie audioprothesiste dieteticien dieteticienne psychomotricien ergotherapeute
    chiropracteur sophrologue naturopathe radiologue radiologie chirurgien anesthesiste
    urologue rhumatologue pneumologue gastroenterologue gastro nephrologue oncologue
    allergologue angiologue phlebologue proctologue addictologue sexologue nutritionniste
    acupuncteur homeopathe veterinaire laboratoire labo hopital clinique urgences"""
)
"""Professions and places outside the directory: never fuzzy-matched to a specialty."""


@lru_cache(maxsize=1)
def _synonyms() -> tuple[dict[str, str], int, list[str]]:
    table: dict[str, str] = {}
    for term, key in synonym_table().items():
        table.setdefault(term, key)
        table.setdefault(" ".join(_singular(w) for w in term.split()), key)
    longest = max(len(term.split()) for term in table)
    singles = [t for t in table if " " not in t and len(t) >= 5]
    return table, longest, singles


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


class _Tokens:
    """Folded words; each parsing step consumes the words it used."""

    def __init__(self, text: str) -> None:
        self.words = fold_words(text)
        self.used = [False] * len(self.words)

    def masked(self) -> tuple[str, list[int]]:
        """The text with used words blanked out, and each word's start offset."""
        parts, starts, offset = [], [], 0
        for word, used in zip(self.words, self.used, strict=True):
            starts.append(offset)
            parts.append("#" * len(word) if used else word)
            offset += len(word) + 1
        return " ".join(parts), starts

    def consume_span(self, starts: list[int], begin: int, end: int) -> None:
        for index, start in enumerate(starts):
            if start < end and start + len(self.words[index]) > begin:
                self.used[index] = True

    def search(
        self,
        pattern: re.Pattern[str],
        accept: Callable[[re.Match[str]], bool] | None = None,
    ) -> re.Match[str] | None:
        """First (accepted) match on the unused words; its words are consumed."""
        text, starts = self.masked()
        position = 0
        while (match := pattern.search(text, position)) is not None:
            if accept is None or accept(match):
                self.consume_span(starts, match.start(), match.end())
                return match
            position = match.start() + 1  # a later, overlapping match may be accepted
        return None

    def free_runs(self) -> list[tuple[int, int]]:
        """``(start, end)`` word ranges of consecutive unused words."""
        runs, start = [], None
        for index, used in enumerate([*self.used, True]):
            if not used and start is None:
                start = index
            elif used and start is not None:
                runs.append((start, index))
                start = None
        return runs


def _find_specialty(tokens: _Tokens) -> tuple[str | None, str | None]:
    """``(specialty key, unsupported profession word)``."""
    table, longest, singles = _synonyms()
    for size in range(longest, 0, -1):
        for start, end in tokens.free_runs():
            for i in range(start, end - size + 1):
                words = tokens.words[i : i + size]
                for candidate in (" ".join(words), " ".join(_singular(w) for w in words)):
                    if candidate in table:
                        tokens.used[i : i + size] = [True] * size
                        return table[candidate], None
    for index, word in enumerate(tokens.words):
        if not tokens.used[index] and _singular(word) in _OTHER_PROFESSIONS:
            tokens.used[index] = True
            return None, word
    for index, word in enumerate(tokens.words):
        if tokens.used[index] or len(word) < 5 or word in _STOP_WORDS:
            continue
        match = get_close_matches(_singular(word), singles, n=1, cutoff=0.8)
        if match:
            tokens.used[index] = True
            return table[match[0]], None
    return None, None


def _find_department(tokens: _Tokens, gazetteer: Gazetteer) -> tuple[Place | None, str | None]:
    match = tokens.search(_DEPT_CODE_RE)
    if match:
        place = gazetteer.department(match.group(1))
        return place, None if place else f"département {match.group(1).upper()}"
    text, starts = tokens.masked()
    for found in _DEPT_NAME_RE.finditer(text):
        rest = text[found.end() :].split()
        for size in range(min(5, len(rest)), 0, -1):
            place = gazetteer.department(" ".join(rest[:size]))
            if place is not None:
                end = found.end() + len(" ".join(rest[:size]))
                tokens.consume_span(starts, found.start(), end)
                return place, None
    return None, None


def _find_commune(
    tokens: _Tokens, gazetteer: Gazetteer, department: str | None
) -> tuple[Place | None, str | None]:
    """``(place, unknown_place_words)``."""
    words, used = tokens.words, tokens.used
    after_preposition = {
        i + 1 for i, w in enumerate(words) if w in _PLACE_PREPOSITIONS and i + 1 < len(words)
    }
    best: tuple[int, int, int] | None = None  # (priority, -size, start)
    for start, end in tokens.free_runs():
        for i in range(start, end):
            for size in range(min(gazetteer.max_words, end - i), 0, -1):
                name = " ".join(words[i : i + size])
                if gazetteer.commune(name, department_code=department) is None:
                    continue
                strong = i in after_preposition
                if not strong and (
                    size == 1 and (len(name) < 3 or name in _STOP_WORDS or name in _CONNECTORS)
                ):
                    continue
                candidate = (0 if strong else 1, -size, i)
                if best is None or candidate < best:
                    best = candidate
                break
    if best is not None:
        _, neg_size, start = best
        name = " ".join(words[start : start - neg_size])
        used[start : start - neg_size] = [True] * -neg_size
        return gazetteer.commune(name, department_code=department), None
    for index in sorted(after_preposition):
        if used[index] or used[index - 1] or words[index - 1] not in _STRONG_PREPOSITIONS:
            continue
        run = []
        for word in words[index:]:
            if word in _STOP_WORDS and word not in _CONNECTORS:
                break
            run.append(word)
        while run and run[-1] in _CONNECTORS:
            run.pop()
        if not run or run[0] in _STOP_WORDS:
            continue
        for size in range(min(4, len(run)), 0, -1):
            place = gazetteer.fuzzy_commune(" ".join(run[:size]))
            if place is not None:
                used[index : index + size] = [True] * size
                return place, None
        return None, " ".join(run)
    return None, None


def _arrondissement(match: re.Match[str], gazetteer: Gazetteer) -> Place | None:
    if match.group(1):
        return gazetteer.arrondissement(match.group(1), int(match.group(2)))
    return gazetteer.arrondissement(match.group(4), int(match.group(3)))


def _find_place(tokens: _Tokens, gazetteer: Gazetteer) -> tuple[Place | None, str | None]:
    """``(place, unknown_place)``: arrondissement, postcode, commune, then département."""
    match = tokens.search(_ARRONDISSEMENT_RE, lambda m: _arrondissement(m, gazetteer) is not None)
    if match:
        return _arrondissement(match, gazetteer), None
    match = tokens.search(_POSTCODE_RE)
    if match:
        place = gazetteer.postcode(match.group(1))
        return (place, None) if place else (None, match.group(1))
    department, unknown_department = _find_department(tokens, gazetteer)
    commune, unknown = _find_commune(
        tokens, gazetteer, department.department_code if department else None
    )
    if commune is not None:
        return commune, None
    if department is not None:
        return department, None
    return None, unknown or unknown_department


def parse_care_query(text: str, gazetteer: Gazetteer | None = None) -> CareQuery:
    """Specialty, place, radius and filters said in ``text`` (see module docstring).

    Without a ``gazetteer`` no place is resolved (only « près de chez moi »).
    """
    tokens = _Tokens(text)
    radius = None
    match = tokens.search(_RADIUS_RE)
    if match:
        radius = float(match.group(1).replace(" ", "."))
    fee_filter = None
    if tokens.search(_SECTEUR_1_RE):
        fee_filter = FeeFilter.SECTEUR_1
    elif tokens.search(_OPTAM_RE):
        fee_filter = FeeFilter.MAITRISE
    teleconsultation = tokens.search(_TELE_RE) is not None
    new_patients = tokens.search(_NEW_PATIENTS_RE) is not None
    near_me = tokens.search(_NEAR_ME_RE) is not None
    specialty, unsupported = _find_specialty(tokens)
    place, unknown = _find_place(tokens, gazetteer) if gazetteer is not None else (None, None)
    return CareQuery(
        text=text,
        specialty=specialty,
        unsupported_specialty=unsupported,
        place=place,
        near_me=near_me and place is None and unknown is None,
        unknown_place=unknown,
        radius_km=radius,
        fee_filter=fee_filter,
        teleconsultation=teleconsultation,
        new_patients=new_patients,
    )
