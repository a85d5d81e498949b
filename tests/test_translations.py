"""Every GUI text has its English in resources/translations/htx_en.ts, with the same placeholders."""

import importlib.util
import string
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_gui_text_has_a_finished_english_translation():
    tool = _tool()
    found = tool.collect()
    tool.collect_forms(found)
    translated = tool.existing()
    missing = [(context, text) for context, texts in found.items() for text in texts if (context, text) not in translated]
    assert missing == [], "run tools/update_translations.py and translate these"
    assert (ROOT / "resources" / "translations" / "htx_en.qm").stat().st_size > 1000


def test_translations_keep_the_placeholders():
    fields = lambda text: {name for _, name, _, _ in string.Formatter().parse(text) if name}  # noqa: E731
    for message in ET.parse(ROOT / "resources" / "translations" / "htx_en.ts").getroot().iter("message"):
        source, english = message.findtext("source"), message.findtext("translation")
        assert fields(source) == fields(english), source
