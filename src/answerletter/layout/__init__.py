"""The letter typesetter: house-style pages from the model, painted on any QPainter.

QtGui only (no widgets). ``LetterLayout`` lays a letter out in pages and updates them
incrementally; ``paint_page`` paints one page; ``write_pdf`` and ``print_letter`` use it.
A QGuiApplication must exist before a letter is laid out (fonts need it).
"""

from answerletter.layout.letterlayout import LetterLayout
from answerletter.layout.output import OutputError, print_letter, write_pdf
from answerletter.layout.painter import paint_page, points_transform
from answerletter.layout.profile import Profile, ProfileError, load_profile

__all__ = [
    "LetterLayout",
    "OutputError",
    "Profile",
    "ProfileError",
    "load_profile",
    "paint_page",
    "points_transform",
    "print_letter",
    "write_pdf",
]
