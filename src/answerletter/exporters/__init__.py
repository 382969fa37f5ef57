"""Exporters: the letter written in other programs' formats (plain Python, no Qt)."""
