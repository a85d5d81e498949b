"""The command-line interface `htx-cli` (contract: docs in README, CLI.md)."""
