"""Where the numbers come from: /work/shared/reference/fr-health-facts.md, section 7.3.

The sheet names the sources (service-public.fr A14455 and A15206, franceinfo 2017 for the
116 117); the page addresses below are those sources' own pages. Re-check them before
go-live, as the sheet itself asks (its "Uncertain" items 9 and 17).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "EMERGENCY_NUMBERS_SOURCE",
    "ON_CALL_DOCTOR_SOURCE",
    "SUICIDE_PREVENTION_SOURCE",
    "Source",
]


@dataclass(frozen=True)
class Source:
    """A cited page, in the response envelope's shape: title, url, updated."""

    title: str
    url: str
    updated: str

    def to_dict(self) -> dict[str, str]:
        return {"title": self.title, "url": self.url, "updated": self.updated}


# 15 (SAMU), 112 and 114 (SMS, for deaf, hard-of-hearing, aphasic, dysphasic people).
# The sheet dates its A14455 reading 24 Sept 2025.
EMERGENCY_NUMBERS_SOURCE = Source(
    title="Numéros d'urgence : 15 (SAMU), 112, 114 par SMS – Service-Public.fr",
    url="https://www.service-public.fr/particuliers/actualites/A14455",
    updated="2025-09-24",
)

# 3114, free, 24/7, open since 1 Oct 2021; the page was published on 29 Sept 2021.
SUICIDE_PREVENTION_SOURCE = Source(
    title="Le 3114 : numéro national de prévention du suicide – Service-Public.fr",
    url="https://www.service-public.fr/particuliers/actualites/A15206",
    updated="2021-09-29",
)

# 116 117, on-call GP: evenings from 8 pm, weekends from Saturday noon, public holidays.
# A secondary source (press, April 2017); deployment is regional, so replies say
# "116 117, or 15 where it is not available", as the sheet recommends.
ON_CALL_DOCTOR_SOURCE = Source(
    title="116 117, le numéro pour joindre un médecin de garde – franceinfo",
    url=(
        "https://www.francetvinfo.fr/sante/"
        "trois-questions-sur-le-numero-unique-pour-contacter-un-medecin-de-garde_2131111.html"
    ),
    updated="2017-04",
)
