"""The directory on PostgreSQL (local server, trust auth), in a throw-away schema."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from care import CareDirectory, ensure_samples, format_results_fr, make_care_engine

SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.mark.postgres
def test_samples_import_and_search_on_postgresql() -> None:
    schema = f"care_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(SERVER)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except OperationalError as exc:  # no server here: say so rather than fail obscurely
        admin.dispose()
        pytest.skip(f"PostgreSQL indisponible sur {SERVER} : {exc.orig}")
    try:
        engine = make_care_engine(f"{SERVER}?options=-csearch_path%3D{schema}")
        result = ensure_samples(engine)
        assert result.action == "imported" and result.report is not None
        assert result.report.bad_rows == 0
        again = ensure_samples(engine, force=True)  # upserts on PostgreSQL too
        assert again.report is not None
        assert again.report.sites_stored == result.report.sites_stored
        with engine.connect() as conn:
            tables = conn.execute(
                text("SELECT count(*) FROM information_schema.tables WHERE table_schema = :s"),
                {"s": schema},
            ).scalar_one()
        assert tables == 6
        directory = CareDirectory.open(engine)
        response = directory.ask("un dermato à Nantes", contract_id="confort")
        assert response.status.value == "ok" and response.results
        assert response.results[0].distance_km <= response.results[-1].distance_km
        assert "dermatologue" in format_results_fr(response)
        engine.dispose()
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
