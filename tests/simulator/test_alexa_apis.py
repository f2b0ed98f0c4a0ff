"""The simulator's stand-in for Alexa's APIs, called by the SDK's own service clients over HTTPS."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest
from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.services import ApiConfiguration, ServiceException
from ask_sdk_model.services.reminder_management import ReminderManagementServiceClient
from ask_sdk_model.services.ups import UpsServiceClient

from skill.alexa.api_client import (
    CA_BUNDLE_ENV,
    MISSING_MODULE,
    AlexaApiClient,
    repair_reminder_models,
)
from toolkit.simulator.alexa_apis import AlexaApis
from toolkit.simulator.reminders import describe, reminder_line

DAILY = {
    "requestTime": "2026-11-23T18:00:05",
    "trigger": {
        "type": "SCHEDULED_ABSOLUTE",
        "timeZoneId": "Europe/London",
        "recurrence": {
            "startDateTime": "2026-11-23T19:00:00",
            "recurrenceRules": ["FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1"],
        },
    },
    "alertInfo": {"spokenInfo": {"content": [{"locale": "en-GB", "text": "Time to press."}]}},
    "pushNotification": {"status": "ENABLED"},
}


def _reminders(config: ApiConfiguration) -> Any:
    """The SDK's reminders client, which also takes a reminder as plain JSON."""
    return ReminderManagementServiceClient(config)


@pytest.fixture
def configuration(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[AlexaApis, ApiConfiguration]]:
    with AlexaApis(time_zone="Asia/Kolkata") as apis:
        monkeypatch.setenv(CA_BUNDLE_ENV, apis.ca_file)
        yield (
            apis,
            ApiConfiguration(
                serializer=DefaultSerializer(),
                api_client=AlexaApiClient(),
                authorization_value="LOCAL.TOKEN",
                api_endpoint=apis.endpoint,
            ),
        )


def test_the_time_zone_needs_no_permission(
    configuration: tuple[AlexaApis, ApiConfiguration],
) -> None:
    apis, config = configuration

    zone = UpsServiceClient(config).get_system_time_zone("amzn1.ask.device.ONE")

    assert zone == "Asia/Kolkata"
    assert apis.calls[0].path == "/v2/devices/amzn1.ask.device.ONE/settings/System.timeZone"
    assert apis.calls[0].authorization == "Bearer LOCAL.TOKEN"


def test_reminders_need_permission(configuration: tuple[AlexaApis, ApiConfiguration]) -> None:
    apis, config = configuration
    client = _reminders(config)

    with pytest.raises(ServiceException) as refused:
        client.create_reminder(DAILY)

    assert refused.value.status_code == 401
    assert apis.reminders == {}


def test_a_reminder_is_created_read_back_and_deleted(
    configuration: tuple[AlexaApis, ApiConfiguration],
) -> None:
    apis, config = configuration
    apis.permission_granted = True
    changes: list[str] = []
    apis.on_change = lambda kind, reminder: changes.append(reminder_line(kind, reminder))
    client = _reminders(config)
    repair_reminder_models()

    created = client.create_reminder(DAILY)
    listed = client.get_reminders()
    client.delete_reminder(created.alert_token)

    assert [alert.alert_token for alert in listed.alerts] == [created.alert_token]
    rules = listed.alerts[0].trigger.recurrence.recurrence_rules
    assert rules == ["FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1"]
    assert listed.alerts[0].alert_info.spoken_info.content[0].text == "Time to press."
    assert apis.reminders == {}
    line = '— "Time to press."'
    assert changes == [
        f"  [reminder] created: daily at 19:00 Europe/London {line}",
        f"  [reminder] listed: daily at 19:00 Europe/London {line}",
        f"  [reminder] cancelled: daily at 19:00 Europe/London {line}",
    ]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"trigger": {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "2026-11-24T19:00:00Z"}},
         "INVALID_TRIGGER_SCHEDULED_TIME_FORMAT"),
        ({"trigger": {"type": "SCHEDULED_RELATIVE", "offsetInSeconds": "soon"}},
         "INVALID_TRIGGER_OFFSET"),
        ({"alertInfo": {"spokenInfo": {"content": []}}}, "INVALID_ALERT_INFO"),
    ],
)  # fmt: skip
def test_a_malformed_reminder_is_refused_as_alexa_would(
    configuration: tuple[AlexaApis, ApiConfiguration], change: dict[str, Any], code: str
) -> None:
    apis, config = configuration
    apis.permission_granted = True

    with pytest.raises(ServiceException) as refused:
        _reminders(config).create_reminder({**DAILY, **change})

    assert refused.value.status_code == 400
    assert getattr(refused.value.body, "code", None) == code
    assert apis.reminders == {}


def test_faults_can_be_injected_for_the_next_calls(
    configuration: tuple[AlexaApis, ApiConfiguration],
) -> None:
    apis, config = configuration
    apis.permission_granted = True
    apis.fail_next(429)
    client = _reminders(config)

    with pytest.raises(ServiceException) as throttled:
        client.create_reminder(DAILY)
    client.create_reminder(DAILY)

    assert throttled.value.status_code == 429
    assert len(apis.active()) == 1


@pytest.mark.parametrize(
    ("trigger", "said"),
    [
        ({"type": "SCHEDULED_RELATIVE", "offsetInSeconds": 129600}, "in 36 hours"),
        ({"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "2026-11-24T19:00:00",
          "timeZoneId": "Europe/London"}, "once at 2026-11-24 19:00 Europe/London"),
    ],
)  # fmt: skip
def test_reminders_are_described_for_the_person_reading(trigger: dict[str, Any], said: str) -> None:
    assert describe({"trigger": trigger}) == said


def test_the_sdk_reads_reminders_back_only_once_its_models_are_repaired(
    configuration: tuple[AlexaApis, ApiConfiguration], monkeypatch: pytest.MonkeyPatch
) -> None:
    apis, config = configuration
    apis.permission_granted = True
    client = _reminders(config)
    client.create_reminder(DAILY)
    monkeypatch.delitem(sys.modules, MISSING_MODULE, raising=False)

    with pytest.raises(SerializationException, match="alert_info_spoken_info"):
        client.get_reminders()
    repair_reminder_models()
    listed = client.get_reminders()

    assert len(listed.alerts) == 1
