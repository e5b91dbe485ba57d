"""The command line's own words in Indonesian: click's usage errors ("Missing argument", "No such
option") and typer's panels (help, errors), like every other message of rencana. Click asks
gettext for each of them when it makes the message, so its lookup is pointed at this table; typer's
panel titles are set when its rich module is first imported (at an error or a help page only: the
module costs 40 ms, too much for every start)."""
from __future__ import annotations

import importlib.abc
import importlib.util
import re
import sys

WORDS = {
    "Error: {message}": "Galat: {message}",
    "Try '{command} {option}' for help.": "Coba '{command} {option}' untuk bantuan.",
    "Invalid value: {message}": "Nilai tidak sah: {message}",
    "Invalid value for {param_hint}: {message}": "Nilai tidak sah untuk {param_hint}: {message}",
    "Missing argument": "Argumen belum diberikan",
    "Missing option": "Pilihan belum diberikan",
    "Missing parameter": "Parameter belum diberikan",
    "Missing {param_type}": "{param_type} belum diberikan",
    "Missing parameter: {param_name}": "Parameter belum diberikan: {param_name}",
    "No such option: {name}": "Pilihan tidak dikenal: {name}",
    "No such option {name!r}.": "Pilihan {name!r} tidak dikenal.",
    "No such command {name!r}.": "Perintah {name!r} tidak dikenal.",
    "Did you mean {possibility}?": "Mungkin maksudnya {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Mungkin maksudnya salah satu dari: {possibilities}?)",
    "Option {name!r} requires an argument.": "Pilihan {name!r} memerlukan nilai.",
    "Option {name!r} requires {nargs} arguments.": "Pilihan {name!r} memerlukan {nargs} nilai.",
    "Option {name!r} does not take a value.": "Pilihan {name!r} tidak menerima nilai.",
    "Got unexpected extra argument ({args})": "Ada argumen tambahan yang tidak dikenal ({args})",
    "Got unexpected extra arguments ({args})": "Ada argumen tambahan yang tidak dikenal ({args})",
    "Missing command.": "Perintah belum diberikan.",
    "Aborted!": "Dibatalkan!",
    "Usage:": "Pemakaian:",
    "Options": "Pilihan",
    "Commands": "Perintah",
    "{value!r} is not a valid {number_type}.": "{value!r} bukan {number_type} yang sah.",
    "{value} is not in the range {range}.": "{value} di luar rentang {range}.",
    "{value!r} is not {choice}.": "{value!r} bukan {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} bukan salah satu dari {choices}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} tidak ada.",
    "{name} {filename!r} is a file.": "{name} {filename!r} adalah berkas.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} adalah folder.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} tidak dapat dibaca.",
    "file": "berkas", "directory": "folder", "path": "jalur",
    "integer": "bilangan bulat", "float": "bilangan",
    "Show this message and exit.": "Tampilkan bantuan ini lalu keluar.",
}
_PANELS = {"OPTIONS_PANEL_TITLE": "Pilihan", "ARGUMENTS_PANEL_TITLE": "Argumen", "COMMANDS_PANEL_TITLE": "Perintah",
           "ERRORS_PANEL_TITLE": "Galat", "ABORTED_TEXT": "Dibatalkan.", "REQUIRED_LONG_STRING": "[wajib]",
           "DEFAULT_STRING": "[bawaan: {}]", "RICH_HELP": "Coba [blue]'{command_path} {help_option}'[/] untuk bantuan."}


# typer's own copy of click writes its usage errors with f-strings: they are put into Indonesian
# when shown, by their shape.
_SHAPES = [
    (re.compile(r"^No such option: (.+)$"), r"Pilihan tidak dikenal: \1"),
    (re.compile(r"^Missing argument (.+)\.$"), r"Argumen \1 belum diberikan."),
    (re.compile(r"^Missing option (.+)\.$"), r"Pilihan \1 belum diberikan."),
    (re.compile(r"^Missing parameter: (.+)$"), r"Parameter belum diberikan: \1"),
    (re.compile(r"^Invalid value for (.+?): (.*)$", re.S), r"Nilai tidak sah untuk \1: \2"),
    (re.compile(r"^Invalid value: (.*)$", re.S), r"Nilai tidak sah: \1"),
    (re.compile(r"^Got unexpected extra argument\(s\) \((.*)\)$"), r"Ada argumen tambahan yang tidak dikenal (\1)"),
    (re.compile(r"^No such command (.+)\.$"), r"Perintah \1 tidak dikenal."),
    (re.compile(r"^Missing command\.$"), "Perintah belum diberikan."),
]


_PHRASES = [("Value error, ", ""), (" is not one of ", " bukan salah satu dari "),
            (" is not a valid integer", " bukan bilangan bulat yang sah"), (" is not a valid float", " bukan bilangan"),
            (" is not in the range ", " di luar rentang "), (" does not exist", " tidak ada"),
            (" is a directory", " adalah folder"), (" is a file", " adalah berkas"),
            ("Input should be greater than or equal to ", "nilainya harus paling kecil "),
            ("Input should be less than or equal to ", "nilainya harus paling besar "),
            ("Input should be a valid integer", "nilainya harus bilangan bulat"),
            ("Input should be a valid number", "nilainya harus bilangan")]


def shown(message: str) -> str:
    """A usage error of typer's click, in Indonesian by its shape and phrases."""
    for shape, words in _SHAPES:
        if shape.match(message):
            message = shape.sub(words, message)
            break
    for english, indonesian in _PHRASES:
        message = message.replace(english, indonesian)
    return message


def _gettext(message: str) -> str:
    return WORDS.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


class _PanelWords(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Sets typer's panel words when its rich module is imported."""

    def find_spec(self, name, path, target=None):
        if name != "typer.rich_utils":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        self._loader = spec.loader
        spec.loader = self
        return spec

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        _set_panels(module)


def _set_panels(module) -> None:
    for key, value in _PANELS.items():
        setattr(module, key, value)
    original = module.rich_format_error

    def rich_format_error(error) -> None:
        message = error.format_message()
        error.format_message = lambda: shown(message)
        original(error)
    module.rich_format_error = rich_format_error


def plain_types() -> None:
    """Help without Python's type names: a flag shows no `<bool>`, a list of paths no
    `<list[Path]>` (its metavar says it); choices, ranges and numbers keep theirs."""
    import typer.core as core

    def display(original):
        def display_type_rich(self, ctx):
            shown_type = original(self, ctx)
            return None if shown_type in ("<bool>",) or (shown_type or "").startswith("<list[") else shown_type
        return display_type_rich
    for cls in {core.TyperArgument, core.TyperOption, core._TyperParameter}:
        if "display_type_rich" in cls.__dict__:
            cls.display_type_rich = display(cls.__dict__["display_type_rich"])


def indonesian() -> None:
    import importlib
    # typer carries its own copy of click (typer._click), and its core asks gettext too
    names = [f"{package}.{part}" for package in ("typer._click", "click")
             for part in ("core", "decorators", "exceptions", "formatting", "parser", "types")] + ["typer.core"]
    for name in names:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(module, "_"):
            module._ = _gettext
        if hasattr(module, "ngettext"):
            module.ngettext = _ngettext
    try:
        from typer._click import core as click_core
        original = click_core.Command.get_help_option

        def get_help_option(self, ctx):
            option = original(self, ctx)
            if option is not None:
                option.help = WORDS["Show this message and exit."]
            return option
        click_core.Command.get_help_option = get_help_option
    except ImportError:
        pass
    if "typer.rich_utils" in sys.modules:
        _set_panels(sys.modules["typer.rich_utils"])
    elif not any(isinstance(f, _PanelWords) for f in sys.meta_path):
        sys.meta_path.insert(0, _PanelWords())
