"""Kafka client settings from :class:`mamori.settings.KafkaSettings`, for the two
client libraries Mamori uses: kafka-python (publisher, admin, tests) and aiokafka
through Faust (the worker). One mapping, so both connect the same way.

Security comes from the environment through the settings, e.g.::

    MAMORI_KAFKA__SECURITY_PROTOCOL=SASL_SSL
    MAMORI_KAFKA__SASL_MECHANISM=SCRAM-SHA-512
    MAMORI_KAFKA__SASL_USERNAME=mamori
    MAMORI_KAFKA__SASL_PASSWORD=...
    MAMORI_KAFKA__SSL_CAFILE=/etc/mamori/kafka-ca.pem
"""

from __future__ import annotations

import ssl
from typing import Any

from mamori.settings import KafkaSettings

PROTOCOLS = frozenset({"PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"})
SASL_MECHANISMS = frozenset({"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"})


class KafkaConfigError(ValueError):
    """The Kafka settings are inconsistent (e.g. SASL without a username)."""


def bootstrap_list(s: KafkaSettings) -> list[str]:
    """``"a:9092, b:9092"`` → ``["a:9092", "b:9092"]``."""
    servers = [part.strip() for part in s.bootstrap_servers.split(",") if part.strip()]
    if not servers:
        raise KafkaConfigError("kafka.bootstrap_servers is empty")
    return servers


def _protocol(s: KafkaSettings) -> str:
    protocol = s.security_protocol.strip().upper()
    if protocol not in PROTOCOLS:
        raise KafkaConfigError(
            f"kafka.security_protocol {s.security_protocol!r} is not one of {sorted(PROTOCOLS)}"
        )
    return protocol


def _sasl(s: KafkaSettings) -> tuple[str, str, str]:
    """(mechanism, username, password); PLAIN when no mechanism is given."""
    mechanism = (s.sasl_mechanism or "PLAIN").strip().upper()
    if mechanism not in SASL_MECHANISMS:
        raise KafkaConfigError(
            f"kafka.sasl_mechanism {s.sasl_mechanism!r} is not one of {sorted(SASL_MECHANISMS)}"
        )
    if not s.sasl_username or s.sasl_password is None:
        raise KafkaConfigError(
            "SASL needs MAMORI_KAFKA__SASL_USERNAME and MAMORI_KAFKA__SASL_PASSWORD"
        )
    return mechanism, s.sasl_username, s.sasl_password.get_secret_value()


def _ssl_files(s: KafkaSettings) -> dict[str, str]:
    if (s.ssl_certfile is None) != (s.ssl_keyfile is None):
        raise KafkaConfigError("kafka.ssl_certfile and kafka.ssl_keyfile go together")
    files = {
        "ssl_cafile": s.ssl_cafile,
        "ssl_certfile": s.ssl_certfile,
        "ssl_keyfile": s.ssl_keyfile,
    }
    return {k: str(v) for k, v in files.items() if v is not None}


def _check_ssl_unused(s: KafkaSettings, protocol: str) -> None:
    # Certificates configured for a plaintext protocol are a misconfiguration that
    # would silently send credentials or data unencrypted.
    if _ssl_files(s):
        raise KafkaConfigError(
            f"kafka.ssl_* files are set but security_protocol is {protocol}; use SSL or SASL_SSL"
        )


def _client_kwargs(s: KafkaSettings) -> dict[str, Any]:
    """Brokers, protocol and SASL login: spelled alike by kafka-python and aiokafka."""
    protocol = _protocol(s)
    kwargs: dict[str, Any] = {
        "bootstrap_servers": bootstrap_list(s),
        "security_protocol": protocol,
    }
    if protocol.startswith("SASL_"):
        mechanism, username, password = _sasl(s)
        kwargs |= {
            "sasl_mechanism": mechanism,
            "sasl_plain_username": username,
            "sasl_plain_password": password,
        }
    return kwargs


def kafka_python_kwargs(s: KafkaSettings) -> dict[str, Any]:
    """Keyword arguments accepted alike by kafka-python's ``KafkaProducer``,
    ``KafkaConsumer`` and ``KafkaAdminClient`` (the admin client rejects unknown keys)."""
    kwargs = _client_kwargs(s)
    protocol = kwargs["security_protocol"]
    if protocol.endswith("SSL"):
        kwargs |= _ssl_files(s)
    else:
        _check_ssl_unused(s, protocol)
    return kwargs


def ssl_context(s: KafkaSettings) -> ssl.SSLContext:
    """Server-verifying TLS context from the CA file (system CAs when unset) and, for
    mutual TLS, the client certificate and key."""
    files = _ssl_files(s)
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=files.get("ssl_cafile"))
    if "ssl_certfile" in files:
        context.load_cert_chain(files["ssl_certfile"], keyfile=files["ssl_keyfile"])
    return context


def faust_broker_url(s: KafkaSettings) -> str:
    """Faust's broker setting: ``kafka://a:9092;kafka://b:9092``."""
    return ";".join(f"kafka://{server}" for server in bootstrap_list(s))


def faust_broker_kwargs(s: KafkaSettings) -> dict[str, Any]:
    """``faust.App`` keyword arguments: ``broker`` and, unless plaintext,
    ``broker_credentials`` (``faust.SASLCredentials`` or ``faust.SSLCredentials``),
    which faust-streaming's aiokafka driver turns into aiokafka's security options."""
    protocol = _protocol(s)
    kwargs: dict[str, Any] = {"broker": faust_broker_url(s)}
    if protocol == "PLAINTEXT":
        _check_ssl_unused(s, protocol)
        return kwargs
    import faust  # lazily: Faust is heavy and only the worker needs it

    if protocol == "SSL":
        kwargs["broker_credentials"] = faust.SSLCredentials(ssl_context(s))
        return kwargs
    mechanism, username, password = _sasl(s)
    if protocol == "SASL_PLAINTEXT":
        _check_ssl_unused(s, protocol)
        context: ssl.SSLContext | None = None
    else:
        context = ssl_context(s)
    # SASLCredentials derives SASL_SSL from the presence of the TLS context.
    kwargs["broker_credentials"] = faust.SASLCredentials(
        username=username, password=password, ssl_context=context, mechanism=mechanism
    )
    return kwargs


def aiokafka_kwargs(s: KafkaSettings) -> dict[str, Any]:
    """Keyword arguments for aiokafka's ``AIOKafkaProducer``/``AIOKafkaConsumer``
    (the ingest service): the same mapping, with a TLS context instead of file names."""
    kwargs = _client_kwargs(s)
    protocol = kwargs["security_protocol"]
    if protocol.endswith("SSL"):
        kwargs["ssl_context"] = ssl_context(s)
    else:
        _check_ssl_unused(s, protocol)
    return kwargs
