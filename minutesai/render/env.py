"""Jinja2 environments for briefing templates: sandboxed, HTML autoescaped, user-overridable.

A user's ``templates_dir`` is searched before the built-in templates, so copying one
file (say ``_meeting.html.j2``) there and editing it changes just that part.
"""

from __future__ import annotations

import base64
from pathlib import Path

from minutesai.errors import ConfigError
from minutesai.render import formatting

BUILTIN_TEMPLATES = Path(__file__).parent / "templates"
DEFAULT_TEMPLATE = {"md": "briefing.md.j2", "html": "briefing.html.j2"}


def _data_uri(data: bytes, mime: str = "image/png") -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def make_environment(fmt: str, search_path: list[Path]):
    from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    env = ImmutableSandboxedEnvironment(
        loader=ChoiceLoader([FileSystemLoader(str(p)) for p in search_path]),
        autoescape=(fmt == "html"),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    env.filters.update(
        md_cell=formatting.md_cell,
        md_text=formatting.md_text,
        one_line=formatting.one_line,
        data_uri=_data_uri,
    )
    return env


def load_template(fmt: str, template: str | Path | None = None, templates_dir: str | Path | None = None):
    """The template to render ``fmt`` with.

    ``template`` is a template file path or a template name (looked up in ``templates_dir``,
    then the built-in templates); None means the built-in ``briefing.<fmt>.j2``.
    """
    from jinja2 import TemplateNotFound, TemplateSyntaxError

    search: list[Path] = []
    name = DEFAULT_TEMPLATE[fmt]
    if template is not None:
        candidate = Path(template)
        if candidate.is_file():
            search.append(candidate.resolve().parent)
            name = candidate.name
        else:
            name = str(template)
    if templates_dir is not None:
        directory = Path(templates_dir)
        if not directory.is_dir():
            raise ConfigError(f"templates directory {directory} does not exist")
        search.append(directory)
    search.append(BUILTIN_TEMPLATES)
    env = make_environment(fmt, search)
    try:
        return env.get_template(name)
    except TemplateNotFound as err:
        raise ConfigError(f"template {err.name!r} not found in {', '.join(map(str, search))}") from None
    except TemplateSyntaxError as err:
        raise ConfigError(f"template {err.filename or name}, line {err.lineno}: {err.message}") from None
