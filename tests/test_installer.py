"""The Windows installer's sources (installer/): what ISCC needs of them, checked without ISCC.

`make installer-windows` compiles caxa.iss for real (wine + ISCC.exe); these tests keep the files from
drifting where that compile is not run: encodings, the AppId, the version line the preprocessor parses,
the custom messages the script names, and the icon the spec draws.
"""

import configparser
import importlib.util
import re
import uuid
from pathlib import Path

import desktop

ROOT = Path(__file__).resolve().parent.parent
ISS = ROOT / "installer" / "caxa.iss"
ISL = ROOT / "installer" / "Vietnamese.isl"
BOM = b"\xef\xbb\xbf"


def read_isl() -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(delimiters=("=",), comment_prefixes=(";",), interpolation=None)
    parser.optionxform = str  # message names are case-sensitive in what we compare
    parser.read_string(ISL.read_text(encoding="utf-8-sig"))
    return parser


def test_script_and_messages_are_utf8_with_a_bom():
    # Without the BOM ISCC reads the file in the ANSI code page and every Vietnamese letter is garbled.
    for path in (ISS, ISL):
        data = path.read_bytes()
        assert data.startswith(BOM), path.name
        data.decode("utf-8")


def test_app_id_is_a_real_guid():
    (app_id,) = re.findall(r"^AppId=\{\{([^}]*)\}$", ISS.read_text(encoding="utf-8-sig"), re.MULTILINE)
    assert str(uuid.UUID(app_id)).upper() == app_id


def test_the_version_line_is_the_one_caxa_iss_parses():
    # caxa.iss's preprocessor takes the first line starting with `__version__ = "` up to the closing quote.
    prefix = '__version__ = "'
    source = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    lines = [line for line in source.splitlines() if line.startswith(prefix)]
    assert lines, "caxa.iss finds no version line"
    assert lines[0].endswith('"')
    assert lines[0][len(prefix) : -1] == desktop.__version__


def test_the_language_file_is_vietnamese_and_has_every_message_the_script_names():
    isl = read_isl()
    assert isl["LangOptions"]["LanguageID"] == "$042A"
    assert isl["LangOptions"]["LanguageName"] == "Tiếng Việt"
    script = ISS.read_text(encoding="utf-8-sig")
    named = set(re.findall(r"\{cm:(\w+)", script))
    assert named and named <= set(isl["CustomMessages"])
    overridden = set(re.findall(r"^vi\.(\w+)=", script, re.MULTILINE))
    assert overridden <= set(isl["Messages"])
    # The buttons and page titles a clerk goes through, in Vietnamese.
    messages = isl["Messages"]
    assert messages["ButtonNext"] == "&Tiếp >"
    assert messages["ButtonCancel"] == "Hủy"
    assert messages["WizardSelectDir"] == "Chọn nơi cài đặt"
    assert messages["FinishedHeadingLabel"] == "Hoàn tất cài đặt [name]"


def test_accelerators_are_latin_letters_distinct_per_button_row():
    messages = read_isl()["Messages"]
    for name, text in messages.items():
        for letter in re.findall(r"&(.)", text.replace("&&", "")):
            assert letter.isascii() and letter.isalpha(), (name, text)
    wizard = [messages[n] for n in ("ButtonBack", "ButtonNext", "ButtonInstall", "ButtonWizardBrowse")]
    letters = [re.search(r"&(.)", text).group(1).lower() for text in wizard]
    assert len(set(letters)) == len(letters)


def test_make_icon_draws_every_size(tmp_path, qapp):
    from PIL import Image

    spec = importlib.util.spec_from_file_location("make_icon", ROOT / "installer" / "make_icon.py")
    make_icon = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icon)
    out = tmp_path / "caxa.ico"
    make_icon.main(str(out))
    with Image.open(out) as icon:
        assert icon.info["sizes"] == {(s, s) for s in make_icon.SIZES}
        for size in (16, 256):
            icon.size = (size, size)
            image = icon.convert("RGBA")
            assert image.getpixel((0, 0))[3] == 0  # transparent corner
            red, green, blue, alpha = image.getpixel((size // 2, size // 2))  # the star
            assert alpha == 255 and red > 200 and green > 150 and blue < 100
