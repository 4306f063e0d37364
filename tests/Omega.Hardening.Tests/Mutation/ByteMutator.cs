namespace Omega.Hardening.Tests.Mutation;

/// <summary>Mutations of the raw bytes: flips, odd bytes, cut, repeated or inserted ranges.</summary>
internal static class ByteMutator
{
    private static readonly byte[] Interesting =
        [0x00, 0x01, 0x7F, 0x80, 0xC0, 0xC3, 0xEF, 0xFE, 0xFF, (byte)'<', (byte)'>', (byte)'&', (byte)'"',
         (byte)'\'', (byte)';', (byte)'/', (byte)'=', (byte)' ', (byte)'\n', (byte)']', (byte)'?', (byte)'!'];

    private static readonly string[] Kinds =
        ["flip", "random", "interesting", "delete", "repeat", "insert", "truncate", "bom"];

    public static (string Kind, byte[] Bytes) Apply(Random random, byte[] bytes)
    {
        var kind = Kinds[random.Next(Kinds.Length)];
        if (bytes.Length == 0)
        {
            return (kind, [Interesting[random.Next(Interesting.Length)]]);
        }

        var at = random.Next(bytes.Length);
        var span = Math.Min(1 + random.Next(16), bytes.Length - at);
        return (kind, kind switch
        {
            "flip" => Replace(bytes, at, (byte)(bytes[at] ^ (1 << random.Next(8)))),
            "random" => Replace(bytes, at, (byte)random.Next(256)),
            "interesting" => Replace(bytes, at, Interesting[random.Next(Interesting.Length)]),
            "delete" => [.. bytes[..at], .. bytes[(at + span)..]],
            "repeat" => [.. bytes[..(at + span)], .. bytes[at..]],
            "insert" => [.. bytes[..at], .. RandomBytes(random, 1 + random.Next(8)), .. bytes[at..]],
            "truncate" => bytes[..at],
            _ => [.. Bom(random), .. bytes],
        });
    }

    private static byte[] Replace(byte[] bytes, int at, byte value)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] = value;
        return copy;
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var inserted = new byte[count];
        random.NextBytes(inserted);
        return inserted;
    }

    private static byte[] Bom(Random random) => random.Next(3) switch
    {
        0 => [0xEF, 0xBB, 0xBF],
        1 => [0xFF, 0xFE],
        _ => [0xFE, 0xFF],
    };
}
