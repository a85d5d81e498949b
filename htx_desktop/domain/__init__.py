"""The domain: vocabularies, validation rules and derived facts. Plain Python, no Qt, no SQL."""
