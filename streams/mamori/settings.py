"""One typed, frozen settings object for every Mamori process.

Values come from the environment (prefix ``MAMORI_``, nested with ``__``) or a
``.env`` file; secrets are ``SecretStr`` and have no default in the repo.
Detection thresholds live in :mod:`mamori.detect.config` (a TOML file), because
they are policy, back-tested with replay, not deployment plumbing.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class KafkaSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    bootstrap_servers: str = "127.0.0.1:9092"
    #: PLAINTEXT | SSL | SASL_PLAINTEXT | SASL_SSL
    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str | None = None  # PLAIN | SCRAM-SHA-256 | SCRAM-SHA-512
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None

    contact_topic: str = "contact-events"
    indicator_topic: str = "harassment-indicators"
    escalation_topic: str = "customer-escalations"
    dlq_topic: str = "contact-events-dlq"
    partitions: int = Field(default=8, ge=1)
    replication_factor: int = Field(default=1, ge=1)


class ClickHouseSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    host: str = "127.0.0.1"
    http_port: int = 8123
    tcp_port: int = 9000
    database: str = "mamori"
    # One user per role (mamori.storage.roles). No role falls back to ``default``:
    # a role used without its password is an error (MissingCredentialError).
    #: The worker: INSERT into indicators, escalations, dead_letters, pipeline_stats.
    writer_user: str = "mamori_writer"
    writer_password: SecretStr = SecretStr("")
    #: ``mamori decide``: INSERT into decisions.
    reviewer_user: str = "mamori_reviewer"
    reviewer_password: SecretStr = SecretStr("")
    #: ``mamori verify --seal``: the only writer of evidence_chain / sealed_indicators.
    sealer_user: str = "mamori_sealer"
    sealer_password: SecretStr = SecretStr("")
    #: Superset: SELECT on the count tables and views only.
    dashboard_user: str = "mamori_dashboard"
    dashboard_password: SecretStr = SecretStr("")
    #: Review packs, exports, ``mamori verify``: read-only on the Mamori database.
    reader_user: str = "mamori_reader"
    reader_password: SecretStr = SecretStr("")
    #: Migrations (DDL).
    admin_user: str = "mamori_admin"
    admin_password: SecretStr = SecretStr("")
    secure: bool = False

    def credentials(self, role: str) -> tuple[str, str]:
        """(user, password) of ``role``; fails closed without a password or as ``default``."""
        user = str(getattr(self, f"{role}_user"))
        password = getattr(self, f"{role}_password").get_secret_value()
        name = f"MAMORI_CLICKHOUSE__{role.upper()}"
        if user == "default":
            raise MissingCredentialError(
                f"{name}_USER is 'default': Mamori never connects as the server's default "
                f"user; create the {role} user (docs/reliability.md, roles) and set it"
            )
        if not password:
            raise MissingCredentialError(
                f"{name}_PASSWORD is not set: the {role} role ({user}) needs its password"
            )
        return user, password


class MissingCredentialError(RuntimeError):
    """A role's credentials are missing: refuse to start rather than connect as someone else."""


#: Random bytes a pseudonymisation key must carry at least.
MIN_PSEUDONYM_KEY_BYTES = 32


def key_strength(key: str) -> int:
    """Random bytes ``key`` stands for, as written: hex digits count half a byte each
    (``openssl rand -hex 32``), base64 characters ¾ (``openssl rand -base64 32``),
    anything else a byte per character. A key of few distinct characters counts 0."""
    import string

    if len(set(key)) < 8:
        return 0
    if all(c in string.hexdigits for c in key):
        return len(key) // 2
    if all(c in string.ascii_letters + string.digits + "+/=-_" for c in key):
        return len(key.rstrip("=")) * 3 // 4
    return len(key.encode())


class SinkSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    max_batch_rows: int = Field(default=5000, ge=1)
    max_batch_seconds: float = Field(default=1.0, gt=0)
    retry_initial_seconds: float = Field(default=0.5, gt=0)
    retry_max_seconds: float = Field(default=30.0, gt=0)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="MAMORI_",
        env_nested_delimiter="__",
        # .local/secrets.env holds the secrets the local demo generated (git-ignored).
        env_file=(".env", ".local/secrets.env"),
        extra="ignore",
        frozen=True,
    )

    #: ``local`` (embedded services, demo), ``test`` or ``production``.
    profile: str = "local"
    #: HMAC key for customer/staff pseudonyms. Required; never committed.
    pseudonym_key: SecretStr | None = None
    kafka: KafkaSettings = KafkaSettings()
    clickhouse: ClickHouseSettings = ClickHouseSettings()
    sink: SinkSettings = SinkSettings()
    #: Faust application id = Kafka consumer group.
    app_id: str = "mamori"
    #: Contact events handled per detection batch (the unit of acknowledgement).
    detect_batch_size: int = Field(default=2000, ge=1)
    #: Faust table state directory.
    state_dir: Path = Path(".local/faust")
    #: The worker's health file (lag, last insert) for `mamori health`; default
    #: ``<state_dir>/health.json``.
    health_file: Path | None = None
    #: Optional TOML file overriding detection thresholds and calendar.
    detection_config: Path | None = None
    #: Extra lexicon directories (company-specific patterns), searched after the defaults.
    lexicon_dirs: tuple[Path, ...] = ()
    #: Malformed-input limits.
    max_message_bytes: int = 1_048_576
    max_text_chars: int = 20_000

    @model_validator(mode="after")
    def _production_fails_closed(self) -> Settings:
        """In production, a weak or missing pseudonymisation key and a role mapped to the
        ``default`` user are errors at start, not at first use."""
        if self.profile == "production":
            try:
                self.pseudonym_secret()
            except RuntimeError as exc:
                raise ValueError(str(exc)) from exc
            for role in ("writer", "reviewer", "sealer", "dashboard", "reader", "admin"):
                if getattr(self.clickhouse, f"{role}_user") == "default":
                    raise ValueError(f"MAMORI_CLICKHOUSE__{role.upper()}_USER may not be 'default'")
        return self

    def health_path(self) -> Path:
        return self.health_file or self.state_dir / "health.json"

    def pseudonym_secret(self) -> bytes:
        if self.pseudonym_key is None or not self.pseudonym_key.get_secret_value():
            raise RuntimeError(
                "MAMORI_PSEUDONYM_KEY is not set: the keyed hash for customer and staff ids "
                "needs a secret of at least 32 random bytes (`openssl rand -hex 32`). The "
                "local demo generates one in .local/secrets.env."
            )
        key = self.pseudonym_key.get_secret_value()
        if key_strength(key) < MIN_PSEUDONYM_KEY_BYTES:
            raise RuntimeError(
                f"MAMORI_PSEUDONYM_KEY is too weak ({key_strength(key)} random bytes as "
                f"written; {MIN_PSEUDONYM_KEY_BYTES} needed): use `openssl rand -hex 32` "
                "(64 hex digits) or `openssl rand -base64 32`"
            )
        return key.encode()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
