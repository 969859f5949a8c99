"""The connectors, pointed at the fake servers (fixtures fb, ig and x in tests/conftest.py)."""

import pytest

from desktop.platforms import Credentials, make_connector


@pytest.fixture
def fb_connector(fb):
    return make_connector("facebook", fb.page_id, Credentials(fb.page_token))


@pytest.fixture
def ig_connector(ig):
    return make_connector("instagram", ig.ig_user_id, Credentials(ig.token))


@pytest.fixture
def x_connector(x):
    return make_connector("x", x.user_id, Credentials(x.token, x.refresh_token), client_id=x.client_id)
