"""The editor's widgets: main window, question list, answer editor, metadata form, preview."""
