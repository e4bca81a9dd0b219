"""One typed, frozen settings object for every Mamori process.

Values come from the environment (prefix ``MAMORI_``, nested with ``__``) or a
``.env`` file; secrets are ``SecretStr`` and have no default in the repo.
Detection thresholds live in :mod:`mamori.detect.config` (a TOML file), because
they are policy, back-tested with replay, not deployment plumbing.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, SecretStr
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
    #: Insert-only user of the worker; ``default`` only on the local embedded engine.
    writer_user: str = "default"
    writer_password: SecretStr = SecretStr("")
    #: Read-only user of dashboards, review packs and exports.
    reader_user: str = "default"
    reader_password: SecretStr = SecretStr("")
    #: Admin user that runs migrations.
    admin_user: str = "default"
    admin_password: SecretStr = SecretStr("")
    secure: bool = False


class SinkSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    max_batch_rows: int = Field(default=5000, ge=1)
    max_batch_seconds: float = Field(default=1.0, gt=0)
    retry_initial_seconds: float = Field(default=0.5, gt=0)
    retry_max_seconds: float = Field(default=30.0, gt=0)


class IngestToken(BaseModel):
    """One source's bearer token, stored as its SHA-256 hex digest (``mamori ingest
    token`` prints a new token and its hash). Tokens are 256-bit random strings, so a
    plain SHA-256 is enough: there is nothing to brute-force as with passwords."""

    model_config = ConfigDict(frozen=True)

    #: The publishing system this token speaks for; stamped on events without ``source``.
    source: str = Field(min_length=1, max_length=128)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    #: ``ingest`` = POST /v1/contact-events; ``metrics`` = GET /metrics.
    scopes: tuple[str, ...] = ("ingest",)


class ImapSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    host: str | None = None
    port: int = 993
    ssl: bool = True
    username: str | None = None
    password: SecretStr | None = None
    folder: str = "INBOX"
    #: Where the last ingested UID (and the folder's UIDVALIDITY) is remembered.
    checkpoint: Path = Path(".local/ingest/imap-checkpoint.json")
    poll_seconds: float = Field(default=30.0, gt=0)
    fetch_batch: int = Field(default=100, ge=1)


class IngestSettings(BaseModel):
    """``mamori ingest``: the HTTP endpoint, the mail and the call adapters."""

    model_config = ConfigDict(frozen=True)

    host: str = "127.0.0.1"
    port: int = 8089
    #: Per-source bearer tokens (hashed). Empty = the endpoint refuses to start.
    tokens: tuple[IngestToken, ...] = ()
    #: Request bounds: larger bodies or batches are refused whole with 413.
    max_body_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    max_batch_lines: int = Field(default=1000, ge=1)
    #: Per-token token bucket: sustained requests per second and burst size.
    rate_per_second: float = Field(default=50.0, gt=0)
    rate_burst: int = Field(default=100, ge=1)
    #: Seconds to wait for Kafka's acknowledgement before answering 503.
    ack_timeout_seconds: float = Field(default=10.0, gt=0)
    #: Support addresses: mail from these is outbound, mail to them inbound.
    support_addresses: tuple[str, ...] = ()
    #: Region assumed for national phone numbers (E.164 normalisation).
    default_region: str = "JP"
    #: TOML file with source-id mappings (agents, customers, CDR columns, speakers).
    mapping: Path | None = None
    #: TLS for the HTTP endpoint (or terminate TLS at a proxy; see docs/connecting.md).
    tls_certfile: Path | None = None
    tls_keyfile: Path | None = None
    imap: ImapSettings = ImapSettings()


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
    ingest: IngestSettings = IngestSettings()
    #: Faust application id = Kafka consumer group.
    app_id: str = "mamori"
    #: Contact events handled per detection batch (the unit of acknowledgement).
    detect_batch_size: int = Field(default=2000, ge=1)
    #: Faust table state directory.
    state_dir: Path = Path(".local/faust")
    #: Optional TOML file overriding detection thresholds and calendar.
    detection_config: Path | None = None
    #: Extra lexicon directories (company-specific patterns), searched after the defaults.
    lexicon_dirs: tuple[Path, ...] = ()
    #: Malformed-input limits.
    max_message_bytes: int = 1_048_576
    max_text_chars: int = 20_000

    def pseudonym_secret(self) -> bytes:
        if self.pseudonym_key is None or not self.pseudonym_key.get_secret_value():
            raise RuntimeError(
                "MAMORI_PSEUDONYM_KEY is not set: the keyed hash for customer and staff ids "
                "needs a secret (e.g. `openssl rand -hex 32`). The local demo generates one "
                "in .local/secrets.env."
            )
        return self.pseudonym_key.get_secret_value().encode()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
