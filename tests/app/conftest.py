from tests.ui.conftest import real_display  # noqa: F401  (window tests need a real display)
