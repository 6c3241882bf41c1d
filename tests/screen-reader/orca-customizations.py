# Loaded by Orca from its preferences folder (orca -u DIR) at start: the settings a test run needs,
# and a recorder of what Orca speaks. It changes nothing Orca says or how; it writes each spoken
# string, with the language the browser exposed for it (Orca reads it from the AT-SPI text
# attribute "language" when it splits a line by language), as one JSON line to $DW_SPEECH_FILE.
# Orca 43 logs that language but does not itself switch voice, so the language is what we check.
import json
import os

import orca.debug as debug
import orca.settings as settings
import orca.speech as speech
import orca.speech_generator as speech_generator
from orca.acss import ACSS

# No synthesizer: Orca hands what it speaks to no speech server, and this file records it at
# that point. With speech-dispatcher and espeak-ng (into a null sound device), say-all waits for
# the synthesizer's callback after each string, and one lost callback stalled a run; the words,
# and the language given with each, are Orca's either way.
settings.speechServerFactory = "dw-no-synthesizer"
settings.speechFactoryModules = []

# Start from a quiet page: no reading on load, no key echo, no braille display to look for.
settings.sayAllOnLoad = False
settings.enableKeyEcho = False
settings.enableBraille = False
settings.enableSound = False

# Orca does not flush its debug file; line buffering lets a test follow it.
if debug.debugFile:
    debug.debugFile.reconfigure(line_buffering=True)
debug.debugLevel = debug.LEVEL_INFO

_out = open(os.environ["DW_SPEECH_FILE"], "a", encoding="utf-8", buffering=1)


def _record(kind, parts, line=None):
    parts = [[text, language] for text, language in parts if text and text.strip()]
    if parts:
        record = {"kind": kind, "parts": parts}
        if line:
            record["line"] = line
        _out.write(json.dumps(record, ensure_ascii=False) + "\n")


# The speech generator asks for a voice for each string with the string's language; the voice
# (an ACSS) follows its string in what is spoken. Tag the voice with that language.
_voice = speech_generator.SpeechGenerator.voice


def _tagged_voice(self, key=None, **args):
    voices = _voice(self, key, **args)
    language, dialect = args.get("language"), args.get("dialect")
    tag = (language + ("-" + dialect if dialect else "")) if language else None
    for voice in voices:
        voice.dwLanguage = tag
    return voices


speech_generator.SpeechGenerator.voice = _tagged_voice


def _flatten(content):
    if isinstance(content, list):
        for item in content:
            yield from _flatten(item)
    else:
        yield content


def _parts(content, acss):
    """Each string of an utterance with the language of the voice that follows it."""
    parts, pending = [], []
    for item in _flatten(content):
        if isinstance(item, str):
            pending.append(item)
        elif isinstance(item, ACSS):
            parts.extend([text, getattr(item, "dwLanguage", None)] for text in pending)
            pending = []
    parts.extend([text, getattr(acss, "dwLanguage", None)] for text in pending)
    return parts


_speak = speech.speak
_depth = [0]


def _recorded_speak(content, acss=None, interrupt=True):
    if _depth[0] == 0 and not settings.silenceSpeech:
        _record("speak", _parts(content, acss))
    _depth[0] += 1
    try:
        return _speak(content, acss, interrupt)
    finally:
        _depth[0] -= 1


speech.speak = _recorded_speak

_say_all = speech.sayAll


def _recorded_say_all(utterances, progress):
    def recorded():
        for context, acss in utterances:
            # The strings of one line: the web script's say-all generator holds the line it is
            # reading (`contents`, a new list for each line) while it yields that line's strings.
            frame = getattr(utterances, "gi_frame", None)
            contents = frame.f_locals.get("contents") if frame else None
            line = id(contents) if contents is not None else None
            _record("say-all", [[context.utterance, getattr(acss, "dwLanguage", None)]], line)
            yield [context, acss]
        _out.write(json.dumps({"kind": "say-all-end"}) + "\n")

    return _say_all(recorded(), progress)


speech.sayAll = _recorded_say_all
