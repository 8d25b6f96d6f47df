using System.Buffers;
using System.Text;

namespace Handbook.Rendering;

/// <summary>
/// A text writer that encodes what it is given to UTF-8 at once, into a buffer borrowed from the shared pool.
/// Templates render pages through it, so a page exists once, as the bytes that go to disk, instead of as a
/// string builder, then a string, then bytes (three copies, each on the large object heap for a big listing page).
/// It also takes bytes that are UTF-8 already (as an <see cref="IBufferWriter{T}"/>), such as JSON.
/// </summary>
internal sealed class Utf8PageWriter : TextWriter, IBufferWriter<byte>
{
    // Most story pages fit; a listing page grows the buffer by doubling.
    private const int InitialCapacity = 32 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialCapacity);
    private int _length;
    // A high surrogate waits in the encoder for its pair; until it comes, every char goes through the encoder.
    private bool _pendingSurrogate;

    /// <inheritdoc />
    public override Encoding Encoding => Utf8;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            FlushPendingSurrogate();
            return _buffer.AsSpan(0, _length);
        }
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        FlushPendingSurrogate();
        Reserve(Math.Max(sizeHint, 1));
        return _buffer.AsSpan(_length);
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        FlushPendingSurrogate();
        Reserve(Math.Max(sizeHint, 1));
        return _buffer.AsMemory(_length);
    }

    /// <inheritdoc />
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _length);
        _length += count;
    }

    // A lone high surrogate at the end becomes U+FFFD, as Encoding.GetBytes(string) would make it.
    private void FlushPendingSurrogate()
    {
        if (!_pendingSurrogate) return;
        Reserve(Utf8.GetMaxByteCount(0));
        _length += _encoder.GetBytes([], _buffer.AsSpan(_length), flush: true);
        _pendingSurrogate = false;
    }

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (value < 0x80 && !_pendingSurrogate)
        {
            // Single characters are mostly ASCII: they skip the encoder.
            Reserve(1);
            _buffer[_length++] = (byte)value;
            return;
        }
        Write(new ReadOnlySpan<char>(in value));
    }

    /// <inheritdoc />
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.IsEmpty) return;
        Reserve(Utf8.GetMaxByteCount(buffer.Length));
        _length += _encoder.GetBytes(buffer, _buffer.AsSpan(_length), flush: false);
        _pendingSurrogate = char.IsHighSurrogate(buffer[^1]);
    }

    /// <summary>Appends bytes that are UTF-8 already (a page body rendered by another writer).</summary>
    public void WriteUtf8(ReadOnlySpan<byte> bytes)
    {
        FlushPendingSurrogate();
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>The bytes written, with each <paramref name="marker"/> replaced by what <paramref name="content"/> holds.</summary>
    public byte[] Splice(ReadOnlySpan<byte> marker, Utf8PageWriter content)
    {
        var frame = Written;
        var inner = content.Written;
        var markers = frame.Count(marker);
        var result = new byte[frame.Length + markers * (inner.Length - marker.Length)];
        var to = result.AsSpan();
        while (true)
        {
            var at = frame.IndexOf(marker);
            if (at < 0) break;
            frame[..at].CopyTo(to);
            inner.CopyTo(to[at..]);
            to = to[(at + inner.Length)..];
            frame = frame[(at + marker.Length)..];
        }
        frame.CopyTo(to);
        return result;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _length = 0;
        }
        base.Dispose(disposing);
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes <= _buffer.Length) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + bytes));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
