from __future__ import annotations

from typing import Any

import pytest

from toolkit.simulator.render import render_response, speech_text


@pytest.mark.parametrize(
    ("ssml", "heard"),
    [
        ("<speak>Find the crease.</speak>", "Find the crease."),
        ("<speak>Press.<break time='3s'/>Now let go.</speak>", "Press. … Now let go."),
        ('<speak>Hold.<break strength="strong"/> <break time="2s"/> Well done.</speak>',
         "Hold. … Well done."),
        ('<speak><audio src="https://cdn.example.com/holds/minute-05.mp3"/> Five minutes.</speak>',
         "[sound: minute-05.mp3] Five minutes."),
        ("<speak>Salt &amp; pepper, &quot;quoted&quot;, it&apos;s fine.</speak>",
         'Salt & pepper, "quoted", it\'s fine.'),
        ("<speak><p>One.</p><p>Two.</p></speak>", "One. Two."),
        ('<speak><prosody rate="slow"><emphasis>Breathe</emphasis></prosody> slowly.</speak>',
         "Breathe slowly."),
        ('<speak><sub alias="Bladder forty">BL40</sub> is the point.</speak>',
         "Bladder forty is the point."),
        ("<speak><break time='1s'/>Ready?</speak>", "Ready?"),
    ],
)  # fmt: skip
def test_ssml_reads_as_what_a_person_hears(ssml: str, heard: str) -> None:
    assert speech_text(ssml) == heard


def _answer(**body: Any) -> dict[str, Any]:
    return {"version": "1.0", "response": body}


def test_speech_and_reprompt() -> None:
    lines = render_response(
        _answer(
            outputSpeech={"type": "SSML", "ssml": "<speak>Ready?</speak>"},
            reprompt={"outputSpeech": {"type": "PlainText", "text": "Say yes when ready."}},
            shouldEndSession=False,
        )
    )
    assert lines == ["Alexa: Ready?", "  (if you say nothing: Say yes when ready.)"]


def test_cards() -> None:
    simple = render_response(
        _answer(card={"type": "Simple", "title": "Bladder 40", "content": "Behind the knee."})
    )
    standard = render_response(
        _answer(
            card={
                "type": "Standard",
                "title": "Bladder 40",
                "text": "Behind the knee.",
                "image": {"smallImageUrl": "https://x/s.png", "largeImageUrl": "https://x/l.png"},
            }
        )
    )
    assert simple == ["  [card] Bladder 40: Behind the knee.", "  (session ended)"]
    assert standard[0] == "  [card] Bladder 40: Behind the knee. (image: https://x/l.png)"


def test_directives_show_their_key_fields() -> None:
    play = {
        "type": "AudioPlayer.Play",
        "playBehavior": "ENQUEUE",
        "audioItem": {
            "stream": {
                "token": "hold/2",
                "expectedPreviousToken": "hold/1",
                "url": "https://cdn.example.com/m2.mp3",
                "offsetInMilliseconds": 0,
            }
        },
    }
    ask = {
        "type": "Connections.SendRequest",
        "name": "AskFor",
        "payload": {
            "@type": "AskForPermissionsConsentRequest",
            "@version": "2",
            "permissionScopes": [],
        },
        "token": "",
    }
    lines = render_response(
        _answer(directives=[play, ask, {"type": "AudioPlayer.Stop"}], shouldEndSession=True)
    )
    assert lines == [
        "  [directive] AudioPlayer.Play playBehavior=ENQUEUE token=hold/2 "
        "expectedPreviousToken=hold/1 url=https://cdn.example.com/m2.mp3 offsetInMilliseconds=0",
        "  [directive] Connections.SendRequest name=AskFor "
        "payload=AskForPermissionsConsentRequest token=",
        "  [directive] AudioPlayer.Stop",
        "  (session ended)",
    ]


def test_session_end_is_shown_only_when_it_happens() -> None:
    speech = {"type": "PlainText", "text": "Goodbye."}
    assert render_response(_answer(outputSpeech=speech, shouldEndSession=True))[-1] == (
        "  (session ended)"
    )
    assert render_response(_answer(outputSpeech=speech, shouldEndSession=False)) == [
        "Alexa: Goodbye."
    ]
    assert render_response(_answer(outputSpeech=speech), session_ended=False) == ["Alexa: Goodbye."]
