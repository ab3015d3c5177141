"""Checks that a contract's guarantees respect the contrat responsable rules.

Each violation is returned as a French sentence naming the category, the value and the rule,
so a wrong contracts file fails loudly with an explanation (see :mod:`reimbursement.contracts`).
"""

from __future__ import annotations

from reimbursement import regulation
from reimbursement.guarantees import DoctorFees, Guarantees

_TM_CATEGORIES = (
    "hospitalisation_frais_sejour",
    "dentaire_soins",
    "couronne_tarif_maitrise",
    "couronne_tarif_libre",
    "orthodontie",
)
_DOCTOR_CATEGORIES = (
    "consultation_generaliste",
    "consultation_specialiste",
    "honoraires_chirurgien",
)
_FULL_COVER_CATEGORIES = ("optique_100_sante", "couronne_100_sante", "aides_auditives_100_sante")


def _doctor_violations(name: str, fees: DoctorFees) -> list[str]:
    found = []
    for label, pct in (("OPTAM", fees.optam_pct_br), ("non OPTAM", fees.non_optam_pct_br)):
        if pct < 100:
            found.append(f"{name} ({label}) : {pct} % BR < 100 % ({regulation.TM_MANDATORY.text})")
    cap = int(regulation.NON_OPTAM_MAX_PCT.value)
    gap = int(regulation.NON_OPTAM_GAP.value)
    if fees.non_optam_pct_br > cap:
        found.append(
            f"{name} : non OPTAM à {fees.non_optam_pct_br} % BR > {cap} % "
            f"({regulation.NON_OPTAM_MAX_PCT.text})"
        )
    if fees.non_optam_pct_br > 100 and fees.non_optam_pct_br > fees.optam_pct_br - gap:
        found.append(
            f"{name} : non OPTAM à {fees.non_optam_pct_br} % BR pour OPTAM à "
            f"{fees.optam_pct_br} % BR ({regulation.NON_OPTAM_GAP.text})"
        )
    return found


def responsable_violations(guarantees: Guarantees) -> list[str]:
    """Every contrat responsable rule the guarantees break (empty when compliant)."""
    g = guarantees
    found: list[str] = []
    for name in _DOCTOR_CATEGORIES:
        found += _doctor_violations(name, getattr(g, name))
    for name in _TM_CATEGORIES:
        pct = getattr(g, name).pct_br
        if pct < 100:
            found.append(f"{name} : {pct} % BR < 100 % ({regulation.TM_MANDATORY.text})")
    if g.pharmacie.smr_65_pct_br < 100:
        found.append(
            f"pharmacie (65 %) : {g.pharmacie.smr_65_pct_br} % BR < 100 % "
            f"({regulation.TM_MANDATORY.text})"
        )
    for name in _FULL_COVER_CATEGORIES:
        if not getattr(g, name).frais_reels:
            found.append(f"{name} : panier non couvert ({regulation.CENT_POUR_CENT_SANTE.text})")
    if not g.forfait_journalier.frais_reels or g.forfait_journalier.max_days is not None:
        found.append(f"forfait_journalier : {regulation.FJH_FULL_COVER.text}")
    optics = g.optique_hors_100_sante
    for key, cap in regulation.OPTICS_CAPS.items():
        amount = getattr(optics, key)
        if amount > cap.value:
            found.append(f"optique_hors_100_sante.{key} : {amount} € > {cap.value} € ({cap.text})")
    if optics.frame_cap > regulation.FRAME_CAP.value:
        found.append(
            f"optique_hors_100_sante.frame_cap : {optics.frame_cap} € > "
            f"{regulation.FRAME_CAP.value} € ({regulation.FRAME_CAP.text})"
        )
    per_ear = g.aides_auditives_classe_2.per_ear
    if per_ear > regulation.HEARING_CLASS_2_CAP.value:
        found.append(
            f"aides_auditives_classe_2 : {per_ear} € > {regulation.HEARING_CLASS_2_CAP.value} € "
            f"({regulation.HEARING_CLASS_2_CAP.text})"
        )
    return found


def coherence_violations(guarantees: Guarantees) -> list[str]:
    """Internal consistency checks that hold for any contract, responsable or not."""
    optics = guarantees.optique_hors_100_sante
    found = []
    if not optics.simple <= optics.complexe <= optics.tres_complexe:
        found.append("optique_hors_100_sante : il faut simple ≤ complexe ≤ très complexe")
    if optics.frame_cap > optics.simple:
        found.append("optique_hors_100_sante : la monture ne peut dépasser le plafond simple")
    return found
