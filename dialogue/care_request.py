"""Read a care to simulate out of free French: "un dermato secteur 2 à 70 €".

:func:`parse_care_request` returns only what the message says; :func:`merge` folds it into
what the conversation already knows. Values are the slot values of the simulation form
(plain strings and numbers), so they go into Rasa slots unchanged.
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from dialogue.numbers import amounts, count_before, priced_amounts
from reimbursement import Specialty
from retrieval.text import fold


class CareAct(StrEnum):
    """What is simulated; the values are the ``kind`` of the simulator's act models."""

    GP = "consultation_generaliste"
    SPECIALIST = "consultation_specialiste"
    PHARMACY = "pharmacie"
    GLASSES = "lunettes"
    CROWN = "couronne"
    DENTAL_CARE = "soins_dentaires"
    HEARING_AID = "aide_auditive"
    HOSPITAL = "hospitalisation"
    ALTERNATIVE = "medecine_douce"
    CONTACT_LENSES = "lentilles"
    BIRTH = "maternite"
    NOT_SIMULATED = "non_simule"

    @property
    def label(self) -> str:
        return _ACT_LABELS[self]


_ACT_LABELS = {
    CareAct.GP: "consultation chez un généraliste",
    CareAct.SPECIALIST: "consultation chez un spécialiste",
    CareAct.PHARMACY: "médicaments",
    CareAct.GLASSES: "lunettes",
    CareAct.CROWN: "couronne dentaire",
    CareAct.DENTAL_CARE: "soins dentaires",
    CareAct.HEARING_AID: "aides auditives",
    CareAct.HOSPITAL: "hospitalisation",
    CareAct.ALTERNATIVE: "médecine douce",
    CareAct.CONTACT_LENSES: "lentilles",
    CareAct.BIRTH: "naissance",
    CareAct.NOT_SIMULATED: "soin",
}


class SectorAnswer(StrEnum):
    """The sector as the member can tell it; ``SECTEUR_2`` when OPTAM is not said."""

    SECTEUR_1 = "secteur_1"
    SECTEUR_2 = "secteur_2"
    SECTEUR_2_OPTAM = "secteur_2_optam"
    SECTEUR_2_NON_OPTAM = "secteur_2_non_optam"
    SECTEUR_3 = "secteur_3"
    UNKNOWN = "inconnu"


NO_CONTRACT = "aucun"
"""Contract slot value of a member who has no complémentaire."""


class CareRequest(BaseModel):
    """What one message (or the whole conversation, after :func:`merge`) says about a care."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    act: CareAct | None = None
    specialty: Specialty | None = None
    sector: SectorAnswer | None = None
    fee: Decimal | None = None
    frame_price: Decimal | None = None
    basket: str | None = None
    quantity: int | None = None
    days: int | None = None
    complexity: str | None = None
    in_parcours: bool | None = None
    contract_id: str | None = None
    care_label: str | None = None

    def given(self) -> dict[str, object]:
        """The fields this request sets (None fields left out)."""
        return self.model_dump(exclude_none=True)


# --- vocabulary (folded: lower case, no accents) --------------------------------------------

_SPECIALTIES: tuple[tuple[str, Specialty], ...] = (
    (r"dermato\w*|medecin de la peau|docteur de la peau", Specialty.DERMATOLOGUE),
    (r"gyn[eé]c?o?\w*|gyneco", Specialty.GYNECOLOGUE),
    (r"ophtal?mo\w*|oculiste|opht", Specialty.OPHTALMOLOGUE),
    (r"psychiatre\w*|pedopsychiatre", Specialty.PSYCHIATRE),
    (r"geriatre", Specialty.GERIATRE),
    (r"stomato\w*", Specialty.STOMATOLOGUE),
    (
        r"cardio\w*|o\.?r\.?l\.?|oto-rhino\w*|pediatre|rhumato\w*|endocrino\w*|neurologue|"
        r"gastro\w*|pneumo\w*|urologue|allergologue|nephrologue|chirurgien|specialiste|"
        r"radiologue|anesthesiste|angiologue|phlebologue|diabetologue|nutritionniste",
        Specialty.AUTRE,
    ),
)

_NOT_SIMULATED: tuple[tuple[str, str], ...] = (
    (r"kine\w*|masseur", "kinésithérapie"),
    (r"infirmi\w*", "soins infirmiers"),
    (r"orthophon\w*", "orthophonie"),
    (r"orthopt\w*", "orthoptie"),
    (r"podolog\w*|pedicure", "podologie"),
    (r"psychologue|\bpsy\b|mon soutien psy", "séances de psychologue"),
    (r"prise de sang|analyses?|laboratoire|bilan sanguin", "analyses de laboratoire"),
    (r"\birm\b|scanner|radio\b|radiographie|echo\b|echographie|mammographie", "imagerie"),
    (r"orthodont\w*|appareil dentaire|bagues", "orthodontie"),
    (r"implant\w*", "implant dentaire"),
    (r"taxi|ambulance|transport", "transport"),
    (r"sage-femme|sage femme", "consultation de sage-femme"),
    (r"cure thermale|thermal", "cure thermale"),
    (r"vaccin\w*", "vaccin"),
    (r"semelles?|fauteuil roulant|bequilles", "appareillage"),
)

_ACTS: tuple[tuple[str, CareAct], ...] = (
    (
        r"sonotones?|appareils? auditifs?|aides? auditives?|protheses? auditives?|audioprothes\w*|"
        r"appareils? (?:pour|des) oreilles?",
        CareAct.HEARING_AID,
    ),
    (r"lentilles?", CareAct.CONTACT_LENSES),
    (r"lunettes?|montures?|verres?(?! d'eau)|progressifs?|opticien", CareAct.GLASSES),
    (r"couronnes?|protheses? dentaires?|bridge|dent (?:en|a) (?:ceramique|metal)", CareAct.CROWN),
    (
        r"detartrage|caries?|soins? dentaires?|plombage|dentiste|chirurgien-dentiste|"
        r"devitalisation",
        CareAct.DENTAL_CARE,
    ),
    (
        r"hospitalisation|hopital|clinique|operation|opere|sejour|chambre particuliere|"
        r"chambre individuelle|forfait journalier",
        CareAct.HOSPITAL,
    ),
    (
        r"osteo\w*|chiropra\w*|acupunct\w*|naturopath\w*|sophrolog\w*|etiopath\w*|"
        r"medecines? douces?|medecine alternative|homeopath\w*|reflexolog\w*",
        CareAct.ALTERNATIVE,
    ),
    (
        r"medicaments?|pharmacie|boites? de|ordonnance|antibiotiques?|doliprane|comprimes?",
        CareAct.PHARMACY,
    ),
    (r"naissance|accouchement|maternite", CareAct.BIRTH),
    (
        r"generaliste|medecin traitant|mon medecin|\bmg\b|teleconsultation|medecin de famille|"
        r"docteur|toubib|consultation|consult\b|rdv medical",
        CareAct.GP,
    ),
)

_ALTERNATIVE_PRACTICES = (
    (r"osteo\w*", "ostéopathie"),
    (r"chiropra\w*", "chiropraxie"),
    (r"acupunct\w*", "acupuncture"),
    (r"naturopath\w*", "naturopathie"),
    (r"sophrolog\w*", "sophrologie"),
    (r"etiopath\w*", "étiopathie"),
    (r"homeopath\w*", "homéopathie"),
    (r"reflexolog\w*", "réflexologie"),
)


def _search(pattern: str, text: str) -> re.Match[str] | None:
    return re.search(r"(?<![\w-])(?:" + pattern + r")(?![\w])", text)


def _specialty(text: str) -> Specialty | None:
    for pattern, specialty in _SPECIALTIES:
        if _search(pattern, text):
            return specialty
    return None


def _act(text: str, specialty: Specialty | None) -> tuple[CareAct | None, str | None]:
    for pattern, label in _NOT_SIMULATED:
        if _search(pattern, text):
            return CareAct.NOT_SIMULATED, label
    for pattern, act in _ACTS:
        if _search(pattern, text):
            if act is CareAct.GP and specialty is not None:
                return CareAct.SPECIALIST, None
            if act is CareAct.ALTERNATIVE:
                practice = next(
                    (name for p, name in _ALTERNATIVE_PRACTICES if _search(p, text)), None
                )
                return act, practice
            return act, None
    if specialty is not None:
        return CareAct.SPECIALIST, None
    return None, None


def parse_sector(text: str) -> SectorAnswer | None:
    """The sector (and OPTAM) in a folded or raw message."""
    t = fold(text)
    if re.search(
        r"non[- ]conventionn|deconventionn|secteur\s*(?:3|trois|iii)\b|hors convention", t
    ):
        return SectorAnswer.SECTEUR_3
    non_optam = re.search(
        r"(?:non|pas|sans|n'est pas|pas adherent a l'?)\s*(?:adherent\w*\s*(?:a l'?)?\s*)?"
        r"(?:a l'?)?optam|non[- ]adherent|pas signe l'?optam|n'a pas signe",
        t,
    )
    if non_optam:
        return SectorAnswer.SECTEUR_2_NON_OPTAM
    if re.search(r"\boptam\b|option (?:de pratique )?tarifaire maitrisee|adherent", t):
        return SectorAnswer.SECTEUR_2_OPTAM
    if re.search(r"secteur\s*(?:2|deux|ii)\b|depassements?|honoraires? libres?", t):
        return SectorAnswer.SECTEUR_2
    if re.search(r"secteur\s*(?:1|un|i)\b|sans depassement|tarif (?:de la )?secu|conventionne", t):
        return SectorAnswer.SECTEUR_1
    return None


def parse_sector_answer(text: str) -> SectorAnswer | None:
    """Also the short answers to "quel secteur ?": "1", "le 2", "je ne sais pas"."""
    sector = parse_sector(text)
    if sector is not None:
        return sector
    t = fold(text).strip(" .!?")
    if re.fullmatch(r"(?:le |en |c'est (?:le |du )?)?(?:1|un)", t):
        return SectorAnswer.SECTEUR_1
    if re.fullmatch(r"(?:le |en |c'est (?:le |du )?)?(?:2|deux)", t):
        return SectorAnswer.SECTEUR_2
    if re.fullmatch(r"(?:le |en |c'est (?:le |du )?)?(?:3|trois)", t):
        return SectorAnswer.SECTEUR_3
    if re.search(
        r"(?:sais|sait|connais) pas|aucune idee|je ne sais|ne sais pas|\bnsp\b|sais plus", t
    ):
        return SectorAnswer.UNKNOWN
    return None


def parse_basket(text: str, act: CareAct | None) -> str | None:
    """100 % Santé or not, in the vocabulary of the act (glasses, crown, hearing aid)."""
    t = fold(text)
    hundred = re.search(
        r"(?<!hors )(?<!pas )(?<!sans )(?<!hors du )"
        r"(?:100\s*%\s*(?:sante)?|100 sante|cent pour cent|\brac\s*0|"
        r"reste a charge (?:zero|0)|panier (?:a|1)\b|classe\s*(?:a|1|i)\b)",
        t,
    )
    outside = re.search(
        r"(?:hors|pas|sans|pas du)\s*(?:le |du )?100|tarifs? libres?|prix libres?|\blibres?\b|"
        r"classe\s*(?:b|2|ii)\b|de marque|haut de gamme|panier (?:libre|b)\b",
        t,
    )
    controlled = re.search(r"maitris\w*|modere|panier (?:2|intermediaire)", t)
    if act is CareAct.CROWN:
        if outside:
            return "libre"
        if controlled:
            return "maitrise"
        return "100_sante" if hundred else None
    if act is CareAct.HEARING_AID:
        if outside:
            return "classe_2"
        return "classe_1" if hundred else None
    if act is CareAct.GLASSES:
        if outside:
            return "classe_b"
        return "classe_a" if hundred else None
    return None


def parse_contract(text: str, contract_ids: dict[str, str]) -> str | None:
    """A contract named in ``text`` (``contract_ids``: folded name → id), or :data:`NO_CONTRACT`."""
    t = fold(text)
    for name, contract_id in contract_ids.items():
        if re.search(r"\b" + re.escape(name) + r"\b", t):
            return contract_id
    if re.search(
        r"(?:pas de|aucune?|sans)\s+(?:mutuelle|complementaire|contrat|formule)|"
        r"n'ai pas de (?:mutuelle|complementaire)|juste la secu|que la secu|seulement la secu",
        t,
    ):
        return NO_CONTRACT
    return None


def contracts_named(text: str, contract_ids: dict[str, str]) -> list[str]:
    """Every contract named in ``text``, in order of appearance, without repeats."""
    t = fold(text)
    found: list[tuple[int, str]] = []
    for name, contract_id in contract_ids.items():
        match = re.search(r"\b" + re.escape(name) + r"\b", t)
        if match and contract_id not in {c for _, c in found}:
            found.append((match.start(), contract_id))
    return [contract_id for _, contract_id in sorted(found)]


def _glasses_prices(text: str) -> tuple[Decimal | None, Decimal | None]:
    t = fold(text)
    frame = re.search(r"monture\w*\D{0,20}?(\d+(?:[.,]\d{1,2})?)", t)
    lenses = re.search(r"verres?\w*\D{0,20}?(\d+(?:[.,]\d{1,2})?)", t)

    def value(match: re.Match[str] | None) -> Decimal | None:
        return Decimal(match.group(1).replace(",", ".")) if match else None

    return value(frame), value(lenses)


def _parcours(text: str) -> bool | None:
    t = fold(text)
    if re.search(
        r"sans (?:passer par )?(?:mon |le |un )?medecin traitant|hors parcours|"
        r"pas de medecin traitant|pas (?:ete )?oriente|sans ordonnance du medecin traitant|"
        r"de moi-meme|directement sans",
        t,
    ):
        return False
    if re.search(
        r"oriente par|envoye par (?:mon|le) medecin|courrier (?:de|du) (?:mon )?medecin", t
    ):
        return True
    return None


def parse_care_request(text: str, contract_ids: dict[str, str] | None = None) -> CareRequest:
    """Everything ``text`` says about the care to simulate (nothing is guessed)."""
    t = fold(text)
    specialty = _specialty(t)
    act, label = _act(t, specialty)
    fields: dict[str, object] = {}
    if act is not None:
        fields["act"] = act
    if label is not None:
        fields["care_label"] = label
    if act is CareAct.SPECIALIST and specialty is not None:
        fields["specialty"] = specialty
    sector = parse_sector(t)
    if sector is not None:
        fields["sector"] = sector
    basket = parse_basket(t, act)
    if basket is not None:
        fields["basket"] = basket
    if act is CareAct.GLASSES:
        frame, lenses = _glasses_prices(t)
        if frame is not None:
            fields["frame_price"] = frame
        if frame is not None and lenses is not None:
            fields["fee"] = frame + lenses
        if re.search(r"progressi|multifoca|complexe", t):
            fields["complexity"] = "tres_complexe" if "tres complexe" in t else "complexe"
    if "fee" not in fields:
        found = amounts(t) or (priced_amounts(t) if act is not None else [])
        if found:
            fields["fee"] = found[-1] if act is not CareAct.GLASSES else sum(found, Decimal(0))
    if act is CareAct.PHARMACY:
        boxes = count_before(t, r"boites?")
        if boxes:
            fields["quantity"] = boxes
    if act is CareAct.HEARING_AID:
        if re.search(r"deux oreilles|2 oreilles|les deux|une paire|2 appareils|deux appareils", t):
            fields["quantity"] = 2
        elif re.search(r"une oreille|1 oreille|un appareil|un seul", t):
            fields["quantity"] = 1
    if act is CareAct.HOSPITAL or act is None:
        days = count_before(t, r"jours?")
        nights = count_before(t, r"nuits?")
        if days:
            fields["days"] = days
        elif nights:
            fields["days"] = nights + 1
    parcours = _parcours(t)
    if parcours is not None:
        fields["in_parcours"] = parcours
    if contract_ids:
        contract = parse_contract(t, contract_ids)
        if contract is not None:
            fields["contract_id"] = contract
    return CareRequest.model_validate(fields)


_ACT_SCOPED = (
    "specialty",
    "sector",
    "fee",
    "frame_price",
    "basket",
    "quantity",
    "days",
    "complexity",
    "in_parcours",
    "care_label",
)


def merge(known: CareRequest, new: CareRequest, *, new_request: bool) -> CareRequest:
    """What the conversation knows after ``new``.

    A new request naming a care (or naming a different care than before) starts afresh,
    keeping only the contract; otherwise what the member says corrects what was known
    ("en fait c'est secteur 1").
    """
    restart = new.act is not None and (new_request or new.act is not known.act)
    base = known.model_dump()
    if restart:
        for field in _ACT_SCOPED:
            base[field] = None
    base.update(new.given())
    return CareRequest.model_validate(base)
