"""Dialogs; all derive from ``desktop.gui.dialogs.base.Dialog``."""
