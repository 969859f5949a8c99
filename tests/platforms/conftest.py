"""Fake platform servers on 127.0.0.1, with the connectors pointed at them."""

import pytest

from desktop.platforms import Credentials, make_connector
import tests.fakes as fakes


@pytest.fixture
def fb(monkeypatch):
    with fakes.FakeFacebook() as fake:
        monkeypatch.setenv("BALAS_FACEBOOK_API", fake.url)
        yield fake
        assert not fake.errors, fake.errors


@pytest.fixture
def ig(monkeypatch):
    with fakes.FakeInstagram() as fake:
        monkeypatch.setenv("BALAS_INSTAGRAM_API", fake.url)
        yield fake
        assert not fake.errors, fake.errors


@pytest.fixture
def x(monkeypatch):
    with fakes.FakeX() as fake:
        monkeypatch.setenv("BALAS_X_API", fake.url)
        yield fake
        assert not fake.errors, fake.errors


@pytest.fixture
def fb_connector(fb):
    return make_connector("facebook", fb.page_id, Credentials(fb.page_token))


@pytest.fixture
def ig_connector(ig):
    return make_connector("instagram", ig.ig_user_id, Credentials(ig.token))


@pytest.fixture
def x_connector(x):
    return make_connector("x", x.user_id, Credentials(x.token, x.refresh_token), client_id=x.client_id)
