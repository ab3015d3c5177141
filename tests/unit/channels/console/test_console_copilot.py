"""The copilot: JSON API (knowledge base with sources, simulator, care search) and service."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from fastapi.testclient import TestClient

from channels.console import CopilotResult, CopilotService, directory_care_search
from channels.console import copilot as copilot_module
from handoff import AdviserDirectory
from retrieval import HybridRetriever, RetrievalError
from retrieval.settings import RetrievalSettings
from tests.unit.channels.console.console_support import ADVISER, LAST_QUESTION

# -- knowledge base ------------------------------------------------------------------------------


def test_answer_has_sources_with_title_date_and_link(
    alice: TestClient, directory: AdviserDirectory
) -> None:
    response = alice.post("/api/copilot/answer", json={"question": LAST_QUESTION})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["kind"] == "answer"
    assert result["status"] == "ok"
    assert result["title"] == "Consultation chez le médecin généraliste"
    assert result["sources"] == [
        {
            "title": "Source officielle",
            "url": "https://www.ameli.fr/consultation-generaliste",
            "updated": "2024-12-22",
        }
    ]
    assert "30 €" in result["text"] and "Sources :" in result["text"]
    assert result["related"]  # other documents worth a look
    [audit] = directory.list_audit(actor=ADVISER, action="copilot.answer")
    assert audit.target == "copilot"
    assert "généraliste" not in (audit.detail or "")  # the question itself is not audited


def test_answer_about_a_ticket_is_audited_on_the_ticket(
    alice: TestClient, directory: AdviserDirectory
) -> None:
    alice.post("/api/copilot/answer", json={"question": "lunettes", "ticket_id": "t-1"})
    assert directory.list_audit(action="copilot.answer")[0].target == "t-1"


def test_unanswerable_question_says_so(alice: TestClient) -> None:
    result = alice.post(
        "/api/copilot/answer", json={"question": "Quel temps fera-t-il à Brest demain ?"}
    ).json()
    assert result["status"] == "sans_reponse"
    assert result["text"] == ""
    assert "reformulez" in result["notice"]


def test_copilot_input_errors_are_french(alice: TestClient) -> None:
    missing = alice.post("/api/copilot/answer", json={})
    assert missing.status_code == 422
    assert missing.json()["detail"] == "Champ « question » manquant."
    blank = alice.post("/api/copilot/answer", json={"question": "  "})
    assert blank.json()["detail"] == "Champ « question » vide."
    wrong_type = alice.post("/api/copilot/simulate", json={"text": 12})
    assert wrong_type.json()["detail"] == "Champ « text » : texte attendu."
    not_json = alice.post(
        "/api/copilot/care-search", content=b"text=x", headers={"content-type": "text/plain"}
    )
    assert not_json.status_code == 415
    assert not_json.json()["detail"] == "Corps JSON attendu (application/json)."
    too_big = alice.post("/api/copilot/answer", json={"question": "x" * 20_000})
    assert too_big.status_code == 413


def test_knowledge_base_unavailable_is_a_notice(
    retrieval_settings: RetrievalSettings,
) -> None:
    def broken() -> HybridRetriever:
        raise RetrievalError("index absent")

    service = CopilotService(retriever_loader=broken, retrieval_settings=retrieval_settings)
    result = service.answer("lunettes")
    assert result.status == "indisponible"
    assert result.notice == "La base de connaissances est indisponible pour le moment."


def test_retriever_is_loaded_once(
    retriever: HybridRetriever, retrieval_settings: RetrievalSettings
) -> None:
    calls: list[int] = []

    def load() -> HybridRetriever:
        calls.append(1)
        return retriever

    service = CopilotService(retriever_loader=load, retrieval_settings=retrieval_settings)
    service.answer("lunettes 100 % Santé")
    service.answer("forfait journalier")
    assert calls == [1]


# -- simulator -----------------------------------------------------------------------------------


def test_simulation_from_free_text_line_by_line(alice: TestClient) -> None:
    response = alice.post("/api/copilot/simulate", json={"text": "dermato secteur 2 70 € Confort"})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["kind"] == "simulation" and result["status"] == "ok"
    assert "dermatologue" in result["title"]
    lines = {item["label"]: item["value"] for item in result["items"]}
    assert lines["Base de remboursement"] == "23\u00a0€"
    assert lines["Reste à votre charge"] == "30,60\u00a0€"
    assert result["data"]["contract_id"] == "confort"
    assert result["data"]["figures"]["mutuelle"] == "25.30"
    assert any(s["url"].startswith("https://www.ameli.fr/") for s in result["sources"])
    assert "OPTAM" in result["text"]
    assert "un conseiller peut vérifier" not in result["text"]


def test_simulation_contract_from_the_list(alice: TestClient) -> None:
    result = alice.post(
        "/api/copilot/simulate",
        json={"text": "généraliste secteur 1 30 €", "contract_id": "integrale"},
    ).json()
    assert result["status"] == "ok"
    assert result["data"]["contract_id"] == "integrale"
    without = alice.post(
        "/api/copilot/simulate", json={"text": "généraliste secteur 1 30 €", "contract_id": "aucun"}
    ).json()
    assert without["data"]["contract_id"] is None
    assert without["data"]["figures"]["mutuelle"] == "0.00"


def test_incomplete_simulation_says_what_is_missing(alice: TestClient) -> None:
    result = alice.post("/api/copilot/simulate", json={"text": "dermato secteur 2"}).json()
    assert result["status"] == "incomplet"
    assert result["notice"].startswith("Il manque : le montant facturé")
    assert "le contrat" in result["notice"]


def test_simulation_refuses_unreadable_input(alice: TestClient) -> None:
    unknown = alice.post("/api/copilot/simulate", json={"text": "bonjour"})
    assert unknown.status_code == 422
    assert unknown.json()["detail"].startswith("Soin non reconnu")
    bad_contract = alice.post(
        "/api/copilot/simulate", json={"text": "dermato 70 €", "contract_id": "platine"}
    )
    assert bad_contract.status_code == 422
    assert bad_contract.json()["detail"] == "Contrat inconnu : « platine »."


def test_care_not_simulated_points_to_the_knowledge_base(alice: TestClient) -> None:
    result = alice.post("/api/copilot/simulate", json={"text": "séance de kiné 40 €"}).json()
    assert result["status"] == "incomplet"
    assert "kinésithérapie" in result["notice"]


def test_contracts_list(alice: TestClient) -> None:
    contracts = alice.get("/api/copilot/contracts").json()
    assert {"id": "confort", "name": "Confort"} in contracts


# -- care search ---------------------------------------------------------------------------------


def test_care_search_through_the_injected_callable(alice: TestClient) -> None:
    result = alice.post("/api/copilot/care-search", json={"text": "dermatologue à Nantes"}).json()
    assert result["kind"] == "care_search"
    assert result["items"][0]["label"] == "Dr Manon FICTIF"
    assert result["text"].startswith("1. Dr Manon FICTIF")


def test_care_search_failures_become_unavailable() -> None:
    def broken(text: str) -> dict[str, Any]:
        raise RuntimeError("boom")

    def nonsense(text: str) -> dict[str, Any]:
        return {"items": "not a list"}

    for search in (broken, nonsense):
        service = CopilotService(retriever_loader=lambda: None, care_search=search)  # type: ignore[arg-type,return-value]
        result = service.care_search("dermato à Nantes")
        assert result.status == "indisponible"
        assert result.notice == "La recherche de soins a échoué."


def test_default_care_search_without_a_care_package(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> Any:
        raise ImportError(name)

    monkeypatch.setattr(copilot_module, "importlib", SimpleNamespace(import_module=missing))
    result = directory_care_search("sqlite://")("dermato à Nantes")
    assert isinstance(result, CopilotResult)
    assert result.status == "indisponible"
    assert result.notice == "La recherche de soins n'est pas encore disponible."


def test_default_care_search_with_an_empty_directory(console_env: None) -> None:
    result = directory_care_search("sqlite://")("dermatologue à Nantes")
    assert isinstance(result, CopilotResult)
    assert result.kind == "care_search"
    # the care package is being written: an empty directory, or one that answers, both work
    assert result.status in ("indisponible", "ok", "incomplet", "sans_reponse")
    if result.status == "indisponible":
        assert result.notice and result.notice.startswith("Recherche de soins indisponible")
