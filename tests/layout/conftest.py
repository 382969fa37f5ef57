"""Fixtures for the typesetter tests: a fixed-font profile, laid-out letters and their PDFs.

Every test uses the bundled DejaVu Sans (not Verdana, even where installed) so page counts,
positions and golden images do not depend on the machine's fonts.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pdfplumber
import pytest

from answerletter.layout import LetterLayout, Profile, load_profile, write_pdf
from answerletter.layout.fonts import FALLBACK_FAMILY
from answerletter.model.letter import Letter
from answerletter.templates import example_letter
from answerletter.testing.synthetic import generate_letter

MM = 72 / 25.4  # points per millimetre


@pytest.fixture(scope="session")
def profile() -> Profile:
    base = load_profile("rijksoverheid")
    return dataclasses.replace(base, fonts=dataclasses.replace(base.fonts, family=FALLBACK_FAMILY))


@pytest.fixture(scope="session")
def example() -> Letter:
    return example_letter()


@pytest.fixture(scope="session")
def example_layout(qapp, profile, example) -> LetterLayout:
    return LetterLayout(example, profile)


@pytest.fixture(scope="session")
def example_pdf(example_layout, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "example.pdf"
    write_pdf(example_layout, path)
    return path


@pytest.fixture(scope="session")
def long_letter() -> Letter:
    return generate_letter(25, seed=7)


@pytest.fixture(scope="session")
def long_layout(qapp, profile, long_letter) -> LetterLayout:
    return LetterLayout(long_letter, profile)


@pytest.fixture(scope="session")
def long_pdf(long_layout, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "long.pdf"
    write_pdf(long_layout, path)
    return path


@pytest.fixture(scope="session")
def example_plumber(example_pdf):
    with pdfplumber.open(example_pdf) as pdf:
        yield pdf


@pytest.fixture(scope="session")
def long_plumber(long_pdf):
    with pdfplumber.open(long_pdf) as pdf:
        yield pdf
