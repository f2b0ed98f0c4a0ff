from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit.simulator.spoken_numbers import spoken_duration, spoken_number

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten", "eleven", "twelve", "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _spell(number: int) -> str:
    """British-style words for 0..999, written independently of the parser."""
    if number < 10:
        return _ONES[number]
    if number < 20:
        return _TEENS[number - 10]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    hundreds, rest = divmod(number, 100)
    return f"{_ONES[hundreds]} hundred" + (f" and {_spell(rest)}" if rest else "")


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("five", "5"),
        ("twelve", "12"),
        ("twenty five", "25"),
        ("twenty-five", "25"),
        ("Forty Five", "45"),
        ("sixty", "60"),
        ("a hundred", "100"),
        ("one hundred and five", "105"),
        ("a hundred and twenty", "120"),
        ("12", "12"),
        ("0", "0"),
        ("zero", "0"),
        ("a thousand", "1000"),
    ],
)
def test_spoken_numbers_fill_amazon_number(said: str, value: str) -> None:
    assert spoken_number(said) == value


@pytest.mark.parametrize(
    "said",
    ["", "a", "hundred", "and", "minutes", "twelve apples", "five five", "twenty twenty",
     "ten one", "one hundred and", "zero five", "1.5", "half", "a dozen"],
)  # fmt: skip
def test_words_that_are_not_one_number_fill_nothing(said: str) -> None:
    assert spoken_number(said) is None


@given(st.integers(min_value=0, max_value=999))
def test_every_number_below_a_thousand_reads_back_from_its_words(number: int) -> None:
    assert spoken_number(_spell(number)) == str(number)
    assert spoken_number(str(number)) == str(number)


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("five minutes", "PT5M"),
        ("twelve minutes", "PT12M"),
        ("twenty-five minutes", "PT25M"),
        ("a minute", "PT1M"),
        ("one minute", "PT1M"),
        ("half an hour", "PT30M"),
        ("an hour", "PT1H"),
        ("an hour and a half", "PT1H30M"),
        ("one and a half hours", "PT1H30M"),
        ("1.5 hours", "PT1H30M"),
        ("ninety seconds", "PT90S"),
        ("ninety minutes", "PT90M"),
        ("two hours", "PT2H"),
        ("1 hour 15 minutes", "PT1H15M"),
        ("two hours and thirty minutes", "PT2H30M"),
        ("quarter of an hour", "PT15M"),
        ("a quarter of an hour", "PT15M"),
        ("three quarters of an hour", "PT45M"),
        ("half a minute", "PT30S"),
        ("a minute and a half", "PT1M30S"),
        ("Thirty Minutes.", "PT30M"),
        # Weeks and days are the date part, before the T (the docs' "P3D", "P8W").
        ("three days", "P3D"),
        ("a week", "P1W"),
        ("eight weeks", "P8W"),
        ("ten days", "P10D"),
        ("a day and a half", "P1DT12H"),
        ("2 days 3 hours", "P2DT3H"),
    ],
)
def test_spoken_lengths_fill_amazon_duration(said: str, value: str) -> None:
    assert spoken_duration(said) == value


@pytest.mark.parametrize(
    "said",
    ["", "five", "12", "minutes", "hour", "half", "an", "an hour hour", "five apples",
     "ten minutes two hours", "thirty minutes and", "quarter of a minute", "and five minutes",
     "half an hours", "two hours three days"],
)  # fmt: skip
def test_words_that_are_not_a_length_fill_nothing(said: str) -> None:
    assert spoken_duration(said) is None
