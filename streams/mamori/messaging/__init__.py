"""Kafka clients outside Faust: client settings, the publisher and topic management."""
