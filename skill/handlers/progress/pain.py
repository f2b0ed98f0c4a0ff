"""Pain ratings: "my pain is a six", "four out of ten". Only ever given, never asked for.

By default a rating is used, not stored: one given on the way to a hold travels with the
hold in its AudioPlayer token, so that one given after it can be compared and said back.
Only someone who said yes to "Shall I keep your ratings?" has them stored with their holds.

- On the way to a hold: it is the rating before; it waits in the session for the hold.
- While the hold plays: in its first minute it is the rating before (the hold goes on,
  its token now carrying it); later, the person is asked to say it once the hold is done.
- Once the device's hold has ended or been paused: the rating after it.
- Otherwise, the last stored hold, if it ended a little while ago and has no rating after
  yet; failing that, it is the rating before the next hold.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.plumbing.device_report import player_report
from skill.handlers.plumbing.player import play
from skill.handlers.plumbing.turn import JOURNEY, PAIN_BEFORE, Turn, turn_of
from skill.handlers.progress.rating_consent import offer_to_keep
from skill.routine.hold_plan import elapsed_ms
from skill.routine.hold_state import Where, standing
from skill.routine.hold_token import HoldToken
from skill.routine.journey import Journey
from skill.routine.pain import AS_IT_BEGINS_MS, is_after, parse_rating, soon_after

# What the device's player reports while a hold still sounds.
_STILL_PLAYING = {"PLAYING", "BUFFER_UNDERRUN"}


def _device_hold(turn: Turn) -> tuple[HoldToken, int, str] | None:
    """The hold the device last played (token, offset, activity), if any."""
    player = turn.request.player
    token = HoldToken.parse(getattr(player, "token", None))
    if token is None:
        return None
    offset = getattr(player, "offset_in_milliseconds", None)
    activity = getattr(getattr(player, "player_activity", None), "value", None)
    return token, offset if isinstance(offset, int) else 0, str(activity)


def _played_until_spoken(turn: Turn) -> bool:
    """A device that reports its stream STOPPED may have stopped it only because the person
    spoke (some do: toolkit.simulator.variants): the stored hold tells a hold playing until
    now from one paused, read with the profile the answer needs (the request's one read)."""
    report = player_report(turn.request.handler_input)
    if report is None:
        return False
    holds = turn.hold_work(report.token).latest_with_profile(report.token)
    if holds is None:
        return False
    stood = standing(report, holds[0] if holds else None, turn.now(), checked=True)
    return stood.where is Where.PLAYING


def _before_the_hold(turn: Turn, rating: int) -> Response:
    turn.session.put(PAIN_BEFORE, rating)
    return offer_to_keep(turn, turn.words.preferences.rated_before(rating))


def _while_playing(turn: Turn, token: HoldToken, offset_ms: int, rating: int) -> Response:
    held_ms = elapsed_ms(token.plan, token.segment, offset_ms)
    if held_ms > AS_IT_BEGINS_MS or token.pain_before is not None:
        # Speaking to Alexa can stop the stream (handlers/hold/in_hold.py): it plays on.
        return turn.reply.tell(
            turn.words.preferences.RATE_WHEN_DONE,
            directives=[play(turn.words.hold, token, offset_ms)],
        )
    # Its first minute: how the pain feels as it begins. The hold plays on from where it
    # is, its token now carrying the rating.
    profile = turn.work.profile()
    if profile.keep_ratings:
        turn.work.rate_before(token.hold_id, rating)
    carried = token._replace(pain_before=rating)
    return turn.reply.tell(
        turn.words.preferences.rated_before(rating),
        directives=[play(turn.words.hold, carried, offset_ms)],
    )


def _after_the_hold(
    turn: Turn, hold_id: str, before: int | None, rating: int, *, keep: bool
) -> Response:
    if keep:
        # A store fault adds its own short note; the comparison is said either way.
        turn.work.rate_after(hold_id, rating, before=before)
    return offer_to_keep(turn, turn.words.preferences.rated_after(before, rating))


class PainRatingHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("PainRatingIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        rating = parse_rating(turn.request.slot("rating"))
        if rating is None:
            return turn.reply.ask(
                turn.words.preferences.RATING_UNCLEAR,
                reprompt=turn.words.preferences.RATING_REPROMPT,
            )
        if turn.session.get(JOURNEY) is not None:
            return _before_the_hold(turn, rating)
        device = _device_hold(turn)
        if device is not None:
            token, offset_ms, activity = device
            if activity in _STILL_PLAYING or _played_until_spoken(turn):
                return _while_playing(turn, token, offset_ms, rating)
            if soon_after(token.hold_id, token.minutes, turn.now()):
                keep = turn.work.profile().keep_ratings
                return _after_the_hold(turn, token.hold_id, token.pain_before, rating, keep=keep)
        latest = turn.work.latest_hold()
        if latest is not None and is_after(latest, turn.now()):
            # One read is spent on the hold: the profile counts only if it is at hand. A
            # rating before the hold is stored only with the person's yes, so it stands
            # for that yes otherwise.
            profile = turn.work.at_hand()
            keep = profile.keep_ratings if profile else latest.pain_before is not None
            return _after_the_hold(turn, latest.hold_id, latest.pain_before, rating, keep=keep)
        # Before a hold: keep it for the hold, and offer to start one.
        turn.keep_journey(Journey())
        return _before_the_hold(turn, rating)
