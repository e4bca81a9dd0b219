"""The OpenAPI 3.1 document of the ingest endpoint. Served at ``/openapi.json`` and
committed as ``schemas/ingest-openapi.json`` (a test keeps the two equal;
``mamori ingest openapi`` rewrites the file). The event schema is the worker's own."""

from __future__ import annotations

from typing import Any

from mamori.domain.validation import CONTACT_SCHEMA_FILE, load_schema
from mamori.ingest.problems import PROBLEM_MEDIA_TYPE

_LINE = {
    "type": "object",
    "required": ["line", "status"],
    "properties": {
        "line": {"type": "integer", "description": "1-based line number in the body"},
        "status": {"enum": ["accepted", "rejected"]},
        "event_id": {"type": "string"},
        "reason": {
            "type": "string",
            "description": "the worker's rejection reason (schema_violation, invalid_json, "
            "bad_timestamp, …) or source_mismatch",
        },
        "detail": {"type": "string"},
    },
}
_RESULT = {
    "type": "object",
    "required": ["accepted", "rejected", "lines"],
    "properties": {
        "accepted": {"type": "integer"},
        "rejected": {"type": "integer"},
        "lines": {"type": "array", "items": {"$ref": "#/components/schemas/LineResult"}},
    },
}
_PROBLEM = {
    "type": "object",
    "description": "RFC 9457 problem details",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "lines": {"type": "array", "items": {"$ref": "#/components/schemas/LineResult"}},
    },
}


def _problem(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }


def openapi_document() -> dict[str, Any]:
    event = {
        k: v for k, v in load_schema(CONTACT_SCHEMA_FILE).items() if k not in ("$schema", "$id")
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Mamori ingest",
            "version": "1",
            "description": "Contact events in over HTTP. Validation is the worker's own; "
            "202 only after Kafka acknowledged every record. See docs/connecting.md.",
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "ContactEvent": event,
                "LineResult": _LINE,
                "IngestResult": _RESULT,
                "Problem": _PROBLEM,
            },
        },
        "paths": {
            "/v1/contact-events": {
                "post": {
                    "summary": "Publish one contact event (JSON) or a batch (NDJSON)",
                    "security": [{"bearer": []}],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ContactEvent"}
                            },
                            "application/x-ndjson": {
                                "schema": {
                                    "type": "string",
                                    "description": "one ContactEvent per line",
                                }
                            },
                        },
                    },
                    "responses": {
                        "202": {
                            "description": "Every accepted line is acknowledged by Kafka; "
                            "rejected lines are dead-lettered with their reason",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/IngestResult"}
                                }
                            },
                        },
                        "400": _problem("No line is valid, or the body is empty"),
                        "401": _problem("Missing or unknown bearer token"),
                        "403": _problem("The token has no ingest scope"),
                        "413": _problem("Body or batch larger than the configured bounds"),
                        "415": _problem("Content type is not JSON or NDJSON"),
                        "429": _problem("Rate limit of the token exceeded (see Retry-After)"),
                        "503": _problem(
                            "Kafka did not acknowledge: nothing is confirmed; resend "
                            "(same event ids are deduplicated)"
                        ),
                    },
                }
            },
            "/healthz": {
                "get": {"summary": "Process is up", "responses": {"200": {"description": "ok"}}}
            },
            "/readyz": {
                "get": {
                    "summary": "Kafka is reachable",
                    "responses": {
                        "200": {"description": "ready"},
                        "503": _problem("Kafka unreachable"),
                    },
                }
            },
            "/metrics": {
                "get": {
                    "summary": "Prometheus metrics (token with the metrics scope)",
                    "security": [{"bearer": []}],
                    "responses": {"200": {"description": "text exposition format"}},
                }
            },
            "/openapi.json": {
                "get": {
                    "summary": "This document",
                    "responses": {"200": {"description": "OpenAPI 3.1"}},
                }
            },
        },
    }
