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
