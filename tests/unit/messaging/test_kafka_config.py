"""KafkaSettings → client options for kafka-python and for Faust/aiokafka.

Faust's own translation (``credentials_to_aiokafka_auth``) is applied to our output,
so the test checks what aiokafka finally receives, not just our intermediate objects.
"""

from __future__ import annotations

import asyncio
import shutil
import ssl
import subprocess
from pathlib import Path
from typing import Any

import certifi
import pytest
from pydantic import SecretStr

from mamori.messaging.kafka_config import (
    KafkaConfigError,
    faust_broker_kwargs,
    kafka_python_kwargs,
)
from mamori.settings import KafkaSettings, Settings


def aiokafka_options(s: KafkaSettings) -> dict[str, Any]:
    from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth

    return dict(credentials_to_aiokafka_auth(faust_broker_kwargs(s).get("broker_credentials")))


@pytest.fixture(scope="module")
def client_cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A throwaway self-signed client certificate and key (mutual TLS)."""
    openssl = shutil.which("openssl")
    assert openssl, "openssl is part of the base system"
    d = tmp_path_factory.mktemp("tls")
    cert, key = d / "client.pem", d / "client.key"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=mamori-test", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def test_plaintext_defaults() -> None:
    s = KafkaSettings()
    assert kafka_python_kwargs(s) == {
        "bootstrap_servers": ["127.0.0.1:9092"],
        "security_protocol": "PLAINTEXT",
    }
    assert faust_broker_kwargs(s) == {"broker": "kafka://127.0.0.1:9092"}
    assert aiokafka_options(s) == {"security_protocol": "PLAINTEXT"}


def test_several_bootstrap_servers() -> None:
    s = KafkaSettings(bootstrap_servers=" k1:9092, k2:9093 ,")
    assert kafka_python_kwargs(s)["bootstrap_servers"] == ["k1:9092", "k2:9093"]
    assert faust_broker_kwargs(s)["broker"] == "kafka://k1:9092;kafka://k2:9093"
    from faust.transport.drivers.aiokafka import server_list
    from faust.utils.urls import urllist

    urls = urllist(faust_broker_kwargs(s)["broker"], default_scheme="kafka")
    assert server_list(urls, 9092) == ["k1:9092", "k2:9093"]


@pytest.mark.parametrize("mechanism", ["SCRAM-SHA-256", "SCRAM-SHA-512", "PLAIN", None])
def test_sasl_plaintext(mechanism: str | None) -> None:
    s = KafkaSettings(
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism=mechanism,
        sasl_username="mamori",
        sasl_password=SecretStr("s3cret"),
    )
    expected_mechanism = mechanism or "PLAIN"
    assert kafka_python_kwargs(s) == {
        "bootstrap_servers": ["127.0.0.1:9092"],
        "security_protocol": "SASL_PLAINTEXT",
        "sasl_mechanism": expected_mechanism,
        "sasl_plain_username": "mamori",
        "sasl_plain_password": "s3cret",
    }
    assert aiokafka_options(s) == {
        "security_protocol": "SASL_PLAINTEXT",
        "sasl_mechanism": expected_mechanism,
        "sasl_plain_username": "mamori",
        "sasl_plain_password": "s3cret",
        "ssl_context": None,
    }
    # The password never shows in the credentials' repr (logs, tracebacks).
    assert "s3cret" not in repr(faust_broker_kwargs(s)["broker_credentials"])


def test_sasl_ssl_with_ca_file() -> None:
    s = KafkaSettings(
        bootstrap_servers="kafka.example.internal:9094",
        security_protocol="sasl_ssl",
        sasl_mechanism="scram-sha-512",
        sasl_username="mamori",
        sasl_password=SecretStr("pw"),
        ssl_cafile=Path(certifi.where()),
    )
    kw = kafka_python_kwargs(s)
    assert kw["security_protocol"] == "SASL_SSL"
    assert kw["sasl_mechanism"] == "SCRAM-SHA-512"
    assert kw["ssl_cafile"] == certifi.where()
    opts = aiokafka_options(s)
    assert opts["security_protocol"] == "SASL_SSL"
    assert opts["sasl_mechanism"] == "SCRAM-SHA-512"
    ctx = opts["ssl_context"]
    assert isinstance(ctx, ssl.SSLContext)
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    assert ctx.cert_store_stats()["x509_ca"] > 10  # the CA bundle was loaded


def test_mutual_tls(client_cert: tuple[Path, Path]) -> None:
    cert, key = client_cert
    s = KafkaSettings(security_protocol="SSL", ssl_certfile=cert, ssl_keyfile=key)
    assert kafka_python_kwargs(s) == {
        "bootstrap_servers": ["127.0.0.1:9092"],
        "security_protocol": "SSL",
        "ssl_certfile": str(cert),
        "ssl_keyfile": str(key),
    }
    opts = aiokafka_options(s)
    assert opts["security_protocol"] == "SSL"
    assert isinstance(opts["ssl_context"], ssl.SSLContext)
    # aiokafka accepts the result (constructing validates the security options).
    from aiokafka import AIOKafkaProducer

    async def construct() -> None:
        producer = AIOKafkaProducer(bootstrap_servers="127.0.0.1:9", **opts)
        assert producer.client._security_protocol == "SSL"

    asyncio.run(construct())


def test_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAMORI_KAFKA__BOOTSTRAP_SERVERS", "b1:9096,b2:9096")
    monkeypatch.setenv("MAMORI_KAFKA__SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("MAMORI_KAFKA__SASL_MECHANISM", "SCRAM-SHA-256")
    monkeypatch.setenv("MAMORI_KAFKA__SASL_USERNAME", "svc-mamori")
    monkeypatch.setenv("MAMORI_KAFKA__SASL_PASSWORD", "from-env")
    monkeypatch.setenv("MAMORI_KAFKA__SSL_CAFILE", certifi.where())
    s = Settings(_env_file=None).kafka  # type: ignore[call-arg]
    kw = kafka_python_kwargs(s)
    assert kw["bootstrap_servers"] == ["b1:9096", "b2:9096"]
    assert kw["sasl_plain_username"] == "svc-mamori"
    assert kw["sasl_plain_password"] == "from-env"
    assert aiokafka_options(s)["sasl_mechanism"] == "SCRAM-SHA-256"


def test_kafka_python_kwargs_fit_every_client() -> None:
    """KafkaAdminClient rejects unknown options; the same dict feeds all three clients."""
    from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer

    s = KafkaSettings(
        security_protocol="SASL_SSL",
        sasl_username="u",
        sasl_password=SecretStr("p"),
        ssl_cafile=Path(certifi.where()),
        ssl_certfile=Path("c.pem"),
        ssl_keyfile=Path("k.pem"),
    )
    keys = set(kafka_python_kwargs(s))
    for client in (KafkaAdminClient, KafkaConsumer, KafkaProducer):
        assert keys <= set(client.DEFAULT_CONFIG), client.__name__


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"security_protocol": "TLS"}, "security_protocol"),
        ({"security_protocol": "SASL_PLAINTEXT"}, "SASL_USERNAME"),
        ({"security_protocol": "SASL_PLAINTEXT", "sasl_username": "u"}, "SASL_PASSWORD"),
        (
            {
                "security_protocol": "SASL_SSL",
                "sasl_mechanism": "GSSAPI",
                "sasl_username": "u",
                "sasl_password": SecretStr("p"),
            },
            "sasl_mechanism",
        ),
        ({"ssl_cafile": Path("ca.pem")}, "security_protocol is PLAINTEXT"),
        ({"security_protocol": "SSL", "ssl_certfile": Path("c.pem")}, "go together"),
        ({"bootstrap_servers": " , "}, "empty"),
    ],
)
def test_inconsistent_settings_are_refused(fields: dict[str, Any], message: str) -> None:
    s = KafkaSettings(**fields)
    with pytest.raises(KafkaConfigError, match=message):
        kafka_python_kwargs(s)
    with pytest.raises(KafkaConfigError, match=message):
        faust_broker_kwargs(s)
