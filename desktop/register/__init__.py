"""The outgoing-document register (sổ đăng ký văn bản đi): every document CAXA issues takes its
number here; a clerk registers numbers taken by hand; voiding keeps the number used."""

from desktop.register import cli, demo, models  # noqa: F401
