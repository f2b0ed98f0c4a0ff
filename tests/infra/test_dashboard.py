"""The stack's dashboard: what an operator looks at, and every metric the skill writes."""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable
from typing import Any

import pytest

from skill import metrics
from tests.support.metric_lines import metric_lines
from tests.support.template import load_template

# Each function of skill/metrics.py that writes a metric line, called once.
WRITERS: dict[str, Callable[[], None]] = {
    "store_fault": lambda: metrics.store_fault("save_profile", TimeoutError()),
    "hold_repair": lambda: metrics.hold_repair("record", repaired=True),
    "hold_started": metrics.hold_started,
    "hold_ended": lambda: metrics.hold_ended(completed=True, held_seconds=300),
    "red_flag_answer": metrics.red_flag_answer,
}
LAMBDA_METRICS = {("Invocations", "Sum"), ("Errors", "Sum"), ("Throttles", "Sum")}


@pytest.fixture(scope="module")
def resources() -> dict[str, Any]:
    found: dict[str, Any] = load_template()["Resources"]
    return found


@pytest.fixture(scope="module")
def widgets(resources: dict[str, Any]) -> list[dict[str, Any]]:
    """The dashboard's widgets, its ${...} references filled in as `<name>`."""
    body = resources["SkillDashboard"]["Properties"]["DashboardBody"]["Fn::Sub"]
    found: list[dict[str, Any]] = json.loads(re.sub(r"\$\{([^}]+)\}", r"<\1>", body))["widgets"]
    return found


def shown(widgets: list[dict[str, Any]]) -> str:
    """Every metric and expression the dashboard draws, as one text."""
    return json.dumps([widget["properties"].get("metrics", []) for widget in widgets])


@pytest.mark.usefixtures("in_lambda")
def test_the_dashboard_shows_every_metric_the_skill_writes(
    widgets: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    public = {
        name
        for name, member in inspect.getmembers(metrics, inspect.isfunction)
        if member.__module__ == metrics.__name__ and not name.startswith("_")
    }
    # A new metric function is added here, and so to the dashboard (below).
    assert public - {"fault_kind"} == set(WRITERS)
    for write in WRITERS.values():
        write()
    written = {
        metric["Name"]
        for line in metric_lines(capsys.readouterr().out)
        for directive in line["_aws"]["CloudWatchMetrics"]
        for metric in directive["Metrics"]
    }
    assert written == {
        *("StoreFaults", "HoldRepairs", "HoldsStarted"),
        *("HoldsCompleted", "MinutesHeld", "RedFlagAnswers"),
    }
    drawn = shown(widgets)
    for name in written:
        assert re.search(rf'"{metrics.NAMESPACE}", "{name}"|SUM\({name}\)', drawn), name


def test_counts_by_service_are_drawn_with_the_dimension_the_skill_writes(
    widgets: list[dict[str, Any]],
) -> None:
    drawn = shown(widgets)
    for name in ("HoldsStarted", "HoldsCompleted", "MinutesHeld", "RedFlagAnswers"):
        assert f'"{name}", "{metrics.SERVICE}", "{metrics.SERVICE_NAME}"' in drawn
    assert f'SCHEMA(\\"{metrics.NAMESPACE}\\", {metrics.OPERATION})' in drawn
    assert (
        f'SCHEMA(\\"{metrics.NAMESPACE}\\", {metrics.OUTCOME}) GROUP BY {metrics.OUTCOME}' in drawn
    )


def test_the_dashboard_shows_requests_errors_and_time_taken(widgets: list[dict[str, Any]]) -> None:
    lines = [
        line
        for widget in widgets
        for line in widget["properties"].get("metrics", [])
        if line[0] == "AWS/Lambda"
    ]
    assert all(line[2:4] == ["FunctionName", "<SkillFunction>"] for line in lines)
    stats = {
        (line[1], line[-1].get("stat") or widget["properties"].get("stat"))
        for widget in widgets
        for line in widget["properties"].get("metrics", [])
        if line[0] == "AWS/Lambda"
    }
    assert stats == LAMBDA_METRICS | {("Duration", "p50"), ("Duration", "p99")}


def test_cold_starts_are_counted_from_the_report_lines(
    resources: dict[str, Any], widgets: list[dict[str, Any]]
) -> None:
    filters = {
        props["MetricTransformations"][0]["MetricName"]: props
        for props in (
            r["Properties"] for r in resources.values() if r["Type"] == "AWS::Logs::MetricFilter"
        )
    }
    assert set(filters) == {"ColdStarts", "InitDuration"}
    for props in filters.values():
        assert props["LogGroupName"] == {"Ref": "SkillLogGroup"}
        assert props["MetricTransformations"][0]["MetricNamespace"] == metrics.NAMESPACE
        # The REPORT line as Lambda writes it in the JSON log format.
        assert props["FilterPattern"].startswith('{ $.type = "platform.report" && ')
    # A cold start reports its init; one resumed from a SnapStart snapshot, its restore.
    assert (
        "initDurationMs > 0 || $.record.metrics.restoreDurationMs > 0"
        in (filters["ColdStarts"]["FilterPattern"])
    )
    assert filters["InitDuration"]["MetricTransformations"][0]["MetricValue"] == (
        "$.record.metrics.initDurationMs"
    )
    drawn = shown(widgets)
    assert '"AcupressureHelper", "ColdStarts"' in drawn
    assert '"AcupressureHelper", "InitDuration"' in drawn


def test_the_dashboard_lists_every_alarm(
    resources: dict[str, Any], widgets: list[dict[str, Any]]
) -> None:
    alarms = {name for name, r in resources.items() if r["Type"] == "AWS::CloudWatch::Alarm"}
    [listed] = [widget["properties"]["alarms"] for widget in widgets if widget["type"] == "alarm"]
    assert sorted(listed) == sorted(f"<{name}.Arn>" for name in alarms)


def test_every_widget_is_on_the_stacks_region(widgets: list[dict[str, Any]]) -> None:
    for widget in widgets:
        if widget["type"] == "metric":
            assert widget["properties"]["region"] == "<AWS::Region>"
