"""Qt Designer forms, installed as `htx_desktop.ui` (see setup.py); loaded by `htx_desktop.gui.forms`."""
