"""Where each rule comes from.

Every figure and rule the simulator applies is taken from the project's reference sheet
(``shared/reference/fr-health-facts.md``, sections 1–5) and carries the source that sheet
gives. Some sheet entries name a site but no page: their ``url`` is the site's home page and
``exact_url`` is ``False``. Secondary sources (insurers, press) have ``official=False``.
Re-check every figure on the live official pages before go-live.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class Source(BaseModel):
    """A public page that supports a rule, with the date it gives (validity or publication)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = Field(min_length=3)
    url: str = Field(pattern=r"^https://[^\s]+$")
    date: dt.date | None = Field(description="Date given by the source; None when undated")
    publisher: str
    official: bool = Field(description="ameli.fr, service-public.fr, legifrance, CPAM…")
    exact_url: bool = Field(default=True, description="False when only the site is known")

    def as_citation(self) -> dict[str, str | None]:
        """The ``{"title", "url", "updated"}`` shape of the response envelope."""
        return {
            "title": self.title,
            "url": self.url,
            "updated": self.date.isoformat() if self.date else None,
        }


# --- Official pages (ameli.fr, service-public.fr) -----------------------------------------

AMELI_TAUX = Source(
    title="Tableau récapitulatif des taux de remboursement",
    url="https://www.ameli.fr/assure/remboursements/rembourse/tableau-recapitulatif-taux-remboursement",
    date=dt.date(2024, 9, 24),
    publisher="ameli.fr",
    official=True,
)
AMELI_TARIFS_2024 = Source(
    title="Tarifs des médecins généralistes et spécialistes : ce qui change le 22 décembre 2024",
    url="https://www.ameli.fr/assure/actualites/tarifs-des-medecins-generalistes-et-specialistes-ce-qui-change-le-22-decembre-2024",
    date=dt.date(2024, 12, 22),
    publisher="ameli.fr",
    official=True,
)
AMELI_CONVENTION_2024 = Source(
    title="Convention médicale 2024-2029 : valorisation de l'activité clinique",
    url="https://www.ameli.fr/medecin/textes-reference/convention-medicale-2024-2029",
    date=dt.date(2024, 11, 28),
    publisher="ameli.fr",
    official=True,
)
SP_PARCOURS = Source(
    title="Parcours de soins coordonnés (fiche service-public F17042, lue sur une copie)",
    url="https://www.service-public.fr/particuliers/vosdroits/F17042",
    date=dt.date(2024, 12, 22),
    publisher="service-public.fr",
    official=True,
)
AMELI_FRANCHISE = Source(
    title="Franchise médicale",
    url="https://www.ameli.fr/assure/remboursements/reste-charge/franchise-medicale",
    date=dt.date(2024, 9, 5),
    publisher="ameli.fr",
    official=True,
)
AMELI_AUDIO = Source(
    title="Prothèses auditives : remboursement et 100 % Santé",
    url="https://www.ameli.fr/assure/remboursements/rembourse/soins-protheses-dentaires-optique-audition/protheses-auditives",
    date=dt.date(2024, 12, 13),
    publisher="ameli.fr",
    official=True,
)
AMELI_ALD = Source(
    title="Affection de longue durée (ALD)",
    url="https://www.ameli.fr/assure/droits-demarches/maladie-accident-hospitalisation/affection-longue-duree-ald/affection-longue-duree-ald",
    date=dt.date(2017, 5, 11),
    publisher="ameli.fr",
    official=True,
)
AMELI_C2S = Source(
    title="Complémentaire santé solidaire : bénéficiaires",
    url="https://www.ameli.fr/assure/droits-demarches/difficultes-acces-droits-soins/complementaire-sante/complementaire-sante-beneficiaires",
    date=None,
    publisher="ameli.fr",
    official=True,
)
AMELI_PF_2016 = Source(
    title="La participation forfaitaire : personnes exonérées (ancienne page ameli, 2016)",
    url="https://www.ameli.fr/",
    date=None,
    publisher="ameli.fr",
    official=True,
    exact_url=False,
)

# --- Secondary sources (confirm on an official page before publishing) ---------------------

QUECHOISIR_PF = Source(
    title="Forfaits et franchises médicales : bientôt 2 € par consultation",
    url="https://www.quechoisir.org/actualite-forfaits-et-franchises-medicales-bientot-2-eur-par-consultation-n122662/",
    date=dt.date(2024, 5, 15),
    publisher="UFC-Que Choisir",
    official=False,
)
QUECHOISIR_FJH = Source(
    title="Forfaits hospitaliers : hausses en rafale",
    url="https://www.quechoisir.org/actualite-forfaits-hospitaliers-hausses-en-rafale-n174650/",
    date=dt.date(2026, 3, 1),
    publisher="UFC-Que Choisir",
    official=False,
)
MNT_SMR = Source(
    title="Glossaire : taux de remboursement des médicaments selon le service médical rendu",
    url="https://www.mnt.fr/",
    date=dt.date(2014, 7, 1),
    publisher="MNT",
    official=False,
    exact_url=False,
)
VYV_LIVRET = Source(
    title="Livret Sécu 2022 : hospitalisation, forfait journalier et exonérations",
    url="https://www.groupe-vyv.fr/",
    date=None,
    publisher="Groupe VYV",
    official=False,
    exact_url=False,
)
MAGNOLIA_SECTEURS = Source(
    title="Secteur 3 et tarif d'autorité ; exonérations de la participation forfaitaire",
    url="https://www.magnolia.fr/",
    date=None,
    publisher="magnolia.fr",
    official=False,
    exact_url=False,
)
DENTAIRE_60 = Source(
    title="Soins dentaires remboursés à 60 % depuis le 15 octobre 2023 (décret n° 2023-701)",
    url="https://www.boursorama.com/",
    date=dt.date(2023, 10, 15),
    publisher="AFP / boursorama, rdv-medecins.com",
    official=False,
    exact_url=False,
)
MSA_DENTAIRE = Source(
    title="100 % Santé dentaire : paniers et base de remboursement des couronnes",
    url="https://alpesdunord.msa.fr/",
    date=dt.date(2022, 12, 16),
    publisher="MSA Alpes du Nord",
    official=True,
    exact_url=False,
)
CONTRAT_RESPONSABLE = Source(
    title="Contrat responsable (art. L871-1, R871-1 et R871-2 CSS) : obligations et plafonds",
    url="https://www.syngof.fr/",
    date=dt.date(2017, 1, 1),
    publisher="SYNGOF, mieux-etre.fr",
    official=False,
    exact_url=False,
)
OPTIQUE_2019 = Source(
    title="Optique : 100 % Santé et plafonds des contrats responsables (décret n° 2019-21)",
    url="https://www.mutuellesaintmartin.fr/",
    date=dt.date(2020, 1, 1),
    publisher="Mutuelle Saint-Martin, adpassurances",
    official=False,
    exact_url=False,
)
AUDIO_CLASSE_2 = Source(
    title="Aides auditives de classe II : plafond de 1 700 € par oreille (contrat responsable)",
    url="https://www.quechoisir.org/",
    date=None,
    publisher="UFC-Que Choisir, surdi13.fr",
    official=False,
    exact_url=False,
)

# --- The (fictitious) mutuelle's own pages -------------------------------------------------

HORIZON_GARANTIES = Source(
    title="Mutuelle Horizon Santé : tableau des garanties 2026",
    url="https://www.mutuelle-horizon.example/garanties",
    date=dt.date(2026, 1, 1),
    publisher="Mutuelle Horizon Santé",
    official=False,
)
