"""The unit's kind (xã, phường, đặc khu) on the station: from the name printed in the header, the
chief's title follows it, and a kind chosen against the name is refused with the field named."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.errors import ValidationError
from desktop.settings import StationView, get_station, infer_unit_kind, save_station

BASE = StationView(commune_name="Phường Hòa Bình", parent_body="CÔNG AN TỈNH LÂM ĐỒNG",
                   issuing_body="CÔNG AN PHƯỜNG HÒA BÌNH", place_name="Hòa Bình", head_name="Y Đức Niê")


def test_the_name_in_the_header_decides_the_kind(db, admin):
    saved = db.run(admin, save_station, BASE)  # the default kind (xã) gives way to the name
    assert (saved.unit_kind, saved.head_title, saved.unit_label) == (
        "phường", "TRƯỞNG CÔNG AN PHƯỜNG", "Công an phường")
    assert saved.unit_name == "Công an phường Hòa Bình"
    with pytest.raises(ValidationError) as caught:
        db.run(admin, save_station, dataclasses.replace(saved, unit_kind="đặc khu"))
    assert caught.value.field == "Loại đơn vị"
    # a name that states no kind: the clerk's choice stands
    plain = dataclasses.replace(saved, issuing_body="CÔNG AN CÔN ĐẢO", unit_kind="đặc khu")
    saved = db.run(admin, save_station, plain)
    assert (saved.unit_kind, saved.head_title) == ("đặc khu", "TRƯỞNG CÔNG AN ĐẶC KHU")
    # a title of the station's own making is kept
    own = db.run(admin, save_station, dataclasses.replace(saved, head_title="TRƯỞNG CÔNG AN ĐẶC KHU CÔN ĐẢO"))
    assert own.head_title == "TRƯỞNG CÔNG AN ĐẶC KHU CÔN ĐẢO"
    with pytest.raises(ValidationError) as caught:
        db.run(admin, save_station, dataclasses.replace(own, own_code="T/C"))
    assert "thư cảm ơn" in caught.value.field
    assert db.run(admin, get_station).own_code == "TCƠ"


def test_infer_from_names():
    assert infer_unit_kind("CÔNG AN XÃ ĐẮK NIA") == "xã"
    assert infer_unit_kind("CÔNG AN PHƯỜNG BẮC GIA NGHĨA") == "phường"
    assert infer_unit_kind("Công an đặc khu Phú Quốc") == "đặc khu"
    assert infer_unit_kind("CÔNG AN THỊ TRẤN") == "xã"
