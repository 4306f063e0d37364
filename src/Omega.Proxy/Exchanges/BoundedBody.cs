namespace Omega.Proxy.Exchanges;

/// <summary>
/// A message body read whole into memory, but never beyond the envelope limit: a larger body stops
/// the read as soon as it passes the limit, so memory per exchange stays bounded.
/// </summary>
internal sealed class BoundedBody
{
    private BoundedBody(byte[] bytes, int length, bool tooLarge)
    {
        Bytes = bytes;
        Length = length;
        TooLarge = tooLarge;
    }

    /// <summary>The bytes read: the whole body, or its first bytes when it is too large.</summary>
    public byte[] Bytes { get; }

    public int Length { get; }

    public bool TooLarge { get; }

    public ReadOnlyMemory<byte> Memory => Bytes.AsMemory(0, Length);

    /// <summary>A body already in memory, such as a recorded answer.</summary>
    public static BoundedBody Of(ReadOnlyMemory<byte> bytes) => new(bytes.ToArray(), bytes.Length, tooLarge: false);

    public static async Task<BoundedBody> ReadAsync(
        Stream source, long? declaredLength, long limit, CancellationToken cancel)
    {
        if (declaredLength > limit)
        {
            return new BoundedBody([], 0, tooLarge: true);
        }

        var buffer = new byte[declaredLength is > 0 ? (int)declaredLength.Value + 1 : 16 * 1024];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit)
                {
                    return new BoundedBody(buffer, length, tooLarge: true);
                }

                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, limit + 1));
            }

            var read = await source.ReadAsync(buffer.AsMemory(length), cancel);
            if (read == 0)
            {
                return new BoundedBody(buffer, length, tooLarge: length > limit);
            }

            length += read;
        }
    }
}
