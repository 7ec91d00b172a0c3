"""IIN and BIN validation: hand-computed examples, every error message, and properties."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cluster_desktop import ids
from cluster_desktop.errors import Problem, ValidationError
from cluster_desktop.ids import (
    IinInfo,
    Sex,
    check_consistency,
    check_digit,
    is_valid_bin,
    is_valid_iin,
    make_bin,
    make_iin,
    normalize_id_number,
    parse_bin,
    parse_iin,
)

TODAY = datetime.date(2026, 12, 4)  # what the tests call today: they never read the clock


def only_problem(exc_info: pytest.ExceptionInfo[ValidationError]) -> Problem:
    problems = exc_info.value.problems
    assert len(problems) == 1, problems
    return problems[0]


def with_check_digit(first_eleven: str) -> str:
    """Complete 11 digits with their check digit (the test must pick digits that have one)."""
    digit = check_digit(first_eleven)
    assert digit is not None, first_eleven
    return first_eleven + str(digit)


def break_check_digit(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


# --- check digit, computed by hand ---------------------------------------------------------


def test_check_digit_first_pass() -> None:
    # 0·1 + 5·2 + 0·3 + 5·4 + 1·5 + 2·6 + 5·7 + 0·8 + 1·9 + 2·10 + 3·11 = 144; 144 mod 11 = 1
    assert check_digit("05051250123") == 1


def test_check_digit_second_pass() -> None:
    # First pass: 9+10+0+20+5+12+21+0+0+10+22 = 109, mod 11 = 10, so weigh again with 3..11,1,2:
    # 27+20+0+30+7+16+27+0+0+1+4 = 132, mod 11 = 0
    assert check_digit("95051230012") == 0


def test_check_digit_none_when_both_passes_give_ten() -> None:
    # First pass: 9+0+0+4+0+6+21+0+0+80+0 = 120 -> 10; second: 27+0+0+6+0+8+27+0+0+8+0 = 76 -> 10
    assert check_digit("90010130080") is None


@pytest.mark.parametrize("bad", ["", "0505125012", "050512501234", "0505125012a", "٠٥٠٥١٢٥٠١٢٣"])
def test_check_digit_rejects_anything_but_eleven_ascii_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        check_digit(bad)


# --- decoding known IINs --------------------------------------------------------------------


def test_parse_iin_born_2005_male() -> None:
    info = parse_iin("050512501231")
    assert info == IinInfo("050512501231", datetime.date(2005, 5, 12), Sex.MALE)


def test_parse_iin_born_1995_female_second_pass() -> None:
    iin = with_check_digit("95051240012")
    assert parse_iin(iin) == IinInfo(iin, datetime.date(1995, 5, 12), Sex.FEMALE)
    assert parse_iin("950512300120") == IinInfo("950512300120", datetime.date(1995, 5, 12), Sex.MALE)


@pytest.mark.parametrize(
    ("seventh", "year", "sex"),
    [
        ("1", 1875, Sex.MALE),
        ("2", 1875, Sex.FEMALE),
        ("3", 1975, Sex.MALE),
        ("4", 1975, Sex.FEMALE),
        ("5", 2075, Sex.MALE),
        ("6", 2075, Sex.FEMALE),
    ],
)
def test_seventh_digit_gives_century_and_sex(seventh: str, year: int, sex: Sex) -> None:
    prefix = "750101" + seventh
    for serial in range(10):
        first_eleven = f"{prefix}{serial:04d}"
        if check_digit(first_eleven) is not None:
            break
    iin = with_check_digit(first_eleven)
    if year > TODAY.year:
        with pytest.raises(ValidationError) as exc_info:
            parse_iin(iin, today=TODAY)
        assert only_problem(exc_info).template == ids.IIN_FUTURE_DATE
    else:
        info = parse_iin(iin, today=TODAY)
        assert (info.birth_date, info.sex) == (datetime.date(year, 1, 1), sex)


def test_parse_iin_ignores_spaces_but_does_not_restore_zero() -> None:
    assert parse_iin(" 050 512 5\u00a00123\u202f1 ").iin == "050512501231"
    with pytest.raises(ValidationError) as exc_info:
        parse_iin("50512501231")
    assert only_problem(exc_info).template == ids.IIN_WRONG_LENGTH


def test_is_valid_iin() -> None:
    assert is_valid_iin("050512501231")
    assert not is_valid_iin("050512501234")
    assert not is_valid_iin("")


# --- leap years -----------------------------------------------------------------------------


@pytest.mark.parametrize("sex", list(Sex))
def test_29_february_2000_is_valid(sex: Sex) -> None:
    iin = make_iin(datetime.date(2000, 2, 29), sex, 1234)
    assert iin[6] == ("5" if sex is Sex.MALE else "6")
    assert parse_iin(iin).birth_date == datetime.date(2000, 2, 29)


@pytest.mark.parametrize("seventh", ["1", "2", "3", "4"])
def test_29_february_1900_and_1800_are_not_dates(seventh: str) -> None:
    iin = with_check_digit("000229" + seventh + "0001")
    with pytest.raises(ValidationError) as exc_info:
        parse_iin(iin)
    problem = only_problem(exc_info)
    assert problem.template == ids.IIN_BAD_DATE
    assert problem.params == {"digits": "000229"}


def test_year_2100_cannot_be_encoded() -> None:
    with pytest.raises(ValueError):
        make_iin(datetime.date(2100, 1, 1), Sex.MALE, 0)
    with pytest.raises(ValueError):
        make_iin(datetime.date(1799, 12, 31), Sex.MALE, 0)


# --- every IIN error on purpose -------------------------------------------------------------


@pytest.mark.parametrize("value", ["", "   ", "\u00a0", None])
def test_empty_iin(value: str | None) -> None:
    with pytest.raises(ValidationError) as exc_info:
        parse_iin(value, field="student_iin")  # type: ignore[arg-type]
    problem = only_problem(exc_info)
    assert problem == Problem("student_iin", ids.IIN_EMPTY, {})
    assert exc_info.value.for_field("student_iin") == [problem]


@pytest.mark.parametrize(("value", "count"), [("1", "1"), ("05051250123", "11"), ("0505125012311", "13")])
def test_wrong_length(value: str, count: str) -> None:
    with pytest.raises(ValidationError) as exc_info:
        parse_iin(value)
    problem = only_problem(exc_info)
    assert problem.template == ids.IIN_WRONG_LENGTH
    assert problem.message == f"The IIN must have 12 digits; {count} were entered."


@pytest.mark.parametrize(
    ("value", "chars"), [("O50512501231", "O"), ("050-512-501-231", "-"), ("12a4b6a", "ab")]
)
def test_non_digits(value: str, chars: str) -> None:
    with pytest.raises(ValidationError) as exc_info:
        parse_iin(value)
    problem = only_problem(exc_info)
    assert problem.template == ids.IIN_NOT_DIGITS
    assert problem.params == {"chars": chars}


@pytest.mark.parametrize("first_six", ["051312", "050500", "050532", "010229", "050431", "000000"])
def test_impossible_dates(first_six: str) -> None:
    first_eleven = next(p for s in range(10) if check_digit(p := f"{first_six}5001{s}") is not None)
    iin = with_check_digit(first_eleven)
    with pytest.raises(ValidationError) as exc_info:
        parse_iin(iin)
    problem = only_problem(exc_info)
    assert problem.template == ids.IIN_BAD_DATE
    assert problem.message == f"The first six digits of the IIN ({first_six}) are not a real date of birth."


@pytest.mark.parametrize("seventh", ["0", "7", "8", "9"])
def test_bad_seventh_digit(seventh: str) -> None:
    first_eleven = "050512" + seventh + "0123"
    iin = first_eleven + str(check_digit(first_eleven) or 0)
    with pytest.raises(ValidationError) as exc_info:
        parse_iin(iin)
    problem = only_problem(exc_info)
    assert problem.template == ids.IIN_BAD_CENTURY
    assert problem.message == f"The 7th digit of the IIN must be 1–6 (century and sex); it is {seventh}."


def test_future_birth_date() -> None:
    tomorrow = TODAY + datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as exc_info:
        parse_iin(make_iin(tomorrow, Sex.FEMALE, 42), today=TODAY)
    problem = only_problem(exc_info)
    assert problem.template == ids.IIN_FUTURE_DATE
    assert problem.params == {"date": tomorrow.strftime("%d.%m.%Y")}
    assert parse_iin(make_iin(TODAY, Sex.FEMALE, 42), today=TODAY).birth_date == TODAY


def test_bad_check_digit() -> None:
    with pytest.raises(ValidationError) as exc_info:
        parse_iin("050512501234")
    problem = only_problem(exc_info)
    assert problem == Problem("iin", ids.IIN_BAD_CHECK_DIGIT, {})


@pytest.mark.parametrize("last", list("0123456789"))
def test_number_without_any_check_digit_is_invalid(last: str) -> None:
    assert not is_valid_iin("90010130080" + last)


def test_messages_name_the_number_in_plain_words() -> None:
    iin_templates = [v for k, v in vars(ids).items() if k.startswith("IIN_") and isinstance(v, str)]
    bin_templates = [v for k, v in vars(ids).items() if k.startswith("BIN_") and isinstance(v, str)]
    assert len(iin_templates) == 7 and len(bin_templates) == 6
    assert all("IIN" in t and "BIN" not in t for t in iin_templates)
    assert all("BIN" in t and "IIN" not in t for t in bin_templates)


# --- make_iin -------------------------------------------------------------------------------


def test_make_iin_skips_serial_without_check_digit() -> None:
    assert check_digit("90010130080") is None
    assert make_iin(datetime.date(1990, 1, 1), Sex.MALE, 80) == with_check_digit("90010130081")


def test_make_iin_wraps_serial() -> None:
    iin = make_iin(datetime.date(1990, 1, 1), Sex.MALE, 9999)
    assert iin[7:11] in {"9999", "0000", "0001"}
    assert is_valid_iin(iin)


@pytest.mark.parametrize("serial", [-1, 10_000])
def test_make_iin_rejects_bad_serial(serial: int) -> None:
    with pytest.raises(ValueError):
        make_iin(datetime.date(1990, 1, 1), Sex.MALE, serial)


# --- normalize ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("050 512 5 0123 1", "050512501231"),
        ("\u00a0050\u00a0512\u202f501231\t\n", "050512501231"),
        ("\ufeff050512501231\u200b", "050512501231"),
        ("50512501231", "050512501231"),
        (50512501231, "050512501231"),
        (101600008, "000101600008"),
        ("5051250123", "5051250123"),
        ("5051250123a", "5051250123a"),
        (-5, "-5"),
        (None, ""),
        ("", ""),
    ],
)
def test_normalize(value: str | int | None, expected: str) -> None:
    assert normalize_id_number(value) == expected


def test_normalize_restores_zero_only_when_asked() -> None:
    assert normalize_id_number(50512501231, restore_leading_zero=False) == "50512501231"
    assert normalize_id_number("505 125 01231", restore_leading_zero=False) == "50512501231"


@pytest.mark.parametrize("value", [True, 5.0512501231e10, b"050512501231"])
def test_normalize_rejects_other_types(value: object) -> None:
    with pytest.raises(TypeError):
        normalize_id_number(value)  # type: ignore[arg-type]


# --- consistency ----------------------------------------------------------------------------


def test_consistency() -> None:
    info = parse_iin("050512501231")
    assert check_consistency(info, datetime.date(2005, 5, 12), Sex.MALE) == []
    assert check_consistency(info, None, None) == []
    problems = check_consistency(info, datetime.date(2005, 12, 5), Sex.FEMALE, "dob", "gender")
    assert problems == [
        Problem("dob", ids.BIRTH_DATE_MISMATCH, {"given": "05.12.2005", "expected": "12.05.2005"}),
        Problem("gender", ids.SEX_MISMATCH, {"given": "female", "expected": "male"}),
    ]
    assert problems[0].message == "The birth date 05.12.2005 does not match the IIN, which says 12.05.2005."
    assert problems[1].message == "The sex female does not match the IIN, which says male."


# --- BIN ------------------------------------------------------------------------------------


def test_bin_hand_computed() -> None:
    # 1·1 + 5·2 + 0·3 + 3·4 + 4·5 + 0·6 + 0·7 + 0·8 + 1·9 + 2·10 + 3·11 = 105; 105 mod 11 = 6
    assert check_digit("15034000123") == 6
    assert parse_bin("150340001236") == "150340001236"
    assert parse_bin("1503 4000 1236", field="org_bin") == "150340001236"
    assert is_valid_bin("150340001236")
    assert not is_valid_bin("150340001237")


def test_make_bin_uses_two_digit_year() -> None:
    assert make_bin(2015, 3, 4, 123) == "150340001236"
    assert make_bin(15, 3, 4, 123) == "150340001236"


@pytest.mark.parametrize(
    ("value", "template", "params"),
    [
        ("", ids.BIN_EMPTY, {}),
        ("15034000123", ids.BIN_WRONG_LENGTH, {"count": "11"}),
        ("15034000123x", ids.BIN_NOT_DIGITS, {"chars": "x"}),
        ("151340001236", ids.BIN_BAD_MONTH, {"digits": "13"}),
        ("150040001236", ids.BIN_BAD_MONTH, {"digits": "00"}),
        ("150370001236", ids.BIN_BAD_KIND, {"digit": "7"}),
        ("150330001236", ids.BIN_BAD_KIND, {"digit": "3"}),
        ("150340001237", ids.BIN_BAD_CHECK_DIGIT, {}),
    ],
)
def test_bin_errors(value: str, template: str, params: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as exc_info:
        parse_bin(value, field="org_bin")
    assert only_problem(exc_info) == Problem("org_bin", template, params)


@pytest.mark.parametrize(
    "args", [(2015, 0, 4, 1), (2015, 13, 4, 1), (2015, 1, 7, 1), (2015, 1, 4, 10**6), (-1, 1, 4, 1)]
)
def test_make_bin_rejects_bad_arguments(args: tuple[int, int, int, int]) -> None:
    with pytest.raises(ValueError):
        make_bin(*args)


# --- properties -----------------------------------------------------------------------------

dates = st.dates(min_value=datetime.date(1900, 1, 1), max_value=TODAY)
sexes = st.sampled_from(list(Sex))
iin_serials = st.integers(min_value=0, max_value=9999)
eleven_digits = st.text(alphabet="0123456789", min_size=11, max_size=11)


@given(dates, sexes, iin_serials)
@example(datetime.date(2000, 2, 29), Sex.FEMALE, 0)
@example(datetime.date(2000, 1, 1), Sex.MALE, 9999)
def test_make_iin_round_trips(birth_date: datetime.date, sex: Sex, serial: int) -> None:
    iin = make_iin(birth_date, sex, serial)
    info = parse_iin(iin)
    assert (info.iin, info.birth_date, info.sex) == (iin, birth_date, sex)
    assert check_consistency(info, birth_date, sex) == []


@given(eleven_digits)
def test_check_digit_is_a_single_digit_or_none(first_eleven: str) -> None:
    assert check_digit(first_eleven) in {None, *range(10)}


@given(dates, sexes, iin_serials, st.integers(min_value=1, max_value=9))
def test_changing_the_check_digit_alone_invalidates(
    birth_date: datetime.date, sex: Sex, serial: int, delta: int
) -> None:
    iin = make_iin(birth_date, sex, serial)
    changed = iin[:-1] + str((int(iin[-1]) + delta) % 10)
    assert not is_valid_iin(changed)
    with pytest.raises(ValidationError) as exc_info:
        parse_iin(changed)
    assert only_problem(exc_info).template == ids.IIN_BAD_CHECK_DIGIT


@given(
    dates, sexes, iin_serials, st.integers(min_value=0, max_value=10), st.integers(min_value=1, max_value=9)
)
def test_changing_one_of_the_first_eleven_digits(
    birth_date: datetime.date, sex: Sex, serial: int, position: int, delta: int
) -> None:
    """A changed digit makes the number invalid, or (rarely) another valid number.

    It is always caught in positions 1-10 when the check digit of both numbers comes
    from the first pass, whose weights 1-10 are all invertible mod 11.
    """
    iin = make_iin(birth_date, sex, serial)
    changed = iin[:position] + str((int(iin[position]) + delta) % 10) + iin[position + 1 :]
    if is_valid_iin(changed):
        assert check_digit(changed[:11]) == int(changed[11])
        assert parse_iin(changed).iin != iin
    first_pass = sum(int(d) * w for d, w in zip(changed[:11], range(1, 12), strict=True)) % 11
    original_first_pass = sum(int(d) * w for d, w in zip(iin[:11], range(1, 12), strict=True)) % 11
    if position < 10 and first_pass != 10 and original_first_pass != 10:
        assert not is_valid_iin(changed)


def test_eleventh_digit_typo_is_usually_not_caught() -> None:
    """The 11th weight of the first pass is 11 ≡ 0 mod 11: the algorithm's known blind spot."""
    assert is_valid_iin("050512501231")
    assert all(is_valid_iin(f"0505125012{d}1") for d in "0123456789")


births_2000s = st.dates(
    min_value=datetime.date(2000, 1, 1), max_value=min(TODAY, datetime.date(2009, 12, 31))
)


@given(births_2000s, sexes, iin_serials)
def test_normalize_restores_zeros_lost_in_spreadsheets(
    birth_date: datetime.date, sex: Sex, serial: int
) -> None:
    iin = make_iin(birth_date, sex, serial)
    assert iin.startswith("0")
    assert normalize_id_number(int(iin)) == iin
    as_text = str(int(iin))
    assert normalize_id_number(as_text) == (iin if len(as_text) == 11 else as_text)
    assert parse_iin(normalize_id_number(int(iin))).birth_date == birth_date


@given(
    st.integers(min_value=2000, max_value=2099),
    st.integers(min_value=1, max_value=12),
    st.sampled_from([4, 5, 6]),
    st.integers(min_value=0, max_value=999_999),
)
def test_make_bin_round_trips(year: int, month: int, kind: int, serial: int) -> None:
    bin_ = make_bin(year, month, kind, serial)
    assert parse_bin(bin_) == bin_
    assert (bin_[:2], bin_[2:4], bin_[4]) == (f"{year % 100:02d}", f"{month:02d}", str(kind))
    assert not is_valid_bin(break_check_digit(bin_))


@given(st.integers(min_value=13, max_value=99), eleven_digits)
def test_bin_month_over_12_is_rejected(month: int, digits: str) -> None:
    value = digits[:2] + f"{month:02d}" + "4" + digits[4:]
    with pytest.raises(ValidationError) as exc_info:
        parse_bin(value)
    assert only_problem(exc_info).template == ids.BIN_BAD_MONTH


def test_core_does_not_import_qt() -> None:
    source = Path(ids.__file__).read_text(encoding="utf-8")
    assert "PySide" not in source and "PyQt" not in source
