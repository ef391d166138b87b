from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from shopcloser import __version__
from shopcloser.store.database import open_store
from shopcloser.store.lock import WriterLock
from tests.helpers import REPO, run_cli

DATA = REPO / "tests" / "data"


def test_status_json_on_an_empty_store_is_all_zeros(tmp_path: Path) -> None:
    """A data file not made yet reads as empty: zeros, a word on stderr, no file made (a
    mistyped --db left an empty data file behind)."""
    db = tmp_path / "x.db"
    result = run_cli("status", "--json", db=db)
    assert result.returncode == 0, result.stderr
    assert (
        result.stderr
        == f"There is no data file at {db} yet, so it reads as empty. Nothing was created.\n"
    )
    assert list(tmp_path.iterdir()) == []
    status = json.loads(result.stdout)
    assert status["orders"] == 0 and status["items"] == 0 and status["blocking"] == 0
    assert status["by_status"]["WAIT_SELLER_SEND_GOODS"] == 0
    assert status["by_refund_status"]["WAIT_SELLER_AGREE"] == 0
    assert set(status["by_status"].values()) == {0}


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_a_refused_store_gives_exit_2_and_a_message_without_traceback(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    open_store(str(db)).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    result = run_cli("status", db=db)
    assert result.returncode == 2
    assert "newer version" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_message_follows_the_language(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    open_store(str(db)).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    result = run_cli("--lang", "zh_CN", "status", db=db)
    assert result.returncode == 2
    assert "更新" in result.stderr or "新版本" in result.stderr, result.stderr


def test_a_database_url_it_cannot_use_is_refused_without_its_password() -> None:
    """A server database's URL (--db takes SQLAlchemy URLs) whose driver is not installed
    was an internal error."""
    for url, shown in (
        ("postgresql://shop:secret@db.example/orders", "postgresql://shop:***@db.example/orders"),
        ("postgresql://shop:se/cret@db.example/orders", "postgresql://shop:***@db.example/orders"),
        ("nosuchdb://here", "nosuchdb://here"),
    ):
        result = run_cli("--db", url, "status")
        assert result.returncode == 2, result.stderr
        assert f"ShopCloser cannot use the database {shown}" in result.stderr
        assert "cret" not in result.stderr and "Traceback" not in result.stderr


def test_a_bug_gives_exit_1_and_points_to_the_log(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: object,  # in-process: the CLI must reuse the test run's QApplication
) -> None:
    from shopcloser.cli import main as cli_main
    from shopcloser.cli import status_cmd

    def broken(ctx: object) -> int:
        raise RuntimeError("a bug in a command")

    monkeypatch.setattr(status_cmd, "run", broken)
    code = cli_main.run_cli(["--db", str(tmp_path / "x.db"), "status"])
    err = capsys.readouterr().err
    assert code == 1
    assert "shopcloser.log" in err and "Traceback" not in err
    from shopcloser.logs import log_file

    assert "a bug in a command" in log_file().read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform != "linux", reason="the log folder follows XDG_STATE_HOME")
def test_a_log_folder_that_cannot_be_made_stops_no_command(tmp_path: Path) -> None:
    """Before: a file where the log folder belongs ended every command, --help included,
    with a traceback."""
    blocked = tmp_path / "state"
    blocked.write_text("not a folder")
    env = {"XDG_STATE_HOME": str(blocked)}
    data = tmp_path / "orders-2017.csv"
    data.write_bytes((DATA / "orders-2017.csv").read_bytes())
    for args in (("--help",), ("import", str(data)), ("status",)):
        result = run_cli(*args, db=tmp_path / "x.db", env=env)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    assert "Orders: 20" in result.stdout
    assert not (tmp_path / "state").is_dir()


def test_a_bug_without_a_log_says_where_the_log_could_not_be_written(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    from shopcloser import paths
    from shopcloser.cli import main as cli_main
    from shopcloser.cli import status_cmd

    def broken(ctx: object) -> int:
        raise RuntimeError("a bug in a command")

    blocked = tmp_path / "logs"
    blocked.write_text("not a folder")
    monkeypatch.setattr(paths, "log_dir", lambda: blocked / "ShopCloser")
    monkeypatch.setattr(status_cmd, "run", broken)
    code = cli_main.run_cli(["--db", str(tmp_path / "x.db"), "status"])
    err = capsys.readouterr().err
    assert code == 1
    assert "log file could not be written" in err and str(blocked) in err
    assert "Traceback" not in err and "a bug in a command" not in err


def test_reading_is_allowed_while_the_window_holds_the_store(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with WriterLock(db):
        result = run_cli("status", "--json", db=db)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "command", [["import", str(DATA / "orders-2020.xlsx")], ["status"]], ids=["import", "status"]
)
def test_without_the_protection_against_malicious_workbooks_no_command_runs(
    tmp_path: Path, command: list[str]
) -> None:
    db = tmp_path / "x.db"
    result = run_cli(*command, db=db, env={"OPENPYXL_DEFUSEDXML": "False"})
    assert result.returncode == 2
    assert "protection against malicious Excel files is switched off" in result.stderr
    assert "OPENPYXL_DEFUSEDXML" in result.stderr and "reinstall" in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.stdout == ""
    counts = run_cli("status", "--json", db=db)
    assert counts.returncode == 0 and json.loads(counts.stdout)["orders"] == 0


def test_a_csv_import_does_not_load_the_workbook_libraries(tmp_path: Path) -> None:
    # The start-up check for the workbook defences must not cost every command openpyxl.
    code = (
        "import sys; from shopcloser.app import main;"
        f"code = main(['--db', {str(tmp_path / 'x.db')!r}, 'import', "
        f"{str(DATA / 'orders-2017.csv')!r}]);"
        "print([m for m in ('openpyxl', 'numpy') if m in sys.modules], file=sys.stderr);"
        "sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize(
    ("command", "buffered"),
    [
        (["status"], True),
        (["status"], False),
        (["batches"], True),
        (["batches"], False),
        (["orders", "--help"], True),  # unbuffered, argparse ignores the error itself
    ],
    ids=["status", "status-unbuffered", "batches", "batches-unbuffered", "help"],
)
def test_output_into_a_pipe_closed_early_ends_quietly(
    tmp_path: Path, command: list[str], buffered: bool
) -> None:
    """``shopcloser status | head -1``: the reader goes before all is written."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}
    if not buffered:
        env["PYTHONUNBUFFERED"] = "1"  # each line written at once: the first write fails
    open_store(str(tmp_path / "x.db")).close()
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first line (as `| head -0`)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "shopcloser", "--db", str(tmp_path / "x.db"), *command],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            cwd=REPO,
            env=env,
        )
    finally:
        os.close(write_end)
    assert result.stderr == ""  # no "internal error", no "Exception ignored … BrokenPipe"
    assert result.returncode == 141  # as a shell reports a program ended by SIGPIPE
    from shopcloser.logs import log_file

    logged = log_file().read_text(encoding="utf-8") if log_file().exists() else ""
    assert "BrokenPipeError" not in logged


def test_a_command_ends_quickly_but_as_a_normal_exit_would(tmp_path: Path) -> None:
    """Commands end without Python's teardown (0.12-0.15 s after a large import); what a
    normal exit does for files must still happen: exit functions run (they close logs and
    remove temporary folders), output is all there, and the exit code is the command's."""
    mark = tmp_path / "exit-functions-ran"
    code = (
        "import atexit, sys; from shopcloser import app;"
        f"atexit.register(lambda: open({str(mark)!r}, 'w').close());"
        f"sys.argv = ['shopcloser', '--db', {str(tmp_path / 'x.db')!r}, 'status'];"
        "app.run()"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO
    )
    assert result.returncode == 0, result.stderr
    assert "Orders" in result.stdout
    assert mark.exists()
    refused = run_cli("undo", "99", db=tmp_path / "x.db")
    assert refused.returncode == 2 and refused.stderr.strip()


def test_the_help_follows_the_language(tmp_path: Path) -> None:
    """The window's help and each command's, in the language chosen; option names stay."""
    main = run_cli("--lang", "zh_CN", "--help")
    assert main.returncode == 0, main.stderr
    assert "用法：shopcloser" in main.stdout
    assert "显示本帮助信息并退出" in main.stdout  # argparse's own words too
    assert "启动时要导入的表格文件" in main.stdout and "--demo" in main.stdout
    command = run_cli("import", "--help", "--lang", "zh_TW", db=tmp_path / "x.db")
    assert command.returncode == 0, command.stderr
    assert "一個檔案，其第一行是加密活頁簿的密碼" in command.stdout
    assert "--password-file" in command.stdout
    english = run_cli("backup", "--help", db=tmp_path / "x.db")
    assert "the workbook to write" in english.stdout


def test_a_command_line_it_cannot_take_is_explained_in_the_language(tmp_path: Path) -> None:
    """argparse's own messages followed the language only in the help."""
    missing = run_cli("--lang", "zh_CN", "import", db=tmp_path / "x.db")
    assert missing.returncode == 2
    assert "缺少必需的参数：FILE" in missing.stderr
    unknown = run_cli("--lang", "zh_TW", "status", "--bogus", db=tmp_path / "x.db")
    assert unknown.returncode == 2
    assert "無法識別的參數：--bogus" in unknown.stderr
    english = run_cli("--lang", "en", "status", "--bogus", db=tmp_path / "x.db")
    assert "unrecognized arguments: --bogus" in english.stderr


def _without_a_screen(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m shopcloser ARGS`` as over ssh or in a server's script: no display."""
    unset = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    env = {name: value for name, value in os.environ.items() if name not in unset}
    return subprocess.run(
        [sys.executable, "-m", "shopcloser", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env=env,
    )


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="always has a screen")
def test_a_mistyped_command_without_a_screen_is_explained(tmp_path: Path) -> None:
    """A typo is taken for a file to open in the window; without a screen, Qt ended the
    process with SIGABRT and nothing on the terminal."""
    db = tmp_path / "shop.db"
    typo = _without_a_screen("--db", str(db), "stauts")
    assert typo.returncode == 2, typo.stderr
    assert "“stauts” is neither a command nor a file" in typo.stderr
    assert "status" in typo.stderr.split("The commands are:")[1]
    chinese = _without_a_screen("--lang", "zh_CN", "--db", str(db), "stauts")
    assert "错误：“stauts”既不是命令，也不是文件" in chinese.stderr
    bare = _without_a_screen("--lang", "zh_TW", "--db", str(db))
    assert bare.returncode == 2
    assert "視窗無法開啟：這台電腦沒有螢幕" in bare.stderr
    assert not db.exists()


def test_translating_argparse_leaves_other_parsers_in_the_process_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    """Before: once a command had run in a process (tests run it in theirs), every other
    argparse parser there spoke the command's language, for good."""
    import argparse

    from shopcloser.cli import main as cli_main

    try:
        assert cli_main.run_cli(["--lang", "zh_CN", "--db", str(tmp_path / "x.db"), "status"]) == 0
        other = argparse.ArgumentParser(prog="other-tool")
        other.add_argument("n", type=int)
        with pytest.raises(SystemExit):
            other.parse_args(["x"])
        err = capsys.readouterr().err
        assert "usage: other-tool" in err and "invalid int value: 'x'" in err
        with pytest.raises(SystemExit):
            cli_main.run_cli(["--lang", "zh_CN", "--db", str(tmp_path / "x.db"), "import"])
        assert "缺少必需的参数：FILE" in capsys.readouterr().err
    finally:
        from shopcloser import i18n

        i18n.install_translators(qapp, "en")  # type: ignore[arg-type]


@pytest.mark.parametrize("command", ["batches", "orders", "backup"])
def test_reading_a_data_file_not_made_yet_makes_none(tmp_path: Path, command: str) -> None:
    """Commands that only read say the data file is not there and leave no empty one
    behind; a backup of it is refused, as the window's Export backup waits for data."""
    db = tmp_path / "shop.db"
    out = [str(tmp_path / "backup.xlsx")] if command == "backup" else []
    result = run_cli(command, *out, db=db)
    assert f"There is no data file at {db} yet, so it reads as empty." in result.stderr
    assert list(tmp_path.iterdir()) == []
    if command == "backup":
        assert result.returncode == 2
        assert "Nothing to back up yet" in result.stderr and "Traceback" not in result.stderr
    else:
        assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["mark", "1", "--action", "shipped"],
        ["unmark", "1"],
        ["undo", "1"],
        ["purge-personal-data", "--yes"],
    ],
)
def test_changing_a_data_file_not_made_yet_is_refused(tmp_path: Path, command: list[str]) -> None:
    """A mark, an undo or a purge changes what a data file holds: on one that is not there
    (a mistyped --db) it is refused, and no empty data file is left behind."""
    db = tmp_path / "shop.db"
    result = run_cli(*command, db=db)
    assert result.returncode == 2
    assert f"There is no data file at {db}: nothing has been imported into it." in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_refused_first_import_leaves_no_data_file(tmp_path: Path) -> None:
    """Nothing imported, nothing made: a refused import into a data file not made yet (a
    mistyped --db, say) left an empty one, which later commands then took for real. A
    refused import into one that holds orders leaves it as it was."""
    db = tmp_path / "shop.db"
    refused = run_cli("import", str(REPO / "tests" / "data" / "bad-empty.csv"), db=db)
    assert refused.returncode == 2
    assert list(tmp_path.iterdir()) == []
    assert run_cli("undo", "1", db=db).returncode == 2  # still no data file to undo in

    assert (
        run_cli("import", str(REPO / "tests" / "data" / "orders-2017.csv"), db=db).returncode == 0
    )
    before = db.read_bytes()
    assert run_cli("import", str(REPO / "tests" / "data" / "bad-empty.csv"), db=db).returncode == 2
    assert db.read_bytes() == before


@pytest.mark.parametrize("encoding", ["cp1252", "cp950", "ascii"])
def test_output_in_a_code_page_without_the_characters_does_not_fail_the_command(
    tmp_path: Path, encoding: str
) -> None:
    """On Windows a script's redirected output is written in the system's code page: a
    Chinese summary (or 关 of 交易关闭 in cp950) ended an import that was done with
    "internal error", exit 1, and cut its JSON short."""
    db = tmp_path / "shop.db"
    data = REPO / "tests" / "data"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "shopcloser", "--db", str(db), *args],
            capture_output=True,
            encoding=encoding,  # read back as the script's own system would
            cwd=REPO,
            timeout=120,
            env={**os.environ, "PYTHONIOENCODING": encoding},
        )

    done = run("--lang", "zh_CN", "import", str(data / "orders-2017.csv"))
    assert done.returncode == 0, done.stderr
    assert "orders-2017.csv" in done.stdout  # the summary, characters it lacks escaped
    listed = run("orders", "--json")
    assert listed.returncode == 0, listed.stderr
    statuses = {order["status_text"] for order in json.loads(listed.stdout)}
    assert "交易成功" in statuses and "交易关闭" in statuses


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_output_that_cannot_be_written_is_told_as_such(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    command = [sys.executable, "-m", "shopcloser", "--db", str(db), "import"]
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [*command, str(REPO / "tests" / "data" / "orders-2017.csv")],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            timeout=120,
        )
    assert done.returncode == 2, done.stderr
    assert "could not write its output (No space left on device)" in done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    with Path("/dev/full").open("w") as full:
        listed = subprocess.run(
            [sys.executable, "-m", "shopcloser", "--db", str(db), "orders", "--json"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            timeout=120,
        )
    assert listed.returncode == 2, listed.stderr
    assert "could not write its output" in listed.stderr  # not the data file's disk
    status = json.loads(run_cli("status", "--json", db=db).stdout)
    assert status["orders"] == 20  # the import itself was done


def test_a_locale_other_than_utf8_adds_nothing_to_stderr(tmp_path: Path) -> None:
    """Under cron's "C" locale Qt said, in four lines on stderr, that it uses UTF-8
    instead: in every command's output and in every mail cron sends."""
    done = run_cli("status", db=tmp_path / "shop.db", env={"LC_ALL": "C", "LANG": "C"})
    assert done.returncode == 0
    assert "Detected locale" not in done.stderr
    assert done.stderr.strip() == (
        f"There is no data file at {tmp_path / 'shop.db'} yet, so it reads as empty. "
        "Nothing was created."
    )
