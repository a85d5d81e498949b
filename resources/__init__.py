"""Files shipped with the program, installed as `htx_desktop.resources` (see setup.py and README.md here)."""
