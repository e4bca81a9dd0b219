"""Mamori (守り): detects customer-harassment indicators in contact-event streams."""

__version__ = "0.1.0"
