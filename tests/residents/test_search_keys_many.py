"""The search keys of many persons, folded in one pass, are the keys ``build_key`` makes one by one."""

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.residents.search import build_key, build_keys

#: Vietnamese letters with their marks (precomposed and decomposed), apostrophes, white space of every
#: kind, đ/Đ, a dotted capital I, Greek sigma, digits and separators
LETTERS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐnNgGhH" + "ạảãáàặẳẵắằậẩẫấầếềểễệốồổỗộớờởỡợứừửữựỳỷỹýỵ"
LETTERS += "\u0301\u0300\u0303"
ODD = "'\u2019\u2018\u02bc`\u00b4 \t\n\r\u00a0\u2009\u200bİΣσς.-/0123456789"
TEXT = st.text(alphabet=LETTERS + ODD, max_size=40)
PERSON = st.tuples(TEXT, TEXT, TEXT, TEXT, st.lists(TEXT, max_size=3))


@settings(max_examples=300, deadline=None)
@given(st.lists(PERSON, max_size=12))
def test_build_keys_is_build_key_for_each(persons):
    assert build_keys(persons) == [build_key(*p) for p in persons]


def test_build_keys_examples():
    persons = [
        ("Nguyễn Văn Ấn", "", "068090001234", "0905 111.222", ["68123-000001"]),
        ("H'Hen Niê", "Hen", "", "", []),
        ("", "", "", "", []),
        ("Điểu K’Lung", "", "", "", ["123456789"]),
    ]
    keys = build_keys(persons)
    assert keys == [build_key(*p) for p in persons]
    assert keys[0] == "nguyen van an 068090001234 0905111222 68123-000001"
    assert keys[2] == "" and keys[3] == "dieu klung 123456789"
