"""One Lambda container, measured from the inside: `python -m bench.child MODE MODULE ...`.

Kept tiny on purpose: before the first answer it imports nothing but the standard
library's `time`, `json` and `sys`, then the Lambda module under test, so that the
cold start it reports is the module's own. The parent notes the monotonic clock just
before starting this process; the `answered_at_ns` printed here, on the same clock,
closes the cold start, interpreter start-up included.

Usage: `python -m bench.child MODE MODULE FIRST_JSON [--replay F] [--record F] [--repeat N]`,
FIRST_JSON the first request, which the cold container answers (its answer is reported).

Modes:
  timed   cold start, then the scripted session `--repeat` times, each turn timed; peak RSS.
  count   DynamoDB requests of each turn (botocore event hooks), and a 30-minute hold's
          device requests; writes the envelopes sent to `--record`.
  profile the cold answer, then the warm sessions, under cProfile: what costs most.
"""

import time

STARTED_NS = time.perf_counter_ns()

import json  # noqa: E402
import sys  # noqa: E402


def _cold_answer(module_name: str, first_path: str) -> tuple[object, object, int]:
    with open(first_path) as first_file:
        first = json.load(first_file)
    __import__(module_name)
    module = sys.modules[module_name]
    answer = module.lambda_handler(first, None)
    answered_at_ns = time.monotonic_ns()
    return module, answer, answered_at_ns


def _options(argv: list[str]) -> dict[str, str]:
    """`MODE MODULE FIRST [--name value]...`; argparse is left out, to keep the cold path bare."""
    mode, module, first, *rest = argv
    options = dict(zip(rest[0::2], rest[1::2], strict=True))
    unknown = set(options) - {"--replay", "--record", "--repeat"}
    if mode not in ("timed", "count", "profile") or unknown:
        raise SystemExit(f"usage: bench.child timed|count|profile MODULE FIRST [options]: {argv}")
    return {"mode": mode, "module": module, "first": first, **options}


def main(argv: list[str]) -> None:
    args = _options(argv)
    hooks = None
    if args["mode"] == "count":
        from bench.db_counting import DbRequests

        hooks = DbRequests.on_default_session()

    cold_profiler = None
    if args["mode"] == "profile":
        import cProfile

        cold_profiler = cProfile.Profile()
        cold_profiler.enable()
    module, cold_answer, answered_at_ns = _cold_answer(args["module"], args["first"])
    cold_ns = time.perf_counter_ns() - STARTED_NS
    if cold_profiler is not None:
        cold_profiler.disable()
    loaded = sorted(sys.modules)

    from bench.turns import run_mode

    report = run_mode(
        args["mode"],
        module,
        args.get("--replay"),
        args.get("--record"),
        int(args.get("--repeat", "1")),
        hooks,
        cold_profiler,
    )
    report.update(
        cold_in_process_ns=cold_ns,
        answered_at_ns=answered_at_ns,
        cold_answer=cold_answer,
        loaded_at_answer=loaded,
    )
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1:])
