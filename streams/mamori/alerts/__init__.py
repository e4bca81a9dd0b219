"""Real-time supervisor alerts: rules as data, evaluation, rendering and delivery.

Pure and typed: rules (:mod:`.rules`), the alert record (:mod:`.model`), rule
evaluation with throttle/digest state passed in and out (:mod:`.evaluate`), what an
alert says (:mod:`.render`), the destinations' message formats and senders
(:mod:`.webhook`, :mod:`.slack`, :mod:`.teams`, :mod:`.email`), pacing
(:mod:`.ratelimit`) and retries (:mod:`.delivery`). The Faust agents only decode,
call these and send; the tests call them the same way without Kafka.
"""
