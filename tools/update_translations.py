"""Developers: refresh resources/translations/htx_en.ts from the GUI's texts, then compile .qm.

The GUI writes its Vietnamese texts as `_t("...")` (a per-module helper around
QCoreApplication.translate with the module's context) or `translate("Context", "...")`. This
script collects them with `ast`, keeps the English already in the .ts (edit it in Qt Linguist:
`pyside6-linguist resources/translations/htx_en.ts`), marks new texts unfinished, and runs
pyside6-lrelease. Usage: python tools/update_translations.py
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "htx_desktop" / "gui"
TS = ROOT / "resources" / "translations" / "htx_en.ts"


#: (context, text) of the texts with a count, `translate(context, "%n …", n)`: English has a
#: singular and a plural form (Qt's numerus forms); Vietnamese has one.
NUMERUS: set[tuple[str, str]] = set()


def _context_of_helper(tree: ast.Module) -> str | None:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "_t":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and call.args and isinstance(call.args[0], ast.Constant):
                    return call.args[0].value
    return None


def collect() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(GUI.rglob("*.py")):  # the pages and their parts in sub-packages
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helper_context = _context_of_helper(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            args = node.args
            if node.func.id == "_t" and helper_context and args and isinstance(args[0], ast.Constant):
                context, text = helper_context, args[0].value
            elif node.func.id == "translate" and len(args) in (2, 3) and all(isinstance(a, ast.Constant) for a in args[:2]):
                context, text = args[0].value, args[1].value
                if len(args) == 3:  # translate(context, "%n …", count): plural forms
                    NUMERUS.add((context, text))
            else:
                continue
            texts = found.setdefault(context, [])
            if text not in texts:
                texts.append(text)
    return found


def collect_forms(found: dict[str, list[str]]) -> None:
    """Texts of the Designer forms; QUiLoader translates them with the form's class as context."""
    for path in sorted((ROOT / "ui").glob("*.ui")):
        root = ET.parse(path).getroot()
        context = root.findtext("class")
        texts = found.setdefault(context, [])
        for element in root.iter("string"):
            if element.text and element.text not in texts:
                texts.append(element.text)


def existing() -> dict[tuple[str, str], str | tuple[str, ...]]:
    if not TS.exists():
        return {}
    known = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if forms and all(forms):
                known[(name, message.findtext("source"))] = forms
            elif translation.text and translation.text.strip():
                known[(name, message.findtext("source"))] = translation.text
    return known


def write(found: dict[str, list[str]], known: dict[tuple[str, str], str | tuple[str, ...]]) -> int:
    root = ET.Element("TS", version="2.1", language="en_GB", sourcelanguage="vi_VN")
    missing = 0
    for context_name in sorted(found):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for text in found[context_name]:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            translation = ET.SubElement(message, "translation")
            english = known.get((context_name, text))
            if (context_name, text) in NUMERUS:
                message.set("numerus", "yes")
                for form in english if isinstance(english, tuple) else ("", ""):
                    ET.SubElement(translation, "numerusform").text = form
            elif isinstance(english, str):
                translation.text = english
            if not english or isinstance(english, tuple) != ((context_name, text) in NUMERUS):
                translation.set("type", "unfinished")
                missing += 1
    ET.indent(root)
    TS.parent.mkdir(parents=True, exist_ok=True)
    TS.write_bytes(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="utf-8") + b"\n")
    return missing


def main() -> int:
    found = collect()
    collect_forms(found)
    missing = write(found, existing())
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"
    subprocess.run([lrelease, str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    print(f"{TS.relative_to(ROOT)}: {missing} texts still to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
