"""The service layer: every action of the GUI, the CLI and the tests, one transaction each."""
