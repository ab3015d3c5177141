"""SQLAlchemy 2 tables of the care directory (portable: SQLite and PostgreSQL).

The tables have their own :class:`CareBase` so ``care`` can create them without touching the
member tables, but they live in the same database (``MUTUELLE_DB_URL``). Every table name
starts with ``care_``.

- ``care_communes``: gazetteer (one row per commune × postcode) with coordinates;
- ``care_practitioners``: one row per RPPS/ADELI identifier (name, profession);
- ``care_sites``: one row per practitioner × practice site, geocoded at the commune centre;
- ``care_skills``: the practitioner's savoir-faire codes (specialties, TRE_R38);
- ``care_enrichment``: secteur, OPTAM, usual fee… filled by the insurer (not in the RPPS);
- ``care_meta``: small key/value facts (samples fingerprint, last import).

``import_run`` columns let a full import remove the rows a newer extract no longer has, once
the whole file has been read (so an interrupted import never loses stored rows).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, Float, Index, Integer, Numeric, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class CareBase(DeclarativeBase):
    pass


class CommuneRecord(CareBase):
    __tablename__ = "care_communes"

    insee_code: Mapped[str] = mapped_column(String(5), primary_key=True)
    postal_code: Mapped[str] = mapped_column(String(5), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    department_code: Mapped[str] = mapped_column(String(3), index=True)
    department_name: Mapped[str] = mapped_column(String(80), default="")
    region_name: Mapped[str] = mapped_column(String(80), default="")
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    population: Mapped[int | None] = mapped_column(Integer, nullable=True)


class PractitionerRecord(CareBase):
    __tablename__ = "care_practitioners"

    pp_id: Mapped[str] = mapped_column(String(20), primary_key=True)
    id_type: Mapped[str] = mapped_column(String(2), default="")
    national_id: Mapped[str] = mapped_column(String(24), default="")
    civility: Mapped[str] = mapped_column(String(40), default="")
    last_name: Mapped[str] = mapped_column(String(120), default="")
    first_name: Mapped[str] = mapped_column(String(120), default="")
    profession_code: Mapped[str] = mapped_column(String(4), default="")
    profession_label: Mapped[str] = mapped_column(String(120), default="")
    import_run: Mapped[int] = mapped_column(Integer, default=0)


class SiteRecord(CareBase):
    __tablename__ = "care_sites"
    __table_args__ = (
        UniqueConstraint("pp_id", "site_key", name="uq_care_sites_pp_site"),
        Index("ix_care_sites_dept", "department_code"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    pp_id: Mapped[str] = mapped_column(String(20), index=True)
    site_key: Mapped[str] = mapped_column(String(40))
    mode_code: Mapped[str] = mapped_column(String(2), default="")
    site_name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    insee_code: Mapped[str] = mapped_column(String(5), default="")
    commune_name: Mapped[str] = mapped_column(String(120), default="")
    department_code: Mapped[str] = mapped_column(String(3), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    geo_precision: Mapped[str] = mapped_column(String(12), default="commune")
    import_run: Mapped[int] = mapped_column(Integer, default=0)


class SkillRecord(CareBase):
    __tablename__ = "care_skills"

    pp_id: Mapped[str] = mapped_column(String(20), primary_key=True)
    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    type_code: Mapped[str] = mapped_column(String(8), default="")
    import_run: Mapped[int] = mapped_column(Integer, default=0)


class EnrichmentRecord(CareBase):
    __tablename__ = "care_enrichment"

    pp_id: Mapped[str] = mapped_column(String(20), primary_key=True)
    sector: Mapped[str | None] = mapped_column(String(24), nullable=True)
    usual_fee: Mapped[Decimal | None] = mapped_column(Numeric(8, 2), nullable=True)
    teleconsultation: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    accepts_new_patients: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    import_run: Mapped[int] = mapped_column(Integer, default=0)


class MetaRecord(CareBase):
    __tablename__ = "care_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(400))
