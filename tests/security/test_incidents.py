import pytest

from desktop import links
from desktop.errors import ValidationError
from desktop.schedule import incidents as svc
from desktop.schedule.views import IncidentInput, IncidentPersonInput
from tests.security.conftest import at


def fine(**kw) -> IncidentInput:
    values = dict(
        klass="violation",
        violation_field="public_order",
        handling="administrative_fine",
        fine_amount=1_500_000,
        fined_persons=2,
        decision_number="05/QĐ-XPHC",
    )
    values.update(kw)
    return IncidentInput(at(2026, 1, 10, 21), **values)


def test_classified_incident_with_people(db, admin, viewer, base):
    persons = (
        IncidentPersonInput("involved", base.p1),
        IncidentPersonInput("victim", base.p3),
        IncidentPersonInput("witness", name="Lê Văn Khách"),
        IncidentPersonInput("involved", base.p1),  # the same line twice is kept once
    )
    with db.uow(admin) as work:
        inc = svc.add_incident(work, fine(persons=persons, people="một người lạ"))
    assert inc.class_text == "Vi phạm hành chính: Trật tự công cộng" and inc.kind == "disorder"
    assert (inc.fine_amount, inc.fined_persons, inc.decision_number) == (1_500_000, 2, "05/QĐ-XPHC")
    assert [p.text for p in inc.persons] == [
        "Điểu Sơn — Người liên quan, vi phạm",
        "Thị Hoa — Bị hại",
        "Lê Văn Khách (ngoài địa bàn) — Người làm chứng",
    ]
    assert inc.people_text == "Điểu Sơn, Thị Hoa, Lê Văn Khách, một người lạ"
    with db.uow(viewer) as work:
        mine = ("schedule.", "security.")
        page = [r for r in links.for_person(work.session, base.p3) if r.opens.startswith(mine)]
        assert [(r.section, r.opens, r.record_id, r.role) for r in page] == [
            ("Vụ việc liên quan", "schedule.incident", inc.id, "Bị hại")
        ]
        assert svc.list_incidents(work, klass="violation")[0].id == inc.id
        assert svc.list_incidents(work, klass="crime") == []
    with db.uow(admin) as work:
        changed = svc.update_incident(
            work,
            inc.id,
            inc.version,
            IncidentInput(
                at(2026, 1, 10, 21),
                klass="crime",
                crime_kind="injury",
                injured=1,
                handling="transferred",
                persons=(IncidentPersonInput("victim", base.p3),),
            ),
        )
    assert changed.kind == "fight" and changed.fine_amount is None and changed.injured == 1
    assert [p.person_id for p in changed.persons] == [base.p3]


def test_merging_persons_moves_incident_links(db, admin, base):
    with db.uow(admin) as work:
        inc = svc.add_incident(
            work,
            fine(
                persons=(
                    IncidentPersonInput("involved", base.p2),
                    IncidentPersonInput("involved", base.p4),
                    IncidentPersonInput("witness", base.p2),
                )
            ),
        )
        moved = links.move_person_links(work.session, base.p2, base.p4)
    assert moved["security"] == 2
    with db.uow(admin) as work:
        view = svc.get_incident(work, inc.id)
        assert sorted((p.person_id, p.role) for p in view.persons) == [
            (base.p4, "involved"),
            (base.p4, "witness"),
        ]
        assert not [r for r in links.for_person(work.session, base.p2) if r.opens == "schedule.incident"]


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (fine(fine_amount=None), "Số tiền phạt (đồng)", "không được để trống."),
        (fine(fine_amount=0), "Số tiền phạt (đồng)", "cần số tiền phạt lớn hơn 0 khi xử phạt hành chính."),
        (fine(fine_amount=-5), "Số tiền phạt (đồng)", "không được nhỏ hơn 0."),
        (
            fine(handling="mediation"),
            "Số tiền phạt (đồng)",
            "chỉ ghi khi giải quyết bằng xử phạt hành chính.",
        ),
        (fine(injured=-1), "Số người bị thương", "không được nhỏ hơn 0."),
        (fine(killed=-2), "Số người chết", "không được nhỏ hơn 0."),
        (fine(damage=-100), "Thiệt hại (đồng)", "không được nhỏ hơn 0."),
        (fine(klass="crime", crime_kind=""), "Loại tội phạm", "hãy chọn loại tội phạm."),
        (fine(violation_field="moon"), "Lĩnh vực vi phạm", "hãy chọn lĩnh vực vi phạm hành chính."),
        (fine(klass="war"), "Phân loại", "«war» không có trong danh mục."),
        (
            fine(persons=(IncidentPersonInput("involved", 99999),)),
            "Người liên quan",
            "nhân khẩu này không còn tồn tại.",
        ),
        (
            fine(persons=(IncidentPersonInput("victim", name=" "),)),
            "Người liên quan (họ tên)",
            "không được để trống.",
        ),
        (
            fine(persons=(IncidentPersonInput("judge", name="X"),)),
            "Vai trò",
            "«judge» không có trong danh mục.",
        ),
    ],
)
def test_bad_incident_saves_nothing(db, admin, base, data, field, message):
    with pytest.raises(ValidationError) as err, db.uow(admin) as work:
        svc.add_incident(work, data)
    assert (err.value.field, err.value.detail) == (field, message)
    with db.uow(admin) as work:
        assert svc.list_incidents(work) == []
