"""The command line speaks one language: argparse's own words (usage, errors, the help option) are in
Vietnamese in every command's help and in its refusals."""

from __future__ import annotations

import argparse

import pytest

from desktop.cli import build_parser, main

ENGLISH = ("usage:", "show this help message", "options:", "error:", "invalid choice", "required",
           "unrecognized arguments", "expected one argument", "version number")


def _parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_every_commands_help_is_in_vietnamese():
    parsers = list(_parsers(build_parser()))
    assert len(parsers) > 30
    for parser in parsers:
        text = parser.format_help()
        assert text.startswith("cách dùng: "), parser.prog
        assert "hiện hướng dẫn này rồi thoát" in text, parser.prog
        assert not [w for w in ENGLISH if w in text], (parser.prog, text)


@pytest.mark.parametrize(("argv", "said"), [
    (["backupx"], "không có lựa chọn 'backupx'"),
    (["--frobnicate"], "không hiểu các tham số: --frobnicate"),
    (["report", "monthly", "--month"], "tham số --month: cần một giá trị"),
    (["weapons", "print"], "còn thiếu:"),
])
def test_a_mistyped_command_is_refused_in_vietnamese(capsys, argv, said):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "lỗi: " in err and said in err, err
    assert err.startswith("cách dùng: caxa"), err
    assert not [w for w in ENGLISH if w in err], err
