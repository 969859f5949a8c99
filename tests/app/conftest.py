from tests.ui.conftest import gui, real_display  # noqa: F401  (window fixtures, shared with tests/ui)
