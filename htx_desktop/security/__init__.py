"""Passwords and keys of this installation. No Qt."""
