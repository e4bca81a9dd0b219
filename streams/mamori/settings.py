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
    alert_topic: str = "alerts"
    #: Alerts a destination did not take yet, with their next attempt time.
    alert_outbox_topic: str = "alerts-outbox"
    #: Alert and delivery status records (→ ClickHouse ``alerts``).
    alert_status_topic: str = "alert-status"
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


class WebhookDestinationSettings(BaseModel):
    """A generic HTTPS receiver: CloudEvents 1.0 JSON, signed per Standard Webhooks."""

    model_config = ConfigDict(frozen=True)

    url: str | None = None
    #: ``whsec_`` + base64 (the Standard Webhooks form) or raw base64; required with a url.
    secret: SecretStr | None = None
    #: Requests per second (a receiver's limit); above it alerts wait, never drop.
    max_per_second: float = Field(default=200.0, gt=0)
    timeout_seconds: float = Field(default=5.0, gt=0)


class ChatDestinationSettings(BaseModel):
    """Slack incoming webhook or Teams Workflows webhook: the URL itself is the secret."""

    model_config = ConfigDict(frozen=True)

    url: SecretStr | None = None
    #: Slack allows about one message a second per channel; alerts arriving faster are
    #: batched into the next message instead of dropped.
    max_per_second: float = Field(default=1.0, gt=0)
    timeout_seconds: float = Field(default=5.0, gt=0)


class EmailDestinationSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    host: str | None = None
    port: int = 587
    #: STARTTLS is required unless explicitly turned off (e.g. a relay on localhost).
    starttls: bool = True
    #: CA bundle for the server's certificate (a private CA); None = the system's.
    cafile: Path | None = None
    username: str | None = None
    password: SecretStr | None = None
    sender: str = "mamori@localhost"
    recipients: tuple[str, ...] = ()
    max_per_second: float = Field(default=0.2, gt=0)
    timeout_seconds: float = Field(default=10.0, gt=0)


class AlertsSettings(BaseModel):
    """Real-time supervisor alerts (docs/alerts.md)."""

    model_config = ConfigDict(frozen=True)

    enabled: bool = True
    #: Rules TOML (beside the detection config); None = the shipped defaults.
    rules_path: Path | None = None
    #: Staff directory CSV (``agent_key,team`` or ``agent_id,team``) for teams.
    staff_directory: Path | None = None
    webhook: WebhookDestinationSettings = WebhookDestinationSettings()
    slack: ChatDestinationSettings = ChatDestinationSettings()
    teams: ChatDestinationSettings = ChatDestinationSettings()
    email: EmailDestinationSettings = EmailDestinationSettings()
    #: Probe every configured destination when the worker starts; unreachable = refuse to start.
    check_at_start: bool = True
    #: Quick attempts in the delivery agent before an alert moves to the outbox topic.
    attempts: int = Field(default=3, ge=1)
    backoff_initial_seconds: float = Field(default=0.2, gt=0)
    backoff_max_seconds: float = Field(default=30.0, gt=0)
    #: After this long without success an alert is recorded as failed (it stays in the outbox topic).
    give_up_after_seconds: float = Field(default=86_400.0, gt=0)
    #: Longest the delivery agent waits for a destination's rate-limit slot; beyond it
    #: alerts for that destination are queued to the outbox (sent batched when the slot
    #: opens) so a slow destination never delays the others.
    max_pacing_wait_seconds: float = Field(default=1.0, ge=0)
    #: How often due digests are looked for.
    digest_check_seconds: float = Field(default=30.0, gt=0)


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
    alerts: AlertsSettings = AlertsSettings()
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
