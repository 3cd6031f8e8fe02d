"""Regular expressions compiled once per interpreter, not once per run.

Importing the engine compiles about 380 patterns, and ``re`` parses each one's text into its
program in Python: that is a third of a short report's time (``bench/``). ``compile``
returns the pattern ``re.compile`` returns. The modules call it only for the patterns they
build when they are imported (a test checks it); it remembers the program of each, and
``save``, called when the engine's import ends, writes them next to Python's own bytecode
(``__pycache__``, or ``sys.pycache_prefix``). A later run builds each of those patterns from
its program, as Python loads a module's bytecode rather than compiling its source.

The programs belong to one interpreter: the file's name holds its cache tag and a digest of
its version and ``re``'s engine version, which the file holds too, with a checksum of the
programs. A file that does not match, or whose checksum fails, is ignored and written again,
and a program of the wrong shape is compiled as ``re`` does. A program is saved only after
the pattern built from it proved equal to ``re.compile``'s (same flags, same program, same
groups), so an interpreter whose ``re`` works differently inside keeps compiling as ``re``
does. A missing pattern's program is found (a second compiling) and saved only where Python
writes bytecode for this module: not under ``sys.dont_write_bytecode``, in a read-only
install, or from a zip archive.
"""

from __future__ import annotations

import _sre
import marshal
import os
import re
import sys
import zlib
from contextlib import suppress
from importlib.machinery import SourceFileLoader
from importlib.util import cache_from_source
from typing import Any, AnyStr

_FORMAT = 2
_HEADER = (_FORMAT, sys.version, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode)
_TAG = f"{zlib.crc32(repr(_HEADER).encode()):08x}"
"""Two builds of one Python version (a system's and a venv's) share ``__pycache__``: each
keeps its own file, rather than each rewriting the other's."""

Key = tuple[str | bytes, int, bool]
"""A pattern's text, its flags, and whether it is bytes ("ab" and b"ab" are two)."""
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` takes after the pattern's text: flags, code, the number of groups,
and the group names both ways."""

_loaded: dict[Key, Program] | None = None
_asked: dict[Key, Program] = {}
_missed = False
_recording = True
_writable: bool | None = None


def path() -> str:
    """Where the programs are kept: beside this module's bytecode."""
    return os.path.join(os.path.dirname(cache_from_source(__file__)),
                        f"patterns.{sys.implementation.cache_tag}-{_TAG}.marshal")


def _load() -> dict[Key, Program]:
    global _loaded
    _loaded = {}
    try:
        with open(path(), "rb") as file:
            header, checksum, payload = marshal.loads(file.read())
        if header != _HEADER or checksum != zlib.crc32(payload):
            return _loaded
        programs = marshal.loads(payload)
    except Exception:  # no file, a damaged one, one too large to load: compile as re does
        return _loaded
    if isinstance(programs, dict):
        _loaded = programs
    return _loaded


def _sound(program: Any) -> bool:
    """Whether ``program`` has the shape ``_sre.compile`` needs (which checks the code):
    the names of its groups both ways, agreeing."""
    if type(program) is not tuple or len(program) != 5:
        return False
    flags, code, groups, groupindex, indexgroup = program
    return (type(flags) is int and type(code) is list and type(groups) is int
            and type(groupindex) is dict and type(indexgroup) is tuple
            and len(indexgroup) == groups + 1 >= 1
            and all(type(i) is int and 0 < i <= groups and indexgroup[i] == name
                    for name, i in groupindex.items()))


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, built from the remembered program when there is one."""
    global _missed
    key = (pattern, int(flags), isinstance(pattern, bytes))
    program = (_loaded if _loaded is not None else _load()).get(key)
    if program is not None:
        try:
            compiled = _sre.compile(pattern, *program) if _sound(program) else None
        except Exception:  # a program _sre refuses: compile the pattern as re does
            compiled = None
        if compiled is not None:
            if _recording:
                _asked[key] = program
            return compiled
    compiled = re.compile(pattern, flags)
    if _recording and _may_write():
        program = _program(pattern, key[1], compiled)
        if program is not None:
            _asked[key] = program
            _missed = True
    return compiled


def _may_write() -> bool:
    """Whether a program found now could be saved: it costs a second compiling, so where
    Python would not write bytecode, none is looked for."""
    global _writable
    if _writable is None:
        spec = globals().get("__spec__")
        try:
            folder = os.path.dirname(path())
        except NotImplementedError:  # no cache tag: Python keeps no bytecode either
            folder = ""
        if spec is None or not spec.cached or not isinstance(spec.loader, SourceFileLoader):
            folder = ""  # a zip archive, a frozen application: no bytecode written
        while folder and not os.path.isdir(folder) and os.path.dirname(folder) != folder:
            folder = os.path.dirname(folder)
        _writable = bool(folder) and not sys.dont_write_bytecode and os.access(folder, os.W_OK)
    return _writable


def _program(pattern: AnyStr, flags: int, compiled: re.Pattern[AnyStr]) -> Program | None:
    """The arguments ``re`` passes to ``_sre.compile`` for ``pattern``, found as
    ``re._compiler.compile`` finds them, or None unless they build a pattern equal to
    ``compiled``."""
    try:
        from re import _compiler, _parser

        parsed: Any = _parser.parse(pattern, flags)
        code = list(map(int, _compiler._code(parsed, flags)))  # opcodes are int subclasses
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        program: Program = (int(flags | parsed.state.flags), code, parsed.state.groups - 1,
                            groupindex, tuple(indexgroup))
        rebuilt = _sre.compile(pattern, *program)
    except Exception:  # an re that works differently inside: nothing is remembered
        return None
    same = (rebuilt == compiled and rebuilt.groups == compiled.groups
            and rebuilt.groupindex == compiled.groupindex)
    return program if same else None


def save() -> None:
    """Write the programs asked for so far, if any had to be compiled, and stop recording:
    patterns compiled later depend on the documents read, not on the code."""
    global _recording, _loaded, _asked, _missed
    asked, missed = _asked, _missed
    _recording, _loaded, _asked, _missed = False, {}, {}, False
    if not missed:
        return
    target = path()
    temporary = f"{target}.{os.getpid()}.tmp"
    try:
        payload = marshal.dumps(asked)
        data = marshal.dumps((_HEADER, zlib.crc32(payload), payload))
    except ValueError:  # an re whose programs hold other objects: nothing is remembered
        return
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(data)
        os.replace(temporary, target)
    except OSError:  # the folder could not be written after all: the next run compiles
        with suppress(OSError):
            os.remove(temporary)
