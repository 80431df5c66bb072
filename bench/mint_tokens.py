"""Mints an access token for every benchmark user, signed as the server signs them (HS256, claim hichat2.com).

Usage: mint_tokens.py SECRET USERS OUTPUT  -- writes one line per user, in id order, each the token padded with
spaces to WIDTH characters: the load scripts read user u's token at offset (u - 1) * (WIDTH + 1) and need not hold
a million tokens in memory.
"""
import base64
import hashlib
import hmac
import json
import sys
import time

WIDTH = 200


def encode(part: bytes) -> str:
    return base64.urlsafe_b64encode(part).rstrip(b"=").decode()


def token(secret: bytes, user: int, now: int) -> str:
    header = encode(json.dumps({"typ": "JWT", "alg": "HS256"}, separators=(",", ":")).encode())
    claims = encode(json.dumps({"hichat2.com": str(user), "iat": now, "exp": now + 86400},
                               separators=(",", ":")).encode())
    signature = hmac.new(secret, f"{header}.{claims}".encode(), hashlib.sha256).digest()
    return f"{header}.{claims}.{encode(signature)}"


def main() -> None:
    secret, users, output = sys.argv[1].encode(), int(sys.argv[2]), sys.argv[3]
    now = int(time.time())
    with open(output, "w") as out:
        for user in range(1, users + 1):
            out.write(f"{token(secret, user, now):<{WIDTH}}\n")


if __name__ == "__main__":
    main()
