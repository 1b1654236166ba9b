"""Village kinds: the full lists of Thông tư 04/2012/TT-BNV and a station's own kind."""

from __future__ import annotations

import pytest

from desktop import settings
from desktop.errors import ValidationError


def test_every_kind_of_the_circular_is_accepted(db, admin):
    commune = ("thôn", "làng", "ấp", "bản", "buôn", "bon", "phum", "sóc")
    ward = ("tổ dân phố", "khu phố", "khối phố", "khóm", "tiểu khu")
    assert set(commune) <= set(settings.VILLAGE_KINDS_COMMUNE)
    assert set(ward) <= set(settings.VILLAGE_KINDS_WARD)
    with db.uow(admin) as work:
        for i, kind in enumerate(commune + ward):
            settings.add_village(work, f"Số {i + 1}", kind)
        labels = {v.label for v in settings.list_villages(work)}
    assert {"phum Số 7", "sóc Số 8", "khóm Số 12", "tiểu khu Số 13"} <= labels


def test_a_station_defined_kind(db, admin):
    with db.uow(admin) as work:
        plei = settings.add_village(work, "Ơ Gia", "Plei")
        assert plei.kind == "plei" and plei.label == "plei Ơ Gia"
        assert settings.village_kinds(["plei", "thôn"])[-1] == "plei"
        assert settings.village_kinds(["plei"]).count("thôn") == 1
    for bad, reason in (("xã", "đơn vị hành chính"), ("huyện", "đơn vị hành chính"), ("thôn 3", "không phải"),
                        ("", "để trống")):  # fmt: skip
        with pytest.raises(ValidationError, match=reason) as caught, db.uow(admin) as work:
            settings.add_village(work, "X", bad)
        assert caught.value.field == "Loại"


def test_village_dialog_offers_the_lists_and_takes_a_typed_kind(qtbot, gui_ctx, messages):
    from desktop.gui.dialogs.village import VillageDialog

    dialog = VillageDialog(gui_ctx, None, used_kinds=["plei", "bon"])
    qtbot.addWidget(dialog)
    kinds = [dialog.ui.kind.itemText(i) for i in range(dialog.ui.kind.count())]
    assert kinds == [*settings.VILLAGE_KINDS, "plei"]
    assert dialog.ui.kind.isEditable()
    dialog.ui.kind.setEditText("sóc")
    dialog.ui.name.setText("Trà Cú")
    dialog.submit()
    assert "sóc Trà Cú" in {v.label for v in gui_ctx.run(settings.list_villages)}
