"""Detectors: plain, typed, deterministic functions shared by the Faust agents,
the batch replay and the tests."""
