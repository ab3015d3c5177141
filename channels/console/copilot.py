"""The adviser's copilot: the bot's brain, offered as suggestions the adviser may send.

Three tools, each returning a :class:`CopilotResult` (French text ready to send to the member,
its sources, and line items to read at a glance):

- :meth:`CopilotService.answer` — a grounded answer from the knowledge base, with sources
  (title, date, link), and related documents;
- :meth:`CopilotService.simulate` — the reimbursement simulator from free text
  (« dermato secteur 2 70 € Confort »), line by line;
- :meth:`CopilotService.care_search` — the care search, through an injectable
  :data:`CareSearch` callable (default: :func:`default_care_search`, which imports
  :mod:`care` lazily and answers « indisponible » when it cannot search).

Bad input raises :class:`CopilotInputError` (French message, a 422 for the API). A back end
that cannot answer (index missing, directory empty…) gives a result with
``status="indisponible"`` and a French notice: never an exception for the console.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from channels.logs import log_failure
from dialogue.care_request import NO_CONTRACT, CareAct, CareRequest, parse_care_request
from dialogue.simulation import (
    answer as simulation_answer,
)
from dialogue.simulation import (
    contract_for_simulation,
    contract_names,
    missing_slots,
    refusal_reason,
    run_simulation,
    situation_for,
)
from reimbursement import ContractCatalog, ReimbursementError, load_contracts
from reimbursement.money import format_eur
from retrieval import Answer, Retriever, answer_question, format_for_member
from retrieval.settings import RetrievalSettings

logger = logging.getLogger(__name__)

MAX_INPUT_CHARS = 2000
CopilotKind = Literal["answer", "simulation", "care_search"]
CopilotStatus = Literal["ok", "sans_reponse", "incomplet", "indisponible"]


class CopilotSource(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    url: str = ""
    updated: str = ""


class CopilotItem(BaseModel):
    """One line to read at a glance: a simulation line, a professional found…"""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    value: str = ""
    detail: str = ""


class CopilotResult(BaseModel):
    """A suggestion for the adviser; ``text`` is what « Envoyer au membre » puts in the reply."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: CopilotKind
    status: CopilotStatus = "ok"
    title: str
    text: str = Field(default="", description="French text for the member (empty: none)")
    notice: str | None = Field(default=None, description="French note for the adviser")
    sources: list[CopilotSource] = Field(default_factory=list)
    items: list[CopilotItem] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list, description="titles of related documents")
    data: dict[str, Any] = Field(default_factory=dict)


class ContractOption(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str


class CopilotInputError(ValueError):
    """The adviser's input cannot be used; the message is French."""


#: ``text -> result``; a plain dict is validated as a :class:`CopilotResult`.
CareSearch = Callable[[str], "CopilotResult | dict[str, Any]"]


def unavailable(kind: CopilotKind, title: str, notice: str) -> CopilotResult:
    return CopilotResult(kind=kind, status="indisponible", title=title, notice=notice)


def _clean(text: str, what: str) -> str:
    flat = text.strip()
    if not flat:
        raise CopilotInputError(f"{what} est vide.")
    if len(flat) > MAX_INPUT_CHARS:
        raise CopilotInputError(f"{what} est trop long ({MAX_INPUT_CHARS} caractères au maximum).")
    return flat


# -- care search ------------------------------------------------------------------------------


def _km(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + "\u00a0km"


def care_result_from_response(response: Any, text: str) -> CopilotResult:
    """A :class:`CopilotResult` from a ``care.CareSearchResponse`` and its French rendering."""
    items = []
    for found in getattr(response, "results", []) or []:
        facts = [str(found.address), str(found.sector_label)]
        if found.fee is not None:
            facts.append(f"consultation {format_eur(found.fee)}")
        if found.reste_a_charge is not None:
            facts.append(f"reste à charge estimé {format_eur(found.reste_a_charge)}")
        if found.phone:
            facts.append(f"tél. {found.phone}")
        items.append(
            CopilotItem(
                label=str(found.name), value=_km(found.distance_km), detail=" · ".join(facts)
            )
        )
    status = str(getattr(response, "status", "ok"))
    notes = [note for note in (getattr(response, "access_note", None),) if note]
    notes.extend(str(message) for message in getattr(response, "messages", []) or [])
    return CopilotResult(
        kind="care_search",
        status="ok" if items else ("sans_reponse" if status == "aucun_resultat" else "incomplet"),
        title=f"Recherche de soins : {getattr(response, 'specialty_plural', None) or 'soignants'}",
        text=text,
        notice=" ".join(notes) or None,
        items=items,
        sources=[
            CopilotSource(
                title="Annuaire santé (RPPS, données ouvertes)",
                url="https://annuaire.sante.fr/",
            )
        ]
        if items
        else [],
        data={"status": status, "total": getattr(response, "total", len(items))},
    )


def directory_care_search(url: str | None = None) -> CareSearch:
    """A :data:`CareSearch` on :func:`care.get_directory` (``url``: its database)."""

    def search(text: str) -> CopilotResult:
        title = "Recherche de soins"
        try:
            care: Any = importlib.import_module("care")
            get_directory = care.get_directory
            format_results_fr = care.format_results_fr
            care_error: type[Exception] = getattr(care, "CareError", LookupError)
        except (ImportError, AttributeError):
            return unavailable(
                "care_search", title, "La recherche de soins n'est pas encore disponible."
            )
        try:
            response = get_directory(url).ask(text)
            rendered = format_results_fr(response)
        except care_error as exc:
            return unavailable("care_search", title, f"Recherche de soins indisponible : {exc}")
        except Exception as exc:
            log_failure(logger, "care search failed", exc)
            return unavailable(
                "care_search", title, "La recherche de soins a échoué : réessayez plus tard."
            )
        return care_result_from_response(response, str(rendered))

    return search


def default_care_search(text: str) -> CopilotResult | dict[str, Any]:
    """The care search of the project's directory (``MUTUELLE_DB_URL``)."""
    return directory_care_search()(text)


def _default_retriever() -> Retriever:
    from retrieval import HybridRetriever

    return HybridRetriever.load_default()


# -- the service ------------------------------------------------------------------------------


class CopilotService:
    """Knowledge base, simulator and care search for advisers (synchronous, thread-safe)."""

    def __init__(
        self,
        retriever: Retriever | None = None,
        *,
        retriever_loader: Callable[[], Retriever] | None = None,
        retrieval_settings: RetrievalSettings | None = None,
        care_search: CareSearch = default_care_search,
        contracts: Callable[[], ContractCatalog] = load_contracts,
    ) -> None:
        """``retriever``, or ``retriever_loader`` called once on first use (default:
        :meth:`retrieval.HybridRetriever.load_default`, the verified index of the project)."""
        self._retriever = retriever
        self._loader = retriever_loader or _default_retriever
        self._lock = threading.Lock()
        self.retrieval_settings = retrieval_settings
        self.care_search_fn = care_search
        self._contracts = contracts

    def _knowledge(self) -> Retriever:
        with self._lock:
            if self._retriever is None:
                self._retriever = self._loader()
            return self._retriever

    # -- knowledge base ---------------------------------------------------------------------

    def answer(self, question: str) -> CopilotResult:
        question = _clean(question, "La question")
        title = "Réponse suggérée (base de connaissances)"
        try:
            found = answer_question(
                question, self._knowledge(), audience="member", settings=self.retrieval_settings
            )
        except Exception as exc:
            log_failure(logger, "knowledge base unavailable for the copilot", exc)
            return unavailable(
                "answer", title, "La base de connaissances est indisponible pour le moment."
            )
        return self._answer_result(found, title)

    @staticmethod
    def _answer_result(found: Answer, title: str) -> CopilotResult:
        if not found.grounded:
            return CopilotResult(
                kind="answer",
                status="sans_reponse",
                title=title,
                notice=(
                    "Aucune fiche ne répond de façon fiable : reformulez la question ou "
                    "consultez le dossier de l'adhérent."
                ),
                data={"confidence": round(found.confidence, 4)},
            )
        return CopilotResult(
            kind="answer",
            title=found.title or title,
            text=format_for_member(found),
            sources=[
                CopilotSource(title=c.title, url=c.url, updated=c.updated) for c in found.citations
            ],
            related=[related_title for _, related_title in found.related],
            data={
                "doc_id": found.doc_id,
                "updated": found.updated,
                "confidence": round(found.confidence, 4),
            },
        )

    # -- simulator --------------------------------------------------------------------------

    def contracts(self) -> list[ContractOption]:
        catalog = self._contracts()
        return [ContractOption(id=i, name=catalog.get(i).name) for i in catalog.ids]

    def simulate(self, text: str, contract_id: str | None = None) -> CopilotResult:
        text = _clean(text, "La description du soin")
        title = "Simulation de remboursement"
        try:
            catalog = self._contracts()
        except ReimbursementError as exc:
            log_failure(logger, "contracts unavailable for the copilot", exc)
            return unavailable("simulation", title, "Le catalogue des contrats est indisponible.")
        if contract_id is not None and contract_id not in (*catalog.ids, NO_CONTRACT):
            raise CopilotInputError(f"Contrat inconnu : « {contract_id} ».")
        request = parse_care_request(text, contract_names(catalog))
        if contract_id is not None:
            request = CareRequest.model_validate({**request.given(), "contract_id": contract_id})
        if request.act is None:
            raise CopilotInputError(
                "Soin non reconnu : précisez-le, par exemple « dermato secteur 2 70 € Confort »."
            )
        if request.act is CareAct.NOT_SIMULATED:
            label = request.care_label or "ce soin"
            return CopilotResult(
                kind="simulation",
                status="incomplet",
                title=title,
                notice=(
                    f"Le simulateur ne calcule pas encore : {label}. Cherchez la réponse dans "
                    "la base de connaissances."
                ),
            )
        missing = missing_slots(request, contract_known=False)
        if missing:
            wanted = ", ".join(_MISSING_LABELS.get(slot, slot) for slot in missing)
            return CopilotResult(
                kind="simulation",
                status="incomplet",
                title=title,
                notice=f"Il manque : {wanted}.",
                data={"missing": missing, "understood": request.model_dump(mode="json")},
            )
        contract = contract_for_simulation(request.contract_id)
        situation = situation_for(None)
        try:
            run = run_simulation(request, situation, contract)
        except (ReimbursementError, ValidationError, ValueError) as exc:
            logger.info("copilot simulation refused: %s", type(exc).__name__)
            return CopilotResult(
                kind="simulation",
                status="incomplet",
                title=title,
                notice=f"Calcul impossible de façon fiable : {refusal_reason(exc)}",
            )
        result = run.result
        rendered = simulation_answer(
            result, optam_variant=run.optam_variant, assumptions=run.assumptions
        )
        return CopilotResult(
            kind="simulation",
            title=f"Simulation : {result.act_label}",
            text=_for_member(rendered.text),
            sources=[
                CopilotSource(
                    title=str(s.get("title") or ""),
                    url=str(s.get("url") or ""),
                    updated=str(s.get("updated") or ""),
                )
                for s in rendered.sources
            ],
            items=[
                CopilotItem(label=line.label, value=format_eur(line.amount), detail=line.rule)
                for line in result.lines
            ],
            notice="Estimation pour un adulte de 40 ans sans ALD, dans le parcours de soins "
            "sauf mention contraire : vérifiez le dossier de l'adhérent.",
            data=rendered.data,
        )

    # -- care search ------------------------------------------------------------------------

    def care_search(self, text: str) -> CopilotResult:
        text = _clean(text, "La recherche")
        title = "Recherche de soins"
        try:
            found = self.care_search_fn(text)
            if isinstance(found, CopilotResult):
                return found
            return CopilotResult.model_validate({"kind": "care_search", "title": title, **found})
        except ValidationError as exc:
            log_failure(logger, "care search returned an unusable result", exc)
        except Exception as exc:
            log_failure(logger, "care search failed", exc)
        return unavailable("care_search", title, "La recherche de soins a échoué.")


_MISSING_LABELS = {
    "care_act": "le soin",
    "care_sector": "le secteur du médecin (1, 2 ou OPTAM)",
    "care_fee": "le montant facturé",
    "care_frame_price": "le prix de la monture",
    "care_basket": "le panier (100 % Santé ou non)",
    "care_days": "le nombre de jours",
    "contract_id": "le contrat (choisissez-le dans la liste ou nommez-le)",
}


_ADVISER_HINT = "Il s'agit d'une estimation ; un conseiller peut vérifier"


def _for_member(text: str) -> str:
    """The simulator's member text, without the line inviting to ask an adviser."""
    lines = [line for line in text.splitlines() if not line.startswith(_ADVISER_HINT)]
    lines.append("Il s'agit d'une estimation, sous réserve de votre facture et de votre dossier.")
    return "\n".join(lines)
