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
