"""The records behind every weapons figure: for a hand-built period, every path the provider returns
lists exactly the records it counted (counts by length, quantities by the rows' amounts)."""

import datetime as dt
from decimal import Decimal

import pytest

from desktop import figures, settings
from desktop.errors import ValidationError
from desktop.residents import service as rs
from desktop.weapons import service
from desktop.weapons.categories import CategoryInput
from desktop.weapons.models import WeaponReceipt
from desktop.weapons.views import HandoverInput
from tests.weapons.conftest import at

FORUM = "Ngày hội giao nộp vũ khí thôn Nia Đơn"
CATEGORY_ROW = {"category", "unit", "quantity"}


@pytest.fixture
def known(world):
    """January 2025: a forum with two receipts (1 súng kíp + 10 súng cồn; 6 súng cồn), 2.5 kg explosive
    found, a seized 5 m fuse, a receipt voided; December 2024 and February 2025 receipts just outside;
    February: handovers to two units; March: a destruction."""
    forum = world.event(FORUM, at(2025, 1, 10, 8))
    w = world
    w.before = w.run(service.record_receipt, w.receipt(at(2024, 12, 31, 23, 59), [w.item("súng hơi")]))
    w.a = w.run(service.record_receipt, w.receipt(
        at(2025, 1, 10), [w.item("súng kíp"), w.item("súng cồn tự chế", "10")], event_id=forum))
    w.b = w.run(service.record_receipt, w.receipt(
        at(2025, 1, 10, 11), [w.item("súng cồn tự chế", "6")], event_id=forum, person_name="Điểu Xiêng"))
    w.c = w.run(service.record_receipt, w.receipt(
        at(2025, 1, 20), [w.item("thuốc nổ", "2,5", "kg")], origin="found", event_text=FORUM))
    w.e = w.run(service.record_receipt, w.receipt(
        at(2025, 1, 25), [w.item("dây nổ", "5", "mét"), w.item("súng kíp", "2")], origin="seized",
        person_name="K'Brơi"))
    w.d = w.run(service.record_receipt, w.receipt(at(2025, 1, 31, 23, 59), [w.item("súng hơi")]))
    w.run(service.void_receipt, w.d.id, w.d.version, "Lập sai")
    w.after = w.run(service.record_receipt, w.receipt(at(2025, 2, 1, 0, 0), [w.item("súng săn")]))
    w.h1 = w.run(service.record_handover,
                 HandoverInput(at(2025, 2, 10), "PC06", (w.a.items[0].id, w.b.items[0].id)))
    w.h2 = w.run(service.record_handover, HandoverInput(at(2025, 2, 11), "Ban CHQS xã", (w.c.items[0].id,)))
    w.run(service.record_destruction, [w.a.items[0].id], dt.date(2025, 3, 5), "27/QĐ-HĐTH")
    with w.db.uow(w.admin) as work:  # as the upgrade leaves a typed event that matched no schedule event
        work.session.get(WeaponReceipt, w.c.id).event_unlinked = True
        village = settings.add_village(work, "Bu Sir", "bon").id
        w.person = rs.add_person(work, rs.PersonInput("Y Thuông Niê", "M", "1980", village_id=village)).id
    w.cat["Đạn cỡ 7.62"] = w.run(service.add_category, CategoryInput("Đạn cỡ 7.62", "viên")).id
    w.g = w.run(service.record_receipt, w.receipt(at(2025, 1, 27), [w.item("Đạn cỡ 7.62", "30", "viên")]))
    w.f = w.run(service.record_receipt, w.receipt(
        at(2025, 1, 26), [w.item("đạn", "20", "viên")], person_id=w.person, person_name="",
        person_id_number="", person_address=""))
    w.forum = forum
    return w


def provider(world, start, end):
    with world.db.uow(world.admin) as work:
        return figures.PROVIDERS["weapons"](work, start, end)


def rows(world, path, start, end, actor=None):
    with world.db.uow(actor or world.admin) as work:
        return figures.records(work, f"weapons.{path}", start, end)


def paths(value, prefix=""):
    """(path, figure) for every figure the provider's dict holds: numbers, category rows (by index and
    by name), category lists and list entries, walked generically."""
    if isinstance(value, dict):
        if set(value) == CATEGORY_ROW:
            yield prefix, Decimal(str(value["quantity"]))
            yield f"{prefix}.quantity", Decimal(str(value["quantity"]))
            return
        for key, inner in value.items():
            if key != "event_id":  # an identifier, not a figure
                yield from paths(inner, f"{prefix}.{key}" if prefix else key)
    elif isinstance(value, list):
        if all(set(v) == CATEGORY_ROW for v in value):
            yield prefix, sum((Decimal(str(v["quantity"])) for v in value), Decimal(0))
            names = [v["category"] for v in value]
            for v in value:
                if names.count(v["category"]) == 1:
                    yield f"{prefix}.{v['category']}", Decimal(str(v["quantity"]))
        elif all("by_category" in v for v in value):  # campaigns, receiving units: their items
            inner = (Decimal(str(c["quantity"])) for v in value for c in v["by_category"])
            yield prefix, sum(inner, Decimal(0))
        for n, entry in enumerate(value):
            yield from paths(entry, f"{prefix}.{n}")
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield prefix, Decimal(str(value))


def check_every_path(world, start, end):
    figs = provider(world, start, end)
    seen = 0
    for path, value in paths(figs):
        found = rows(world, path, start, end)
        assert found is not None, path
        amounts = [r.amount for r in found]
        if amounts and all(a is not None for a in amounts):
            assert sum(Decimal(a) for a in amounts) == value, path
        else:
            assert all(a is None for a in amounts), path
            assert len(found) == value, path
        assert all(r.what and r.opens in ("weapons.receipt", "weapons.handover") for r in found), path
        seen += 1
    return seen


def test_every_figure_of_a_month_lists_its_records(known):
    jan = (dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    assert check_every_path(known, *jan) > 30
    feb = (dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    assert check_every_path(known, *feb) > 20
    assert check_every_path(known, dt.date(2025, 3, 1), dt.date(2025, 3, 31)) > 10


def ids(found):
    return sorted(r.record_id for r in found)


def test_rows_are_the_records_counted(known):
    k = known
    jan = (dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    assert ids(rows(k, "received.receipts", *jan)) == sorted([k.a.id, k.b.id, k.c.id, k.e.id, k.f.id, k.g.id])
    assert ids(rows(k, "received.items", *jan)) == sorted(
        [k.a.id, k.a.id, k.b.id, k.c.id, k.e.id, k.e.id, k.f.id, k.g.id])
    for name in ("sung con tu che", "Súng cồn tự chế"):  # as the monthly report's keys fold it, or as named
        assert [r.amount for r in rows(k, f"received.by_category.{name}", *jan)] == [10, 6]
    assert ids(rows(k, "received.by_category.dan co 7 62.quantity", *jan)) == [k.g.id]
    unlinked = rows(k, "received.event_unlinked_receipts", *jan)
    assert ids(unlinked) == [k.c.id] and FORUM in unlinked[0].what
    assert "– Phát hiện vô chủ: 2,5 kg thuốc nổ" in unlinked[0].what
    assert rows(k, "voided_receipts", *jan)[0].what.endswith("1 khẩu súng hơi (đã hủy)")
    bullets = rows(k, "received.by_category.đạn", *jan)
    assert [(r.who, r.village, r.amount) for r in bullets] == [("Y Thuông Niê", "bon Bu Sir", 20)]
    assert ids(rows(k, "voided_receipts", *jan)) == [k.d.id]
    assert ids(rows(k, "received.by_campaign.0.receipts", *jan)) == sorted([k.a.id, k.b.id])
    assert ids(rows(k, f"received.by_campaign.{FORUM}.receipts", *jan)) == sorted([k.a.id, k.b.id])
    cons = rows(k, "received.by_category.súng cồn tự chế", *jan)
    assert [(r.record_id, r.amount, r.who) for r in cons] == [(k.a.id, 10, "Y Thuông Niê"),
                                                              (k.b.id, 6, "Điểu Xiêng")]
    assert [r.amount for r in rows(k, "received.by_origin.found.thuốc nổ", *jan)] == [Decimal("2.5")]
    assert [r.amount for r in rows(k, "received.by_origin.seized", *jan)] == [5, 2]
    assert ids(rows(k, "received.by_origin", *jan)) == ids(rows(k, "received.items", *jan))
    fuse = rows(k, "received.by_category.dây nổ", *jan)[0]
    assert fuse.village == "bon Bu Sir" and fuse.when == at(2025, 1, 25) and fuse.opens == "weapons.receipt"
    assert "5 mét dây nổ" in fuse.what and fuse.who == "K'Brơi"
    on_hand = rows(k, "on_hand_end.items", *jan)
    assert ids(on_hand) == sorted(
        [k.before.id, k.a.id, k.a.id, k.b.id, k.c.id, k.e.id, k.e.id, k.f.id, k.g.id])

    feb = (dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    handovers = rows(k, "handed_over.handovers", *feb)
    assert ids(handovers) == sorted([k.h1.id, k.h2.id])
    assert {r.who for r in handovers} == {"PC06", "Ban CHQS xã"}
    assert {r.opens for r in handovers} == {"weapons.handover"}
    pc06 = rows(k, "handed_over.by_receiving_unit.PC06.by_category", *feb)
    assert sorted((r.record_id, r.amount, r.who) for r in pc06) == sorted(
        [(k.a.id, 1, "PC06"), (k.b.id, 6, "PC06")]
    )
    assert ids(rows(k, "handed_over.by_receiving_unit.0", *feb)) == [k.c.id]  # "Ban CHQS xã" sorts first
    assert ids(rows(k, "received.items", *feb)) == [k.after.id]
    mar = (dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert [(r.record_id, r.when) for r in rows(k, "destroyed.items", *mar)] == [
        (k.a.id, dt.datetime(2025, 3, 5))
    ]


def test_records_just_outside_the_period_are_not_listed(known):
    k = known
    days = (dt.date(2025, 1, 10), dt.date(2025, 1, 20))
    assert ids(rows(k, "received.receipts", *days)) == sorted([k.a.id, k.b.id, k.c.id])
    assert rows(k, "voided_receipts", *days) == []
    late = rows(k, "received.receipts", dt.date(2025, 1, 21), dt.date(2025, 1, 31))
    assert ids(late) == sorted([k.e.id, k.f.id, k.g.id])
    assert rows(k, "handed_over.items", dt.date(2025, 2, 12), dt.date(2025, 2, 28)) == []


def test_unknown_paths_name_the_figure(known):
    jan = (dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    for path in ("nothing", "received", "received.by_origin.stolen", "received.by_category.9",
                 "received.by_category.không có", "received.by_campaign.3", "received.by_campaign.0.date",
                 "handed_over.by_receiving_unit.Nowhere"):
        with pytest.raises(ValidationError) as err:
            rows(known, path, *jan)
        assert err.value.field == "Số liệu" and "weapons." in str(err.value), path


def test_a_viewer_reads_the_rows(known, viewer):
    jan = (dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    assert len(rows(known, "received.items", *jan, actor=viewer)) == 8
