import pytest

from desktop.errors import PermissionDenied, ValidationError
from desktop.weapons import photos, service
from desktop.weapons.views import HandoverInput, ItemInput
from tests.weapons.conftest import at


def test_photos_are_copied_in_and_kept_through_edits(world, tmp_path, viewer):
    shot = tmp_path / "IMG_0001.JPG"
    shot.write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    r = world.run(service.record_receipt, world.receipt(at(2025, 3, 1), [world.item("súng kíp", seal="S1")]))
    with pytest.raises(PermissionDenied):
        world.run(photos.add_receipt_photo, r.id, shot, actor=viewer)
    r2 = world.run(photos.add_receipt_photo, r.id, shot)
    item = world.run(photos.add_item_photo, r.items[0].id, shot)
    assert r2.photos == ("weapons/2025/BB-01-2025-01.jpg",)
    assert item.photos == ("weapons/2025/VK-2025-0001-01.jpg",)
    assert photos.photo_file(item.photos[0]).read_bytes() == shot.read_bytes()
    edited = world.run(
        service.update_receipt,
        r.id,
        r2.version,
        world.receipt(
            at(2025, 3, 1),
            [ItemInput(item.category_id, "1", "khẩu", "Báng gỗ", seal_number="S1", id=item.id)],
        ),
    )
    assert edited.photos == r2.photos and edited.items[0].photos == item.photos
    second = world.run(photos.add_item_photo, item.id, shot)
    assert second.photos[1] == "weapons/2025/VK-2025-0001-02.jpg"


def test_bad_photos(world, tmp_path):
    r = world.run(service.record_receipt, world.receipt(at(2025, 3, 1), [world.item("súng kíp")]))
    text = tmp_path / "ghi-chu.txt"
    text.write_text("x")
    for source in (text, tmp_path / "khong-co.jpg"):
        with pytest.raises(ValidationError) as err:
            world.run(photos.add_receipt_photo, r.id, source)
        assert err.value.field == "Ảnh"
    shot = tmp_path / "a.png"
    shot.write_bytes(b"png")
    world.run(service.record_handover, HandoverInput(at(2025, 3, 2), "PC06", (r.items[0].id,)))
    with pytest.raises(ValidationError, match="không còn do Công an xã quản lý"):
        world.run(photos.add_item_photo, r.items[0].id, shot)
    assert world.run(service.get_item, r.items[0].id).photos == ()
