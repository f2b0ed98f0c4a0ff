"""The skill package: skill.json and the interaction models read as SMAPI's own model does.

ask-smapi-model's typed classes keep only the fields SMAPI defines, so a document that
survives a round trip through them unchanged has no misspelt or misplaced key, and every
enumerated value (interfaces, events, permissions, countries) is one SMAPI knows.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_model_runtime.exceptions import SerializationException
from ask_sdk_model_runtime.serializer import DefaultSerializer
from ask_smapi_model.v1.skill.interaction_model.interaction_model_data import (
    InteractionModelData,
)
from ask_smapi_model.v1.skill.manifest.interface import Interface
from ask_smapi_model.v1.skill.manifest.interface_type import InterfaceType
from ask_smapi_model.v1.skill.manifest.skill_manifest_envelope import SkillManifestEnvelope

from infra import skill_manifest
from infra.skill_manifest import (
    PLACEHOLDER_ARN,
    deployed_manifest,
    load_manifest,
    with_endpoint,
    with_hosting,
    without_endpoints,
)

ROOT = Path(__file__).resolve().parents[2]
MODELS = skill_manifest.MODEL_ROOT / "interactionModels" / "custom"
FUNCTION_ARN = "arn:aws:lambda:us-east-1:210987654321:function:acupressure-helper-Skill-x1Y2"
SKILL_ID = "amzn1.ask.skill.0a1b2c3d-4e5f-6789-abcd-ef0123456789"
BASE_URL = "https://d111111abcdef8.cloudfront.net/audio"

serializer = DefaultSerializer()


def round_trip(document: dict[str, Any], model: type) -> Any:
    """The document after SMAPI's model has read it and written it back."""
    if model is SkillManifestEnvelope:
        return _manifest_round_trip(document)
    return serializer.serialize(serializer.deserialize(json.dumps(document), model))


def _manifest_round_trip(document: dict[str, Any]) -> Any:
    """The same for a manifest. SMAPI's `InterfaceType` lists CAN_FULFILL_INTENT_REQUEST (the
    docs declare it as `{"type": "CAN_FULFILL_INTENT_REQUEST"}`), but ask-smapi-model has no
    class for it to read, so an interface of a listed type and nothing else is set aside
    for the round trip and put back where it was."""
    copied = copy.deepcopy(document)
    interfaces = copied["manifest"]["apis"]["custom"]["interfaces"]
    type_only = {
        index: item
        for index, item in enumerate(interfaces)
        if item.get("type") in _TYPES_WITHOUT_A_CLASS and set(item) == {"type"}
    }
    copied["manifest"]["apis"]["custom"]["interfaces"] = [
        item for index, item in enumerate(interfaces) if index not in type_only
    ]
    read = serializer.serialize(serializer.deserialize(json.dumps(copied), SkillManifestEnvelope))
    assert isinstance(read, dict)
    back = read["manifest"]["apis"]["custom"]["interfaces"]
    for index, item in sorted(type_only.items()):
        back.insert(index, item)
    return read


_TYPES_WITHOUT_A_CLASS = {kind.value for kind in InterfaceType} - set(
    Interface.discriminator_value_class_map
)


@pytest.fixture
def manifest() -> dict[str, Any]:
    return load_manifest()


def test_the_manifest_is_what_smapi_reads(manifest: dict[str, Any]) -> None:
    assert round_trip(manifest, SkillManifestEnvelope) == manifest


def test_a_misspelt_key_does_not_survive_the_round_trip(manifest: dict[str, Any]) -> None:
    manifest["manifest"]["apis"]["custom"]["interface"] = [{"type": "AUDIO_PLAYER"}]
    assert round_trip(manifest, SkillManifestEnvelope) != manifest


def test_an_unknown_interface_is_refused(manifest: dict[str, Any]) -> None:
    manifest["manifest"]["apis"]["custom"]["interfaces"].append({"type": "AUDIOPLAYER"})
    with pytest.raises(SerializationException):
        round_trip(manifest, SkillManifestEnvelope)


@pytest.mark.parametrize("misspelt", ["CAN_FULFILL_INTENT", "CAN_FULFIL_INTENT_REQUEST"])
def test_a_misspelt_name_free_interface_is_refused(manifest: dict[str, Any], misspelt: str) -> None:
    manifest["manifest"]["apis"]["custom"]["interfaces"].append({"type": misspelt})
    with pytest.raises(SerializationException):
        round_trip(manifest, SkillManifestEnvelope)


@pytest.mark.parametrize("model", sorted(MODELS.glob("*.json")), ids=lambda path: path.stem)
def test_each_interaction_model_is_what_smapi_reads(model: Path) -> None:
    document = json.loads(model.read_text(encoding="utf-8"))
    assert round_trip(document, InteractionModelData) == document


def test_every_listed_locale_has_a_model_and_every_model_is_listed(
    manifest: dict[str, Any],
) -> None:
    body = manifest["manifest"]
    models = {path.stem for path in MODELS.glob("*.json")}
    assert set(body["publishingInformation"]["locales"]) == models
    hosted = with_hosting(manifest, BASE_URL)["manifest"]
    assert set(hosted["privacyAndCompliance"]["locales"]) == models


def test_each_listing_fits_the_store_and_warns_it_is_not_medical_advice(
    manifest: dict[str, Any],
) -> None:
    for locale, listing in manifest["manifest"]["publishingInformation"]["locales"].items():
        assert len(listing["summary"]) <= 160
        assert len(listing["description"]) <= 4000
        phrases = listing["examplePhrases"]
        assert 1 <= len(phrases) <= 3
        assert 1 <= len(listing["keywords"]) <= 30
        if locale.startswith("en-"):  # other languages: tests/infra/test_store_listing.py
            assert "not medical advice" in listing["description"]
            assert "see a doctor" in listing["description"]
            assert phrases[0].startswith("Alexa, ask acupressure helper ")


def test_the_skill_is_offered_where_its_locales_are_spoken(manifest: dict[str, Any]) -> None:
    publishing = manifest["manifest"]["publishingInformation"]
    assert publishing["isAvailableWorldwide"] is False
    countries = {locale.split("-")[1] for locale in publishing["locales"]}
    assert set(publishing["distributionCountries"]) == countries


def test_the_skill_asks_for_reminders_and_hears_of_being_disabled(
    manifest: dict[str, Any],
) -> None:
    body = manifest["manifest"]
    # Reminders, and skill personalization: "alexa::person_id:read" is the permission behind
    # the console's "Skill Personalization" toggle (Configure Permissions for Customer
    # Information), so each recognised voice arrives as context.System.person.
    assert body["permissions"] == [
        {"name": "alexa::alerts:reminders:skill:readwrite"},
        {"name": "alexa::person_id:read"},
    ]
    events = {item["eventName"] for item in body["events"]["subscriptions"]}
    assert events == {"SKILL_DISABLED", "SKILL_PERMISSION_ACCEPTED", "SKILL_PERMISSION_CHANGED"}
    interfaces = {item["type"] for item in body["apis"]["custom"]["interfaces"]}
    # Name-free: Alexa may ask the skill whether it can take "my lower back hurts".
    assert interfaces == {"AUDIO_PLAYER", "CAN_FULFILL_INTENT_REQUEST", "ALEXA_PRESENTATION_APL"}
    privacy = body["privacyAndCompliance"]
    # Pain ratings (kept only with the person's yes) and voice ids are personal information.
    assert privacy["usesPersonalInfo"] is True
    assert privacy["isChildDirected"] is False


def test_the_committed_manifest_names_only_the_placeholder_function(
    manifest: dict[str, Any],
) -> None:
    body = manifest["manifest"]
    assert body["apis"]["custom"]["endpoint"] == {"uri": PLACEHOLDER_ARN}
    assert body["events"]["endpoint"] == {"uri": PLACEHOLDER_ARN}


def test_the_deployed_manifest_sends_requests_and_events_to_the_function(
    manifest: dict[str, Any],
) -> None:
    deployed = with_endpoint(manifest, FUNCTION_ARN)

    assert round_trip(deployed, SkillManifestEnvelope) == deployed
    assert deployed["manifest"]["apis"]["custom"]["endpoint"] == {"uri": FUNCTION_ARN}
    assert deployed["manifest"]["events"]["endpoint"] == {"uri": FUNCTION_ARN}
    assert PLACEHOLDER_ARN not in json.dumps(deployed)
    # Nothing else changed, and the committed manifest is left as it was.
    deployed["manifest"]["apis"]["custom"]["endpoint"] = {"uri": PLACEHOLDER_ARN}
    deployed["manifest"]["events"]["endpoint"] = {"uri": PLACEHOLDER_ARN}
    assert deployed == manifest == load_manifest()


@pytest.mark.parametrize(
    "arn",
    [
        "",
        "<SkillFunctionArn>",
        "arn:aws:lambda:us-east-1:123:function:short-account",
        "arn:aws:s3:::acupressure-helper",
        "https://example.com/skill",
    ],
)
def test_anything_but_a_function_arn_is_refused(manifest: dict[str, Any], arn: str) -> None:
    with pytest.raises(ValueError, match="not a Lambda function ARN"):
        with_endpoint(manifest, arn)


def test_the_manifest_to_create_the_skill_has_no_endpoint(manifest: dict[str, Any]) -> None:
    created = without_endpoints(manifest)

    assert round_trip(created, SkillManifestEnvelope) == created
    assert "endpoint" not in json.dumps(created)
    assert (
        created["manifest"]["publishingInformation"]
        == manifest["manifest"]["publishingInformation"]
    )


def write(*options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "infra.skill_manifest", *options],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def test_the_project_written_for_ask_deploy_holds_the_deployed_package(tmp_path: Path) -> None:
    project = tmp_path / "skill-project"
    written = write(
        "project", "--function-arn", FUNCTION_ARN, "--skill-id", SKILL_ID,
        "--base-url", BASE_URL, "--profile", "acupressure", "--out", str(project),
    )  # fmt: skip

    assert written.returncode == 0, written.stderr
    package = project / "skill-package"
    deployed = json.loads((package / "skill.json").read_text(encoding="utf-8"))
    assert deployed == deployed_manifest(load_manifest(), FUNCTION_ARN, BASE_URL)
    assert round_trip(deployed, SkillManifestEnvelope) == deployed
    for model in MODELS.glob("*.json"):
        copied = package / "interactionModels" / "custom" / model.name
        assert copied.read_bytes() == model.read_bytes()
    resources = json.loads((project / "ask-resources.json").read_text(encoding="utf-8"))
    assert resources["profiles"] == {"acupressure": {"skillMetadata": {"src": "./skill-package"}}}
    states = json.loads((project / ".ask" / "ask-states.json").read_text(encoding="utf-8"))
    assert states["profiles"] == {"acupressure": {"skillId": SKILL_ID}}
    assert "example.com" not in json.dumps(deployed)


def test_no_project_is_written_for_a_function_that_is_not_there(tmp_path: Path) -> None:
    written = write(
        "project", "--function-arn", "<SkillFunctionArn>", "--skill-id", SKILL_ID,
        "--base-url", BASE_URL, "--out", str(tmp_path / "skill-project"),
    )  # fmt: skip

    assert written.returncode == 1
    assert "not a Lambda function ARN" in written.stderr
    assert not (tmp_path / "skill-project").exists()


def test_the_create_manifest_is_written_where_asked(tmp_path: Path) -> None:
    out = tmp_path / "create-skill.json"
    written = write("create", "--out", str(out))

    assert written.returncode == 0, written.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == without_endpoints(load_manifest())


@pytest.mark.parametrize(
    "base_url",
    ["", "<AudioBaseUrl>", "http://d111111abcdef8.cloudfront.net/audio", "https://localhost/audio"],
)
def test_icons_and_pages_are_only_hosted_on_a_named_https_host(
    manifest: dict[str, Any], base_url: str
) -> None:
    with pytest.raises(ValueError, match="not an https:// address"):
        with_hosting(manifest, base_url)


def test_no_project_is_written_without_a_host_for_the_icons_and_pages(tmp_path: Path) -> None:
    written = write(
        "project", "--function-arn", FUNCTION_ARN, "--skill-id", SKILL_ID,
        "--base-url", "http://d111111abcdef8.cloudfront.net/audio",
        "--out", str(tmp_path / "skill-project"),
    )  # fmt: skip

    assert written.returncode == 1
    assert "not an https:// address" in written.stderr
    assert not (tmp_path / "skill-project").exists()


def test_the_only_ask_cli_project_is_the_one_the_deploy_writes() -> None:
    # The committed package names a placeholder function and no icons or privacy pages,
    # so `ask deploy` at the root would deploy a skill that cannot work (README, Deploying).
    assert not (ROOT / "ask-resources.json").exists()
    for state in (".ask/ask-states.json", "build/skill-project/.ask/ask-states.json"):
        ignored = subprocess.run(
            ["git", "check-ignore", "--quiet", "--no-index", state], cwd=ROOT, check=False
        )
        assert ignored.returncode == 0, f"{state} is not ignored"
