"""What the Word export needs from the typesetter (Qt): the page count and the logo picture.

The exporter itself is plain Python; the command line and the editor ask here for the two
things only the typesetter knows, so the .docx says "van M" like our PDF and shows the same
logo (SVG rendered to a picture, since Word pictures here are raster).
"""

from __future__ import annotations

from answerletter.layout.letterhead_lines import effective_sender
from answerletter.layout.letterlayout import LetterLayout
from answerletter.layout.logo import logo_png
from answerletter.layout.profile import Profile
from answerletter.model.metadata import Metadata


def letterhead_logo_png(layout: LetterLayout) -> tuple[bytes, float, float] | None:
    """The letterhead's logo as a PNG for the Word export: (bytes, width mm, height mm) as
    the PDF places it, None without (a readable) one."""
    return logo_png_for(layout.letter.metadata, layout.profile)


def logo_png_for(metadata: Metadata, profile: Profile) -> tuple[bytes, float, float] | None:
    """:func:`letterhead_logo_png` without a layout (the page count known from elsewhere)."""
    sender = effective_sender(metadata, profile)
    if not sender.logo:
        return None
    box = profile.geometry.logo
    return logo_png(sender.logo, box.width, box.height)
