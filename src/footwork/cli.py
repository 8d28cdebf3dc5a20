"""The command line: ``footwork`` opens the app; subcommands plan, list, export, backup and
restore, and the desktop entry; ``--self-check``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from footwork import __version__, paths
from footwork.domain import Ends, minutes_seconds
from footwork.i18n import translate
from footwork.routine.library import discover, resolve
from footwork.routine.model import Routine
from footwork.routine.problems import RoutineError
from footwork.session import timeline
from footwork.session.plan import Phase, Plan, compile_plan, level_for_week
from footwork.session.sounding import one_sound_at_a_time

EXIT_BAD_INPUT = 2


def plan_json(plan: Plan) -> dict[str, object]:
    """The documented JSON shape of a plan."""

    def phase(p: Phase) -> dict[str, object]:
        return {
            "exercise": p.exercise.id,
            "phase": p.kind,
            "side": p.side,
            "set": p.set,
            "rep": p.rep,
            "start": p.start,
            "duration": p.duration,
            "cues": [c.cue for c in p.cues],
            "cue_offsets": [c.offset for c in p.cues],
            "dropped": [{"cue": c.cue, "offset": c.offset} for c in p.dropped],
            "ends": p.ends,
            "item": p.item,
        }

    return {
        "routine": plan.routine.id,
        "total_seconds": plan.total,
        "level": plan.level,
        "phases": [phase(p) for p in plan.phases],
    }


def audible_plan(routine: Routine, level: float, language: str = "en") -> Plan:
    """The routine's plan with only the cues that play, one sound at a time, by the real
    lengths of the ``language``'s clips (the English ones when it has none)."""
    from footwork.audio.clips import clips_folder
    from footwork.audio.lengths import sounding_of

    return one_sound_at_a_time(compile_plan(routine, level), sounding_of(clips_folder(language)))


def print_plan(plan: Plan, out: TextIO) -> None:
    """The plan as a table a person reads, with the total time."""
    headers, rows = timeline.headers(), timeline.rows(plan)
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers) - 1)]
    for row in [headers, *rows]:
        cells = [c.ljust(w) for c, w in zip(row, widths, strict=False)]
        out.write("  ".join([*cells, row[-1]]).rstrip() + "\n")
    out.write("\n" + timeline.total_text(plan) + "\n")
    if any(p.nominal for p in plan.phases):
        out.write(
            translate("cli", "~ : nominal length; the step ends on taps or may end early") + "\n"
        )
    if any(p.dropped for p in plan.phases):
        out.write(
            translate("cli", "[cue]: not played, one sound at a time (a higher cue still sounds)")
            + "\n"
        )
    if any(p.ends is Ends.ANSWER for p in plan.phases):
        out.write(
            translate(
                "cli", "a check waits its length for an answer, then goes on as not answered"
            )
            + "\n"
        )


def _cmd_plan(args: argparse.Namespace) -> int:
    routine = resolve(args.routine)
    plan = audible_plan(routine, level_for_week(args.week, args.weeks), args.lang)
    if args.json:
        json.dump(plan_json(plan), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        week = translate("cli", "week {week} of {weeks}").format(week=args.week, weeks=args.weeks)
        sys.stdout.write(f"{routine.name} ({routine.id}), {week}\n\n")
        print_plan(plan, sys.stdout)
    return 0


def _cmd_routines(args: argparse.Namespace) -> int:
    for entry in discover():
        origin = (
            translate("cli", "built-in")
            if entry.origin == "built-in"
            else translate("cli", "yours")
        )
        if entry.routine:
            total = minutes_seconds(compile_plan(entry.routine).total)
            sys.stdout.write(
                f"{entry.routine.id:<20} {total:>6}  {origin:<8}  {entry.routine.name}\n"
            )
        else:
            sys.stdout.write(
                f"{entry.path.stem:<20} {'-':>6}  {origin:<8}  "
                + translate("cli", "BROKEN, not loaded:")
                + "\n"
            )
            for problem in entry.problems:
                sys.stdout.write(f"    {problem}\n")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from footwork.history import HistoryUnavailable, Store, export

    try:
        store = Store.open_read_only(paths.history_path())
    except HistoryUnavailable as exc:
        sys.stderr.write(str(exc) + "\n")
        return 1
    with store:
        try:
            if not args.output:
                export(store, args.format, sys.stdout)
                return 0
            with open(args.output, "w", newline="", encoding="utf-8") as out:
                count = export(store, args.format, out)
        except HistoryUnavailable as exc:
            sys.stderr.write(str(exc) + "\n")
            return 1
        except OSError as exc:
            sys.stderr.write(
                translate("cli", "{path}: cannot write ({reason})").format(
                    path=args.output, reason=exc.strerror or exc
                )
                + "\n"
            )
            return 1
    sys.stderr.write(
        translate("cli", "{n} rows written to {path}").format(n=count, path=args.output) + "\n"
    )
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    from footwork.history import HistoryUnavailable, Store

    try:
        with Store.open_read_only(paths.history_path()) as store:
            made = store.back_up(paths.backups_dir(), date.today(), replace=True)
    except HistoryUnavailable as exc:
        sys.stderr.write(str(exc) + "\n")
        return 1
    if made is None:
        sys.stderr.write(translate("cli", "There is no history to back up yet.") + "\n")
    else:
        sys.stdout.write(translate("cli", "History backed up to {path}").format(path=made) + "\n")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from footwork.history import HistoryError, Store
    from footwork.history.backups import BackupUnusable, check
    from footwork.platform.single_instance import InstanceLock

    source = Path(args.file).expanduser()
    try:
        sessions = check(source)
    except BackupUnusable as exc:
        sys.stderr.write(str(exc) + "\n")
        return EXIT_BAD_INPUT
    lock = InstanceLock(paths.data_dir())
    if not lock.acquire():
        sys.stderr.write(translate(
            "cli", "Footwork is running (process {pid}): quit it, then restore again."
        ).format(pid=lock.holder() or "?") + "\n")
        return 1
    try:
        with Store.open(paths.history_path()) as store:
            if store.recovery is not None:
                sys.stderr.write(store.recovery.message() + "\n")
            kept = store.restore(source)
    except BackupUnusable as exc:
        sys.stderr.write(str(exc) + "\n")
        return EXIT_BAD_INPUT
    except HistoryError as exc:
        sys.stderr.write(str(exc) + "\n")
        return 1
    finally:
        lock.release()
    sys.stdout.write(translate("cli", "Restored {n} sessions from {path}.").format(
        n=sessions, path=source) + "\n")
    if kept is not None:
        sys.stdout.write(translate("cli", "The history before was kept as {path}.").format(
            path=kept) + "\n")
    return 0


def _cmd_install_desktop(args: argparse.Namespace) -> int:
    from footwork.platform import desktop

    try:
        written = desktop.install(desktop.data_home())
    except (desktop.DesktopFilesMissing, OSError) as exc:
        sys.stderr.write(str(exc) + "\n")
        return 1
    for path in written:
        sys.stdout.write(translate("cli", "wrote {path}").format(path=path) + "\n")
    return 0


def _cmd_uninstall_desktop(args: argparse.Namespace) -> int:
    from footwork.platform import desktop

    try:
        removed = desktop.uninstall(desktop.data_home())
    except OSError as exc:
        sys.stderr.write(str(exc) + "\n")
        return 1
    for path in removed:
        sys.stdout.write(translate("cli", "removed {path}").format(path=path) + "\n")
    if not removed:
        sys.stdout.write(translate("cli", "Footwork was not installed on the desktop.") + "\n")
    return 0


def _cmd_self_check(args: argparse.Namespace) -> int:
    from footwork import self_check

    return self_check.run(sys.stdout)


def _cmd_import(args: argparse.Namespace) -> int:
    from footwork.services.routine_import import IdTaken, import_file

    try:
        target = import_file(Path(args.file), replace=args.replace)
    except IdTaken as exc:
        sys.stderr.write(
            f"{args.file}: {exc}; "
            + translate("cli", "add --replace to replace it")
            + "\n"
        )
        return EXIT_BAD_INPUT
    sys.stdout.write(translate("cli", "imported as {path}").format(path=target) + "\n")
    return 0


def _cmd_app(args: argparse.Namespace) -> int:
    if args.self_check:
        return _cmd_self_check(args)
    from footwork.app import run

    return run(start=args.start, debug=args.debug, hidden=args.hidden)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="footwork",
        description=translate(
            "cli", "A guided foot strength and mobility workout timer for runners."
        ),
    )
    parser.add_argument("--version", action="version", version=f"footwork {__version__}")
    parser.add_argument(
        "--start",
        metavar="ROUTINE",
        help=translate("cli", "open the app and start ROUTINE at once (an id or a .toml path)"),
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help=translate(
            "cli",
            "report the routines, cue clips and translations found and whether sound works; "
            "exit 1 when something bundled is missing",
        ),
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help=translate("cli", "log every detail, to the terminal as well as to the log file"),
    )
    parser.add_argument(
        "--hidden",
        action="store_true",
        help=translate("cli", "start in the tray without opening the window (for login)"),
    )
    parser.set_defaults(func=_cmd_app)
    sub = parser.add_subparsers(dest="command")
    plan = sub.add_parser("plan", help=translate("cli", "print the timeline a routine compiles to"))
    plan.add_argument(
        "routine", metavar="ROUTINE", help=translate("cli", "a routine id or a .toml path")
    )
    plan.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    plan.add_argument(
        "--week",
        type=int,
        default=1,
        metavar="N",
        help=translate("cli", "the program's week: ranges such as 10-12 reps move up by week"),
    )
    plan.add_argument(
        "--weeks",
        type=int,
        default=6,
        choices=(4, 5, 6),
        help=translate("cli", "how many weeks the program lasts (default 6)"),
    )
    plan.add_argument(
        "--lang",
        default="en",
        metavar="LANG",
        help=translate("cli", "the language of the clips whose lengths decide what plays"),
    )
    plan.set_defaults(func=_cmd_plan)
    routines = sub.add_parser(
        "routines", help=translate("cli", "list the built-in and your own routines")
    )
    routines.set_defaults(func=_cmd_routines)
    export = sub.add_parser("export", help=translate("cli", "write the workout history"))
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument(
        "-o", "--output", metavar="FILE", help=translate("cli", "file to write (default: stdout)")
    )
    export.set_defaults(func=_cmd_export)
    backup = sub.add_parser(
        "backup", help=translate("cli", "copy the history to today's backup in the data folder")
    )
    backup.set_defaults(func=_cmd_backup)
    restore = sub.add_parser(
        "restore",
        help=translate("cli", "replace the history by a backup (the current one is kept)"),
    )
    restore.add_argument("file", metavar="FILE", help=translate("cli", "the backup to restore"))
    restore.set_defaults(func=_cmd_restore)
    install = sub.add_parser(
        "install-desktop",
        help=translate(
            "cli", "add Footwork and its routines to the applications menu (for this user)"
        ),
    )
    install.set_defaults(func=_cmd_install_desktop)
    uninstall = sub.add_parser(
        "uninstall-desktop",
        help=translate("cli", "remove what install-desktop wrote"),
    )
    uninstall.set_defaults(func=_cmd_uninstall_desktop)
    imports = sub.add_parser(
        "import", help=translate("cli", "check a routine file and add it to your routines")
    )
    imports.add_argument("file", metavar="FILE", help=translate("cli", "a routine .toml file"))
    imports.add_argument(
        "--replace",
        action="store_true",
        help=translate("cli", "replace your routine that has the same id"),
    )
    imports.set_defaults(func=_cmd_import)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except RoutineError as exc:
        sys.stderr.write(str(exc) + "\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
