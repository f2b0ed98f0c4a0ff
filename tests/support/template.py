"""Read `infra/template.yaml`, accepting CloudFormation's short tags (!Ref, !GetAtt, ...)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

TEMPLATE = Path(__file__).resolve().parents[2] / "infra" / "template.yaml"


class _CloudFormationLoader(yaml.SafeLoader):
    pass


def _tagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> dict[str, Any]:
    """`!Ref X` reads as `{"Ref": "X"}`, `!GetAtt A.B` as `{"Fn::GetAtt": "A.B"}`."""
    name = suffix if suffix == "Ref" else f"Fn::{suffix}"
    if isinstance(node, yaml.ScalarNode):
        return {name: loader.construct_scalar(node)}
    if isinstance(node, yaml.SequenceNode):
        return {name: loader.construct_sequence(node, deep=True)}
    assert isinstance(node, yaml.MappingNode)
    return {name: loader.construct_mapping(node, deep=True)}


_CloudFormationLoader.add_multi_constructor("!", _tagged)


def load_template(path: Path = TEMPLATE) -> dict[str, Any]:
    """The template as plain data."""
    with path.open(encoding="utf-8") as source:
        loaded: dict[str, Any] = yaml.load(source, Loader=_CloudFormationLoader)
    return loaded
