using System.Text;

namespace Omega.Hardening.Tests.HostileInput;

/// <summary>
/// An envelope of any size, made as it is read and never held: the VerifierRecevabiliteMHS head,
/// then a NumeroCAD that goes on until the length is reached. It counts what was read of it.
/// </summary>
internal sealed class HugeEnvelope(long length) : Stream
{
    public const long HundredMegabytes = 100L * 1024 * 1024;

    private static readonly byte[] Head = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
        + "<soapenv:Body><RequeteWSVerifierRecevabiliteMHS xmlns=\"http://omega-conformance.invalid/CreerDemandeMHS\">"
        + "<DNEntreprise>CN=fournisseur-demo.example</DNEntreprise><NumeroCAD>");

    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    /// <summary>How many bytes were read from it so far.</summary>
    public long Taken => Interlocked.Read(ref _position);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var position = Taken;
        var count = (int)Math.Min(buffer.Length, length - position);
        for (var i = 0; i < count; i++)
        {
            var at = position + i;
            buffer[i] = at < Head.Length ? Head[at] : (byte)'9';
        }

        Interlocked.Add(ref _position, count);
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
