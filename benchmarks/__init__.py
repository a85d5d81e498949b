"""Speed and memory figures of HTX Desktop, each beside a floor measured in the same run (see README.md)."""
