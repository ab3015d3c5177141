"""Property tests of the simulator over generated acts, situations and every contract.

Properties (for any act, any situation, any contract of the range or no contract):

1. every part is ≥ 0 and ``amo_net + mutuelle + reste_a_charge == fee``, for the total and for
   each poste, with every amount exact to the cent;
2. the reste à charge always contains the participation forfaitaire, the franchises and the
   majoration hors parcours (a contrat responsable never reimburses them);
3. for the same act and situation, a higher contract level never pays less (mutuelle part);
4. 100 % Santé items (classe A glasses, 100 % Santé crowns, classe I hearing aids within the
   price cap) leave **exactly 0 €** to pay under every contract: neither the participation
   forfaitaire (doctors' acts only) nor the franchises (drugs, paramedical acts, transport)
   apply to these items, so there is no exception to state;
5. exempt members (under 18, C2S, pregnancy from the 6th month) pay no PF nor franchise;
6. without a contract the mutuelle pays nothing.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from reimbursement import Act, Contract, MemberSituation, load_contracts, simulate
from reimbursement.results import _Parts
from tests.unit.reimbursement.reimb_strategies import acts, cent_pour_cent_sante_acts, situations

CATALOG = load_contracts()
CONTRACTS: list[Contract | None] = [*CATALOG.contracts, None]
PROFILE = settings(max_examples=150, deadline=None)

_AMOUNTS = (
    "fee",
    "base",
    "amo_gross",
    "participation_forfaitaire",
    "franchises",
    "majoration_hors_parcours",
    "amo_net",
    "mutuelle",
    "reste_a_charge",
)


def _check_parts(parts: _Parts) -> None:
    for name in _AMOUNTS:
        value = getattr(parts, name)
        assert value >= 0, name
        assert value == value.quantize(Decimal("0.01")), name
    assert parts.amo_net + parts.mutuelle + parts.reste_a_charge == parts.fee
    hidden = parts.participation_forfaitaire + parts.franchises + parts.majoration_hors_parcours
    assert parts.reste_a_charge >= hidden


@PROFILE
@given(act=acts, situation=situations, contract=st.sampled_from(CONTRACTS))
def test_parts_are_non_negative_and_add_up_to_the_fee(
    act: Act, situation: MemberSituation, contract: Contract | None
) -> None:
    result = simulate(act, situation, contract)
    _check_parts(result)
    for poste in result.postes:
        _check_parts(poste)
        assert poste.lines, "every poste is explained"
    if contract is None:
        assert result.mutuelle == 0


@PROFILE
@given(act=acts, situation=situations)
def test_a_higher_level_never_pays_less(act: Act, situation: MemberSituation) -> None:
    paid = [simulate(act, situation, c).mutuelle for c in CATALOG.contracts]
    assert paid == sorted(paid)
    without = simulate(act, situation, None)
    assert all(amount >= without.mutuelle for amount in paid)


@PROFILE
@given(
    act=cent_pour_cent_sante_acts, situation=situations, contract=st.sampled_from(CATALOG.contracts)
)
def test_cent_pour_cent_sante_leaves_nothing_to_pay(
    act: Act, situation: MemberSituation, contract: Contract
) -> None:
    result = simulate(act, situation, contract)
    assert result.participation_forfaitaire == 0
    assert result.franchises == 0
    assert result.reste_a_charge == 0
    assert result.amo_net + result.mutuelle == result.fee


@PROFILE
@given(act=acts, situation=situations, contract=st.sampled_from(CONTRACTS))
def test_exempt_members_pay_no_participation_nor_franchise(
    act: Act, situation: MemberSituation, contract: Contract | None
) -> None:
    exempt = situation.model_copy(update={"c2s": True})
    result = simulate(act, exempt, contract)
    assert result.participation_forfaitaire == 0
    assert result.franchises == 0


@PROFILE
@given(act=acts, situation=situations, contract=st.sampled_from(CONTRACTS))
def test_annual_caps_are_never_exceeded(
    act: Act, situation: MemberSituation, contract: Contract | None
) -> None:
    ytd = simulate(act, situation, contract).year_to_date
    assert ytd.participation_forfaitaire <= max(
        Decimal(50), situation.year_to_date.participation_forfaitaire
    )
    assert ytd.franchises <= max(Decimal(50), situation.year_to_date.franchises)
