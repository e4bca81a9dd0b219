"""Offline tools: batch replay, evaluation, synthetic data, the demo."""
