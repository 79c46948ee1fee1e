"""Wheel and editable builds compile the interface's translations (resources/i18n/*.ts -> *.qm).

Hatchling runs this hook (pyproject.toml: [tool.hatch.build.hooks.custom]) in a build environment
that has PySide6-Essentials, whose lrelease does the work (packaging/i18n.py).  The .qm files are
written beside their .ts sources, so an editable install reads them from the source tree and a wheel
takes them in with the rest of resources/.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        script = Path(self.root) / "packaging" / "i18n.py"
        spec = importlib.util.spec_from_file_location("recall_desk_i18n_build", script)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        made = module.release()
        self.app.display_info(f"compiled {len(made)} translation catalogs into resources/i18n")
