# io.BufferedWriter(stream, size), as MicroPython's: writes collect in a
# buffer of `size` bytes, which goes to the stream each time it fills, and
# on flush().


class BufferedWriter:
    def __init__(self, stream, size):
        if size <= 0:
            raise ValueError("buffer size must be positive")
        self._stream = stream
        self._size = size
        self._buf = bytearray()

    def write(self, data):
        self._buf += data
        size = self._size
        while len(self._buf) >= size:
            self._stream.write(bytes(self._buf[:size]))
            del self._buf[:size]
        return len(data)

    def flush(self):
        if self._buf:
            self._stream.write(bytes(self._buf))
            self._buf = bytearray()
        f = getattr(self._stream, "flush", None)
        if f is not None:
            f()

    def close(self):
        self.flush()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
