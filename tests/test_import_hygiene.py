"""The core, the reader and the report never load Textual: `report` must start fast and the
engine must be usable without a terminal."""

import subprocess
import sys

import pytest

HEADLESS = [
    "compare.model", "compare.segment", "compare.reading", "compare.quantities",
    "compare.dates", "compare.quotes", "compare.names", "compare.phrases",
    "compare.lexicon", "compare.entities", "compare.coverage",
    "compare.match", "compare.align", "compare.engine", "compare.report.text",
    "compare.report.markdown", "compare.report.json_format", "compare.cli",
    "compare.web", "compare.fetch", "compare.patterns",
]


@pytest.mark.parametrize("module", HEADLESS)
def test_module_does_not_import_textual(module: str) -> None:
    code = (
        f"import sys, {module}; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_report_command_does_not_import_textual(tmp_path) -> None:
    code = (
        "import sys; from compare.cli import main; rc = main(['report', '--format', 'json']);"
        "sys.stderr.write(repr(sorted(m for m in sys.modules if m.startswith('textual'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip() == "[]"
    assert '"format": "compare/1"' in out.stdout


WEB_LIBRARIES = ("trafilatura", "lxml", "htmldate", "justext", "courlan", "dateparser", "babel")


def test_plain_text_report_never_imports_the_web_libraries() -> None:
    """trafilatura and lxml take about a second to import: only a web page or address loads
    them, so the plain-text report keeps its speed."""
    code = (
        "import sys; from compare.cli import main; rc = main(['report']);"
        "sys.stderr.write(repr(sorted(m for m in sys.modules"
        f" if m.split('.')[0] in {WEB_LIBRARIES!r} or m in ('compare.web', 'compare.fetch'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip() == "[]"
    assert "SHARED FACTS" in out.stdout


def test_country_names_come_without_babel() -> None:
    """A demonym beside a longer name asks for CLDR's country names (``entities.resolve``,
    and ``names.fields`` for a body's fields);
    they are read from the package's copy, not from babel's locale (45-90 ms a run)."""
    code = (
        "import sys; from compare.engine import build_document, compare_documents;"
        "docs = [build_document('A', 'A', 'a', 'The Indian Naval Ship Sukanya docked. An"
        " Indian officer said so.'), build_document('B', 'B', 'b', 'The Indian Naval Ship"
        " Sukanya docked in Kochi.')];"
        "comparison = compare_documents(docs);"
        "from compare import lexicon;"
        "print(lexicon.land_names.cache_info().currsize, 'babel' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "False"]


def test_a_web_page_loads_trafilatura(tmp_path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("<!DOCTYPE html><html><body><article><p>"
                    + "The storm closed 40 schools on Monday, officials said. " * 8
                    + "</p></article></body></html>")
    code = (
        "import sys; from compare.reading import read_source;"
        f"source = read_source({str(page)!r});"
        "print('trafilatura' in sys.modules, source.text[:9])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "The", "storm"]


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A second ``_ARTICLE_BEFORE`` in quantities.py silently replaced the record rule's own
    (the thirtieth session), as a second ``_ARTICLE`` had in entities.py: a constant defined
    again further down a module wins at run time, and no linter rule names it."""
    import ast
    from collections import Counter
    from pathlib import Path

    package = Path(__file__).resolve().parents[1] / "compare"
    twice = {}
    for path in sorted(package.rglob("*.py")):
        bound: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                bound[node.target.id] += 1
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                bound[node.name] += 1
        if again := sorted(name for name, n in bound.items() if n > 1):
            twice[path.name] = again
    assert not twice
