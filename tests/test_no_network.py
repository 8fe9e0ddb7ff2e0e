"""The whole suite runs with the network guard: prove it catches a connection."""

from __future__ import annotations

import socket
import urllib.request

import pytest


def test_guard_blocks_urllib(no_network: list[str]) -> None:
    with pytest.raises(OSError, match="network"):
        urllib.request.urlopen("http://example.com", timeout=1)
    assert no_network, "the attempt was recorded"
    no_network.clear()  # recorded and blocked: that is what this test checks


def test_guard_blocks_raw_socket(no_network: list[str]) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(OSError, match="network access"):
            sock.connect(("127.0.0.1", 9))
    finally:
        sock.close()
    assert no_network
    no_network.clear()


def test_local_unix_sockets_still_work() -> None:
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"x")
        assert right.recv(1) == b"x"
