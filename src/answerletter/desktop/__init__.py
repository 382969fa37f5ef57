"""Desktop integration: one running editor per user (and per Windows session), and the one
path every "open this file" request takes (command line, a second launch, macOS file-open
events).

``instance`` uses QtCore/QtNetwork only and runs before any QApplication exists, so a second
launch can hand its files over and exit quickly; ``opener`` is the widget side.
"""
