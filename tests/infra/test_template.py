"""infra/template.yaml: the function, its rights, the audio hosting and the alarms."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path
from typing import Any

import pytest

from infra import deploy, package, skill_manifest, upload_audio
from skill import metrics
from tests.support.template import TEMPLATE, load_template

ROOT = Path(__file__).resolve().parents[2]
# The DynamoDB store and the modules that make its requests (dynamodb_client.py makes the
# client, and the table for `db create`, which the function never does).
DYNAMODB_STORE = sorted(
    module
    for module in (ROOT / "skill" / "store").glob("dynamodb*.py")
    if module.name != "dynamodb_client.py"
)
# The IAM actions each boto3 DynamoDB call needs; a transaction needs those of its parts.
ACTIONS_OF_CALLS = {
    "get_item": "GetItem",
    "put_item": "PutItem",
    "update_item": "UpdateItem",
    "delete_item": "DeleteItem",
    "query": "Query",
    "scan": "Scan",
    "batch_get_item": "BatchGetItem",
    "batch_write_item": "BatchWriteItem",
}
ACTIONS_OF_TRANSACTION_PARTS = {
    "Put": "PutItem",
    "Update": "UpdateItem",
    "Delete": "DeleteItem",
    "ConditionCheck": "ConditionCheckItem",
}


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return load_template()


@pytest.fixture(scope="module")
def resources(template: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = template["Resources"]
    return found


def of_type(resources: dict[str, Any], kind: str) -> dict[str, Any]:
    return {name: r for name, r in resources.items() if r["Type"] == kind}


def role_policies(resources: dict[str, Any]) -> dict[str, tuple[str | None, dict[str, Any]]]:
    """The function role's policies by name, each with the condition it is granted under."""
    found: dict[str, tuple[str | None, dict[str, Any]]] = {}
    for policy in resources["SkillFunctionRole"]["Properties"]["Policies"]:
        if "Fn::If" in policy:
            condition, granted, otherwise = policy["Fn::If"]
            assert otherwise == {"Ref": "AWS::NoValue"}
            found[granted["PolicyName"]] = (condition, granted)
        else:
            found[policy["PolicyName"]] = (None, policy)
    return found


def dynamodb_actions_the_store_calls() -> set[str]:
    """Read skill/store/dynamodb*.py: every call on the DynamoDB client and transaction part."""
    trees = [ast.parse(module.read_text(encoding="utf-8")) for module in DYNAMODB_STORE]
    actions = set()
    for node in (node for tree in trees for node in ast.walk(tree)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            # `self._client.query(...)` in the store, `client.query(...)` in its helpers.
            if (isinstance(owner, ast.Attribute) and owner.attr == "_client") or (
                isinstance(owner, ast.Name) and owner.id == "client"
            ):
                call = node.func.attr
                if call != "transact_write_items":
                    actions.add(ACTIONS_OF_CALLS[call])
        if isinstance(node, ast.Dict):
            for key in node.keys:
                if isinstance(key, ast.Constant) and key.value in ACTIONS_OF_TRANSACTION_PARTS:
                    actions.add(ACTIONS_OF_TRANSACTION_PARTS[key.value])
    return actions


def test_the_function_runs_the_skill_on_python_3_12_arm(resources: dict[str, Any]) -> None:
    function = resources["SkillFunction"]
    assert function["Type"] == "AWS::Serverless::Function"
    props = function["Properties"]
    assert props["Runtime"] == f"python{package.LAMBDA_PYTHON}"
    assert props["Architectures"] == ["arm64"]
    assert "aarch64" in package.LAMBDA_PLATFORM

    module_name, _, function_name = props["Handler"].rpartition(".")
    assert module_name == package.ENTRY
    assert callable(getattr(importlib.import_module(module_name), function_name))
    # `sam build` builds the code with the project's Makefile (tests/infra/test_sam_build.py).
    assert function["Metadata"] == {"BuildMethod": "makefile"}
    assert (TEMPLATE.parent / props["CodeUri"]).resolve() == ROOT
    assert (ROOT / "Makefile").is_file()


def test_the_function_gives_up_before_alexa_does(resources: dict[str, Any]) -> None:
    props = resources["SkillFunction"]["Properties"]
    assert props["Timeout"] == 7
    assert 128 <= props["MemorySize"] <= 1024


def test_the_function_is_configured_by_the_stack(resources: dict[str, Any]) -> None:
    variables = resources["SkillFunction"]["Properties"]["Environment"]["Variables"]
    assert variables["SESSIONS_TABLE"] == {"Ref": "SessionsTable"}
    assert variables["SKILL_ID"] == {"Ref": "SkillId"}
    assert "LOG_LEVEL" not in variables  # Lambda's own log level setting serves (below)
    # The audio lives under the prefix the upload writes to, behind the distribution.
    assert variables["AUDIO_BASE_URL"] == {
        "Fn::Sub": f"https://${{AudioDistribution.DomainName}}/{upload_audio.PREFIX}"
    }


def test_only_the_skill_may_invoke_the_function(template: dict[str, Any]) -> None:
    function = template["Resources"]["SkillFunction"]["Properties"]
    assert function["Events"] == {
        "AlexaSkillEvent": {"Type": "AlexaSkill", "Properties": {"SkillId": {"Ref": "SkillId"}}}
    }
    pattern = re.compile(template["Parameters"]["SkillId"]["AllowedPattern"])
    assert pattern.fullmatch("amzn1.ask.skill.0a1b2c3d-4e5f-6789-abcd-ef0123456789")
    assert not pattern.fullmatch("amzn1.ask.skill.")
    assert not pattern.fullmatch("*")


def test_the_function_may_use_exactly_the_dynamodb_actions_the_store_calls(
    resources: dict[str, Any],
) -> None:
    role = resources["SkillFunctionRole"]["Properties"]
    assert "ManagedPolicyArns" not in role
    table_statements = [
        statement
        for _, policy in role_policies(resources).values()
        for statement in policy["PolicyDocument"]["Statement"]
        if any(action.startswith("dynamodb:") for action in statement["Action"])
    ]
    [statement] = table_statements
    granted = {action.removeprefix("dynamodb:") for action in statement["Action"]}

    assert granted == dynamodb_actions_the_store_calls()
    assert statement["Effect"] == "Allow"
    assert statement["Resource"] == {"Fn::GetAtt": "SessionsTable.Arn"}


def test_reading_the_store_finds_its_calls() -> None:
    # The list the role is checked against comes from the code: it must see the calls.
    assert dynamodb_actions_the_store_calls() >= {"GetItem", "PutItem", "UpdateItem", "Query"}


def test_the_role_grants_nothing_by_wildcard(resources: dict[str, Any]) -> None:
    for name, (_, policy) in role_policies(resources).items():
        for statement in policy["PolicyDocument"]["Statement"]:
            assert statement["Effect"] == "Allow"
            assert not [action for action in statement["Action"] if "*" in action]
            if name == "write-traces":
                continue  # X-Ray's actions name no resource (below)
            # One resource of this stack, by reference: never "*" or a pattern.
            assert isinstance(statement["Resource"], dict)


def test_traces_may_be_written_only_with_tracing_on(
    template: dict[str, Any], resources: dict[str, Any]
) -> None:
    assert template["Parameters"]["EnableTracing"]["AllowedValues"] == ["true", "false"]
    assert template["Parameters"]["EnableTracing"]["Default"] == "false"
    assert template["Conditions"]["TracingOn"] == {"Fn::Equals": [{"Ref": "EnableTracing"}, "true"]}
    props = resources["SkillFunction"]["Properties"]
    assert props["Tracing"] == {"Fn::If": ["TracingOn", "Active", "PassThrough"]}
    condition, policy = role_policies(resources)["write-traces"]
    assert condition == "TracingOn"
    [statement] = policy["PolicyDocument"]["Statement"]
    # Exactly what Lambda needs to send its segments (AWSXRayDaemonWriteAccess).
    assert statement["Action"] == ["xray:PutTelemetryRecords", "xray:PutTraceSegments"]
    assert statement["Resource"] == "*"
    # No X-Ray SDK: the function's cold start loads nothing for tracing.
    assert "aws_xray_sdk" not in (ROOT / "requirements" / "lambda.txt").read_text()
    assert not [module for module in (ROOT / "skill").rglob("*.py") if "xray" in module.read_text()]


def test_snapstart_is_a_parameter_on_versions_the_alias_and_trigger_follow(
    template: dict[str, Any], resources: dict[str, Any]
) -> None:
    assert template["Parameters"]["EnableSnapStart"]["AllowedValues"] == ["true", "false"]
    assert template["Parameters"]["EnableSnapStart"]["Default"] == "false"
    assert template["Conditions"]["SnapStartOn"] == {
        "Fn::Equals": [{"Ref": "EnableSnapStart"}, "true"]
    }
    props = resources["SkillFunction"]["Properties"]
    assert props["SnapStart"] == {
        "Fn::If": ["SnapStartOn", {"ApplyOn": "PublishedVersions"}, {"ApplyOn": "None"}]
    }
    # Every deploy publishes a version behind the alias; SAM puts the Alexa trigger on it,
    # and a change of SnapStart alone publishes a new version.
    assert props["AutoPublishAlias"] == "live"
    assert props["AutoPublishAliasAllProperties"] is True
    # The skill's endpoint is the alias, and the skill package takes its ARN.
    outputs = template["Outputs"]
    assert outputs["SkillFunctionArn"]["Value"] == {"Ref": "SkillFunction.Alias"}
    alias = "arn:aws:lambda:us-east-1:123456789012:function:acupressure-helper-Skill-Ab1:live"
    deployed = skill_manifest.with_endpoint(skill_manifest.load_manifest(), alias)
    assert deployed["manifest"]["apis"]["custom"]["endpoint"] == {"uri": alias}
    assert deployed["manifest"]["events"]["endpoint"] == {"uri": alias}


def test_the_function_logs_json_with_the_request_id_at_the_stacks_level(
    template: dict[str, Any], resources: dict[str, Any]
) -> None:
    logging_config = resources["SkillFunction"]["Properties"]["LoggingConfig"]
    assert logging_config["LogFormat"] == "JSON"
    assert logging_config["ApplicationLogLevel"] == {"Ref": "LogLevel"}
    assert logging_config["SystemLogLevel"] == "INFO"
    # Lambda's application log levels; Python's "WARNING" is not one of them.
    levels = {"TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"}
    assert set(template["Parameters"]["LogLevel"]["AllowedValues"]) <= levels


def test_the_function_logs_to_its_own_group_kept_for_a_month(resources: dict[str, Any]) -> None:
    props = resources["SkillFunction"]["Properties"]
    assert props["LoggingConfig"]["LogGroup"] == {"Ref": "SkillLogGroup"}
    assert resources["SkillLogGroup"]["Properties"]["RetentionInDays"] == 30
    [logs] = [policy for name, (_, policy) in role_policies(resources).items() if "logs" in name]
    [statement] = logs["PolicyDocument"]["Statement"]
    assert statement["Action"] == ["logs:CreateLogStream", "logs:PutLogEvents"]
    assert statement["Resource"] == {"Fn::GetAtt": "SkillLogGroup.Arn"}


def test_the_audio_bucket_is_private_and_read_only_through_its_distribution(
    resources: dict[str, Any],
) -> None:
    bucket = resources["AudioBucket"]["Properties"]
    assert set(bucket["PublicAccessBlockConfiguration"].values()) == {True}
    [rule] = bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"]
    assert rule["ServerSideEncryptionByDefault"]["SSEAlgorithm"] in {"AES256", "aws:kms"}

    statements = resources["AudioBucketPolicy"]["Properties"]["PolicyDocument"]["Statement"]
    [allow] = [s for s in statements if s["Effect"] == "Allow"]
    assert allow["Principal"] == {"Service": "cloudfront.amazonaws.com"}
    assert allow["Action"] == "s3:GetObject"
    source = allow["Condition"]["StringEquals"]["AWS:SourceArn"]["Fn::Sub"]
    assert source.endswith(":distribution/${AudioDistribution}")
    [deny] = [s for s in statements if s["Effect"] == "Deny"]
    assert deny["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}


def test_the_distribution_reaches_the_bucket_with_origin_access_control(
    resources: dict[str, Any],
) -> None:
    config = resources["AudioDistribution"]["Properties"]["DistributionConfig"]
    [origin] = config["Origins"]
    assert origin["DomainName"] == {"Fn::GetAtt": "AudioBucket.RegionalDomainName"}
    assert origin["OriginAccessControlId"] == {"Fn::GetAtt": "AudioOriginAccessControl.Id"}
    # An empty identity: no legacy origin access identity alongside.
    assert origin["S3OriginConfig"] == {"OriginAccessIdentity": ""}
    assert not of_type(resources, "AWS::CloudFront::CloudFrontOriginAccessIdentity")
    control = resources["AudioOriginAccessControl"]["Properties"]["OriginAccessControlConfig"]
    assert control["OriginAccessControlOriginType"] == "s3"
    assert control["SigningBehavior"] == "always"
    assert config["DefaultCacheBehavior"]["ViewerProtocolPolicy"] == "https-only"


def alarm_on(resources: dict[str, Any], namespace: str, metric: str) -> dict[str, Any]:
    """The one alarm watching `metric`, directly or inside its metric maths."""
    found: list[dict[str, Any]] = []
    for alarm in of_type(resources, "AWS::CloudWatch::Alarm").values():
        props: dict[str, Any] = alarm["Properties"]
        if props.get("Namespace") == namespace and props.get("MetricName") == metric:
            found.append(props)
        for query in props.get("Metrics", []):
            watched = query.get("MetricStat", {}).get("Metric", {})
            in_maths = watched.get("Namespace") == namespace and watched.get("MetricName") == metric
            in_query = f'SUM({metric}) FROM SCHEMA("{namespace}"' in query.get("Expression", "")
            if in_maths or in_query:
                found.append(props)
    [watching] = found
    assert watching["AlarmActions"] == [{"Ref": "AlarmTopic"}]
    return watching


def test_every_alarm_says_when_it_clears(resources: dict[str, Any]) -> None:
    alarms = of_type(resources, "AWS::CloudWatch::Alarm")
    assert len(alarms) == 5
    for alarm in alarms.values():
        assert alarm["Properties"]["OKActions"] == alarm["Properties"]["AlarmActions"]
        assert alarm["Properties"]["OKActions"] == [{"Ref": "AlarmTopic"}]


def test_slow_answers_raise_an_alarm_well_before_alexa_gives_up(
    resources: dict[str, Any],
) -> None:
    alarm = alarm_on(resources, "AWS/Lambda", "Duration")
    assert alarm["ExtendedStatistic"] == "p99"
    assert alarm["Unit"] == "Milliseconds"
    assert alarm["Threshold"] == 3000
    assert alarm["ComparisonOperator"] == "GreaterThanThreshold"
    timeout_ms = resources["SkillFunction"]["Properties"]["Timeout"] * 1000
    assert alarm["Threshold"] < timeout_ms


def test_lambda_errors_and_throttles_raise_alarms(resources: dict[str, Any]) -> None:
    for metric in ("Errors", "Throttles"):
        alarm = alarm_on(resources, "AWS/Lambda", metric)
        assert alarm["Dimensions"] == [{"Name": "FunctionName", "Value": {"Ref": "SkillFunction"}}]
        assert alarm["Threshold"] == 1


def test_throttled_table_requests_raise_an_alarm(resources: dict[str, Any]) -> None:
    for metric in ("ReadThrottleEvents", "WriteThrottleEvents"):
        alarm = alarm_on(resources, "AWS/DynamoDB", metric)
        [maths] = [query for query in alarm["Metrics"] if query.get("ReturnData")]
        assert maths["Expression"] == "reads + writes"


def test_the_skills_own_store_faults_raise_an_alarm(resources: dict[str, Any]) -> None:
    # Namespace, metric and dimension as skill/metrics.py writes them.
    alarm = alarm_on(resources, metrics.NAMESPACE, metrics.STORE_FAULTS)
    [query] = alarm["Metrics"]
    schema = f'SCHEMA("{metrics.NAMESPACE}", {metrics.OPERATION})'
    assert query["Expression"] == f"SELECT SUM({metrics.STORE_FAULTS}) FROM {schema}"


def test_the_outputs_hold_what_the_deploy_reads(template: dict[str, Any]) -> None:
    outputs = template["Outputs"]
    assert set(deploy.OUTPUTS) <= set(outputs)
    assert outputs["SkillFunctionArn"]["Value"] == {"Ref": "SkillFunction.Alias"}
    variables = template["Resources"]["SkillFunction"]["Properties"]["Environment"]["Variables"]
    assert outputs["AudioBaseUrl"]["Value"] == variables["AUDIO_BASE_URL"]
    assert {"SessionsTableName", "AudioBucketName", "AudioDistributionDomain"} <= set(outputs)
