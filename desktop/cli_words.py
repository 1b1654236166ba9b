"""argparse's own words in Vietnamese ("usage:", "error:", "invalid choice", "show this help message and
exit" …), so a clerk at the command line reads one language. argparse looks its words up through its
module's ``_`` and ``ngettext`` at each call; replacing them also spares the gettext catalogue search that
every help string otherwise costs. Words not listed stay as argparse wrote them."""

from __future__ import annotations

import argparse

WORDS = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "không có lựa chọn %(value)r (chọn một trong: %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "the following arguments are required: %s": "còn thiếu: %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "unrecognized arguments: %s": "không hiểu các tham số: %s",
    "not allowed with argument %s": "không dùng cùng với %s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "ambiguous option: %(option)s could match %(matches)s":
        "tùy chọn %(option)s chưa rõ: có thể là %(matches)s",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
    "can't open '%(filename)s': %(error)s": "không mở được «%(filename)s»: %(error)s",
}


def _word(message: str) -> str:
    return WORDS.get(message, message)


def _words(singular: str, plural: str, n: int) -> str:
    return _word(singular if n == 1 else plural)


def install() -> None:
    """argparse speaks Vietnamese from now on in this process."""
    argparse._ = _word  # type: ignore[attr-defined]
    argparse.ngettext = _words  # type: ignore[attr-defined]
