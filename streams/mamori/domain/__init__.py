"""The domain: the wire contract, the harassment taxonomy and its JA/EN labels, ids,
pseudonyms, input validation, time conversions. Pure; imports only settings/resources."""
