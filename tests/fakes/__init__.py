"""Fake Facebook, Instagram and X servers on 127.0.0.1 for testing the connectors over real HTTP.

    with FakeFacebook() as fb:
        post = fb.add_post("Kek coklat baru!")
        fb.add_comment(post, "Bila boleh order?")
        monkeypatch.setenv("BALAS_FACEBOOK_API", fb.url)   # the connector now talks to the fake
        ...
        assert fb.logged("POST", "/comments")[0].token == fb.page_token
"""

from tests.fakes.base import Logged
from tests.fakes.facebook import FakeFacebook
from tests.fakes.instagram import FakeInstagram
from tests.fakes.x import FakeX

__all__ = ["FakeFacebook", "FakeInstagram", "FakeX", "Logged"]
