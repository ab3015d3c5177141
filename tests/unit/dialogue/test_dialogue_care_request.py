"""Reading the care to simulate out of free French."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogue.care_request import (
    NO_CONTRACT,
    CareAct,
    CareRequest,
    SectorAnswer,
    merge,
    parse_basket,
    parse_care_request,
    parse_sector_answer,
)
from dialogue.numbers import amounts, count_before, small_integer
from dialogue.simulation import contract_names
from reimbursement import Specialty, load_contracts

NAMES = contract_names(load_contracts())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "un dermato secteur 2 à 70 €",
            {
                "act": CareAct.SPECIALIST,
                "specialty": Specialty.DERMATOLOGUE,
                "sector": SectorAnswer.SECTEUR_2,
                "fee": Decimal("70.00"),
            },
        ),
        (
            "combien je serai remboursé pour un ophtalmo OPTAM à 50",
            {
                "act": CareAct.SPECIALIST,
                "specialty": Specialty.OPHTALMOLOGUE,
                "sector": SectorAnswer.SECTEUR_2_OPTAM,
                "fee": Decimal("50.00"),
            },
        ),
        (
            "généraliste 30 € sans passer par mon médecin traitant",
            {"act": CareAct.GP, "fee": Decimal("30.00"), "in_parcours": False},
        ),
        (
            "un médecin de la peau à 60 euros",
            {
                "act": CareAct.SPECIALIST,
                "specialty": Specialty.DERMATOLOGUE,
                "fee": Decimal("60.00"),
            },
        ),
        (
            "cb pr un cardio non optam a 90e",
            {
                "act": CareAct.SPECIALIST,
                "specialty": Specialty.AUTRE,
                "sector": SectorAnswer.SECTEUR_2_NON_OPTAM,
                "fee": Decimal("90.00"),
            },
        ),
        (
            "monture à 150 € et des verres à 300 €",
            {"act": CareAct.GLASSES, "frame_price": Decimal("150"), "fee": Decimal("450")},
        ),
        (
            "une couronne à 600€ hors 100% santé",
            {"act": CareAct.CROWN, "basket": "libre", "fee": Decimal("600.00")},
        ),
        (
            "sonotones 100 % santé pour les deux oreilles",
            {"act": CareAct.HEARING_AID, "basket": "classe_1", "quantity": 2},
        ),
        ("hospitalisation de 3 nuits", {"act": CareAct.HOSPITAL, "days": 4}),
        (
            "une séance d'ostéo à 55 €",
            {"act": CareAct.ALTERNATIVE, "care_label": "ostéopathie", "fee": Decimal("55.00")},
        ),
        ("j'ai la formule Équilibre", {"contract_id": "equilibre"}),
        ("je n'ai pas de mutuelle", {"contract_id": NO_CONTRACT}),
        ("en fait c'est secteur 1", {"sector": SectorAnswer.SECTEUR_1}),
        ("il n'est pas adhérent à l'OPTAM", {"sector": SectorAnswer.SECTEUR_2_NON_OPTAM}),
    ],
)
def test_free_french_is_read_into_the_request(text: str, expected: dict[str, object]) -> None:
    assert parse_care_request(text, NAMES).given() == expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("une séance de kiné à 16 €", "kinésithérapie"),
        ("une IRM du genou", "imagerie"),
        ("prise de sang à 40 €", "analyses de laboratoire"),
        ("l'orthodontie de ma fille", "orthodontie"),
    ],
)
def test_care_the_simulator_does_not_cover_is_flagged(text: str, label: str) -> None:
    request = parse_care_request(text)
    assert request.act is CareAct.NOT_SIMULATED
    assert request.care_label == label


def test_nothing_is_guessed_from_a_message_without_details() -> None:
    assert parse_care_request("combien je serai remboursé ?").given() == {}


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("1", SectorAnswer.SECTEUR_1),
        ("le 2", SectorAnswer.SECTEUR_2),
        ("secteur 2 adhérent OPTAM", SectorAnswer.SECTEUR_2_OPTAM),
        ("je ne sais pas", SectorAnswer.UNKNOWN),
        ("secteur 3 non conventionné", SectorAnswer.SECTEUR_3),
    ],
)
def test_short_answers_to_the_sector_question(text: str, sector: SectorAnswer) -> None:
    assert parse_sector_answer(text) is sector


def test_baskets_depend_on_the_act() -> None:
    assert parse_basket("100 % santé", CareAct.GLASSES) == "classe_a"
    assert parse_basket("100 % santé", CareAct.CROWN) == "100_sante"
    assert parse_basket("tarif maîtrisé", CareAct.CROWN) == "maitrise"
    assert parse_basket("prix libre", CareAct.HEARING_AID) == "classe_2"
    assert parse_basket("une monture à 100 €", CareAct.GLASSES) is None


def test_amounts_ignore_ages_sectors_and_counts() -> None:
    assert amounts("70 € et 12,50 euros") == [Decimal("70.00"), Decimal("12.50")]
    assert amounts("j'ai 30 ans, secteur 2, 3 boîtes", bare=True) == []
    assert amounts("70", bare=True) == [Decimal("70.00")]
    assert amounts("1 200 €") == [Decimal("1200.00")]
    assert count_before("deux boîtes", "boites?") == 2
    assert small_integer("trois") == 3


def test_a_correction_keeps_the_care_and_changes_one_detail() -> None:
    known = parse_care_request("un dermato secteur 2 à 70 €")
    corrected = merge(known, parse_care_request("en fait c'est secteur 1"), new_request=False)
    assert corrected.sector is SectorAnswer.SECTEUR_1
    assert corrected.fee == Decimal("70.00")
    assert corrected.specialty is Specialty.DERMATOLOGUE


def test_a_new_care_starts_afresh_but_keeps_the_contract() -> None:
    known = CareRequest(
        act=CareAct.SPECIALIST,
        sector=SectorAnswer.SECTEUR_2,
        fee=Decimal(70),
        contract_id="confort",
    )
    fresh = merge(known, parse_care_request("et des lunettes à 300 € ?"), new_request=True)
    assert fresh.act is CareAct.GLASSES
    assert fresh.sector is None
    assert fresh.fee == Decimal("300.00")
    assert fresh.contract_id == "confort"
