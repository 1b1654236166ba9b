"""The first-run head of station becomes the station's first officer record."""

from desktop import firstrun, settings
from desktop.staff import service as staff


def test_head_of_station_becomes_an_officer(db):
    station = settings.StationView(
        commune_name="Phường Bắc Gia Nghĩa", parent_body="CÔNG AN TỈNH LÂM ĐỒNG",
        issuing_body="CÔNG AN PHƯỜNG BẮC GIA NGHĨA", place_name="Gia Nghĩa",
        head_name="Nguyễn Văn An", head_title="TRƯỞNG CÔNG AN PHƯỜNG", head_rank="Thiếu tá",
    )
    admin = firstrun.set_up_station(db, station, [("Một", "thôn")], "quantri", "Nguyễn Văn An", "matkhau123")
    officers = db.run(admin, staff.list_officers)
    assert [(o.full_name, o.rank, o.position, o.kind) for o in officers] == [
        ("Nguyễn Văn An", "Thiếu tá", "Trưởng Công an phường", "station")
    ]


def test_no_head_named_no_officer(db):
    station = settings.StationView(
        commune_name="Xã Thử", parent_body="CÔNG AN TỈNH THỬ", issuing_body="CÔNG AN XÃ THỬ", place_name="Thử"
    )
    admin = firstrun.set_up_station(db, station, [], "quantri", "Quản trị", "matkhau123")
    assert db.run(admin, staff.list_officers) == []
