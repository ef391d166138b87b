"""argparse's own words (usage, section titles, complaints about a command line) in the
merchant's language, on the window's command line as on the commands'."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import REPO, run_cli

# The system's language, as a merchant's desktop sets it (conftest pins English for tests).
SYSTEM_ZH_TW = {"LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "", "LANG": "zh_TW.UTF-8"}


def test_a_mistake_on_the_windows_command_line_is_explained_in_the_language() -> None:
    """Before: the window's command line loaded the language only for --help, so a
    mistake there was answered in English."""
    chosen = run_cli("--lang", "zh_CN", "--bogus")
    assert chosen.returncode == 2
    assert "用法：shopcloser" in chosen.stderr
    assert "shopcloser：错误：无法识别的参数：--bogus" in chosen.stderr
    system = run_cli("--bogus", env=SYSTEM_ZH_TW)
    assert system.returncode == 2
    assert "用法：shopcloser" in system.stderr
    assert "shopcloser：錯誤：無法識別的參數：--bogus" in system.stderr
    no_value = run_cli("--lang", "zh_TW", "--lang")
    assert no_value.returncode == 2
    assert "參數 --lang：需要一個值" in no_value.stderr
    english = run_cli("--bogus")
    assert english.returncode == 2
    assert english.stderr.startswith("usage: shopcloser [-h]")
    assert english.stderr.endswith("\nshopcloser: error: unrecognized arguments: --bogus\n")


def test_the_windows_start_loads_no_translations_for_its_command_line(tmp_path: Path) -> None:
    """The language is loaded for argparse only once it has a mistake to explain: the
    window's start (a command line it takes) stays as light as before."""
    code = (
        "import sys, types;"
        "ui = types.ModuleType('shopcloser.ui.application');"
        "ui.run_gui = lambda **kw: print(sorted(m for m in "
        "('PySide6.QtCore', 'shopcloser.i18n') if m in sys.modules)) or 0;"
        "sys.modules['shopcloser.ui.application'] = ui;"
        "from shopcloser.app import main;"
        f"sys.exit(main(['--lang', 'zh_CN', '--db', {str(tmp_path / 'x.db')!r}, 'a.csv']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.fixture
def parser_words(qapp: object) -> Iterator[None]:
    """In-process parses load the language into the test's application: English after."""
    yield
    from shopcloser import i18n

    i18n.install_translators(qapp, "en")  # type: ignore[arg-type]


@pytest.mark.usefixtures("parser_words")
@pytest.mark.parametrize(
    ("lang", "plural", "integer"),
    [
        ("zh_CN", "参数 --pair：需要 2 个值", "参数 n：无效的整数值：'x'"),
        ("zh_TW", "參數 --pair：需要 2 個值", "參數 n：無效的整數值：'x'"),
        ("en", "argument --pair: expected 2 arguments", "argument n: invalid int value: 'x'"),
    ],
)
def test_plural_messages_and_type_names_follow_the_language(
    lang: str, plural: str, integer: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: argparse's plural messages (ngettext) and the name of the type it could not
    read stayed English in Chinese."""
    from shopcloser.cli.options import Parser, common_options

    parser = Parser(prog="shopcloser")
    common_options(parser)
    parser.add_argument("--pair", nargs=2)
    parser.add_argument("n", type=int)
    with pytest.raises(SystemExit):
        parser.parse_args(["--lang", lang, "--pair", "1"])
    assert plural in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parser.parse_args(["--lang", lang, "x"])
    assert integer in capsys.readouterr().err


def test_a_number_the_command_cannot_read_is_explained_in_the_language(tmp_path: Path) -> None:
    chinese = run_cli("--lang", "zh_CN", "undo", "x", db=tmp_path / "x.db")
    assert chinese.returncode == 2
    assert "参数 BATCH_ID：无效的整数值：'x'" in chinese.stderr
    system = run_cli("undo", "x", db=tmp_path / "x.db", env=SYSTEM_ZH_TW)
    assert "參數 BATCH_ID：無效的整數值：'x'" in system.stderr
    english = run_cli("undo", "x", db=tmp_path / "x.db")
    assert "argument BATCH_ID: invalid int value: 'x'" in english.stderr


def test_section_titles_end_with_the_colon_of_the_language(tmp_path: Path) -> None:
    """Before: argparse put an ASCII colon after the Chinese titles ("选项:")."""
    window = run_cli("--lang", "zh_CN", "--help")
    assert window.returncode == 0, window.stderr
    assert "\n位置参数：\n" in window.stdout and "\n选项：\n" in window.stdout
    assert "选项:" not in window.stdout
    command = run_cli("orders", "--help", db=tmp_path / "x.db", env=SYSTEM_ZH_TW)
    assert command.returncode == 0, command.stderr
    assert "\n選項：\n" in command.stdout and "選項:" not in command.stdout
    english = run_cli("orders", "--help", db=tmp_path / "x.db")
    assert "\noptions:\n" in english.stdout


def test_a_lang_without_its_value_leaves_the_one_given_before(tmp_path: Path) -> None:
    """Before: a second --lang without its value made the whole command line's language
    fall back to the system's (English here), although the merchant had named one."""
    db = tmp_path / "x.db"
    # argparse prints the help it met first: the later --lang is not the import's option.
    helped = run_cli("--lang", "zh_CN", "import", "--help", "--lang", db=db)
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("用法：shopcloser import")
    assert "报表文件" in helped.stdout
    refused = run_cli("--lang", "zh_TW", "status", "--lang", db=db)
    assert refused.returncode == 2
    assert "無法識別的參數：--lang" in refused.stderr
    english = run_cli("--lang", "en", "import", "--help", "--lang", db=db)
    assert english.stdout.startswith("usage: shopcloser import")


def test_a_commands_mistake_is_told_with_the_colon_of_the_language(tmp_path: Path) -> None:
    """Before: "shopcloser undo: 缺少必需的参数" (an ASCII colon in a Chinese line)."""
    db = tmp_path / "x.db"
    chinese = run_cli("--lang", "zh_CN", "undo", db=db)
    assert chinese.returncode == 2
    assert chinese.stderr.endswith("\nshopcloser undo：缺少必需的参数：BATCH_ID\n")
    system = run_cli("mark", "1", db=db, env=SYSTEM_ZH_TW)
    assert system.returncode == 2
    assert "\nshopcloser mark：" in system.stderr and "shopcloser mark:" not in system.stderr
    english = run_cli("undo", db=db)
    assert english.stderr.endswith(
        "\nshopcloser undo: the following arguments are required: BATCH_ID\n"
    )


@pytest.mark.parametrize(
    ("lang", "usage"), [("zh_CN", "用法："), ("zh_TW", "用法："), ("en", "usage: ")]
)
@pytest.mark.parametrize("command", [["mark", "--help"], ["--bogus"]])
def test_the_usage_lines_up_under_the_command_in_a_terminal(
    tmp_path: Path, lang: str, usage: str, command: list[str]
) -> None:
    """Before: the usage's further lines were indented by the characters of "用法：" (3),
    which take 6 columns in a terminal: they started 3 columns left of the options."""
    from shopcloser.cli.options import display_width

    result = run_cli("--lang", lang, *command, db=tmp_path / "x.db", env={"COLUMNS": "80"})
    out = result.stdout if "--help" in command else result.stderr
    first, *rest = out.split("\n\n")[0].split("\n")  # the usage, up to its blank line
    further = [line for line in rest if line.startswith(" ")]  # not the mistake below it
    prog = "shopcloser mark " if "mark" in command else "shopcloser "
    assert first.startswith(usage + prog) and further
    indent = display_width(usage + prog)
    for line in further:
        assert len(line) - len(line.lstrip(" ")) == indent, line
    # Lines broken where the terminal's width (COLUMNS - 2) needs it, as in English: the
    # choices of --action are one word wider than that, whatever the language.
    assert all(display_width(line) <= 78 or " " not in line.strip() for line in [first, *further])


_EVERY_HELP = """
import sys
from shopcloser.cli.main import build_parser
from shopcloser.cli.options import install_language

install_language(sys.argv[1:])
parser = build_parser()
[commands] = [a for a in parser._actions if isinstance(a.choices, dict)]
print(parser.format_help())
for command in commands.choices.values():
    print(command.format_help())
"""


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_every_help_fits_an_80_column_terminal(tmp_path: Path, lang: str) -> None:
    """argparse wraps a help by characters and only at spaces: Chinese helps ran to 105
    columns, and the codes of --status made a usage line 274 columns wide."""
    from shopcloser.cli.options import display_width

    env = {**os.environ, "COLUMNS": "80"}
    commands = subprocess.run(
        [sys.executable, "-c", _EVERY_HELP, "--lang", lang],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    window = run_cli("--lang", lang, "--help", env={"COLUMNS": "80"}).stdout
    lines = (commands + window).splitlines()
    assert len([line for line in lines if line.startswith(("usage: ", "用法："))]) == 13
    assert [line for line in lines if display_width(line) > 78] == []
