"""Where the data shipped inside the package is: JSON Schemas, SQL migrations, the
Superset bundle, the lexicons and the report templates.

Located with :mod:`importlib.resources`, so an installed wheel (no repository next
to it) finds the same files as a checkout. In the repository, ``mamori/data/``
holds symlinks to the top-level ``schemas/``, ``sql/`` and ``dashboards/`` folders
(their home, fixed by the design); the wheel build copies their contents in.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Any, Final

import yaml

PACKAGE_DIR: Final = Path(str(files("mamori")))
_DATA: Final = PACKAGE_DIR / "data"

SCHEMAS_DIR: Final = (_DATA / "schemas").resolve()
SQL_DIR: Final = (_DATA / "sql").resolve()
DASHBOARDS_DIR: Final = (_DATA / "dashboards").resolve()
LEXICON_DIR: Final = PACKAGE_DIR / "detect" / "lexicon"
TEMPLATES_DIR: Final = PACKAGE_DIR / "reporting" / "templates"

#: libyaml's C parser when present (the PyPI wheels ship it), else the Python one.
_BASE_LOADER: Final[type[yaml.SafeLoader]] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_BASE_LOADER):  # type: ignore[misc,valid-type]
    """The safe loader, refusing a mapping that names a key twice: YAML keeps the last
    silently, so a rule's second ``near:`` or a group defined again under the same
    name would replace the first without a word."""


def _unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    loader.flatten_mapping(node)  # merge keys (<<) may repeat a key on purpose
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if isinstance(key, (str, int)) and key in seen:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                f"found duplicate key {key!r}",
                key_node.start_mark,
            )
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def load_yaml(path: Path) -> Any:
    """A YAML file shipped with the package, read with libyaml's safe loader when
    PyYAML was built with it (the lexicons are ~10 k lines, and the pure-Python
    parser spent about a second of every worker's and replay's start-up on them); a
    key named twice in one mapping is an error."""
    return yaml.load(path.read_text("utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506  # safe loader
