"""Getting contact events in: an HTTP endpoint, e-mail and call-transcript adapters.

Every path ends the same way: a wire ContactEvent (JSON) judged by the worker's own
validation (:mod:`mamori.domain.validation`), valid ones published keyed by customer id,
invalid ones dead-lettered with their reason (:mod:`mamori.ingest.producer`).
Parsing (``mail``, ``calls``, ``batch``) is pure; I/O lives in ``mailbox``,
``producer`` and ``http_app``.
"""
