"""Find a serif font family with full Vietnamese coverage and register it with reportlab.

Order of preference: Times New Roman (every Windows PC, msttcorefonts on Linux),
Liberation Serif 2.x (metric-compatible with Times New Roman), DejaVu Serif. A family
is used only when all four faces cover every Vietnamese letter. The
environment variable ``CAXA_FONT_DIR`` names a folder holding the four files of any
one of these families; it is tried first and falls back to the system search when
it holds no complete family.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont, TTFontFile

logger = logging.getLogger(__name__)

FONT_DIR_ENV = "CAXA_FONT_DIR"


class FontNotFound(Exception):  # noqa: N818 - name fixed by the public API
    """No usable serif family on this machine; the message is for the user."""


@dataclass(frozen=True)
class FontFamily:
    name: str
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path


@dataclass(frozen=True)
class _Candidate:
    name: str
    # For each style, accepted file names (compared case-insensitively).
    regular: tuple[str, ...]
    bold: tuple[str, ...]
    italic: tuple[str, ...]
    bold_italic: tuple[str, ...]


_CANDIDATES: tuple[_Candidate, ...] = (
    _Candidate(
        "Times New Roman",
        ("times.ttf", "times_new_roman.ttf", "times new roman.ttf", "timesnewroman.ttf"),
        ("timesbd.ttf", "times_new_roman_bold.ttf", "times new roman bold.ttf", "timesnewroman-bold.ttf"),
        ("timesi.ttf", "times_new_roman_italic.ttf", "times new roman italic.ttf",
         "timesnewroman-italic.ttf"),
        ("timesbi.ttf", "times_new_roman_bold_italic.ttf", "times new roman bold italic.ttf",
         "timesnewroman-bolditalic.ttf"),
    ),
    _Candidate(
        "Liberation Serif",
        ("liberationserif-regular.ttf",),
        ("liberationserif-bold.ttf",),
        ("liberationserif-italic.ttf",),
        ("liberationserif-bolditalic.ttf",),
    ),
    _Candidate(
        "DejaVu Serif",
        ("dejavuserif.ttf",),
        ("dejavuserif-bold.ttf",),
        ("dejavuserif-italic.ttf",),
        ("dejavuserif-bolditalic.ttf",),
    ),
)

_NOT_FOUND_MESSAGE = (
    "Không tìm thấy phông chữ Times New Roman, Liberation Serif hay DejaVu Serif trên máy này, "
    "nên chưa in được văn bản. Hãy cài phông Times New Roman (hoặc Liberation Serif), "
    "hoặc đặt biến môi trường CAXA_FONT_DIR trỏ tới thư mục chứa đủ bốn tệp phông "
    "(thường, đậm, nghiêng, đậm nghiêng)."
)


def _system_roots() -> list[Path]:
    """Folders that may hold installed fonts on this machine, most likely first."""
    roots: list[Path] = []
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
        roots.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            roots.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        home = Path.home()
        roots += [home / "Library" / "Fonts", Path("/Library/Fonts"),
                  Path("/System/Library/Fonts/Supplemental"), Path("/System/Library/Fonts")]
    else:
        home = Path.home()
        roots += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
                  home / ".fonts", home / ".local" / "share" / "fonts"]
    return roots


def _index(roots: Iterable[Path]) -> list[dict[str, Path]]:
    """For each folder under the roots (recursively, sorted): lower-case TTF file name → path.

    Faces are matched within one folder, so two installed versions of a family (say
    Liberation 1.x and 2.x side by side) are never mixed.
    """
    folders: list[dict[str, Path]] = []
    for root in roots:
        if not root.is_dir():
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            files = {name.lower(): Path(dirpath) / name for name in sorted(filenames)
                     if name.lower().endswith(".ttf")}
            if files:
                folders.append(files)
    return folders


def _pick(files: dict[str, Path], names: Sequence[str]) -> Path | None:
    for name in names:
        path = files.get(name)
        if path is not None:
            return path
    return None


def _matches(folders: list[dict[str, Path]]) -> list[FontFamily]:
    """Every complete candidate family in the folders, in order of preference."""
    families: list[FontFamily] = []
    for cand in _CANDIDATES:
        for files in folders:
            regular = _pick(files, cand.regular)
            bold = _pick(files, cand.bold)
            italic = _pick(files, cand.italic)
            bold_italic = _pick(files, cand.bold_italic)
            if regular and bold and italic and bold_italic:
                families.append(FontFamily(cand.name, regular, bold, italic, bold_italic))
    return families


# Every precomposed Vietnamese letter (NFC). Old builds of some families lack them:
# Liberation Serif 1.x (Debian's fonts-liberation before 2.x) has no Ạ…ỹ at all.
VIETNAMESE_LETTERS = (
    "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư"
    + "".join(chr(code) for code in range(0x1EA0, 0x1EFA))
)


def _missing_letters(path: Path) -> str:
    """Vietnamese letters the font file has no glyph for ("" when it covers them all)."""
    try:
        cmap = TTFontFile(str(path)).charToGlyph
    except (TTFError, OSError) as exc:
        logger.warning("cannot read font %s: %s", path, exc)
        return VIETNAMESE_LETTERS
    return "".join(ch for ch in VIETNAMESE_LETTERS if ord(ch) not in cmap)


def _usable(family: FontFamily) -> bool:
    for path in (family.regular, family.bold, family.italic, family.bold_italic):
        missing = _missing_letters(path)
        if missing:
            logger.warning("font %s lacks %d Vietnamese letters (e.g. %s); not used",
                           path, len(missing), missing[:5])
            return False
    return True


def _find_all() -> Iterator[FontFamily]:
    """Complete families with full Vietnamese coverage, best first (checked lazily)."""
    override = os.environ.get(FONT_DIR_ENV, "").strip()
    families: list[FontFamily] = []
    if override:
        families = _matches(_index([Path(override)]))
        if not families:
            logger.warning("%s=%s holds no complete font family; searching the system",
                           FONT_DIR_ENV, override)
    families += _matches(_index(_system_roots()))
    seen: set[Path] = set()
    for family in families:
        if family.regular not in seen and _usable(family):
            seen.add(family.regular)
            yield family


def find_serif_family() -> FontFamily:
    """Return the preferred serif family available here; raise FontNotFound if none."""
    family = next(_find_all(), None)
    if family is None:
        raise FontNotFound(_NOT_FOUND_MESSAGE)
    return family


_lock = threading.Lock()
_registered: str | None = None


def register_family() -> str:
    """Register the serif family with reportlab once and return its family name for styles.

    The four faces are registered as ``<name>``, ``<name>-Bold``, ``<name>-Italic`` and
    ``<name>-BoldItalic``; reportlab embeds the used glyphs of each as a TrueType subset.
    """
    global _registered
    with _lock:
        if _registered is not None:
            return _registered
        for family in _find_all():
            base = "CAXA-" + family.name.replace(" ", "")
            try:
                _register(base, family)
            except (TTFError, OSError) as exc:  # unreadable, damaged, or forbids embedding
                logger.warning("cannot use font %s (%s): %s", family.name, family.regular, exc)
                continue
            logger.info("PDF font family: %s (%s)", family.name, family.regular.parent)
            _registered = base
            return base
        raise FontNotFound(_NOT_FOUND_MESSAGE)


def _register(base: str, family: FontFamily) -> None:
    faces = {
        base: family.regular,
        base + "-Bold": family.bold,
        base + "-Italic": family.italic,
        base + "-BoldItalic": family.bold_italic,
    }
    # Load all four first so a failure leaves nothing half-registered.
    fonts = [TTFont(face, str(path)) for face, path in faces.items()]
    for font in fonts:
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        base, normal=base, bold=base + "-Bold", italic=base + "-Italic", boldItalic=base + "-BoldItalic"
    )
