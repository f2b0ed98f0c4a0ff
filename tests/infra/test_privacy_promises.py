"""What a reviewer and a person look for in the privacy policy: who runs the skill, where
their data is kept and whether it leaves their country, on what grounds, what counts as
health data, where to complain; and pages everyone can read (WCAG AA contrast)."""

from __future__ import annotations

import re

import pytest

from infra import data_location
from infra.legal_pages import (
    PAGES,
    PRIVACY_POLICY,
    STYLESHEET,
    TERMS_OF_USE,
    Operator,
    Page,
    PageError,
    languages,
    page_words,
    render,
)
from infra.skill_manifest import load_manifest
from tests.infra.test_legal_pages import read

OPERATOR = Operator("Jo Bloggs Wellbeing Ltd", "care@acupressure-helper.org")
# WCAG 2.1, 1.4.3 Contrast (Minimum), level AA: 4.5:1 for text of a normal size.
AA_NORMAL_TEXT = 4.5


def policy_in(region: str) -> tuple[str, list[str]]:
    return read(render(PRIVACY_POLICY, OPERATOR, region))


@pytest.mark.parametrize(
    ("region", "where"),
    [
        ("us-east-1", "US East (N. Virginia) region (us-east-1), in the United States"),
        ("us-west-2", "US West (Oregon) region (us-west-2), in the United States"),
        ("eu-west-1", "Europe (Ireland) region (eu-west-1), in Ireland"),
    ],
)
def test_the_policy_says_where_everything_is_kept_and_that_it_leaves_the_country(
    region: str, where: str
) -> None:
    policy, _ = policy_in(region)
    country = where.rsplit(", in ", 1)[1]
    assert f"stored with Amazon Web Services in one place: its {where}." in policy
    assert (
        "The skill is offered in the United States, the United Kingdom, Australia, Canada, "
        f"India, Germany, Spain, Mexico and France, so if you live outside {country}, what it "
        "keeps about you leaves your country and is stored there." in policy
    )
    assert "standard contractual clauses" in policy


def test_the_countries_are_those_of_the_locales_the_skill_is_published_in() -> None:
    locales = load_manifest()["manifest"]["publishingInformation"]["locales"]
    assert data_location.published_locales() == list(locales)
    for language in languages():
        names = page_words(language).countries
        assert set(locales) <= set(names), language
        countries = {names[locale] for locale in locales}
        assert sorted(data_location.published_countries(names)) == sorted(countries)


@pytest.mark.parametrize("language", languages())
def test_each_language_names_every_region_the_stack_may_run_in(language: str) -> None:
    words = page_words(language)
    assert set(words.region_names) == set(words.region_countries) == set(data_location.REGIONS)
    assert set(words.titles) == {page.name for page in PAGES}


def test_a_region_alexa_does_not_call_is_refused() -> None:
    with pytest.raises(PageError, match="not a region Alexa calls skill functions in"):
        render(PRIVACY_POLICY, OPERATOR, "ap-southeast-2")


def test_the_policy_gives_the_legal_basis_for_each_kind_of_data() -> None:
    policy, _ = policy_in("us-east-1")
    assert "Under the UK GDPR" in policy
    assert "your explicit consent for pain ratings (Articles 6(1)(a) and 9(2)(a))" in policy
    assert 'withdrawn whenever you say "stop keeping my ratings"' in policy
    assert "(a contract with you, Article 6(1)(b)) for your preferences, counts" in policy
    assert "our legitimate interest in keeping the skill working" in policy
    assert "(Article 6(1)(f)) for the logs and backups" in policy


def test_the_policy_says_what_is_health_data_and_why_it_needs_a_yes() -> None:
    policy, _ = policy_in("us-east-1")
    assert "Pain ratings: health data, kept only with your yes" in policy
    assert "so the law counts it as health data" in policy
    assert "It keeps a rating only if you say yes" in policy
    assert "that yes is your explicit consent" in policy
    assert "what you say about them is answered there and then, and not kept" in policy


def test_uk_users_are_told_of_their_right_to_complain_to_the_ico() -> None:
    policy, links = policy_in("us-east-1")
    assert "If you live in the UK, you have the right to complain to the Information" in policy
    assert "Commissioner's Office (ICO)" in policy
    assert "https://ico.org.uk/make-a-complaint/" in links
    assert "0303 123 1113" in policy
    assert "your own country's data protection authority" in policy
    assert "to have it in a form you can take elsewhere" in policy


@pytest.mark.parametrize("page", [PRIVACY_POLICY, TERMS_OF_USE], ids=lambda page: page.name)
def test_each_page_names_the_operator(page: Page) -> None:
    text, _ = read(render(page, OPERATOR, "us-east-1"))
    assert '"We" means Jo Bloggs Wellbeing Ltd, who runs the skill' in text


@pytest.mark.parametrize("name", ["", "   ", "<b>Me</b>", "42", "<OPERATOR_NAME>", "x"])
def test_a_name_nobody_could_tell_is_refused(name: str) -> None:
    with pytest.raises(PageError, match="not a name"):
        render(PRIVACY_POLICY, Operator(name, OPERATOR.email), "us-east-1")


# ----------------------------------------------------------------------------- contrast


def _channel(value: int) -> float:
    """A colour channel, linearised (WCAG 2.1's relative luminance)."""
    srgb = value / 255
    return srgb / 12.92 if srgb <= 0.04045 else ((srgb + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    red, green, blue = (int(colour[at : at + 2], 16) for at in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast(one: str, other: str) -> float:
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def colour_pairs(stylesheet: str) -> dict[str, tuple[str, str]]:
    """Each rule's text colour and the background it is read on (its own, else the body's)."""
    rules: dict[str, dict[str, str]] = {
        selector.strip(): dict(re.findall(r"([\w-]+)\s*:\s*([^;]+?)\s*(?:;|$)", body))
        for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", stylesheet)
    }
    page = rules["body"]["background"]
    pairs: dict[str, tuple[str, str]] = {}
    for selector, properties in rules.items():
        if "color" in properties:
            pairs[selector] = (properties["color"], properties.get("background", page))
    return pairs


def test_the_contrast_formula_matches_wcags() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    # The link colour the pages once had: under AA.
    assert contrast("#2f7d6d", "#f6f1e9") == pytest.approx(4.37, abs=0.01)


def test_every_colour_pair_of_the_pages_meets_wcag_aa_for_normal_text() -> None:
    pairs = colour_pairs(STYLESHEET)
    # Text, headings, links and the date line: every colour the stylesheet sets.
    assert set(pairs) == {"body", "h1", "h2", "a", ".updated"}
    assert len(re.findall(r"#[0-9a-f]{6}", STYLESHEET)) == len(pairs) + 1  # + the background
    for selector, (text, background) in pairs.items():
        ratio = contrast(text, background)
        assert ratio >= AA_NORMAL_TEXT, f"{selector}: {text} on {background} is {ratio:.2f}:1"


def test_the_pages_carry_the_stylesheet_checked() -> None:
    assert STYLESHEET in render(PRIVACY_POLICY, OPERATOR, "us-east-1")
