"""Run one seeded fake in the foreground for manual work on a connector.

    python -m tests.fakes facebook --port 8081 [--seed N] [--delay S]
    BALAS_FACEBOOK_API=http://127.0.0.1:8081 balas
"""

from __future__ import annotations

import argparse
import threading
from datetime import datetime, timezone

from tests.fakes import FakeFacebook, FakeInstagram, FakeX
from tests.fakes.seeds import seed_facebook, seed_instagram, seed_x


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fakes", description=__doc__.split("\n")[0])
    parser.add_argument("platform", choices=["facebook", "instagram", "x"])
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before each answer")
    args = parser.parse_args(argv)
    if args.platform == "facebook":
        fake = FakeFacebook(port=args.port)
        seed_facebook(fake, seed=args.seed)
        tokens = {"page token": fake.page_token, "user token": fake.user_token,
                  "app id": fake.app_id, "app secret": fake.app_secret,
                  "device login token": f"{fake.app_id}|{fake.client_token}"}
    elif args.platform == "instagram":
        fake = FakeInstagram(port=args.port)
        seed_instagram(fake, seed=args.seed)
        tokens = {"token": fake.token, "ig user id": fake.ig_user_id, "app id": fake.app_id,
                  "app secret": fake.app_secret}
    else:
        fake = FakeX(port=args.port)
        seed_x(fake, seed=args.seed, now=datetime.now(timezone.utc))   # Balas reads the real clock
        tokens = {"bearer token": fake.token, "refresh token": fake.refresh_token,
                  "client id": fake.client_id, "user id": fake.user_id}
    fake.delay = args.delay
    fake.start()
    print(f"fake {args.platform} on {fake.url}  (BALAS_{args.platform.upper()}_API={fake.url})")
    for name, value in tokens.items():
        print(f"  {name}: {value}")
    print("Ctrl+C stops it.", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        fake.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
